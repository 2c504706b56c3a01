"""A township's file made from the usual template (issue 9, workbook.md
"Data rows"), in real LibreOffice: 4 projects filled in, then 46 rows
already numbered 5…50, bordered, with a formula that shows nothing until the
row is filled; a 合计 row of =SUM(…) and a 填表人 footer. huibao:Validate gives
no finding at all; a numbered empty row between two filled rows gives one
blank-row warning."""

import unittest

import uno
from tests.integration.adversarial_workbooks import COLUMN, HEADER, TOWNSHIP, build, input_snapshot, project
from tests.integration.sample_workbooks import dispatch_result, findings_of, sheet_rows
from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401

HEADER_ROW = 3          # 1-based, after the title and the 填报日期 line
FIRST_ROW = HEADER_ROW + 1
LAST_ROW = FIRST_ROW + 49   # 50 numbered rows
TOTAL_ROW = LAST_ROW + 1


def column_letter(index):
    return chr(ord("A") + index)


def template_workbook(filled):
    """The template with projects in the rows numbered `filled` (1-based)."""
    rows = [("晋熙镇招商引资项目申报表",), ("填报日期：2026年6月30日",), HEADER]
    for number in range(1, 51):
        rows.append(project(number, f"第{number}号项目", 投资方=f"第{number}号公司") if number in filled
                    else (float(number),))
    rows.append(("合计",))
    rows.append(("填表人：张三", "", "审核人：李四", "", "联系电话：0556-1234567"))
    doc = build(office, [(TOWNSHIP, rows)])
    sheet = doc.getSheets().getByName(TOWNSHIP)
    # A formula the template carries on every row: it shows nothing until
    # the row has a project name (=IF(B5="";"";…)).
    foreign = column_letter(COLUMN["实际到位境外资金"])
    name = column_letter(COLUMN["项目名称"])
    for row in range(FIRST_ROW, LAST_ROW + 1):
        sheet.getCellRangeByName(f"{foreign}{row}").setFormula(f'=IF({name}{row}="";"";0)')
    for field in ("总投资", "实际到位省外资金"):
        letter = column_letter(COLUMN[field])
        sheet.getCellRangeByName(f"{letter}{TOTAL_ROW}").setFormula(
            f"=SUM({letter}{FIRST_ROW}:{letter}{LAST_ROW})")
    # Bordered from the header to the total row, as printed forms are.
    line = uno.createUnoStruct("com.sun.star.table.BorderLine2")
    line.OuterLineWidth = 26
    table = sheet.getCellRangeByName(f"A{HEADER_ROW}:{column_letter(len(HEADER) - 1)}{TOTAL_ROW}")
    for side in ("TopBorder", "BottomBorder", "LeftBorder", "RightBorder"):
        table.setPropertyValue(side, line)
    return doc


class TownshipTemplate(unittest.TestCase):
    def validate(self, filled):
        doc = template_workbook(filled)
        self.addCleanup(doc.close, True)
        before = input_snapshot(doc)
        ok, result = dispatch_result(office, doc, "Validate")
        self.assertTrue(ok, result)
        self.assertEqual(input_snapshot(doc), before)
        return doc, result

    def test_four_projects_and_46_numbered_rows_give_no_finding(self):
        doc, result = self.validate({1, 2, 3, 4})
        self.assertEqual(findings_of(doc), [])
        self.assertEqual((result["Errors"], result["Warnings"]), (0, 0))
        self.assertEqual(sheet_rows(doc, "校验结果")[1][0], "未发现问题")
        ok, result = dispatch_result(office, doc, "BuildReport")
        self.assertTrue(ok, result)
        # The four projects are counted, the numbered rows are not.
        units = sheet_rows(doc, "单位考核")
        self.assertIn(4.0, next(row for row in units if row[0] == TOWNSHIP))

    def test_a_numbered_empty_row_between_filled_rows_is_one_blank_row(self):
        doc, result = self.validate({1, 2, 4, 5})
        found = findings_of(doc)
        self.assertEqual([(f["cell"], f["code"], f["severity"]) for f in found],
                         [(f"A{FIRST_ROW + 2}", "blank-row", "警告")])
        self.assertEqual((result["Errors"], result["Warnings"]), (0, 1))

    def test_the_unit_note_shares_its_line_with_the_reporting_unit(self):
        # WPS templates write 填报单位 and 金额单位 in one merged cell: the
        # amounts are 万元, not 亿元 (a 10,000-fold county total otherwise).
        rows = [("晋熙镇招商引资项目申报表",), ("填报单位：晋熙镇人民政府　　　　金额单位：万元",), HEADER,
                project(1, "甲项目", 总投资=30000.0, 实际到位省外资金=5000.0)]
        doc = build(office, [(TOWNSHIP, rows)])
        self.addCleanup(doc.close, True)
        ok, result = dispatch_result(office, doc, "Validate")
        self.assertTrue(ok, result)
        self.assertEqual(findings_of(doc), [])   # read in 亿元, both amounts were unit-suspect
        ok, result = dispatch_result(office, doc, "Assess")
        self.assertTrue(ok, result)
        units = sheet_rows(doc, "单位考核")
        row = next(r for r in units if r[0] == TOWNSHIP)
        self.assertAlmostEqual(row[units[0].index("省外资金(亿元)")], 0.5)

    def test_a_total_row_right_under_the_header_heads_the_projects(self):
        # Statistical forms put 合计 first: the projects below it count.
        rows = [("晋熙镇招商引资项目申报表",), HEADER, ("合计",)] + [project(n, f"第{n}号项目") for n in (1, 2, 3)]
        doc = build(office, [(TOWNSHIP, rows)])
        self.addCleanup(doc.close, True)
        sheet = doc.getSheets().getByName(TOWNSHIP)
        letter = column_letter(COLUMN["总投资"])
        sheet.getCellRangeByName(f"{letter}3").setFormula(f"=SUM({letter}4:{letter}6)")
        ok, result = dispatch_result(office, doc, "Validate")
        self.assertTrue(ok, result)
        self.assertEqual(findings_of(doc), [])
        ok, result = dispatch_result(office, doc, "Assess")
        self.assertTrue(ok, result)
        units = sheet_rows(doc, "单位考核")
        self.assertIn(3.0, next(row for row in units if row[0] == TOWNSHIP))
        # A wrong sum is a total-mismatch against the rows below it.
        sheet.getCellRangeByName(f"{letter}3").setValue(99)
        ok, result = dispatch_result(office, doc, "Validate")
        self.assertEqual([(f["cell"], f["code"]) for f in findings_of(doc)], [(f"{letter}3", "total-mismatch")])

    def test_a_total_named_after_the_township_is_no_project(self):
        # 全镇合计 counted as a project doubled the township's money.
        investment = COLUMN["总投资"]
        total = ["", "全镇合计"] + [""] * (len(HEADER) - 2)
        total[investment] = 10.0
        rows = [HEADER, project(1, "甲项目"), project(2, "乙项目"), tuple(total)]
        doc = build(office, [(TOWNSHIP, rows)])
        self.addCleanup(doc.close, True)
        ok, result = dispatch_result(office, doc, "Assess")
        self.assertTrue(ok, result)
        self.assertEqual(findings_of(doc), [])
        units = sheet_rows(doc, "单位考核")
        row = next(r for r in units if r[0] == TOWNSHIP)
        self.assertEqual(row[units[0].index("申报项目数")], 2.0)


if __name__ == "__main__":
    unittest.main()
