"""Live validation (validation.md, "Live validation") in real LibreOffice:
after huibao:Validate, cells typed as the officer types them (the
.uno:EnterString dispatch, which Calc reports to its changes listeners like
a keystroke) update the marks and 校验结果 without another click."""

import os
import tempfile
import time
import unittest

import uno

from tests.integration.huibao_workbook import HEADER, TOWNSHIP, fill, sheet_rows, write_rows
from tests.integration.office import prop
from tests.integration.sample_workbooks import dispatch_result, sample
from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401

ERROR_FILL = 0xFFC7CE
DEFAULT_VALUE = uno.Enum("com.sun.star.beans.PropertyState", "DEFAULT_VALUE")
OTHER = "牛镇镇"


def findings(doc):
    """(sheet, cell, code) of every 校验结果 row."""
    rows = sheet_rows(doc, "校验结果")[1:]
    return [(r[1], r[2], r[5]) for r in rows if r[0] != "未发现问题"]


def table_look(doc):
    """Per 校验结果 row, and one row past the table: the 说明 cell's borders
    and wrapping and the row's height."""
    sheet = doc.getSheets().getByName("校验结果")
    count = len(sheet_rows(doc, "校验结果"))
    look = []
    for row in range(count + 1):
        cell = sheet.getCellByPosition(7, row)
        look.append((row, cell.TopBorder.OuterLineWidth, cell.BottomBorder.OuterLineWidth,
                     cell.LeftBorder.OuterLineWidth, cell.IsTextWrapped, sheet.getRows().getByIndex(row).Height))
    return look


def fill_of(doc, sheet, cell):
    return doc.getSheets().getByName(sheet).getCellRangeByName(cell).CellBackColor


def comment_of(doc, sheet, cell):
    return doc.getSheets().getByName(sheet).getCellRangeByName(cell).getAnnotation().getString()


def type_into(doc, sheet, cell, text):
    """Types `text` into the cell as the officer would. Live validation takes
    the edit in once Calc's main loop is idle: give it that moment."""
    controller = doc.getCurrentController()
    target = doc.getSheets().getByName(sheet)
    controller.setActiveSheet(target)
    controller.select(target.getCellRangeByName(cell))
    office.dispatch(doc, ".uno:EnterString", prop("StringName", text))
    settle()


def settle(seconds=0.5):
    time.sleep(seconds)


