"""huibao:Assess in real LibreOffice: the 单位考核 sheet against the figures
and flags the sample generator computed independently."""

import os
import tempfile
import unittest
import zipfile

import uno

from tests.integration.office import prop
from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401
from tests.integration.sample_workbooks import comment_counts, dispatch_result, ledger, sample, sheet_rows, snapshot

HEADER = ["单位名称", "单位类型", "招商团", "申报项目数", "新签约或新建", "续建", "认定项目数", "落地项目数",
          "亿元以上项目数", "省外资金(亿元)", "省外资金任务(亿元)", "完成率", "超序时进度", "境外资金(万美元)",
          "项目任务", "问题", "说明"]
COUNTS = ["申报项目数", "新签约或新建", "续建", "认定项目数", "落地项目数", "亿元以上项目数"]
OUTPUT = {"校验结果", "单位考核", "工作汇报", "汇报模板"}


def number(value):
    return None if value == "" else value


def filtered_sheets(doc):
    """(sheet, first row, first column) of every autofilter, named or the sheet's own."""
    found = []
    sheets = doc.getSheets()
    own = doc.getPropertyValue("UnnamedDatabaseRanges")
    for index in range(sheets.getCount()):
        if own.hasByTable(index):
            unnamed = own.getByTable(index)
            if unnamed.AutoFilter:
                area = unnamed.DataArea
                found.append((sheets.getByIndex(area.Sheet).getName(), area.StartRow, area.StartColumn))
    for name in doc.DatabaseRanges.getElementNames():
        named = doc.DatabaseRanges.getByName(name)
        if named.AutoFilter:
            area = named.DataArea
            found.append((sheets.getByIndex(area.Sheet).getName(), area.StartRow, area.StartColumn))
    return found


