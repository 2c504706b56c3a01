"""huibao:ImportSubmissions with the awkward cases of spec/collection.md, in
a real LibreOffice, on a small county built here: a unit's sheet the officer
protected in the county workbook (that file is listed with its reason, the
others still come in, the protected sheet is untouched), a .xls saved with an
opening password (无法读取, no prompt: the dispatch returns), and a workbook on
Excel's 1904 date system (its dates arrive as the same days), and one file
holding the sheets of two units (listed, not given to the first unit)."""

import datetime
import hashlib
import os
import shutil
import tempfile
import unittest

import openpyxl
import uno
from com.sun.star.frame.DispatchResultState import SUCCESS
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from tests.integration import huibao_workbook as wb
from tests.integration.office import prop
from tests.integration.shared import office

HEADER = ("序号", "项目名称", "申报单位", "建设性质", "产业类别", "总投资", "项目进展", "投资方", "签约日期")
UNITS = ("晋熙镇", "徐桥镇", "小池镇", "牛镇镇", "石门乡", "龙山乡")
SIGNED = datetime.date(2026, 3, 15)
LATER = datetime.date(2028, 1, 10)
TALL = 2000  # 1/100 mm
state = {}


def url(path):
    return uno.systemPathToFileUrl(path)


def rows_of(unit):
    return [HEADER, (1, f"{unit}甲项目", unit, "新签约", "工业", 1.5, "在谈", "甲公司", "")]


def store(rows, path, filter_name, password=None, formula=None, tall_row=None):
    doc = office.new_calc()
    try:
        sheet = doc.Sheets.getByIndex(0)
        wb.write_rows(sheet, rows)
        if formula:
            sheet.getCellRangeByName(formula[0]).setFormula(formula[1])
        if tall_row is not None:
            sheet.Rows.getByIndex(tall_row).Height = TALL
        arguments = [prop("FilterName", filter_name)]
        if password:
            arguments.append(prop("Password", password))
        doc.storeToURL(url(path), tuple(arguments))
    finally:
        doc.close(True)


