"""huibao:ImportSubmissions: which unit a file's sheets come in as, and the
undo of an import, in a real LibreOffice, on a small county built here
(spec/collection.md, "Submissions"):
- a second import that replaces a unit's sheet and adds another is one undo
  step, and undoing it gives back the county as the first import left it
  (Calc 7.4 used to die on that undo, taking the document with it);
- a file with two submission sheets of one unit (石门乡 and 石门乡(二), no
  申报单位 column, file name shimen.ods) comes in as 石门乡 and 石门乡（2）;
- a file that names no registered unit (东山镇_申报.csv without a 申报单位
  column) comes in as 东山镇 with that name as its 申报单位 column, flagged
  unknown-unit, and 东山镇 is assessed as unregistered."""

import os
import shutil
import tempfile
import time
import unittest

import uno
from com.sun.star.frame.DispatchResultState import SUCCESS

from tests.integration import huibao_workbook as wb
from tests.integration.office import prop
from tests.integration.shared import office

TARGETS = (
    ("单位名称", "单位类型", "招商团", "别名", "项目任务", "省外资金任务", "境外资金任务"),
    ("梅河镇", "镇", "第一招商团", "梅河", 5, 2, 100),
    ("石门乡", "乡", "第二招商团", "石门、石门乡政府", 4, 1, 0),
    ("经信局", "部门", "第二招商团", "工信局", 1, 1, 0),
)
PARAMETERS = (("参数", "值"), ("县名", "青川县"), ("报告日期", "2026-10-31"))
HEADER = ("序号", "项目名称", "建设性质", "产业类别", "总投资（亿元）", "项目进展", "签约日期", "投资方")
MEIHE_BY_HAND = (
    ("序号", "项目名称", "乡镇", "项目性质", "所属产业", "计划总投资", "进展情况", "签约时间", "投资主体"),
    (1, "梅河铝材加工项目", "", "新签", "工业", 1.5, "在建", "2026-03-05", "安徽某铝业有限公司"),
)
COMBINED = (
    ("序号", "项目名称", "申报单位", "建设性质", "产业类别", "总投资", "项目进展", "签约日期", "投资方"),
    (1, "石门光伏电站", "石门乡政府", "新建", "工业", 150, "已投产", "2025-12-01", "某能源"),
)
state = {}


def url(path):
    return uno.systemPathToFileUrl(path)


def dispatch(doc, command, **arguments):
    event = office.dispatch(doc, "huibao:" + command, *(prop(k, v) for k, v in arguments.items()))
    if event is None or event.State != SUCCESS:
        raise AssertionError(f"huibao:{command} failed: {getattr(event, 'Result', None)}")
    return wb.named_values(event.Result)


def import_files(doc, *names):
    files = tuple(url(os.path.join(state["subs"], name)) for name in names)
    return dispatch(doc, "ImportSubmissions", Files=uno.Any("[]string", files))


def add_sheet(doc, name, rows):
    sheets = doc.Sheets
    sheets.insertNewByName(name, sheets.Count)
    wb.write_rows(sheets.getByName(name), rows)


def store(sheets, path, filter_name):
    """A workbook of (name, rows) sheets stored at path."""
    doc = office.new_calc()
    try:
        doc.Sheets.getByIndex(0).Name = sheets[0][0]
        wb.write_rows(doc.Sheets.getByIndex(0), sheets[0][1])
        for name, rows in sheets[1:]:
            add_sheet(doc, name, rows)
        doc.storeToURL(url(path), (prop("FilterName", filter_name),))
    finally:
        doc.close(True)


def write_csv(path, lines, age=0):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    if age:
        os.utime(path, (time.time() - age, time.time() - age))


def notes(doc, name):
    """A sheet's comments as (column, row, text)."""
    annotations = doc.Sheets.getByName(name).Annotations
    return sorted((a.Position.Column, a.Position.Row, a.String)
                  for a in (annotations.getByIndex(i) for i in range(annotations.Count)))


