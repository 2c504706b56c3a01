"""Every Calc function of spec/functions.md, evaluated through real formulas
in a real LibreOffice with huibao.oxt installed."""

import unittest

from tests.integration.shared import office, tearDownModule  # noqa: F401

doc = None


def setUpModule():
    global doc
    doc = office.start().new_calc()


def evaluate(formula, cells=None):
    """Puts formula into A1 of a fresh sheet (cells: {"B1": value} first)
    and returns the cell after recalculation."""
    sheets = doc.getSheets()
    name = "t%d" % sheets.getCount()
    sheets.insertNewByName(name, sheets.getCount())
    sheet = sheets.getByName(name)
    for ref, value in (cells or {}).items():
        cell = sheet.getCellRangeByName(ref)
        if isinstance(value, str) and value.startswith("="):
            cell.setFormula(value)
        elif isinstance(value, str):
            cell.setString(value)
        else:
            cell.setValue(value)
    cell = sheet.getCellRangeByName("A1")
    cell.setFormula(formula)
    doc.calculateAll()
    return cell


class Examples(unittest.TestCase):
    """The examples table of functions.md, row by row."""

    def value(self, formula, expected, places=9):
        cell = evaluate(formula)
        self.assertEqual(cell.getError(), 0, f"{formula} gave error {cell.getError()}")
        self.assertAlmostEqual(cell.getValue(), expected, places=places, msg=formula)

    def text(self, formula, expected):
        cell = evaluate(formula)
        self.assertEqual(cell.getError(), 0, f"{formula} gave error {cell.getError()}")
        self.assertEqual(cell.getString(), expected, formula)

    def test_schedule_progress(self):
        self.value("=SCHEDULEPROGRESS(DATE(2026;6;30))", 0.5)
        self.value("=SCHEDULEPROGRESS(DATE(2026;6;29))", 5 / 12)
        self.value('=SCHEDULEPROGRESS(DATE(2026;6;30);"按日")', 181 / 365)
        self.value('=SCHEDULEPROGRESS("2024年12月31日";"day")', 1)

    def test_completion_and_ahead(self):
        self.value("=COMPLETIONRATE(3;4)", 0.75)
        self.value("=AHEADOFSCHEDULE(3;4;DATE(2026;6;30))", 0.25)

    def test_convert_amount(self):
        self.value('=CONVERTAMOUNT(3000;"万元";"亿元")', 0.3)
        self.value('=CONVERTAMOUNT(710;"万元";"万美元";7.1)', 100)

    def test_rmb_upper(self):
        self.text("=RMBUPPER(1234.56)", "壹仟贰佰叁拾肆元伍角陆分")
        self.text("=RMBUPPER(1005)", "壹仟零伍元整")
        self.text("=RMBUPPER(100000000)", "壹亿元整")
        self.text("=RMBUPPER(107000.53)", "壹拾万柒仟元零伍角叁分")
        self.text("=RMBUPPER(0.5)", "伍角")

    def test_numeral_and_normalize(self):
        self.text("=CNNUMERAL(12)", "十二")
        self.text('=NORMALIZETEXT(" 晉熙鎮 ")', "晋熙镇")
        self.text('=NORMALIZETEXT("ＡＢＣ１２３")', "ABC123")


class MoreValues(unittest.TestCase):
    """Beyond the examples: defaults, synonyms, cell references."""

    def test_schedule_progress_bases(self):
        for basis in ('"按月"', '"月"', '"month"', "1", "0", '""', '"ＭＯＮＴＨ"'):
            cell = evaluate(f"=SCHEDULEPROGRESS(DATE(2026;6;30);{basis})")
            self.assertAlmostEqual(cell.getValue(), 0.5, msg=basis)
        for basis in ('"按日"', '"日"', '"day"', "2", '" 按 日 "'):
            cell = evaluate(f"=SCHEDULEPROGRESS(DATE(2026;6;30);{basis})")
            self.assertAlmostEqual(cell.getValue(), 181 / 365, msg=basis)

    def test_omitted_and_empty_basis_default_to_months(self):
        self.assertAlmostEqual(evaluate("=SCHEDULEPROGRESS(DATE(2026;6;30);)").getValue(), 0.5)
        self.assertAlmostEqual(evaluate("=SCHEDULEPROGRESS(DATE(2026;6;30);B1)").getValue(), 0.5)

    def test_dates_from_cells_and_text(self):
        cell = evaluate("=SCHEDULEPROGRESS(B1)", {"B1": "=DATE(2026;12;31)"})
        self.assertAlmostEqual(cell.getValue(), 1)
        self.assertAlmostEqual(evaluate('=SCHEDULEPROGRESS("2026-03-31")').getValue(), 0.25)
        self.assertAlmostEqual(evaluate('=SCHEDULEPROGRESS("2024/2/29";"day")').getValue(), 60 / 366)

    def test_leap_year_by_day(self):
        self.assertAlmostEqual(evaluate('=SCHEDULEPROGRESS(DATE(2024;12;31);"day")').getValue(), 1)
        self.assertAlmostEqual(evaluate('=SCHEDULEPROGRESS(DATE(2024;6;30);"day")').getValue(),
                               182 / 366)

    def test_behind_schedule_is_negative(self):
        self.assertAlmostEqual(evaluate("=AHEADOFSCHEDULE(1;4;DATE(2026;6;30))").getValue(), -0.25)

    def test_convert_amount_units(self):
        self.assertAlmostEqual(evaluate('=CONVERTAMOUNT(1;"亿元";"万元")').getValue(), 10000)
        self.assertAlmostEqual(evaluate('=CONVERTAMOUNT(1;"yiyuan";"yuan")').getValue(), 1e8)
        self.assertAlmostEqual(evaluate('=CONVERTAMOUNT(100;"万美元";"万元";7.1)').getValue(), 710)
        self.assertAlmostEqual(evaluate('=CONVERTAMOUNT(5;"usd";"wanusd")').getValue(), 0.0005)
        self.assertAlmostEqual(evaluate('=CONVERTAMOUNT(5;"万元";"万元")').getValue(), 5)

    def test_rmb_upper_more(self):
        for amount, expected in [(0, "零元整"), (10, "壹拾元整"), (100010, "壹拾万零壹拾元整"),
                                 (1.05, "壹元零伍分"), (-3, "负叁元整"), (0.06, "陆分"),
                                 (1680.32, "壹仟陆佰捌拾元零叁角贰分")]:
            self.assertEqual(evaluate(f"=RMBUPPER({amount})").getString(), expected)

    def test_numerals_more(self):
        for n, expected in [(0, "零"), (10, "十"), (20, "二十"), (105, "一百零五")]:
            self.assertEqual(evaluate(f"=CNNUMERAL({n})").getString(), expected)


