"""The pre-read (issue 12, first command of a session): a Huibao workbook
opened in LibreOffice is read while the office is idle, and the first
huibao:Validate starts from those cells. Whatever changes between the
pre-read and the command must be validated as it stands then."""

import os
import re
import tempfile
import time
import unittest

import uno

from tests.integration.huibao_workbook import HEADER, TOWNSHIP, fill, write_rows
from tests.integration.sample_workbooks import dispatch_result
from tests.integration.shared import office, tearDownModule  # noqa: F401
from tests.integration.test_live_validation import findings, type_into

OTHER = "牛镇镇"


def setUpModule():
    # The trace says where the first command's cells came from.
    os.environ["HUIBAO_TRACE"] = "1"
    office.start()


def saved_workbook(name="county.ods", formula=False, merged=False):
    """The test workbook (two unit sheets, 参数) saved as .ods; its path.
    With `formula`, the township's F2 is a formula on another sheet's cell;
    with `merged`, the other unit's two projects share one 建设性质 cell
    merged over D2:D3."""
    doc = fill(office.new_calc())
    try:
        sheets = doc.getSheets()
        sheets.insertNewByName(OTHER, 1)
        write_rows(sheets.getByName(OTHER), (HEADER, (1, "丁项目", OTHER, "新签约", "工业", 2, "在谈", "丁公司")))
        if merged:
            write_rows(sheets.getByName(OTHER), ((), (), (2, "戊项目", OTHER, "", "工业", 3, "在谈", "戊公司")))
            sheets.getByName(OTHER).getCellRangeByName("D2:D3").merge(True)
        if formula:
            sheets.insertNewByName("辅助", sheets.getCount())
            sheets.getByName("辅助").getCellRangeByName("A1").setValue(2)
            sheets.getByName(TOWNSHIP).getCellRangeByName("F2").setFormula("=$辅助.A1")
        folder = tempfile.mkdtemp(prefix="pre-read-", dir=office.root)
        path = os.path.join(folder, name)
        doc.storeToURL(uno.systemPathToFileUrl(path), ())
        return path
    finally:
        doc.close(True)


def pre_read_lines():
    return [line for line in office.soffice_log(tail=None).splitlines() if "pre-read: used" in line
            or "pre-read: dropped" in line]