class UnitSheet(unittest.TestCase):
    def check(self, name, kind="xlsx"):
        expected = ledger(name)["assessment"]
        doc = office.load(sample(name)[kind])
        try:
            before = snapshot(doc)
            ok, result = dispatch_result(office, doc, "Assess")
            self.assertTrue(ok, result)
            rows = sheet_rows(doc, "单位考核")
            self.assertEqual(list(rows[0]), HEADER)
            body = [dict(zip(HEADER, row)) for row in rows[1:]]
            self.assertEqual(body[-1]["单位名称"], "全县合计")
            units = body[:-1]
            self.assertEqual([u["单位名称"] for u in units], [u["单位名称"] for u in expected["units"]])
            for got, want in zip(units, expected["units"]):
                with self.subTest(unit=want["单位名称"]):
                    self.assertEqual(got["单位类型"], want["单位类型"])
                    self.assertEqual(got["招商团"], want["招商团"] or "")
                    for key in COUNTS:
                        self.assertEqual(got[key], want[key], key)
                    self.assertAlmostEqual(got["省外资金(亿元)"], want["省外资金(亿元)"], places=6)
                    self.assertAlmostEqual(got["境外资金(万美元)"], want["境外资金(万美元)"], places=6)
                    if want["完成率"] is None:
                        self.assertEqual(got["完成率"], "")
                    else:
                        self.assertAlmostEqual(got["完成率"], want["完成率"], places=5)
                        self.assertAlmostEqual(got["超序时进度"], want["超序时进度"], places=5)
                    flags = [f for f in got["问题"].split(", ") if f]
                    self.assertEqual(flags, want["问题"])
                    self.assertEqual(bool(got["说明"]), bool(want["问题"]))
            county = body[-1]
            want = expected["county"]
            for key in COUNTS:
                self.assertEqual(county[key], want[key], key)
            self.assertAlmostEqual(county["省外资金(亿元)"], want["省外资金(亿元)"], places=6)
            self.assertEqual(county["问题"], "")
            if want.get("完成率") is not None:
                self.assertAlmostEqual(county["完成率"], want["完成率"], places=5)
            flagged = sum(1 for u in expected["units"] if u["问题"])
            self.assertEqual(result["Units"], len(expected["units"]))
            self.assertEqual(result["FlaggedUnits"], flagged)
            self.assertEqual(snapshot(doc, skip=OUTPUT), before)
            return doc
        except BaseException:
            doc.close(True)
            raise

    def test_county(self):
        doc = self.check("county")
        sheet = doc.getSheets().getByName("单位考核")
        # Rates are fractions shown as percentages; amounts with fixed decimals.
        rate = sheet.getCellRangeByName("L2")
        self.assertIn("%", rate.getPropertyValue("NumberFormat") and
                      doc.getNumberFormats().getByKey(rate.NumberFormat).FormatString)
        amount = sheet.getCellRangeByName("J2")
        self.assertEqual(doc.getNumberFormats().getByKey(amount.NumberFormat).FormatString, "0.0000")
        # The autofilter sits on 单位考核's header, not on any submitted sheet,
        # as the sheet's own filter: an .xlsx keeps it (Excel and WPS read it).
        self.assertEqual(filtered_sheets(doc), [("单位考核", 0, 0)])
        folder = tempfile.mkdtemp(dir=office.root)
        path = os.path.join(folder, "county.xlsx")
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        with zipfile.ZipFile(path) as package:
            sheets_with_filter = [name for name in package.namelist()
                                  if name.startswith("xl/worksheets/sheet") and b"<autoFilter" in package.read(name)]
        self.assertEqual(len(sheets_with_filter), 1)
        reopened = office.load(path)
        try:
            self.assertEqual(filtered_sheets(reopened), [("单位考核", 0, 0)])
        finally:
            reopened.close(True)

    def test_county_ods(self):
        self.check("county", "ods").close(True)

    def test_clean(self):
        self.check("clean").close(True)

    def test_small(self):
        self.check("small").close(True)

    def test_one_undo_reverts_the_assessment(self):
        # A shown document: Calc 7.4 crashes undoing sheet insertion in a hidden one.
        # The county has findings: 校验结果 and the marks must go too (Calc
        # leaves earlier insertions out of the step if a command switches sheets).
        doc = office.load(sample("county")["xlsx"], hidden=False)
        try:
            names = doc.getSheets().getElementNames()
            before = snapshot(doc)
            comments = comment_counts(doc)
            ok, _ = dispatch_result(office, doc, "Assess")
            self.assertTrue(ok)
            self.assertGreater(sum(comment_counts(doc).values()), sum(comments.values()))
            doc.getUndoManager().undo()
            self.assertEqual(doc.getSheets().getElementNames(), names)
            self.assertEqual(snapshot(doc), before)
            self.assertEqual(comment_counts(doc), comments)
            self.assertFalse(doc.getUndoManager().isUndoPossible())
        finally:
            doc.close(True)

    def test_header_frozen_while_the_officer_stays_on_their_sheet(self):
        doc = office.load(sample("county")["xlsx"], hidden=False)
        try:
            view = doc.getCurrentController()
            officer = doc.getSheets().getByIndex(1)
            view.setActiveSheet(officer)
            officer_view = (view.hasFrozenPanes(), view.getSplitRow(), view.getSplitColumn())
            ok, _ = dispatch_result(office, doc, "Assess")
            self.assertTrue(ok)
            self.assertEqual(view.getActiveSheet().getName(), officer.getName())
            self.assertEqual((view.hasFrozenPanes(), view.getSplitRow(), view.getSplitColumn()), officer_view)
            view.setActiveSheet(doc.getSheets().getByName("单位考核"))
            self.assertTrue(view.hasFrozenPanes())
            self.assertEqual(view.getSplitRow(), 1)
            # Kept in the .xlsx Excel and WPS open.
            folder = tempfile.mkdtemp(prefix="assess-", dir=office.root)
            path = os.path.join(folder, "县汇总.xlsx")
            doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "Calc MS Excel 2007 XML"),))
            with zipfile.ZipFile(path) as xlsx:
                sheets = [xlsx.read(n).decode() for n in xlsx.namelist() if n.startswith("xl/worksheets/sheet")]
            self.assertIn('state="frozen"', sheets[list(doc.getSheets().getElementNames()).index("单位考核")])
        finally:
            doc.close(True)

    def test_header_frozen_on_first_visit_when_leaving_a_huge_marked_sheet_would_be_slow(self):
        # Calc places every comment caption of a sheet it leaves: on 120,000
        # rows with 30 comments, freezing at once would cost a sheet switch.
        # A shown document: a hidden one's view freezes nothing.
        doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())
        try:
            sheet = doc.getSheets().getByIndex(0)
            sheet.setName("晋熙镇")
            header = ("序号", "项目名称", "申报单位", "建设性质", "产业类别", "总投资", "项目进展", "投资方")
            rows = [header] + [(float(i), f"项目{i}", "晋熙镇", "新签约", "工业", "很多" if i % 4000 == 0 else 1.0,
                                "在谈", f"公司{i}") for i in range(1, 120001)]
            sheet.getCellRangeByPosition(0, 0, len(header) - 1, len(rows) - 1).setDataArray(rows)
            ok, _ = dispatch_result(office, doc, "Validate")
            self.assertTrue(ok)
            self.assertEqual(sheet.getAnnotations().getCount(), 30)
            view = doc.getCurrentController()
            ok, _ = dispatch_result(office, doc, "Assess")
            self.assertTrue(ok)
            self.assertEqual(view.getActiveSheet().getName(), "晋熙镇")
            self.assertFalse(view.hasFrozenPanes())
            view.setActiveSheet(doc.getSheets().getByName("单位考核"))
            self.assertTrue(view.hasFrozenPanes())
            self.assertEqual(view.getSplitRow(), 1)
        finally:
            doc.close(True)

    def test_rebuild_is_identical(self):
        doc = office.load(sample("county")["xlsx"])
        try:
            dispatch_result(office, doc, "Assess")
            first = sheet_rows(doc, "单位考核")
            dispatch_result(office, doc, "Assess")
            self.assertEqual(sheet_rows(doc, "单位考核"), first)
            self.assertEqual(list(doc.getSheets().getElementNames()).count("单位考核"), 1)
        finally:
            doc.close(True)