def county(hidden=True, with_unit_sheets=True):
    """任务分解 and 参数; with_unit_sheets: also 梅河镇 typed by hand and a
    combined Sheet3, as an officer's county workbook has them."""
    doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", hidden),))
    first = doc.Sheets.getByIndex(0)
    first.Name = "任务分解"
    wb.write_rows(first, TARGETS)
    add_sheet(doc, "参数", PARAMETERS)
    if with_unit_sheets:
        add_sheet(doc, "梅河镇", MEIHE_BY_HAND)
        add_sheet(doc, "Sheet3", COMBINED)
    return doc


def setUpModule():
    office.start()
    root = tempfile.mkdtemp(prefix="huibao-collection-units-")
    state["root"] = root
    subs = os.path.join(root, "submissions")
    os.makedirs(subs)
    state["subs"] = subs
    # 梅河镇's file: a generic sheet name, the unit in a 填报单位 row.
    store([("Sheet1", (("2026年招商引资项目申报表",), ("填报单位：梅河镇",), HEADER,
                       (1, "梅河铝材加工项目", "新签约", "工业", 1.5, "已开工", "2026-03-05", "安徽某铝业"),
                       (2, "梅河物流园", "新签约", "服务业", 3, "已签约", "2026-05-01", "某物流")))],
          os.path.join(subs, "梅河镇_2026年招商引资项目申报表.xlsx"), "Calc MS Excel 2007 XML")
    write_csv(os.path.join(subs, "梅河镇_旧.csv"),
              ["项目名称,申报单位,建设性质,产业类别,总投资,项目进展,签约日期,投资方",
               "旧项目,梅河镇,新建,工业,1,已签约,2026-01-01,旧"], age=86400)
    write_csv(os.path.join(subs, "jingxin.csv"),
              ["项目名称,申报单位,建设性质,产业类别,总投资,项目进展,签约日期,投资方",
               "经信局数据中心,经信局,新建,科技,1.2,已开工,2026-01-01,某科技"])
    # 石门乡's two sheets, neither with a 申报单位 column.
    store([("石门乡", (HEADER, (1, "石门光伏电站", "新建", "工业", 2, "已投产", "2025-12-01", "某能源"))),
           ("石门乡(二)", (HEADER, (1, "石门茶园", "续建", "农业", 0.5, "已开工", "2025-01-01", "某茶")))],
          os.path.join(subs, "shimen.ods"), "calc8")
    # A unit not in 任务分解, named only by the file name.
    write_csv(os.path.join(subs, "东山镇_申报.csv"),
              ["项目名称,建设性质,产业类别,总投资,项目进展,投资方", "东山茶叶,新签约,农业,0.8,在谈,某茶业"])
    # A combined file named like the county's combined sheet, and a file
    # named like one of Huibao's own sheets.
    store([("县直单位", (COMBINED[0], (1, "经信局云平台", "经信局", "新建", "科技", 2, "已开工", "2026-02-01", "某云"),
                      (2, "梅河仓储", "梅河镇", "新建", "服务业", 1, "已签约", "2026-04-01", "某仓储")))],
          os.path.join(subs, "县直单位_汇总.xlsx"), "Calc MS Excel 2007 XML")
    # The unit only in a 填报单位 row written as on its seal, the file named by nobody.
    store([("Sheet1", (("2026年招商引资项目申报表",), ("填报单位：梅河镇人民政府　　金额单位：万元",), HEADER,
                       (1, "梅河纺织项目", "新签约", "工业", 1.5, "已开工", "2026-03-05", "某纺织")))],
          os.path.join(subs, "a_申报表.xlsx"), "Calc MS Excel 2007 XML")
    write_csv(os.path.join(subs, "工作汇报_申报.csv"),
              ["项目名称,建设性质,产业类别,总投资,项目进展,投资方", "某项目,新签约,农业,0.8,在谈,某公司"])