class Errors(unittest.TestCase):
    """A bad argument is an error cell, never a wrong number."""

    def assertError(self, formula, cells=None):
        cell = evaluate(formula, cells)
        self.assertNotEqual(cell.getError(), 0, f"{formula} gave {cell.getString()!r}")

    def test_bad_dates(self):
        self.assertError('=SCHEDULEPROGRESS("明天")')
        self.assertError('=SCHEDULEPROGRESS("2026-02-30")')
        self.assertError("=SCHEDULEPROGRESS(B1)")          # empty cell: serial 0
        self.assertError("=SCHEDULEPROGRESS(-5)")

    def test_bad_basis(self):
        self.assertError('=SCHEDULEPROGRESS(DATE(2026;6;30);"按年")')
        self.assertError("=SCHEDULEPROGRESS(DATE(2026;6;30);3)")

    def test_bad_targets(self):
        self.assertError("=COMPLETIONRATE(3;0)")
        self.assertError("=COMPLETIONRATE(3;-1)")
        self.assertError("=COMPLETIONRATE(3;B1)")
        self.assertError("=AHEADOFSCHEDULE(3;0;DATE(2026;6;30))")

    def test_bad_units_and_rates(self):
        self.assertError('=CONVERTAMOUNT(1;"斤";"万元")')
        self.assertError('=CONVERTAMOUNT(1;"万元";"万美元")')
        self.assertError('=CONVERTAMOUNT(1;"万元";"万美元";-7)')
        self.assertError('=CONVERTAMOUNT(1;"万元";"万美元";B1)')

    def test_bad_amounts_and_numbers(self):
        self.assertError("=RMBUPPER(1000000000000)")
        self.assertError("=RMBUPPER(SQRT(-1))")
        self.assertError("=CNNUMERAL(1.5)")
        self.assertError("=CNNUMERAL(-1)")
        self.assertError("=CNNUMERAL(100000000)")

    def test_error_value_argument_propagates(self):
        cell = evaluate("=SCHEDULEPROGRESS(B1)", {"B1": "=NA()"})
        self.assertNotEqual(cell.getError(), 0)


class SavedFormulas(unittest.TestCase):
    """The service name is stored in files: check it round-trips."""

    def test_formula_uses_the_service_name(self):
        # The API (and the file) spell the function with the add-in's service
        # name; users see and type RMBUPPER.
        cell = evaluate("=RMBUPPER(5)")
        self.assertEqual(cell.getFormula(), "=ORG.HUIBAO.FUNCTIONS.RMBUPPER(5)")

    def test_saved_and_reopened_formulas_still_work(self):
        import os
        import uno
        from tests.integration.office import prop
        for ext, filt in (("ods", "calc8"), ("xlsx", "Calc MS Excel 2007 XML")):
            with self.subTest(ext=ext):
                new = office.new_calc()
                sheet = new.getSheets().getByIndex(0)
                sheet.getCellRangeByName("A1").setFormula('=RMBUPPER(1005)')
                sheet.getCellRangeByName("A2").setFormula('=SCHEDULEPROGRESS(DATE(2026;6;30))')
                path = os.path.join(office.root, "saved." + ext)
                new.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", filt),))
                new.close(True)
                reopened = office.load(path)
                reopened.calculateAll()
                sheet = reopened.getSheets().getByIndex(0)
                self.assertEqual(sheet.getCellRangeByName("A1").getString(), "壹仟零伍元整")
                self.assertAlmostEqual(sheet.getCellRangeByName("A2").getValue(), 0.5)
                reopened.close(True)


if __name__ == "__main__":
    unittest.main()