class LiveValidation(unittest.TestCase):
    def setUp(self):
        self.doc = fill(office.new_calc())
        sheets = self.doc.getSheets()
        sheets.insertNewByName(OTHER, 1)
        write_rows(sheets.getByName(OTHER), (HEADER, (1, "丁项目", OTHER, "新签约", "工业", 2, "在谈", "丁公司")))
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        self.assertIn((TOWNSHIP, "F3", "type-error"), findings(self.doc))

    def tearDown(self):
        self.doc.close(True)

    def submitted(self):
        return {name: sheet_rows(self.doc, name) for name in (TOWNSHIP, OTHER)}

    def test_a_fix_clears_its_mark_and_row(self):
        self.assertEqual(fill_of(self.doc, TOWNSHIP, "F3"), ERROR_FILL)
        self.assertIn("不是数字", comment_of(self.doc, TOWNSHIP, "F3"))
        type_into(self.doc, TOWNSHIP, "F3", "3")
        self.assertNotIn((TOWNSHIP, "F3", "type-error"), findings(self.doc))
        self.assertNotEqual(fill_of(self.doc, TOWNSHIP, "F3"), ERROR_FILL)
        self.assertEqual(comment_of(self.doc, TOWNSHIP, "F3"), "")  # Huibao's message goes with the mark
        self.assertEqual(sheet_rows(self.doc, TOWNSHIP)[2][5], 3.0)

    def test_a_break_adds_a_mark_and_row(self):
        type_into(self.doc, TOWNSHIP, "D2", "随便")
        self.assertIn((TOWNSHIP, "D2", "enum-error"), findings(self.doc))
        self.assertEqual(fill_of(self.doc, TOWNSHIP, "D2"), ERROR_FILL)
        self.assertIn("随便", comment_of(self.doc, TOWNSHIP, "D2"))  # the message on hover
        # Newest first: the officer's typing, then the Validate — nothing of Huibao's between.
        self.assertEqual(self.doc.getUndoManager().getAllUndoActionTitles()[:2], ("Input", "汇报助手：校验"))
        # The other findings stay, numbered in order.
        self.assertIn((TOWNSHIP, "F3", "type-error"), findings(self.doc))
        numbers = [r[0] for r in sheet_rows(self.doc, "校验结果")[1:]]
        self.assertEqual(numbers, [float(i + 1) for i in range(len(numbers))])

    def test_a_mark_whose_message_changes_shows_the_new_message(self):
        # Still an error, with another message (as a total's sum or a date
        # against 报告日期 changes): the comment follows 校验结果.
        type_into(self.doc, TOWNSHIP, "D2", "随便")
        self.assertIn("随便", comment_of(self.doc, TOWNSHIP, "D2"))
        type_into(self.doc, TOWNSHIP, "D2", "胡乱")
        self.assertIn((TOWNSHIP, "D2", "enum-error"), findings(self.doc))
        note = comment_of(self.doc, TOWNSHIP, "D2")
        self.assertIn("胡乱", note)
        self.assertNotIn("随便", note)
        self.assertEqual(fill_of(self.doc, TOWNSHIP, "D2"), ERROR_FILL)

    def test_the_sheet_after_edits_is_the_one_validate_writes(self):
        # Rows inserted and removed in the middle of 校验结果, 序号 below
        # renumbered: the same table a fresh Validate writes.
        type_into(self.doc, TOWNSHIP, "D2", "随便")
        type_into(self.doc, OTHER, "F2", "很多")
        type_into(self.doc, TOWNSHIP, "F3", "3")
        type_into(self.doc, TOWNSHIP, "B2", "")
        live = sheet_rows(self.doc, "校验结果")
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        self.assertEqual(live, sheet_rows(self.doc, "校验结果"))

    def test_rows_rewritten_in_place_look_as_validate_writes_them(self):
        # Near the end of 校验结果 a change rewrites the rows below it where
        # they stand instead of shifting them: the grid, the wrapping and
        # each row's height follow the findings, and the row after the
        # table is left bare, as a fresh Validate writes the sheet.
        type_into(self.doc, TOWNSHIP, "D2", "随便")  # a row more above the others
        type_into(self.doc, OTHER, "F2", "很多")
        type_into(self.doc, TOWNSHIP, "F3", "3")  # a row less
        live = table_look(self.doc)
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        self.assertEqual(live, table_look(self.doc))

    def test_edits_by_a_script_are_taken_in_one_after_another(self):
        # A macro or a script writes through the API: Calc reports that as
        # "modified" only, without the cells. Each edit counts, also after a
        # second Validate.
        sheet = self.doc.getSheets().getByName(TOWNSHIP)
        for run in range(2):
            for cell in ("D2", "E2"):
                sheet.getCellRangeByName(cell).setString("随便")
                settle(1.0)
                self.assertIn((TOWNSHIP, cell, "enum-error"), findings(self.doc), f"run {run}, {cell}")
                self.assertEqual(fill_of(self.doc, TOWNSHIP, cell), ERROR_FILL)
            sheet.getCellRangeByName("D2").setString("新签约")
            sheet.getCellRangeByName("E2").setString("工业")
            settle(1.0)
            self.assertNotIn((TOWNSHIP, "D2", "enum-error"), findings(self.doc))
            self.assertNotIn((TOWNSHIP, "E2", "enum-error"), findings(self.doc))
            ok, result = dispatch_result(office, self.doc, "Validate")
            self.assertTrue(ok, result)

    def test_a_duplicate_across_sheets_is_found_and_dropped(self):
        type_into(self.doc, OTHER, "B2", "甲项目")
        type_into(self.doc, OTHER, "H2", "甲公司")
        self.assertIn((OTHER, "B2", "duplicate-row"), findings(self.doc))
        type_into(self.doc, OTHER, "B2", "丁项目")
        self.assertNotIn((OTHER, "B2", "duplicate-row"), findings(self.doc))

    def test_undo_reverts_the_edit_and_the_marks_follow(self):
        undo = self.doc.getUndoManager()
        titles = undo.getAllUndoActionTitles()
        type_into(self.doc, TOWNSHIP, "F2", "很多")
        self.assertEqual(fill_of(self.doc, TOWNSHIP, "F2"), ERROR_FILL)
        # One undo step more: the officer's, none of Huibao's.
        self.assertEqual(undo.getAllUndoActionTitles(), ("Input",) + titles)
        office.dispatch(self.doc, ".uno:Undo")
        settle()
        self.assertEqual(sheet_rows(self.doc, TOWNSHIP)[1][5], 1.5)
        self.assertNotEqual(fill_of(self.doc, TOWNSHIP, "F2"), ERROR_FILL)
        self.assertNotIn((TOWNSHIP, "F2", "type-error"), findings(self.doc))

    def test_a_fix_is_one_undo_step_and_undoing_it_marks_again(self):
        undo = self.doc.getUndoManager()
        titles = undo.getAllUndoActionTitles()
        type_into(self.doc, TOWNSHIP, "F3", "3")
        self.assertNotEqual(fill_of(self.doc, TOWNSHIP, "F3"), ERROR_FILL)
        self.assertEqual(undo.getAllUndoActionTitles(), ("Input",) + titles)
        office.dispatch(self.doc, ".uno:Undo")
        settle()
        self.assertEqual(fill_of(self.doc, TOWNSHIP, "F3"), ERROR_FILL)
        self.assertIn((TOWNSHIP, "F3", "type-error"), findings(self.doc))

    def test_marks_written_after_an_undo_stay_out_of_the_history(self):
        # Calc re-enables undo behind the lock after a fill: the next
        # Ctrl+Z must undo the officer's edit before, not a mark.
        undo = self.doc.getUndoManager()
        titles = undo.getAllUndoActionTitles()
        type_into(self.doc, TOWNSHIP, "F2", "很多")
        office.dispatch(self.doc, ".uno:Undo")
        settle()
        self.assertEqual(undo.getAllUndoActionTitles(), titles)

    def test_several_marks_at_once_stay_out_of_the_history(self):
        # One change that breaks two cells: several fills in one update
        # (Calc turns undo back on behind the lock after each), none of
        # them in the officer's history.
        undo = self.doc.getUndoManager()
        titles = undo.getAllUndoActionTitles()
        row = self.doc.getSheets().getByName(OTHER).getCellRangeByName("D2:F2")
        row.setDataArray((("随便", "工业", "很多"),))
        settle()
        self.assertIn((OTHER, "D2", "enum-error"), findings(self.doc))
        self.assertIn((OTHER, "F2", "type-error"), findings(self.doc))
        self.assertEqual(fill_of(self.doc, OTHER, "D2"), ERROR_FILL)
        self.assertEqual(fill_of(self.doc, OTHER, "F2"), ERROR_FILL)
        self.assertEqual(len(undo.getAllUndoActionTitles()), len(titles) + 1)
        office.dispatch(self.doc, ".uno:Undo")
        settle()
        self.assertNotIn((OTHER, "D2", "enum-error"), findings(self.doc))
        self.assertNotEqual(fill_of(self.doc, OTHER, "D2"), ERROR_FILL)
        self.assertNotEqual(fill_of(self.doc, OTHER, "F2"), ERROR_FILL)
        self.assertEqual(undo.getAllUndoActionTitles(), titles)

    def test_rows_written_at_once_link_to_their_cells(self):
        # Several 校验结果 rows written in one update (under Calc's write
        # lock): each 单元格 holds one link to its cell, as Validate writes it,
        # and the text fields stay out of the officer's history.
        undo = self.doc.getUndoManager()
        titles = undo.getAllUndoActionTitles()
        row = self.doc.getSheets().getByName(OTHER).getCellRangeByName("D2:F2")
        row.setDataArray((("随便", "工业", "很多"),))
        settle()
        sheet = self.doc.getSheets().getByName("校验结果")
        rows = sheet_rows(self.doc, "校验结果")
        for cell in ("D2", "F2"):
            index = next(i for i, r in enumerate(rows) if r[1] == OTHER and r[2] == cell)
            fields = sheet.getCellByPosition(2, index).getTextFields().createEnumeration()
            self.assertTrue(fields.hasMoreElements(), cell)
            field = fields.nextElement()
            self.assertFalse(fields.hasMoreElements(), cell)
            self.assertEqual(field.Representation, cell)
            self.assertTrue(field.URL.startswith("#") and field.URL.endswith("." + cell), field.URL)
            self.assertIn(OTHER, field.URL)
        self.assertEqual(len(undo.getAllUndoActionTitles()), len(titles) + 1)

    def test_a_removed_mark_gives_the_style_its_fill_back(self):
        type_into(self.doc, TOWNSHIP, "F3", "3")
        cell = self.doc.getSheets().getByName(TOWNSHIP).getCellRangeByName("F3")
        self.assertEqual(cell.getPropertyState("CellBackColor"), DEFAULT_VALUE)

    def test_huibao_never_changes_a_submitted_cell(self):
        type_into(self.doc, TOWNSHIP, "F2", "很多")
        type_into(self.doc, TOWNSHIP, "F3", "3")
        type_into(self.doc, OTHER, "B2", "甲项目")
        rows = self.submitted()
        self.assertEqual(rows[TOWNSHIP][1][5], "很多")
        self.assertEqual(rows[TOWNSHIP][2][5], 3.0)
        self.assertEqual(rows[OTHER][1][1], "甲项目")
        self.assertEqual(rows[TOWNSHIP][0], HEADER)

    def test_live_validation_ends_with_clear_marks(self):
        ok, result = dispatch_result(office, self.doc, "ClearMarks")
        self.assertTrue(ok, result)
        before = findings(self.doc)
        type_into(self.doc, TOWNSHIP, "F2", "很多")
        self.assertEqual(findings(self.doc), before)
        self.assertNotEqual(fill_of(self.doc, TOWNSHIP, "F2"), ERROR_FILL)