class SummedByFormula(unittest.TestCase):
    def test_a_total_investment_summed_to_one_yi_is_yi_yuan_yi_shang(self):
        # =0.7+0.2+0.1 is 0.9999999999999999 and shows 1: 亿元以上 for the
        # officer, for Calc's >=1 and for COUNTPROJECTS alike (accept8).
        from tests.integration.adversarial_workbooks import HEADER as COLUMNS, TOWNSHIP, build, project
        doc = build(office, [(TOWNSHIP, [COLUMNS, project(1, "甲项目", 项目进展="已签约"),
                                         project(2, "乙项目", 项目进展="已签约")])])
        self.addCleanup(doc.close, True)
        sheet = doc.getSheets().getByName(TOWNSHIP)
        sheet.getCellRangeByName("G2").setFormula("=0.7+0.2+0.1")
        sheet.getCellRangeByName("G3").setFormula("=(0.7+0.2+0.1)*10")
        sheet.getCellRangeByName("R1").setFormula('=COUNTPROJECTS($A$1:$P$3;"总投资";">=1")')
        ok, result = dispatch_result(office, doc, "Assess")
        self.assertTrue(ok, result)
        rows = sheet_rows(doc, "单位考核")
        row = next(r for r in rows if r[0] == TOWNSHIP)
        self.assertEqual(row[rows[0].index("亿元以上项目数")], 2.0)
        self.assertEqual(sheet.getCellRangeByName("R1").getValue(), 2.0)


if __name__ == "__main__":
    unittest.main()