def tearDownModule():
    try:
        shutil.rmtree(state.get("root", ""), ignore_errors=True)
    finally:
        office.stop()


class UndoSecondImport(unittest.TestCase):
    """A shown document, as officers have (the undo of a sheet insertion in a
    hidden one is not what an officer does)."""

    def test_undo_of_an_import_that_replaced_a_sheet_and_added_one(self):
        doc = county(hidden=False)
        try:
            import_files(doc, "梅河镇_2026年招商引资项目申报表.xlsx")
            after_first = doc.Sheets.ElementNames
            meihe = wb.sheet_rows(doc, "梅河镇")
            marks = notes(doc, "梅河镇")
            self.assertTrue(marks)
            import_files(doc, "梅河镇_旧.csv", "jingxin.csv")
            self.assertIn("经信局", doc.Sheets.ElementNames)
            self.assertEqual(doc.UndoManager.getAllUndoActionTitles()[0],
                             doc.UndoManager.getCurrentUndoActionTitle())
            doc.UndoManager.undo()
            self.assertEqual(doc.Sheets.ElementNames, after_first)
            self.assertEqual(wb.sheet_rows(doc, "梅河镇"), meihe)
            # Its comments come back whole (Calc 7.4 empties those of an
            # undone sheet removal, and crashed rewriting them).
            time.sleep(1)
            self.assertEqual(notes(doc, "梅河镇"), marks)
            doc.UndoManager.undo()
            self.assertEqual(doc.Sheets.ElementNames, ("任务分解", "参数", "梅河镇", "Sheet3"))
            self.assertEqual(wb.sheet_rows(doc, "梅河镇")[1][1], "梅河铝材加工项目")
            doc.UndoManager.redo()
            self.assertEqual(doc.Sheets.ElementNames, after_first)
        finally:
            doc.close(True)