class SwitchedOff(unittest.TestCase):
    def test_no_live_validation_when_the_parameter_says_no(self):
        doc = fill(office.new_calc())
        try:
            parameters = doc.getSheets().getByName("参数")
            parameters.getCellRangeByName("A5").setString("实时校验")
            parameters.getCellRangeByName("B5").setString("否")
            ok, result = dispatch_result(office, doc, "Validate")
            self.assertTrue(ok, result)
            before = findings(doc)
            type_into(doc, TOWNSHIP, "F2", "很多")
            self.assertEqual(findings(doc), before)
            self.assertNotEqual(fill_of(doc, TOWNSHIP, "F2"), ERROR_FILL)
            # Validated while 否: 是 makes it live from the workbook as it stands.
            type_into(doc, "参数", "B5", "是")
            self.assertIn((TOWNSHIP, "F2", "type-error"), findings(doc))
            self.assertEqual(fill_of(doc, TOWNSHIP, "F2"), ERROR_FILL)
        finally:
            doc.close(True)

    def test_switching_it_off_pauses_it_and_on_again_resumes_it(self):
        doc = fill(office.new_calc())
        try:
            ok, result = dispatch_result(office, doc, "Validate")
            self.assertTrue(ok, result)
            type_into(doc, "参数", "A5", "实时校验")
            type_into(doc, "参数", "B5", "否")
            before = findings(doc)
            type_into(doc, TOWNSHIP, "F2", "很多")
            type_into(doc, TOWNSHIP, "F3", "3")
            self.assertEqual(findings(doc), before)
            # 是 again: what was typed meanwhile is shown, and so is what follows.
            type_into(doc, "参数", "B5", "是")
            self.assertIn((TOWNSHIP, "F2", "type-error"), findings(doc))
            self.assertNotIn((TOWNSHIP, "F3", "type-error"), findings(doc))
            self.assertNotEqual(fill_of(doc, TOWNSHIP, "F3"), ERROR_FILL)
            type_into(doc, TOWNSHIP, "D2", "随便")
            self.assertIn((TOWNSHIP, "D2", "enum-error"), findings(doc))
            live = [f for f in findings(doc) if f[0]]
            ok, result = dispatch_result(office, doc, "Validate")
            self.assertTrue(ok, result)
            self.assertEqual(live, findings(doc))
        finally:
            doc.close(True)