class PreRead(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.path = saved_workbook()

    def open(self, idle=1.0, path=None):
        """Opens the workbook as the officer does (visible), then lets the
        office be idle for `idle` seconds."""
        self.before = len(pre_read_lines())
        self.doc = office.load(path or self.path, hidden=False)
        time.sleep(idle)
        return self.doc

    def tearDown(self):
        self.doc.close(True)

    def validate(self):
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        return findings(self.doc)

    def how_used(self):
        """What the first command did with the pre-read (its trace line)."""
        lines = pre_read_lines()[self.before:]
        self.assertEqual(len(lines), 1, lines)
        return lines[0]

    def test_the_first_validate_uses_the_cells_read_while_idle(self):
        self.open()
        self.assertIn((TOWNSHIP, "F3", "type-error"), self.validate())
        self.assertIn("used as validated", self.how_used())

    def test_a_merged_cell_read_while_idle_reaches_the_rows_under_it(self):
        self.open(path=saved_workbook("merged.ods", merged=True))
        found = self.validate()
        self.assertIn("used as validated", self.how_used())
        self.assertIn((TOWNSHIP, "F3", "type-error"), found)
        self.assertEqual([f for f in found if f[0] == OTHER], [])

    def test_a_typed_fix_and_break_after_the_pre_read_are_validated(self):
        self.open()
        type_into(self.doc, TOWNSHIP, "F3", "3")
        type_into(self.doc, OTHER, "D2", "随便")
        found = self.validate()
        self.assertNotIn((TOWNSHIP, "F3", "type-error"), found)
        self.assertIn((OTHER, "D2", "enum-error"), found)
        self.assertRegex(self.how_used(), r"used, 2 sheets read again")

    def test_a_script_write_inside_the_table_is_validated(self):
        self.open()
        self.doc.getSheets().getByName(OTHER).getCellRangeByName("F2").setString("很多")
        self.assertIn((OTHER, "F2", "type-error"), self.validate())
        self.assertRegex(self.how_used(), r"used, 1 sheets read again")

    def test_a_script_write_far_below_the_table_is_validated(self):
        # Below every watched block of rows: heard by no listener, seen by the used area.
        self.open()
        sheet = self.doc.getSheets().getByName(OTHER)
        for c, value in enumerate((2, "戊项目", OTHER, "新签约", "工业")):
            cell = sheet.getCellByPosition(c, 2999)
            cell.setString(value) if isinstance(value, str) else cell.setValue(value)
        sheet.getCellByPosition(5, 2999).setString("很多")
        self.assertIn((OTHER, "F3000", "type-error"), self.validate())

    def test_a_sheet_added_after_the_pre_read_is_validated(self):
        self.open()
        sheets = self.doc.getSheets()
        sheets.insertNewByName("徐桥镇", 2)
        write_rows(sheets.getByName("徐桥镇"), (HEADER, (1, "己项目", "徐桥镇", "新签约", "工业", "很多", "在谈", "己公司")))
        self.assertIn(("徐桥镇", "F2", "type-error"), self.validate())

    def test_an_undone_edit_is_validated_as_undone(self):
        self.open()
        type_into(self.doc, OTHER, "F2", "很多")
        office.dispatch(self.doc, ".uno:Undo")
        time.sleep(0.3)
        found = self.validate()
        self.assertNotIn((OTHER, "F2", "type-error"), found)
        self.assertIn((TOWNSHIP, "F3", "type-error"), found)

    def test_a_formula_whose_precedent_changed_after_the_pre_read(self):
        # Calc reports 辅助.A1 changed, not the township's F2 that shows it.
        self.open(path=saved_workbook("formula.ods", formula=True))
        type_into(self.doc, "辅助", "A1", "很多")
        self.assertIn((TOWNSHIP, "F2", "type-error"), self.validate())

    def test_validate_at_once_after_opening_reads_what_was_not_read(self):
        self.open(idle=0)
        found = self.validate()
        self.assertIn((TOWNSHIP, "F3", "type-error"), found)
        self.assertTrue(re.search(r"used|dropped", self.how_used()))

    def test_a_document_opened_hidden_is_not_pre_read(self):
        self.before = len(pre_read_lines())
        self.doc = office.load(self.path, hidden=True)
        time.sleep(1.0)
        self.validate()
        self.assertEqual(pre_read_lines()[self.before:], [])


def validated_copy(name):
    """The test workbook validated, then saved as .ods and closed; its path."""
    path = saved_workbook(name)
    doc = office.load(path, hidden=False)
    try:
        ok, result = dispatch_result(office, doc, "Validate")
        assert ok, result
        doc.storeToURL(uno.systemPathToFileUrl(path), ())  # load() opened a copy
    finally:
        doc.close(True)
    return path


class Reopened(unittest.TestCase):
    """validation.md: once validated, a workbook is kept validated as the
    officer edits, also the next day, after saving and reopening it."""

    @staticmethod
    def resumed():
        return office.soffice_log(tail=None).count("reopened validated workbook: live again")

    def open(self, path):
        self.before = self.resumed()
        self.doc = office.load(path, hidden=False)
        self.addCleanup(self.doc.close, True)
        time.sleep(3.0)  # the pre-read reads and validates it while idle

    def test_a_validated_workbook_reopened_is_live_again(self):
        self.open(validated_copy("reopened.ods"))
        self.assertEqual(self.resumed(), self.before + 1)
        self.assertIn((TOWNSHIP, "F3", "type-error"), findings(self.doc))
        type_into(self.doc, TOWNSHIP, "F3", "3")
        type_into(self.doc, OTHER, "D2", "随便")
        live = findings(self.doc)
        self.assertNotIn((TOWNSHIP, "F3", "type-error"), live)
        self.assertIn((OTHER, "D2", "enum-error"), live)
        # Nothing of Huibao's in the officer's history, and as a fresh Validate writes it.
        self.assertEqual(self.doc.getUndoManager().getAllUndoActionTitles(), ("Input", "Input"))
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        self.assertEqual([f for f in live if f[0]], findings(self.doc))

    def test_a_reopened_workbook_whose_findings_differ_stays_as_saved(self):
        # Edited elsewhere (here: by a script on a hidden copy, no Validate):
        # what 校验结果 lists is not what the cells give; nothing is written.
        path = validated_copy("edited.ods")
        doc = office.load(path, hidden=True)
        try:
            doc.getSheets().getByName(TOWNSHIP).getCellRangeByName("F3").setValue(3)
            doc.storeToURL(uno.systemPathToFileUrl(path), ())
        finally:
            doc.close(True)
        self.open(path)
        self.assertEqual(self.resumed(), self.before)
        self.assertFalse(self.doc.isModified())
        type_into(self.doc, OTHER, "D2", "随便")
        self.assertIn((TOWNSHIP, "F3", "type-error"), findings(self.doc))   # as saved
        self.assertNotIn((OTHER, "D2", "enum-error"), findings(self.doc))


if __name__ == "__main__":
    unittest.main()
