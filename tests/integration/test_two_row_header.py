"""A township sheet with a two-row header in real LibreOffice: 实际到位资金
merged across two columns over 省外资金 | 境外资金（万美元）, the other headers
merged down both rows. Validate finds nothing on it; Assess counts its two
projects and the funds under the merged parent."""

import unittest

from tests.integration.huibao_workbook import write_rows
from tests.integration.sample_workbooks import dispatch_result, findings_of, sheet_rows
from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401

TOWNSHIP = "晋熙镇"
SHEET = (
    ("晋熙镇招商引资项目申报表",),
    ("单位：亿元",),
    ("序号", "项目名称", "建设性质", "产业类别", "总投资", "实际到位资金", "", "项目进展", "签约日期",
     "平台认定", "到资依据", "投资方"),
    ("", "", "", "", "", "省外资金", "境外资金（万美元）"),
    (1, "甲项目", "新建", "工业", 2, 0.5, 10, "已签约", "2026-03-01", "是", "进账单001", "甲公司"),
    (2, "乙项目", "新建", "工业", 1, 0.2, 5, "已签约", "2026-03-01", "是", "进账单002", "乙公司"),
)
# Merged as a township's template has them (Calc keeps the text of the top-left cell).
MERGES = ("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4", "I3:I4", "J3:J4", "K3:K4", "L3:L4")
TARGETS = (
    ("单位名称", "单位类型", "项目任务", "省外资金任务", "境外资金任务"),
    (TOWNSHIP, "镇", 3, 2, 100),
)


def build(doc):
    sheets = doc.getSheets()
    township = sheets.getByIndex(0)
    township.setName(TOWNSHIP)
    write_rows(township, SHEET)
    for area in MERGES:
        township.getCellRangeByName(area).merge(True)
    sheets.insertNewByName("任务分解", 0)
    write_rows(sheets.getByName("任务分解"), TARGETS)
    sheets.insertNewByName("参数", sheets.getCount())
    parameters = sheets.getByName("参数")
    write_rows(parameters, (("参数", "值"), ("县名", "太湖县"), ("报告日期", "2026-06-30")))
    return doc


class TwoRowHeader(unittest.TestCase):
    def setUp(self):
        self.doc = build(office.new_calc())

    def tearDown(self):
        self.doc.close(True)

    def test_validate_finds_nothing_on_the_sheet(self):
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        on_sheet = [f for f in findings_of(self.doc) if f["sheet"] == TOWNSHIP]
        self.assertEqual(on_sheet, [])

    def test_a_finding_names_its_row_below_the_header(self):
        self.doc.getSheets().getByName(TOWNSHIP).getCellRangeByName("C6").setString("扩建")
        ok, result = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok, result)
        on_sheet = [(f["cell"], f["row"], f["code"]) for f in findings_of(self.doc) if f["sheet"] == TOWNSHIP]
        self.assertEqual(on_sheet, [("C6", 6, "enum-error")])

    def test_assess_counts_the_projects_and_the_funds_under_the_parent(self):
        ok, result = dispatch_result(office, self.doc, "Assess")
        self.assertTrue(ok, result)
        rows = sheet_rows(self.doc, "单位考核")
        header = list(rows[0])
        unit = dict(zip(header, next(row for row in rows if row[0] == TOWNSHIP)))
        self.assertEqual(unit["申报项目数"], 2)
        self.assertAlmostEqual(unit["省外资金(亿元)"], 0.7)
        self.assertAlmostEqual(unit["境外资金(万美元)"], 15)


if __name__ == "__main__":
    unittest.main()