class CommandsStartFromTheCellsAsTheyStand(unittest.TestCase):
    """A command right after a validation may take its cells from live
    validation instead of reading the sheets again: never stale ones."""

    def setUp(self):
        self.doc = fill(office.new_calc())
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)

    def tearDown(self):
        self.doc.close(True)

    def test_a_script_write_just_before_the_command_is_seen(self):
        sheet = self.doc.getSheets().getByName(TOWNSHIP)
        for command, cell in (("Validate", "D2"), ("Assess", "E2"), ("Validate", "D4")):
            sheet.getCellRangeByName(cell).setString("随便")   # no pause: the command follows at once
            ok, result = dispatch_result(office, self.doc, command)
            self.assertTrue(ok, result)
            self.assertIn((TOWNSHIP, cell, "enum-error"), findings(self.doc), f"{command} after {cell}")

    def test_a_formula_shows_what_its_precedent_on_another_sheet_now_gives(self):
        sheets = self.doc.getSheets()
        sheets.insertNewByName("辅助", sheets.getCount())
        sheets.getByName("辅助").getCellRangeByName("A1").setValue(2)
        sheets.getByName(TOWNSHIP).getCellRangeByName("F2").setFormula("=$辅助.A1")
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        self.assertNotIn((TOWNSHIP, "F2", "type-error"), findings(self.doc))
        type_into(self.doc, "辅助", "A1", "很多")    # Calc reports 辅助.A1, not the township's F2
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        self.assertIn((TOWNSHIP, "F2", "type-error"), findings(self.doc))

    def test_a_sheet_replaced_by_an_import_is_validated_as_imported(self):
        folder = tempfile.mkdtemp(prefix="live-import-", dir=office.root)
        sent = office.new_calc()
        path = os.path.join(folder, f"{TOWNSHIP}.ods")
        try:
            write_rows(sent.getSheets().getByIndex(0),
                       (HEADER, (1, "戊项目", TOWNSHIP, "新签约", "工业", "很多", "在谈", "戊公司")))
            sent.storeToURL(uno.systemPathToFileUrl(path), ())
        finally:
            sent.close(True)
        files = uno.Any("[]string", (uno.systemPathToFileUrl(path),))
        event = office.dispatch(self.doc, "huibao:ImportSubmissions", prop("Files", files))
        self.assertEqual(event.State, 1, event.Result)
        self.assertEqual(sheet_rows(self.doc, TOWNSHIP)[1][1], "戊项目")
        self.assertIn((TOWNSHIP, "F2", "type-error"), findings(self.doc))
        self.assertNotIn((TOWNSHIP, "F3", "type-error"), findings(self.doc))   # the old 乙项目 row is gone


