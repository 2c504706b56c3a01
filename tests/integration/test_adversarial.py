"""What a township may send (issue 9), in real LibreOffice: huibao:Validate
and huibao:BuildReport either finish with the submitted cells unchanged
(only Huibao's own sheets added or replaced) or refuse with a clear Chinese
message and the document as it was. Each case prints how long the commands
took (the figures go to docs/benchmarks.md; speed is not asserted here)."""

import os
import tempfile
import time
import unittest

import uno
from tests.integration.adversarial_workbooks import (
    COLUMN, HEADER, PARAMETERS, TARGETS, TOWNSHIP, build, input_snapshot, project, repeated, township)
from tests.integration.office import prop
from tests.integration.sample_workbooks import dispatch_result, findings_of
from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401

LONG = 32000
FORMULA = uno.getConstantByName("com.sun.star.sheet.CellFlags.FORMULA")
ERROR_FILL = 0xFFC7CE


def code_points(text):
    return len(text)  # Python strings are code points


class Adversarial(unittest.TestCase):
    def tearDown(self):
        doc = getattr(self, "doc", None)
        if doc is not None:
            doc.close(True)
            self.doc = None

    def run_command(self, command):
        start = time.perf_counter()
        ok, result = dispatch_result(office, self.doc, command)
        print(f"\n    {self.id().rsplit('.', 1)[-1]}: huibao:{command} {time.perf_counter() - start:.2f} s",
              end="", flush=True)
        return ok, result

    def check(self, sheets, commands=("Validate", "BuildReport")):
        """Builds the workbook, runs the commands; each must succeed and leave
        every input sheet as it was. Returns the findings of 校验结果."""
        self.doc = build(office, sheets)
        before = input_snapshot(self.doc)
        for command in commands:
            ok, result = self.run_command(command)
            self.assertTrue(ok, f"huibao:{command}: {result}")
            self.assertEqual(input_snapshot(self.doc), before, f"huibao:{command} changed a submitted cell")
        return findings_of(self.doc)

    def assert_short_messages(self, found):
        for f in found:
            self.assertLess(code_points(f["message"]), 200, f["message"][:300])

    # -- long and odd text --------------------------------------------------

    def test_32000_character_cells(self):
        name = "晋熙镇年产十万吨新材料智能制造产业园项目"
        rows = [project(1, repeated(name, LONG)),                                   # a name pasted over and over
                project(2, "乙项目", 投资方=repeated("安徽某某新材料科技股份有限公司", LONG)),
                project(3, "丙项目", 签约日期=repeated("2026-03-05", LONG)),           # a "date"
                project(4, "丁项目", 总投资=repeated("1234567890", LONG)),              # a 32,000-digit "amount"
                project(5, "戊项目", 申报单位=repeated("某某县某某镇人民政府", LONG)),   # an unregistered unit
                project(6, "己项目", 项目进展=repeated("开工建设中", LONG))]
        found = self.check([TARGETS, PARAMETERS, (TOWNSHIP, township(rows))])
        got = [(f["cell"], f["code"]) for f in found]
        self.assertEqual(got, [("K5", "type-error"), ("G6", "type-error"), ("C7", "unknown-unit"),
                               ("J8", "enum-error")])
        self.assert_short_messages(found)
        for f in found:
            self.assertIn("…", f["message"])
        # The comment on the cell is as short as the message.
        sheet = self.doc.getSheets().getByName(TOWNSHIP)
        note = sheet.getCellRangeByName("G6").getAnnotation().getString()
        self.assertIn("1234567890" * 5 + "…", note)
        self.assertLess(len(note), 200)

    def test_emoji_combining_marks_and_right_to_left_text(self):
        composed, decomposed = "Caf\u00e9项目", "Cafe\u0301项目"     # the same after NFKC
        rows = [project(1, "\U0001F600工厂\U0001F3ED\U00020BB7项目"),     # emoji and a CJK Extension B character
                project(2, composed),
                project(3, decomposed),                                # duplicate of row 2
                project(4, "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 项目",
                        投资方="\u202eشركة\u202c"),                   # right-to-left, with a bidi override
                project(5, "戊项目", 建设性质=repeated("\U0001F600", 200))]
        found = self.check([TARGETS, (TOWNSHIP, township(rows))])
        self.assertEqual([(f["cell"], f["code"]) for f in found], [("B5", "duplicate-row"), ("D7", "enum-error")])
        # 50 code points of emoji quoted, the pair never split.
        self.assertIn('"' + "\U0001F600" * 50 + '…"', found[1]["message"])
        report = self.doc.getSheets().getByName("工作汇报")
        self.assertTrue(report.getCellRangeByName("A1").getString())

    def test_formulas_written_as_text_stay_text(self):
        rows = [project(1, "=1+1", 投资方="@SUM(A1)"),
                project(2, "+1", 申报单位="=HYPERLINK(\"http://x\")", 投资方="-2")]
        found = self.check([TARGETS, (TOWNSHIP, township(rows))])
        self.assertEqual([(f["cell"], f["code"]) for f in found], [("C4", "unknown-unit")])
        self.assertIn('"=HYPERLINK("http://x")"', found[0]["message"])
        # Everything Huibao wrote is text: no cell of its sheets holds a formula.
        for name in ("校验结果", "单位考核", "工作汇报"):
            sheet = self.doc.getSheets().getByName(name)
            formulas = sheet.queryContentCells(FORMULA)
            self.assertEqual(formulas.getCount(), 0, f"{name}: {formulas.getRangeAddressesAsString()}")

    # -- size -------------------------------------------------------------

    def test_300_sheets(self):
        sheets = [TARGETS, PARAMETERS]
        for s in range(300):
            rows = [project(1, f"项目{s}甲"), project(2, f"项目{s}乙", 总投资="三亿" if s % 100 == 0 else 2.0)]
            sheets.append((f"单位{s:03d}", township(rows)))
        found = self.check(sheets)
        self.assertEqual([(f["sheet"], f["code"]) for f in found],
                         [("单位000", "type-error"), ("单位100", "type-error"), ("单位200", "type-error")])

    def test_200000_row_sheet(self):
        rows = []
        for i in range(200000):
            rows.append(project(i + 1, f"第{i}号项目", 总投资="三百" if i % 50000 == 7 else 1.0 + (i % 40) / 10,
                                实际到位省外资金=0.5, 投资方=f"投资方{i % 977}"))
        found = self.check([TARGETS, PARAMETERS, ("全县项目", township(rows))])
        self.assertEqual([(f["cell"], f["code"]) for f in found],
                         [(f"G{r}", "type-error") for r in (10, 50010, 100010, 150010)])

    # -- headers ------------------------------------------------------------

    def test_merged_and_multi_line_headers(self):
        # A two-row header: group titles merged over the columns, the fields
        # below, one of them written on two lines with its unit.
        group = ("序号", "项目基本情况", "", "", "", "", "资金情况（亿元）", "", "", "进度", "", "", "", "其他")
        fields = list(HEADER)
        fields[COLUMN["总投资"]] = "总投资\n（万元）"
        fields[COLUMN["项目名称"]] = "项目\n名称"
        rows = [project(1, "甲项目", 总投资=50000.0), project(2, "乙项目", 总投资=30000.0)]
        sheets = [TARGETS, (TOWNSHIP, [("晋熙镇招商引资项目申报表",), group, tuple(fields)] + rows)]
        self.doc = build(office, sheets)
        sheet = self.doc.getSheets().getByName(TOWNSHIP)
        for address in ("A1:P1", "B2:F2", "G2:I2", "J2:M2", "N2:P2", "A2:A3"):
            sheet.getCellRangeByName(address).merge(True)
        before = input_snapshot(self.doc)
        for command in ("Validate", "BuildReport"):
            ok, result = self.run_command(command)
            self.assertTrue(ok, result)
        self.assertEqual(input_snapshot(self.doc), before)
        # 50000 万元 is 5 亿元: no unit-suspect, no missing header.
        self.assertEqual(findings_of(self.doc), [])

    def test_duplicate_headers_and_every_alias_at_once(self):
        from samples.county.spec import FIELDS  # the generator's own field table: canonical and aliases
        header, values = [], []
        template = dict(zip(HEADER, project(1, "甲项目")))
        template.update({"投资方来源地": "上海", "包保县领导": "张县长", "总部经济引税额": 10.0, "备注": ""})
        for key, canonical, aliases, *_ in FIELDS:
            for spelling in aliases + [canonical]:   # aliases first: the canonical one still wins
                header.append(spelling)
                values.append(template.get(canonical, ""))
        header.append("项目名称")                    # a second canonical 项目名称: the leftmost stays
        values.append("")
        found = self.check([TARGETS, (TOWNSHIP, [tuple(header), tuple(values)])])
        self.assertEqual(found, [])

    # -- values -------------------------------------------------------------

    def test_error_values_in_every_column(self):
        rows = [project(1, "甲项目"), project(2, "乙项目")]
        self.doc = build(office, [TARGETS, (TOWNSHIP, township(rows))])
        sheet = self.doc.getSheets().getByName(TOWNSHIP)
        for column in range(len(HEADER)):
            sheet.getCellByPosition(column, 3).setFormula("=1/0" if column % 2 else "=NA()")
        before = input_snapshot(self.doc)
        for command in ("Validate", "BuildReport"):
            ok, result = self.run_command(command)
            self.assertTrue(ok, result)
        self.assertEqual(input_snapshot(self.doc), before)
        found = findings_of(self.doc)
        self.assertTrue(found)
        self.assertEqual({f["row"] for f in found}, {4})
        self.assertEqual({f["code"] for f in found}, {"type-error"})
        fields = {f["field"] for f in found}
        self.assertTrue({"项目名称", "申报单位", "总投资", "项目进展", "签约日期", "投资方", "序号"} <= fields, fields)

    def test_numbers_at_the_limits_of_a_double_and_serial_1_dates(self):
        rows = [project(1, "甲项目", 总投资=1.7976931348623157e308),
                project(2, "乙项目", 实际到位省外资金=5e-324),
                project(3, "丙项目", 总投资=-1.7976931348623157e308),
                project(4, "丁项目", 签约日期=1.0, 开工日期=1.0),
                project(1e300, "戊项目", 实际到位境外资金=1e308),
                project(6, "己项目", 开工日期=2958465.0)]        # 9999-12-31
        found = self.check([TARGETS, (TOWNSHIP, township(rows))])
        got = [(f["cell"], f["code"]) for f in found]
        for expected in [("G3", "unit-suspect"), ("G5", "constraint-error"), ("K6", "type-error"),
                         ("L6", "type-error"), ("L8", "type-error")]:
            self.assertIn(expected, got)
        self.assert_short_messages(found)

    # -- the other sheets ---------------------------------------------------

    def test_garbage_in_parameters(self):
        parameters = ("参数", [("参数", "值"), ("报告日期", "明天"), ("年度", "abc"), ("序时进度口径", "按周"),
                              ("乡镇认定项目下限", 1e308), ("县直单位认定项目下限", -5.0),
                              ("县名", repeated("太湖县", LONG)), ("省外资金任务", "=1+1"),
                              ("其他产业类别", "、".join(f"类别{i}" for i in range(5000))),
                              ("实时校验", "也许"), ("不存在的参数", "x"), ("", 3.0), (repeated("参", LONG), "")])
        rows = [project(1, "甲项目", 产业类别="类别4999"), project(2, "乙项目", 产业类别="矿业")]
        found = self.check([TARGETS, parameters, (TOWNSHIP, township(rows))])
        on_parameters = [f for f in found if f["sheet"] == "参数"]
        self.assertTrue(on_parameters)
        self.assertEqual([(f["sheet"], f["cell"], f["code"]) for f in found if f["sheet"] == TOWNSHIP],
                         [(TOWNSHIP, "E4", "enum-error")])
        self.assert_short_messages(found)

    def test_duplicate_units_in_targets(self):
        targets = ("任务分解", [("单位名称", "单位类型", "别名", "项目任务"),
                              ("晋熙镇", "镇", "晋熙", 3.0), ("晋熙镇", "镇", "", 5.0),
                              ("牛镇镇", "镇", "晋熙", 3.0), ("晉熙鎮", "乡镇", "", 1.0)])
        rows = [project(1, "甲项目"), project(2, "乙项目", 申报单位="晋熙")]
        self.check([targets, (TOWNSHIP, township(rows))])

    # -- protection ---------------------------------------------------------

    def test_protected_sheet_is_listed_not_marked(self):
        rows = [project(1, "甲项目", 总投资="三亿")]
        self.doc = build(office, [TARGETS, (TOWNSHIP, township(rows))])
        sheet = self.doc.getSheets().getByName(TOWNSHIP)
        sheet.protect("")
        before = input_snapshot(self.doc)
        ok, result = self.run_command("Validate")
        self.assertTrue(ok, result)
        self.assertEqual(input_snapshot(self.doc), before)
        self.assertTrue(sheet.isProtected())
        found = findings_of(self.doc)
        self.assertEqual([(f["cell"], f["code"]) for f in found], [("G3", "type-error")])
        self.assertIn("工作表受保护", found[0]["message"])
        self.assertEqual(sheet.getCellRangeByName("G3").CellBackColor, -1)
        self.assertFalse(sheet.getCellRangeByName("G3").getAnnotation().getString())

    def test_protected_workbook_structure_refuses_and_changes_nothing(self):
        rows = [project(1, "甲项目", 总投资="三亿")]
        self.doc = build(office, [TARGETS, (TOWNSHIP, township(rows))])
        self.doc.protect("")
        names = self.doc.getSheets().getElementNames()
        before = input_snapshot(self.doc)
        for command in ("Validate", "BuildReport"):
            ok, result = self.run_command(command)
            self.assertFalse(ok, f"huibao:{command} ran on a protected structure")
            self.assertIn("工作簿结构受保护", str(result))
            self.assertEqual(self.doc.getSheets().getElementNames(), names)
            self.assertEqual(input_snapshot(self.doc), before)
        sheet = self.doc.getSheets().getByName(TOWNSHIP)
        self.assertEqual(sheet.getCellRangeByName("G3").CellBackColor, -1)
        self.assertTrue(self.doc.isProtected())

    # -- file formats -------------------------------------------------------

    def test_xls_and_ods_copies_give_the_same_findings(self):
        rows = [project(1, "甲项目", 总投资="三亿"), project(2, "乙项目", 签约日期="2026-02-30"),
                project(3, "\U0001F600项目", 投资方=repeated("某公司", 3000)), project(4, "丁项目", 申报单位="某镇")]
        original = build(office, [TARGETS, PARAMETERS, (TOWNSHIP, township(rows))])
        folder = tempfile.mkdtemp(prefix="adversarial-", dir=office.root)
        paths = {}
        try:
            for extension, filter_name in (("xls", "MS Excel 97"), ("ods", "calc8"),
                                           ("xlsx", "Calc MS Excel 2007 XML")):
                paths[extension] = os.path.join(folder, "township." + extension)
                original.storeToURL(uno.systemPathToFileUrl(paths[extension]), (prop("FilterName", filter_name),))
        finally:
            original.close(True)
        results = {}
        for extension, path in paths.items():
            self.doc = office.load(path)
            before = input_snapshot(self.doc)
            ok, result = self.run_command("Validate")
            self.assertTrue(ok, result)
            self.assertEqual(input_snapshot(self.doc), before, extension)
            results[extension] = [(f["sheet"], f["cell"], f["code"]) for f in findings_of(self.doc)]
            ok, result = self.run_command("BuildReport")
            self.assertTrue(ok, result)
            self.doc.close(True)
            self.doc = None
        self.assertEqual(results["ods"], [(TOWNSHIP, "G3", "type-error"), (TOWNSHIP, "K4", "type-error"),
                                          (TOWNSHIP, "C6", "unknown-unit")])
        self.assertEqual(results["xls"], results["ods"])
        self.assertEqual(results["xlsx"], results["ods"])


if __name__ == "__main__":
    unittest.main()