def store_two_units(path, units):
    """One file, one sheet per unit, each sheet named after its unit."""
    doc = office.new_calc()
    try:
        for index, unit in enumerate(units):
            if index:
                doc.Sheets.insertNewByName(unit, index)
            sheet = doc.Sheets.getByIndex(index)
            sheet.Name = unit
            wb.write_rows(sheet, rows_of(unit))
        doc.storeToURL(url(path), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    finally:
        doc.close(True)


def store_1904(unit, path):
    """An .xlsx on the 1904 date system (Excel for Mac's), its 签约日期 a
    date; a second project signed after the 报告日期 (a future-date finding
    on the right day, none 1,462 days earlier)."""
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    for row in rows_of(unit):
        sheet.append(list(row))
    sheet.append([2, f"{unit}乙项目", unit, "新签约", "工业", 1.5, "在谈", "乙公司", ""])
    sheet.cell(row=2, column=len(HEADER), value=SIGNED).number_format = "yyyy-mm-dd"
    sheet.cell(row=3, column=len(HEADER), value=LATER).number_format = "yyyy-mm-dd"
    book.save(path)


def digests(folder):
    result = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            result[name] = hashlib.sha256(f.read()).hexdigest()
    return result


def county():
    """任务分解 with four towns, 参数, and 晋熙镇's sheet from an earlier
    round, protected by the officer."""
    doc = office.new_calc()
    sheets = doc.Sheets
    sheets.getByIndex(0).Name = "任务分解"
    wb.write_rows(sheets.getByIndex(0), [("单位名称", "单位类型")] + [(u, "乡镇") for u in UNITS])
    sheets.insertNewByName("参数", 1)
    wb.write_rows(sheets.getByName("参数"), (("参数", "值"), ("县名", "太湖县"), ("年度", "2026")))
    sheets.insertNewByName("晋熙镇", 2)
    old = sheets.getByName("晋熙镇")
    wb.write_rows(old, [HEADER, (1, "上一轮项目", "晋熙镇", "新签约", "工业", 2.0, "在谈", "乙公司", "")])
    old.protect("")
    return doc


def setUpModule():
    office.start()
    root = tempfile.mkdtemp(prefix="huibao-collection-bad-")
    subs = os.path.join(root, "submissions")
    os.makedirs(subs)
    state["root"] = root
    state["files"] = {
        "protected": os.path.join(subs, "晋熙镇_申报表.xlsx"),
        "plain": os.path.join(subs, "徐桥镇_申报表.xlsx"),
        "1904": os.path.join(subs, "小池镇_申报表.xlsx"),
        "password": os.path.join(subs, "牛镇镇_申报表.xls"),
        "two units": os.path.join(subs, "联合申报.xlsx"),
    }
    files = state["files"]
    store(rows_of("晋熙镇"), files["protected"], "Calc MS Excel 2007 XML")
    # Its 签约日期 a formula giving #DIV/0!: the error value must arrive, not the formula.
    # Its data row sized by hand, 2 cm: the height comes along.
    store(rows_of("徐桥镇"), files["plain"], "Calc MS Excel 2007 XML", formula=("I2", "=1/0"), tall_row=1)
    store_1904("小池镇", files["1904"])
    store(rows_of("牛镇镇"), files["password"], "MS Excel 97", password="secret")
    store_two_units(files["two units"], ("石门乡", "龙山乡"))
    state["digests"] = digests(subs)
    doc = county()
    state["doc"] = doc
    state["before"] = wb.sheet_rows(doc, "晋熙镇")
    urls = uno.Any("[]string", tuple(url(files[k]) for k in ("protected", "plain", "1904", "password", "two units")))
    event = office.dispatch(doc, "huibao:ImportSubmissions", prop("Files", urls))
    if event is None or event.State != SUCCESS:
        raise AssertionError(f"ImportSubmissions failed: {getattr(event, 'Result', None)}")
    state["results"] = wb.named_values(event.Result)
    state["log"] = wb.sheet_rows(doc, "报送登记")
    state["findings"] = wb.sheet_rows(doc, "校验结果")


def tearDownModule():
    try:
        if "doc" in state:
            state["doc"].close(True)
        shutil.rmtree(state.get("root", ""), ignore_errors=True)
    finally:
        office.stop()


def status_of(file_name):
    for row in state["log"][1:]:
        if row[1] == file_name:
            return row[8]
    raise AssertionError(f"{file_name} not in 报送登记: {state['log']}")


class BadFiles(unittest.TestCase):
    def test_counts(self):
        self.assertEqual(state["results"]["Imported"], 2)
        self.assertEqual(state["results"]["Unreadable"], 3)

    def test_protected_unit_sheet_is_listed_and_kept_the_rest_come_in(self):
        status = status_of("晋熙镇_申报表.xlsx")
        self.assertTrue(status.startswith("无法读取："), status)
        self.assertIn("“晋熙镇”工作表受保护", status)
        self.assertIn("晋熙镇_申报表.xlsx", state["results"]["UnreadableFiles"])
        doc = state["doc"]
        self.assertEqual(wb.sheet_rows(doc, "晋熙镇"), state["before"])
        self.assertTrue(doc.Sheets.getByName("晋熙镇").isProtected())
        self.assertEqual(status_of("徐桥镇_申报表.xlsx"), "已导入")
        self.assertEqual(wb.sheet_rows(doc, "徐桥镇")[1][1], "徐桥镇甲项目")

    def test_a_tall_row_keeps_its_height(self):
        rows = state["doc"].Sheets.getByName("徐桥镇").Rows
        self.assertAlmostEqual(rows.getByIndex(1).Height, TALL, delta=20)
        self.assertLess(rows.getByIndex(0).Height, TALL / 2)

    def test_error_result_arrives_as_an_error_value(self):
        cell = state["doc"].Sheets.getByName("徐桥镇").getCellRangeByName("I2")
        self.assertEqual(cell.getError(), 532)  # #DIV/0!

    def test_password_protected_xls_is_unreadable_without_a_prompt(self):
        # Reaching here at all means no dialog waited for a password.
        self.assertEqual(status_of("牛镇镇_申报表.xls"), "无法读取：文件已加密（设有打开密码）")
        self.assertNotIn("牛镇镇", state["doc"].Sheets.ElementNames)

    def test_a_file_of_two_units_is_listed_and_gives_neither_the_other_s_projects(self):
        self.assertEqual(status_of("联合申报.xlsx"), "无法读取：文件含多个单位的申报表（石门乡、龙山乡），请各单位分别报送")
        names = state["doc"].Sheets.ElementNames
        self.assertNotIn("石门乡", names)
        self.assertNotIn("石门乡（2）", names)

    def test_1904_date_system_gives_the_same_day(self):
        self.assertEqual(status_of("小池镇_申报表.xlsx"), "已导入")
        sheet = state["doc"].Sheets.getByName("小池镇")
        cell = sheet.getCellByPosition(len(HEADER) - 1, 1)
        self.assertEqual(cell.Value, (SIGNED - datetime.date(1899, 12, 30)).days)
        self.assertEqual(cell.String, "2026-03-15")

    def test_validated_as_reading_the_sheets_back_gives(self):
        self.assertIn(("小池镇", "future-date"), [(f[1], f[5]) for f in state["findings"]])
        # The import validates the cells as it wrote them (an error result,
        # a 1904 date moved) without reading them back.
        for command in ("huibao:ClearMarks", "huibao:Validate"):  # ClearMarks: the next Validate reads
            event = office.dispatch(state["doc"], command)
            self.assertEqual(event.State, SUCCESS, command)
        self.assertEqual(wb.sheet_rows(state["doc"], "校验结果"), state["findings"])

    def test_no_file_written(self):
        self.assertEqual(digests(os.path.dirname(state["files"]["plain"])), state["digests"])


if __name__ == "__main__":
    unittest.main()