PASTED = 400   # rows of a pasted block: each a duplicate, its 项目名称 marked


def record_of(doc):
    """The marks' record (document property HuibaoMarks), as stored."""
    properties = doc.getDocumentProperties().getUserDefinedProperties()
    return properties.getPropertyValue("HuibaoMarks") if properties.getPropertySetInfo().hasPropertyByName(
        "HuibaoMarks") else ""


class PastedBlock(unittest.TestCase):
    """A pasted block brings hundreds of marks: their fills and 校验结果 come
    at once, their comments (hover text, milliseconds each in Calc) in
    batches while the office is idle — and whatever happens meanwhile sees
    every mark whole."""

    def setUp(self):
        self.doc = fill(office.new_calc())
        sheets = self.doc.getSheets()
        sheets.insertNewByName(OTHER, 1)
        write_rows(sheets.getByName(OTHER), (HEADER, (1, "丁项目", OTHER, "新签约", "工业", 2, "在谈", "丁公司")))
        block = tuple((float(i + 4), f"项目{i:03d}", TOWNSHIP, "新签约", "工业", 2.0, "在谈", f"公司{i:03d}")
                      for i in range(PASTED))
        sheets.getByName(TOWNSHIP).getCellRangeByPosition(0, 4, 7, 3 + PASTED).setDataArray(block)
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        self.titles = self.doc.getUndoManager().getAllUndoActionTitles()
        self.other = sheets.getByName(OTHER)

    def tearDown(self):
        self.doc.close(True)

    def pasted_names(self):
        """The 项目名称 cells of the pasted rows (rows 3.. of the other sheet)."""
        return [f"B{row + 3}" for row in range(PASTED)]

    def paste(self):
        """Copies the block's rows onto the other sheet below its table, and
        waits until 校验结果 lists the duplicates. Returns how many comments
        the other sheet had at that moment."""
        controller = self.doc.getCurrentController()
        source = self.doc.getSheets().getByName(TOWNSHIP)
        controller.setActiveSheet(source)
        controller.select(source.getCellRangeByName(f"A5:H{4 + PASTED}"))
        office.dispatch(self.doc, ".uno:Copy")
        controller.setActiveSheet(self.other)
        controller.select(self.other.getCellRangeByName("A3"))
        office.dispatch(self.doc, ".uno:Paste")
        last = (OTHER, f"B{PASTED + 2}", "duplicate-row")
        deadline = time.monotonic() + 60
        while last not in findings(self.doc):
            self.assertLess(time.monotonic(), deadline, "校验结果 never listed the pasted block")
            time.sleep(0.02)
        return self.other.getAnnotations().getCount()

    def wait_for_comments(self, count):
        deadline = time.monotonic() + 60
        while self.other.getAnnotations().getCount() < count and time.monotonic() < deadline:
            time.sleep(0.2)
        settle(1.0)

    def test_fills_come_at_once_and_every_comment_once_idle(self):
        commented = self.paste()
        # 校验结果 and the fills are there before all the comments.
        self.assertLess(commented, PASTED)
        for cell in self.pasted_names():
            self.assertEqual(fill_of(self.doc, OTHER, cell), ERROR_FILL, cell)
        self.wait_for_comments(PASTED)
        for cell in self.pasted_names():
            self.assertIn("重复", comment_of(self.doc, OTHER, cell), cell)
        # Out of the officer's history: the paste is the one step added.
        self.assertEqual(self.doc.getUndoManager().getAllUndoActionTitles()[1:], self.titles)
        # The record lists the comments written in batches: ClearMarks takes them all off.
        ok, result = dispatch_result(office, self.doc, "ClearMarks")
        self.assertTrue(ok, result)
        self.assertEqual(self.other.getAnnotations().getCount(), 0)
        self.assertEqual(comment_of(self.doc, TOWNSHIP, "F3"), "")

    def links(self):
        """Per 校验结果 row, the 单元格 cell's link target (None without one)."""
        sheet = self.doc.getSheets().getByName("校验结果")
        targets = []
        for row in range(1, len(sheet_rows(self.doc, "校验结果"))):
            fields = sheet.getCellByPosition(2, row).getTextFields().createEnumeration()
            targets.append(fields.nextElement().URL if fields.hasMoreElements() else None)
        return targets

    def test_once_idle_the_sheet_is_the_one_validate_writes(self):
        # 校验结果's new rows get their links and heights after their values.
        self.paste()
        self.wait_for_comments(PASTED)
        live = (sheet_rows(self.doc, "校验结果"), table_look(self.doc), self.links())
        self.assertNotIn(None, live[2])
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        self.assertEqual(live, (sheet_rows(self.doc, "校验结果"), table_look(self.doc), self.links()))

    def assert_stored_whole(self, path):
        """The file at `path` has every pasted mark's comment, and its record lists them."""
        saved = office.load(path)
        try:
            other = saved.getSheets().getByName(OTHER)
            for cell in self.pasted_names():
                self.assertIn("重复", other.getCellRangeByName(cell).getAnnotation().getString(), cell)
            # The stored record lists them: ClearMarks after reopening takes them off.
            ok, result = dispatch_result(office, saved, "ClearMarks")
            self.assertTrue(ok, result)
            self.assertEqual(other.getAnnotations().getCount(), 0)
            self.assertEqual(other.getCellRangeByName("B3").getPropertyState("CellBackColor"), DEFAULT_VALUE)
        finally:
            saved.close(True)

    def test_a_copy_stored_right_after_the_paste_has_every_comment(self):
        self.assertLess(self.paste(), PASTED)
        path = os.path.join(tempfile.mkdtemp(prefix="live-save-", dir=office.root), "copy.ods")
        self.doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "calc8"),))
        self.assert_stored_whole(path)

    def test_a_save_right_after_the_paste_stores_every_comment(self):
        # The officer's Ctrl+S: the document saved where it was saved before.
        path = os.path.join(tempfile.mkdtemp(prefix="live-save-", dir=office.root), "saved.ods")
        self.doc.storeAsURL(uno.systemPathToFileUrl(path), (prop("FilterName", "calc8"),))
        self.assertLess(self.paste(), PASTED)
        self.doc.store()
        self.assert_stored_whole(path)

    def test_clear_marks_right_after_the_paste_gives_the_cells_back(self):
        self.paste()
        # Some comments written, others still owed.
        deadline = time.monotonic() + 60
        while self.other.getAnnotations().getCount() == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        self.assertLess(self.other.getAnnotations().getCount(), PASTED)
        ok, result = dispatch_result(office, self.doc, "ClearMarks")
        self.assertTrue(ok, result)
        settle(2.0)   # no comment owed before arrives later
        self.assertEqual(self.other.getAnnotations().getCount(), 0)
        for cell in self.pasted_names():
            self.assertEqual(self.other.getCellRangeByName(cell).getPropertyState("CellBackColor"), DEFAULT_VALUE,
                             cell)
        self.assertEqual(record_of(self.doc), "")

    def test_undo_right_after_the_paste_drops_the_owed_comments(self):
        self.assertLess(self.paste(), PASTED)
        office.dispatch(self.doc, ".uno:Undo")
        deadline = time.monotonic() + 60
        while (OTHER, "B3", "duplicate-row") in findings(self.doc):
            self.assertLess(time.monotonic(), deadline, "the undone paste is still listed")
            time.sleep(0.05)
        settle(2.0)
        self.assertEqual(self.other.getAnnotations().getCount(), 0)
        self.assertNotEqual(fill_of(self.doc, OTHER, "B3"), ERROR_FILL)
        self.assertEqual(self.doc.getUndoManager().getAllUndoActionTitles(), self.titles)
        self.assertNotIn(OTHER, record_of(self.doc))
        # The marks from before the paste are still whole.
        self.assertEqual(fill_of(self.doc, TOWNSHIP, "F3"), ERROR_FILL)
        self.assertIn("不是数字", comment_of(self.doc, TOWNSHIP, "F3"))


