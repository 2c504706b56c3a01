"""CHECKPROJECT, COUNTPROJECTS and SUMPROJECTS in real formulas over a
project list laid out as townships send it."""

import unittest

from tests.integration.shared import office, tearDownModule  # noqa: F401

HEADER = ["序号", "项目名称", "申报单位", "建设性质", "产业类别", "战略性新兴产业", "总投资（万元）",
          "实际到位省外资金", "项目进展", "签约日期", "开工日期", "投产日期", "平台认定", "到资依据", "投资方"]
ROWS = [
    [1, "年产5万吨功能膜材料项目", "晋熙镇", "新签约", "工业", "是", 35000, 0.8, "在建",
     "2026-02-01", "2026-04-01", "", "是", "银行回单001", "安徽某某新材料有限公司"],
    [2, "花海观光旅游综合开发项目", "晋熙镇", "续建", "文化旅游", "否", 12000, 0.2, "已投产",
     "2025-03-01", "2025-05-01", "2026-06-01", "是", "银行回单002", "浙江某某旅游公司"],
    [3, "农产品加工产业园项目", "晉熙鎮", "新建", "现代农业", "", 8000, 0, "洽谈",
     "", "", "", "否", "", "某某农业有限公司"],
    ["合计", "", "", "", "", "", 55000, 1.0, "", "", "", "", "", "", ""],
]

doc = None
sheet = None


def setUpModule():
    global doc, sheet
    doc = office.start().new_calc()
    sheet = doc.getSheets().getByIndex(0)
    data = [HEADER] + ROWS
    for r, row in enumerate(data):
        for c, value in enumerate(row):
            cell = sheet.getCellByPosition(c, r)
            if isinstance(value, str):
                cell.setString(value)
            else:
                cell.setValue(value)


def formula(text):
    cell = sheet.getCellRangeByName("R1")
    cell.setFormula(text)
    doc.calculateAll()
    return cell


DATA = "A1:O5"


class CountAndSum(unittest.TestCase):
    def count(self, criteria, expected):
        cell = formula(f"=COUNTPROJECTS({DATA};{criteria})")
        self.assertEqual(cell.getError(), 0, criteria)
        self.assertEqual(cell.getValue(), expected, criteria)

    def test_synonyms(self):
        self.count('"项目进展";"在建"', 1)          # 在建 counts 已开工
        self.count('"进展情况";"已开工"', 1)        # an alias of the field
        self.count('"建设性质";"新签"', 1)
        self.count('"产业类别";"旅游"', 1)          # 文化旅游 and 旅游 are both 文旅
        self.count('"申报单位";"晋熙镇"', 3)        # 晉熙鎮 is 晋熙镇

    def test_amount_comparisons_in_yiyuan(self):
        self.count('"总投资";">=1"', 2)            # 35000 and 12000 万元 are ≥ 1 亿元
        self.count('"总投资";"<1"', 1)
        self.count('"总投资";3.5', 1)

    def test_several_criteria(self):
        self.count('"平台认定";"是";"总投资";">=1"', 2)
        self.count('"平台认定";"是";"项目进展";"已投产"', 1)

    def test_total_row_is_not_a_project(self):
        self.count('"项目名称";"合计"', 0)

    def test_sum(self):
        cell = formula(f'=SUMPROJECTS({DATA};"总投资")')
        self.assertAlmostEqual(cell.getValue(), 5.5)
        cell = formula(f'=SUMPROJECTS({DATA};"实际到位省外资金";"平台认定";"是")')
        self.assertAlmostEqual(cell.getValue(), 1.0)

    def test_errors(self):
        for text in (f'=COUNTPROJECTS({DATA};"不存在的字段";"x")',
                     f'=COUNTPROJECTS({DATA};"项目进展")',
                     f'=COUNTPROJECTS({DATA};"项目进展";"开工建设中")',
                     f'=SUMPROJECTS({DATA};"项目名称")'):
            self.assertNotEqual(formula(text).getError(), 0, text)


class Check(unittest.TestCase):
    def test_good_row_passes(self):
        self.assertEqual(formula("=CHECKPROJECT(A2:O2;A1:O1)").getString(), "")

    def test_bad_row_lists_its_findings(self):
        sheet.getCellRangeByName("A10:O10").setDataArray((tuple(
            [9, "某项目", "晋熙镇", "新开", "工业", "是", "3OO", 0, "已开工",
             "2026-02-01", "", "", "是", "", "某公司"]),))
        text = formula("=CHECKPROJECT(A10:O10;A1:O1)").getString()
        self.assertIn("enum-error[建设性质]", text)
        self.assertIn("type-error[总投资]", text)
        self.assertIn("status-conflict[开工日期]", text)
        self.assertIn("；", text)

    def test_widths_must_match(self):
        self.assertNotEqual(formula("=CHECKPROJECT(A2:N2;A1:O1)").getError(), 0)


if __name__ == "__main__":
    unittest.main()
