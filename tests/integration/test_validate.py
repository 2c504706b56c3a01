"""huibao:Validate and huibao:ClearMarks in real LibreOffice, on the generated
counties (.xlsx and .ods) against the generator's ledger."""

import unittest

from tests.integration.office import prop
from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401
from tests.integration.sample_workbooks import dispatch_result, findings_of, ledger, sample, sheet_rows, snapshot

OUTPUT = {"校验结果", "单位考核", "工作汇报", "汇报模板"}
KEYS = ("sheet", "cell", "row", "field", "code", "severity")
ERROR_FILL = 0xFFC7CE
WARNING_FILL = 0xFFEB9C


def expected_findings(name):
    return [tuple(f[k] for k in KEYS) for f in ledger(name)["findings"]]


class AgainstTheLedger(unittest.TestCase):
    def check(self, name, kind):
        doc = office.load(sample(name)[kind])
        try:
            before = snapshot(doc)
            ok, result = dispatch_result(office, doc, "Validate")
            self.assertTrue(ok, result)
            found = findings_of(doc)
            got = [tuple(f[k] for k in KEYS) for f in found]
            want = expected_findings(name)
            missing = [f for f in want if f not in got]
            extra = [f for f in got if f not in want]
            self.assertEqual((missing, extra), ([], []), f"{name}.{kind}")
            self.assertEqual(got, want, "order of the findings")
            for f in found:
                self.assertTrue(f["message"], f)
            errors = sum(1 for f in found if f["severity"] == "错误")
            self.assertEqual(result["Errors"], errors)
            self.assertEqual(result["Warnings"], len(found) - errors)
            # No submitted cell changed, and no sheet appeared but 校验结果.
            after = snapshot(doc, skip=OUTPUT)
            self.assertEqual(after, before)
            return doc, found
        except BaseException:
            doc.close(True)
            raise

    def test_county_xlsx(self):
        doc, found = self.check("county", "xlsx")
        codes = {f["code"] for f in found}
        self.assertEqual(len(codes), 14, f"every code planted: {sorted(codes)}")
        doc.close(True)

    def test_county_ods(self):
        self.check("county", "ods")[0].close(True)

    def test_small_xlsx(self):
        self.check("small", "xlsx")[0].close(True)

    def test_clean_county_says_so(self):
        for kind in ("xlsx", "ods"):
            doc, found = self.check("clean", kind)
            self.assertEqual(found, [])
            self.assertEqual(sheet_rows(doc, "校验结果")[1][0], "未发现问题")
            doc.close(True)