if __name__ == "__main__":
    unittest.main()


class ParametersChangedAfterAReport(unittest.TestCase):
    """Assess and BuildReport start live validation too, after inserting
    their own sheets among the input sheets: a script's change to 参数 (an
    API write, which Calc reports without its cells) must reach the next
    build (found by a spec-only review: the report kept the old 报告日期)."""

    def indicator(self, doc, label):
        sheet = doc.getSheets().getByName("汇报数据")
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        rows = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()
        return next(row[1] for row in rows if row[0] == label)

    def test_a_script_change_to_the_report_date_reaches_the_next_build(self):
        for first in ("BuildReport", "Assess", "Validate"):
            with self.subTest(first=first):
                doc = office.load(sample("county")["xlsx"], hidden=True)
                try:
                    ok, result = dispatch_result(office, doc, first)
                    self.assertTrue(ok, result)
                    parameters = doc.getSheets().getByName("参数")
                    names = [row[0] for row in parameters.getCellRangeByPosition(0, 0, 0, 30).getDataArray()]
                    parameters.getCellByPosition(1, names.index("报告日期")).setString("2026-12-31")
                    settle()
                    ok, result = dispatch_result(office, doc, "BuildReport")
                    self.assertTrue(ok, result)
                    self.assertAlmostEqual(self.indicator(doc, "序时进度"), 1.0)   # the whole year, either basis
                finally:
                    doc.close(True)
