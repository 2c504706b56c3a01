"""Cells merged down the rows of a submission (a township template's
merged 申报单位, 项目进展 …), in real LibreOffice: the merged value belongs
to every project row it spans, for Validate, for the figures, for live
validation and when a unit's file is imported."""

import os
import tempfile
import time
import unittest

import uno
from tests.integration.adversarial_workbooks import HEADER, PARAMETERS, TARGETS, build, input_snapshot, project
from tests.integration.office import prop
from tests.integration.sample_workbooks import dispatch_result, findings_of, sheet_rows
from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401

COMBINED = "县直单位"


def combined_rows():
    """A combined sheet: title, header, 县农委's three projects written as a
    department writes them (its name once, in the first row), one of 牛镇镇."""
    rows = [("县直单位招商引资项目汇总表",), HEADER]
    rows.append(project(1, "甲项目", 申报单位="县农委", 项目进展="已开工"))
    rows.append(project(2, "乙项目", 申报单位="", 项目进展=""))
    rows.append(project(3, "丙项目", 申报单位=""))
    rows.append(project(4, "丁项目", 申报单位="牛镇镇"))
    return rows


def listed(doc):
    """(cell, code) of each 校验结果 row (live validation clears rows in place)."""
    return [(r[2], r[5]) for r in sheet_rows(doc, "校验结果")[1:] if r[0] not in ("未发现问题", "")]


def merge(sheet, *ranges):
    for name in ranges:
        sheet.getCellRangeByName(name).merge(True)


def combined_workbook():
    doc = build(office, [TARGETS, PARAMETERS, (COMBINED, combined_rows())])
    # The title across the table, 县农委 over C3:C5, 已开工 over J3:J4.
    merge(doc.getSheets().getByName(COMBINED), "A1:P1", "C3:C5", "J3:J4")
    return doc


def count_of(doc, unit):
    rows = sheet_rows(doc, "单位考核")
    header = rows[0]
    row = next(r for r in rows if r[0] == unit)
    return row[header.index(next(h for h in header if "项目数" in h))]


class MergedCells(unittest.TestCase):
    def setUp(self):
        self.doc = combined_workbook()
        self.addCleanup(self.doc.close, True)

    def test_a_merged_unit_and_status_give_no_finding_and_count_every_row(self):
        before = input_snapshot(self.doc)
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        self.assertEqual(findings_of(self.doc), [])
        ok, result = dispatch_result(office, self.doc, "Assess")
        self.assertTrue(ok, result)
        self.assertEqual(count_of(self.doc, "县农委"), 3.0)
        # The merges and the cells under them are the officer's: untouched.
        self.assertEqual(input_snapshot(self.doc), before)
        self.assertTrue(self.doc.getSheets().getByName(COMBINED).getCellRangeByName("C3:C5").getIsMerged())

    def test_a_value_hidden_under_a_merge_is_read_as_the_sheet_shows_it(self):
        # 扩建 left in D4 under 新签约 merged over D3:D5 (Calc's merge can keep it).
        sheet = self.doc.getSheets().getByName(COMBINED)
        sheet.getCellRangeByName("D4").setString("扩建")
        merge(sheet, "D3:D5")
        self.assertEqual(sheet.getCellRangeByName("D4").getString(), "扩建")   # still there, hidden
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        self.assertEqual(findings_of(self.doc), [])

    def test_typing_into_a_merged_cell_reaches_every_row_under_it_and_undo_follows(self):
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        controller = self.doc.getCurrentController()
        sheet = self.doc.getSheets().getByName(COMBINED)
        controller.setActiveSheet(sheet)
        controller.select(sheet.getCellRangeByName("C3"))
        office.dispatch(self.doc, ".uno:EnterString", prop("StringName", "交通局"))
        time.sleep(1.0)
        self.assertEqual(listed(self.doc), [("C3", "unknown-unit"), ("C4", "unknown-unit"), ("C5", "unknown-unit")])
        self.doc.getUndoManager().undo()
        time.sleep(1.0)
        self.assertEqual(listed(self.doc), [])


class MergedCellsImported(unittest.TestCase):
    def test_an_imported_file_keeps_its_merges_and_validates_clean(self):
        folder = tempfile.mkdtemp(prefix="merged-import-", dir=office.root)
        path = os.path.join(folder, "县农委.xlsx")
        sent = build(office, [("Sheet1", combined_rows()[:5])])
        try:
            merge(sent.getSheets().getByIndex(0), "A1:P1", "C3:C5", "J3:J4")
            sent.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        finally:
            sent.close(True)
        doc = build(office, [TARGETS, PARAMETERS])
        self.addCleanup(doc.close, True)
        files = uno.Any("[]string", (uno.systemPathToFileUrl(path),))
        event = office.dispatch(doc, "huibao:ImportSubmissions", prop("Files", files))
        self.assertEqual(event.State, 1, event.Result)
        sheet = doc.getSheets().getByName("县农委")
        for merged in ("A1:P1", "C3:C5", "J3:J4"):
            self.assertTrue(sheet.getCellRangeByName(merged).getIsMerged(), merged)
        self.assertEqual(findings_of(doc), [])
        ok, result = dispatch_result(office, doc, "Validate")
        self.assertTrue(ok, result)
        self.assertEqual(findings_of(doc), [])
        ok, result = dispatch_result(office, doc, "Assess")
        self.assertTrue(ok, result)
        self.assertEqual(count_of(doc, "县农委"), 3.0)


if __name__ == "__main__":
    unittest.main()