class UnitsOfFiles(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        doc = county(with_unit_sheets=False)
        try:
            cls.results = import_files(doc, "shimen.ods", "东山镇_申报.csv")
            cls.sheets = doc.Sheets.ElementNames
            cls.findings = wb.sheet_rows(doc, "校验结果")[1:]
            cls.log = wb.sheet_rows(doc, "报送登记")[1:]
            dispatch(doc, "Assess")
            cls.assessment = wb.sheet_rows(doc, "单位考核")[1:]
            dispatch(doc, "ClearMarks")  # ends live validation: the next Validate reads every sheet
            dispatch(doc, "Validate")
            cls.findings_read_back = wb.sheet_rows(doc, "校验结果")[1:]
        finally:
            doc.close(True)

    def test_two_sheets_of_one_unit_come_in_as_unit_and_unit_2(self):
        self.assertIn("石门乡", self.sheets)
        self.assertIn("石门乡（2）", self.sheets)
        self.assertNotIn("shimen", self.sheets)
        row = next(r for r in self.log if r[1] == "shimen.ods")
        self.assertEqual((row[0], row[4], row[5]), ("石门乡", "石门乡、石门乡（2）", 2))
        self.assertEqual([f for f in self.findings if f[1] in ("石门乡", "石门乡（2）") and f[5] == "missing-header"],
                         [])
        shimen = next(r for r in self.assessment if r[0] == "石门乡")
        self.assertEqual(shimen[3], 2)

    def test_import_validates_the_cells_as_reading_them_back_gives(self):
        # The import validates what it wrote (the 申报单位 column it added
        # included) without reading the sheets back.
        self.assertEqual(self.findings, self.findings_read_back)

    def test_file_of_no_registered_unit_is_flagged_unknown_unit_and_assessed(self):
        self.assertIn("东山镇", self.sheets)
        codes = [f[5] for f in self.findings if f[1] == "东山镇"]
        self.assertIn("unknown-unit", codes)
        unknown = next(f for f in self.findings if f[1] == "东山镇" and f[5] == "unknown-unit")
        self.assertEqual(unknown[4], "申报单位")
        self.assertNotIn("missing-header", codes)
        dongshan = next(r for r in self.assessment if r[0] == "东山镇")
        self.assertEqual(dongshan[3], 1)
        self.assertIn("unregistered", dongshan[15])
        row = next(r for r in self.log if r[1] == "东山镇_申报.csv")
        self.assertEqual((row[0], row[4]), ("东山镇", "东山镇"))


class UnitOnItsSeal(unittest.TestCase):
    def test_a_filled_in_unit_written_as_on_its_seal_names_the_unit(self):
        doc = county(with_unit_sheets=False)
        try:
            import_files(doc, "a_申报表.xlsx")
            self.assertIn("梅河镇", doc.Sheets.ElementNames)
            self.assertNotIn("a", doc.Sheets.ElementNames)
            row = next(r for r in wb.sheet_rows(doc, "报送登记")[1:] if r[1] == "a_申报表.xlsx")
            self.assertEqual((row[0], row[4]), ("梅河镇", "梅河镇"))
        finally:
            doc.close(True)


class NamesAnImportNeverTakes(unittest.TestCase):
    def test_a_combined_sheet_is_never_replaced(self):
        # collection.md: "A combined sheet of the county workbook is never
        # replaced by an import" — here one named 县直单位, and a file
        # 县直单位_汇总.xlsx whose sheet lists two units.
        doc = county(with_unit_sheets=False)
        try:
            add_sheet(doc, "县直单位", COMBINED)
            results = import_files(doc, "县直单位_汇总.xlsx")
            self.assertEqual(results["Imported"], 1)
            self.assertEqual(wb.sheet_rows(doc, "县直单位")[1][1], "石门光伏电站")
            self.assertIn("县直单位（2）", doc.Sheets.ElementNames)
            self.assertEqual([r[1] for r in wb.sheet_rows(doc, "县直单位（2）")[1:]], ["经信局云平台", "梅河仓储"])
        finally:
            doc.close(True)

    def test_a_file_named_like_an_output_sheet_comes_in_under_another_name(self):
        # Every 工作汇报… sheet is Huibao's own (workbook.md); the import
        # used to look for a free 工作汇报（N） for ever.
        doc = county(with_unit_sheets=False)
        try:
            results = import_files(doc, "工作汇报_申报.csv")
            self.assertEqual(results["Imported"], 1)
            self.assertIn("来件_工作汇报", doc.Sheets.ElementNames)
            codes = [f[5] for f in wb.sheet_rows(doc, "校验结果")[1:] if f[1] == "来件_工作汇报"]
            self.assertIn("unknown-unit", codes)
        finally:
            doc.close(True)


class ReplacesTheUnitsOwnSheet(unittest.TestCase):
    """The county keeps 石门乡's projects on a sheet named by its short form
    `石门` (workbook.md: that sheet names 石门乡): the unit's file replaces it
    in its place instead of adding a second sheet that counts it twice."""

    def test_short_named_sheet_is_replaced_in_its_place(self):
        doc = county(with_unit_sheets=False)
        try:
            add_sheet(doc, "石门", (HEADER,) + tuple(
                (n, f"石门旧项目{n}", "新建", "工业", 1, "已签约", "2026-01-01", "某公司") for n in range(1, 4)))
            add_sheet(doc, "经信局", COMBINED[:1] + (
                (1, "经信局旧项目", "经信局", "新建", "科技", 1, "已签约", "2026-01-01", "某科技"),))
            import_files(doc, "shimen.ods")
            self.assertEqual(doc.Sheets.ElementNames[:5], ("任务分解", "参数", "石门乡", "经信局", "石门乡（2）"))
            self.assertEqual(wb.sheet_rows(doc, "石门乡")[1][1], "石门光伏电站")
            dispatch(doc, "Assess")
            shimen = next(r for r in wb.sheet_rows(doc, "单位考核")[1:] if r[0] == "石门乡")
            self.assertEqual(shimen[3], 2)   # the file's two projects, not the old sheet's three as well
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