class MarksInPlace(unittest.TestCase):
    def setUp(self):
        self.doc = office.load(sample("county")["xlsx"])
        self.findings = [f for f in ledger("county")["findings"] if f["sheet"] not in ("任务分解", "参数")]

    def tearDown(self):
        self.doc.close(True)

    def cell(self, finding):
        return self.doc.getSheets().getByName(finding["sheet"]).getCellRangeByName(finding["cell"])

    def test_marks_are_restored_exactly(self):
        target = next(f for f in self.findings if f["severity"] == "错误")
        warning = next(f for f in self.findings if f["severity"] == "警告")
        cell = self.cell(target)
        sheet = self.doc.getSheets().getByName(target["sheet"])
        cell.CellBackColor = 0x123456
        sheet.getAnnotations().insertNew(cell.getCellAddress(), "我自己的批注")
        plain = self.cell(warning)
        plain_color = plain.CellBackColor
        before = snapshot(self.doc)

        ok, _ = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok)
        self.assertEqual(cell.CellBackColor, ERROR_FILL)
        note = cell.getAnnotation().getString()
        self.assertTrue(note.startswith("我自己的批注"), note)
        self.assertIn("【汇报助手】", note)
        self.assertEqual(plain.CellBackColor, WARNING_FILL)
        self.assertIn("【汇报助手】", plain.getAnnotation().getString())

        # Re-validating replaces the marks instead of stacking them.
        dispatch_result(office, self.doc, "Validate")
        self.assertEqual(cell.getAnnotation().getString().count("【汇报助手】"), 1)

        ok, result = dispatch_result(office, self.doc, "ClearMarks")
        self.assertTrue(ok)
        self.assertGreaterEqual(result["CellsRestored"], len({(f["sheet"], f["cell"]) for f in self.findings}))
        self.assertEqual(cell.CellBackColor, 0x123456)
        self.assertEqual(cell.getAnnotation().getString(), "我自己的批注")
        self.assertEqual(plain.CellBackColor, plain_color)
        self.assertEqual(plain.getAnnotation().getString(), "")
        self.assertEqual(snapshot(self.doc, skip=OUTPUT), before)

    def test_fixing_a_cell_removes_only_its_mark(self):
        fixed = next(f for f in self.findings if f["code"] == "type-error" and f["field"] == "总投资")
        other = next(f for f in self.findings if f["cell"] != fixed["cell"] and f["severity"] == "错误")
        cell, kept = self.cell(fixed), self.cell(other)
        color = cell.CellBackColor
        dispatch_result(office, self.doc, "Validate")
        self.assertEqual(cell.CellBackColor, ERROR_FILL)
        kept_note = kept.getAnnotation().getString()
        cell.setValue(3)   # the township fixes the amount
        ok, _ = dispatch_result(office, self.doc, "Validate")
        self.assertTrue(ok)
        self.assertNotIn((fixed["sheet"], fixed["cell"]),
                         [(f["sheet"], f["cell"]) for f in findings_of(self.doc) if f["code"] == "type-error"])
        self.assertEqual(cell.CellBackColor, color)
        self.assertEqual(cell.getAnnotation().getString(), "")
        self.assertEqual(kept.CellBackColor, ERROR_FILL)
        self.assertEqual(kept.getAnnotation().getString(), kept_note)
        ok, _ = dispatch_result(office, self.doc, "ClearMarks")
        self.assertNotEqual(kept.CellBackColor, ERROR_FILL)
        self.assertEqual(kept.getAnnotation().getString(), "")

    def test_marks_survive_saving_as_ods(self):
        import os
        import uno
        target = self.findings[0]
        dispatch_result(office, self.doc, "Validate")
        path = os.path.join(office.root, "marked.ods")
        self.doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "calc8"),))
        reopened = office.load(path)
        try:
            cell = reopened.getSheets().getByName(target["sheet"]).getCellRangeByName(target["cell"])
            self.assertIn(cell.CellBackColor, (ERROR_FILL, WARNING_FILL))
            ok, _ = dispatch_result(office, reopened, "ClearMarks")
            self.assertTrue(ok)
            self.assertNotIn(cell.CellBackColor, (ERROR_FILL, WARNING_FILL))
            self.assertEqual(cell.getAnnotation().getString(), "")
        finally:
            reopened.close(True)

    def test_one_undo_reverts_the_whole_run(self):
        # A shown document, as officers have: Calc 7.4 crashes undoing a sheet
        # insertion in a hidden one.
        self.doc.close(True)
        self.doc = office.load(sample("county")["xlsx"], hidden=False)
        target = self.findings[0]
        cell = self.cell(target)
        color = cell.CellBackColor
        names = self.doc.getSheets().getElementNames()
        dispatch_result(office, self.doc, "Validate")
        self.assertIn("校验结果", self.doc.getSheets().getElementNames())
        manager = self.doc.getUndoManager()
        self.assertTrue(manager.getCurrentUndoActionTitle().startswith("汇报助手"))
        manager.undo()
        self.assertEqual(self.doc.getSheets().getElementNames(), names)
        self.assertEqual(cell.CellBackColor, color)
        self.assertEqual(cell.getAnnotation().getString(), "")

    def test_undo_gives_an_officers_own_comment_back(self):
        # Huibao's line after the officer's comment is written into the
        # comment's text, which Calc's undo does not see: undo, redo, and undo
        # of ClearMarks must still take it off and put it back.
        self.doc.close(True)
        self.doc = office.load(sample("county")["xlsx"], hidden=False)
        target = next(f for f in self.findings if f["severity"] == "错误")
        cell = self.cell(target)
        sheet = self.doc.getSheets().getByName(target["sheet"])
        sheet.getAnnotations().insertNew(cell.getCellAddress(), "用户批注：待核实")
        manager = self.doc.getUndoManager()

        dispatch_result(office, self.doc, "Validate")
        marked = cell.getAnnotation().getString()
        self.assertTrue(marked.startswith("用户批注：待核实\n【汇报助手】"), marked)
        manager.undo()
        self.assertEqual(cell.getAnnotation().getString(), "用户批注：待核实")
        manager.redo()
        self.assertEqual(cell.getAnnotation().getString(), marked)
        manager.undo()
        dispatch_result(office, self.doc, "Validate")
        self.assertEqual(cell.getAnnotation().getString(), marked, "marked once, not twice")

        ok, _ = dispatch_result(office, self.doc, "ClearMarks")
        self.assertTrue(ok)
        self.assertEqual(cell.getAnnotation().getString(), "用户批注：待核实")
        manager.undo()
        self.assertEqual(cell.getAnnotation().getString(), marked)
        ok, _ = dispatch_result(office, self.doc, "ClearMarks")
        self.assertEqual(cell.getAnnotation().getString(), "用户批注：待核实")

    def test_links_jump_to_the_cells(self):
        dispatch_result(office, self.doc, "Validate")
        sheet = self.doc.getSheets().getByName("校验结果")
        first = findings_of(self.doc)[0]
        link = sheet.getCellRangeByName("C2")
        fields = link.getTextFields().createEnumeration()
        self.assertTrue(fields.hasMoreElements())
        field = fields.nextElement()
        self.assertEqual(field.Representation, first["cell"])
        self.assertTrue(field.URL.startswith("#"), field.URL)
        self.assertTrue(field.URL.endswith("." + first["cell"]), field.URL)


class Safety(unittest.TestCase):
    def test_user_text_stays_text(self):
        doc = office.new_calc()
        try:
            sheet = doc.getSheets().getByIndex(0)
            sheet.setName("晋熙镇")
            rows = [("序号", "项目名称", "申报单位", "建设性质", "产业类别", "总投资", "项目进展", "投资方"),
                    (1, "=1+1", "晋熙镇", "新签约", "工业", 1.5, "在谈", "@SUM(A1)"),
                    (2, "=1+1", "晋熙镇", "新签约", "工业", "3OO", "在谈", "@SUM(A1)")]
            sheet.getCellRangeByName("A1:H3").setDataArray(rows)
            ok, result = dispatch_result(office, doc, "Validate")
            self.assertTrue(ok, result)
            self.assertEqual(sheet.getCellRangeByName("B2").getFormula(), "=1+1")   # a string, never parsed
            self.assertEqual(sheet.getCellRangeByName("B2").getType().value, "TEXT")
            out = doc.getSheets().getByName("校验结果")
            from com.sun.star.sheet.CellFlags import FORMULA
            self.assertEqual(out.queryContentCells(FORMULA).getCount(), 0)
            codes = [f["code"] for f in findings_of(doc)]
            self.assertIn("duplicate-row", codes)
            self.assertIn("type-error", codes)
        finally:
            doc.close(True)

    def test_protected_sheet_is_listed_not_marked(self):
        doc = office.load(sample("county")["xlsx"])
        try:
            target = next(f for f in ledger("county")["findings"] if f["sheet"] not in ("任务分解", "参数"))
            sheet = doc.getSheets().getByName(target["sheet"])
            cell = sheet.getCellRangeByName(target["cell"])
            color = cell.CellBackColor
            sheet.protect("")
            ok, result = dispatch_result(office, doc, "Validate")
            self.assertTrue(ok, result)
            listed = [f for f in findings_of(doc) if f["sheet"] == target["sheet"]]
            self.assertTrue(listed)
            self.assertTrue(all("保护" in f["message"] for f in listed), listed[0]["message"])
            self.assertEqual(cell.CellBackColor, color)
            self.assertTrue(sheet.isProtected())
        finally:
            doc.close(True)

    def test_protected_structure_fails_cleanly(self):
        doc = office.load(sample("small")["xlsx"])
        try:
            names = doc.getSheets().getElementNames()
            before = snapshot(doc)
            doc.protect("")
            ok, message = dispatch_result(office, doc, "Validate")
            self.assertFalse(ok)
            self.assertIn("保护", message)
            self.assertEqual(doc.getSheets().getElementNames(), names)
            self.assertEqual(snapshot(doc), before)
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
