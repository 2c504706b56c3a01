"""The collection cycle (spec/collection.md) in a real LibreOffice:
huibao:MakeTemplates, huibao:ImportSubmissions and huibao:WriteReceipts on the
sample county, with the files units really send — filled templates, some
wrong, .xls, GB18030 .csv, a file cut short, an encrypted one, an empty one,
one that is no spreadsheet, an .ods whose macro would run on opening, a
WEBSERVICE formula, a unit sending twice. Submitted files are untrusted: no
macro runs, no formula of theirs is evaluated, none is ever written to."""

import hashlib
import http.server
import os
import shutil
import socket
import tempfile
import threading
import unittest

import uno
from com.sun.star.frame.DispatchResultState import SUCCESS

from samples import generate
from samples.submissions import make_submissions
from tests.integration import huibao_workbook as wb
from tests.integration.office import prop
from tests.integration.shared import office

state = {}


class CountingServer(http.server.BaseHTTPRequestHandler):
    requests = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        CountingServer.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"LEAKED")

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def digests(folder):
    result = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            result[name] = hashlib.sha256(f.read()).hexdigest()
    return result


def dispatch(doc, command, **arguments):
    event = office.dispatch(doc, "huibao:" + command, *(prop(k, v) for k, v in arguments.items()))
    if event is None or event.State != SUCCESS:
        raise AssertionError(f"huibao:{command} failed: {getattr(event, 'Result', None)}")
    return wb.named_values(event.Result)


def url(path):
    return uno.systemPathToFileUrl(path)


def setUpModule():
    office.start()
    root = tempfile.mkdtemp(prefix="huibao-collection-")
    state["root"] = root
    county = generate.generate("county", root, ods=False, quiet=True)["xlsx"]
    state["county"] = county
    templates = os.path.join(root, "templates")
    doc = office.load(county)
    try:
        state["templates_result"] = dispatch(doc, "MakeTemplates", Folder=url(templates))
    finally:
        doc.close(True)
    state["templates"] = templates
    # The WEBSERVICE formula points at a port nobody listens on while the
    # file is made; a server listens there while the county collects.
    port = free_port()
    subs = os.path.join(root, "submissions")
    state["plan"] = make_submissions(office, templates, subs, webservice_url=f"http://127.0.0.1:{port}/leak")
    state["subs"] = subs
    add_bad_files(subs)
    state["digests"] = digests(subs)
    server = http.server.HTTPServer(("127.0.0.1", port), CountingServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    state["server"] = server


def add_bad_files(subs):
    """An encrypted file (.ods: Calc 7.4 stores no encrypted .xlsx), an empty one and one that is no spreadsheet."""
    doc = office.new_calc()
    try:
        doc.Sheets.getByIndex(0).getCellByPosition(0, 0).setString("项目名称")
        doc.storeToURL(url(os.path.join(subs, "加密单位_申报表.ods")),
                       (prop("FilterName", "calc8"), prop("Password", "secret")))
    finally:
        doc.close(True)
    open(os.path.join(subs, "空文件_申报表.xlsx"), "wb").close()
    with open(os.path.join(subs, "说明_不是表格.ods"), "w") as f:
        f.write("这不是电子表格\n")


def tearDownModule():
    try:
        if "server" in state:
            state["server"].shutdown()
        shutil.rmtree(state.get("root", ""), ignore_errors=True)
    finally:
        office.stop()


def files_of(kind):
    return [name for name, what in state["plan"].items() if kind in what]


class Templates(unittest.TestCase):
    def test_one_template_per_registered_unit(self):
        names = sorted(os.listdir(state["templates"]))
        self.assertEqual(state["templates_result"]["Templates"], len(names))
        self.assertIn("晋熙镇_2026年招商引资项目申报表.xlsx", names)
        doc = office.load(os.path.join(state["templates"], "晋熙镇_2026年招商引资项目申报表.xlsx"))
        try:
            self.assertEqual(doc.Sheets.ElementNames, ("晋熙镇", "填报说明"))
            sheet = doc.Sheets.getByName("晋熙镇")
            rows = sheet.getCellRangeByPosition(0, 0, 19, 2).DataArray
            self.assertEqual(rows[0][0], "晋熙镇2026年招商引资项目申报表")
            self.assertTrue(rows[1][0].startswith("填报单位：晋熙镇"))
            self.assertEqual(rows[2][:7], ("序号", "项目名称", "申报单位", "建设性质", "产业类别", "战略性新兴产业",
                                           "总投资（亿元）"))
            self.assertTrue(sheet.isProtected())
            # Drop-down on 建设性质, the validator's message, open data area.
            validity = sheet.getCellByPosition(3, 3).Validation
            self.assertEqual(validity.Type.value, "LIST")
            self.assertIn("可选：新签约、新建、续建", validity.ErrorMessage)
            self.assertFalse(sheet.getCellByPosition(3, 3).CellProtection.IsLocked)
            self.assertTrue(sheet.getCellByPosition(3, 2).CellProtection.IsLocked)
            self.assertTrue(sheet.getCellByPosition(1, 2).Validation.ShowInputMessage)
        finally:
            doc.close(True)

    def test_filled_correctly_no_finding_filled_wrongly_same_findings(self):
        correct = files_of("填写正确")[0]
        doc = office.load(os.path.join(state["subs"], correct))
        try:
            results = dispatch(doc, "Validate")
            self.assertEqual((results["Errors"], results["Warnings"]), (0, 0), correct)
        finally:
            doc.close(True)

    def test_folder_that_cannot_be_made_is_named_at_once(self):
        # Under /proc mkdir answers "no such file": LibreOffice's own
        # createPath looped there for ever.
        doc = office.load(state["county"])
        try:
            for folder in ("/proc/huibao-nowhere/templates", "/dev/null/templates"):
                with self.subTest(folder=folder):
                    event = office.dispatch(doc, "huibao:MakeTemplates", prop("Folder", url(folder)))
                    self.assertNotEqual(event.State, SUCCESS)
                    self.assertIn("无法创建文件夹", event.Result)
                    self.assertIn(f"无法创建文件夹 {folder}", event.Result)  # the path, not a URL
        finally:
            doc.close(True)

    def test_failures_say_what_is_wrong_in_plain_words(self):
        # integration.md: a failure is reported in plain Chinese, not with
        # LibreOffice's internal exception text (accept9).
        doc = office.load(state["county"])
        try:
            event = office.dispatch(doc, "huibao:MakeTemplates", prop("Folder", "not a url"))
            self.assertNotEqual(event.State, SUCCESS)
            self.assertIn("参数 Folder 不是文件夹地址", event.Result)
            # A receipt that cannot be written (here a folder holds its name).
            folder = tempfile.mkdtemp(prefix="receipts-", dir=state["root"])
            for row in wb.sheet_rows(doc, "任务分解"):
                if row and isinstance(row[0], str) and row[0]:
                    os.makedirs(os.path.join(folder, f"{row[0]}_校验回执.xlsx"), exist_ok=True)
            event = office.dispatch(doc, "huibao:WriteReceipts", prop("Folder", url(folder)))
            self.assertNotEqual(event.State, SUCCESS)
            self.assertIn("无法写入文件", event.Result)
            self.assertNotIn("SfxBaseModel", event.Result)
            self.assertNotIn("Error Area", event.Result)
            self.assertIn("已写出 0 份回执", event.Result)
        finally:
            doc.close(True)


class Import(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        CountingServer.requests.clear()
        cls.doc = office.load(state["county"])
        cls.sheets_before = cls.doc.Sheets.ElementNames
        cls.results = dispatch(cls.doc, "ImportSubmissions", Folder=url(state["subs"]))
        cls.log = wb.sheet_rows(cls.doc, "报送登记")

    @classmethod
    def tearDownClass(cls):
        cls.doc.close(True)

    def status_of(self, file_name):
        for row in self.log[1:]:
            if row[1] == file_name:
                return row[8]
        self.fail(f"{file_name} not in 报送登记: {self.log}")

    def test_counts(self):
        readable = [n for n, what in state["plan"].items() if what not in ("未报送", "传输中截断的文件")]
        self.assertEqual(self.results["Imported"], len(readable) - 1)  # one unit sent twice
        self.assertEqual(self.results["Replaced"], 1)
        self.assertEqual(self.results["Unreadable"], 4)  # cut short, encrypted, empty, not a spreadsheet

    def test_log_names_every_file_with_its_reason(self):
        self.assertEqual(self.log[0], ("单位", "文件", "文件修改时间", "导入时间", "工作表", "行数", "错误", "警告", "状态"))
        self.assertEqual(self.status_of(files_of("较早")[0]), "已替换")
        self.assertEqual(self.status_of(files_of("截断")[0]), "无法读取：文件已损坏、已加密或不是电子表格")
        self.assertEqual(self.status_of("加密单位_申报表.ods"), "无法读取：文件已加密（设有打开密码）")
        self.assertEqual(self.status_of("空文件_申报表.xlsx"), "无法读取：文件为空")
        self.assertTrue(self.status_of("说明_不是表格.ods").startswith("无法读取："))
        for kind in (".xls（", "GB18030", "带宏", "WEBSERVICE"):
            self.assertEqual(self.status_of(files_of(kind)[0]), "已导入", kind)

    def test_units_recognised_and_sheets_replaced(self):
        names = self.doc.Sheets.ElementNames
        csv_unit = files_of("GB18030")[0].split("_")[0]
        self.assertIn(csv_unit, names)
        rows = wb.sheet_rows(self.doc, csv_unit)
        self.assertEqual(rows[0][1], "项目名称")  # the .csv's header, read from GB18030
        # Every sheet the county had is still there, or was its unit's and
        # gave its place to the unit's new sheet: the sample county keeps
        # 弥陀镇's projects on a sheet named in traditional characters, 彌陀鎮,
        # and 城西乡's under its short form 城西 (workbook.md: those names name
        # the units; collection.md: the unit's sheet is replaced).
        replaced_by = {"彌陀鎮": "弥陀镇", "城西": "城西乡"}
        gone = [name for name in self.sheets_before if name not in names]
        self.assertEqual(sorted(gone), sorted(replaced_by))
        for old, new in replaced_by.items():
            self.assertEqual(names.index(new), self.sheets_before.index(old), new)

    def test_errors_counted_per_unit(self):
        wrong = files_of("有错误：enum")[0]
        row = next(r for r in self.log if r[1] == wrong)
        self.assertGreaterEqual(row[6], 1)
        findings = wb.sheet_rows(self.doc, "校验结果")
        unit = wrong.split("_")[0]
        self.assertIn(("enum-error"), [f[5] for f in findings if f[1] == unit])

    def test_untrusted_files_nothing_runs_nothing_is_written(self):
        self.assertEqual(digests(state["subs"]), state["digests"])
        self.assertFalse(os.path.exists(os.path.join(state["subs"], "macro-ran.txt")))
        self.assertEqual(CountingServer.requests, [])
        unit = files_of("WEBSERVICE")[0].split("_")[0]
        sheet = self.doc.Sheets.getByName(unit)
        formulas = sheet.queryContentCells(16)  # CellFlags.FORMULA
        for address in formulas.RangeAddresses:
            for r in range(address.StartRow, address.EndRow + 1):
                for c in range(address.StartColumn, address.EndColumn + 1):
                    self.assertNotIn("WEBSERVICE", sheet.getCellByPosition(c, r).Formula.upper())

    def test_findings_are_those_of_the_sheets_read_back(self):
        # The import validates the cells as it wrote them, without reading
        # them back: a Validate that reads every sheet finds the same.
        doc = office.load(state["county"])
        try:
            dispatch(doc, "ImportSubmissions", Folder=url(state["subs"]))
            as_imported = wb.sheet_rows(doc, "校验结果")
            dispatch(doc, "ClearMarks")  # ends live validation: the next Validate reads
            dispatch(doc, "Validate")
            self.assertEqual(wb.sheet_rows(doc, "校验结果"), as_imported)
            self.assertGreater(len(as_imported), 10)
        finally:
            doc.close(True)

    def test_one_undo_step(self):
        # A shown document, as officers have: Calc 7.4 crashes undoing a sheet
        # insertion in a hidden one.
        doc = office.load(state["county"], hidden=False)
        try:
            before = doc.Sheets.ElementNames
            dispatch(doc, "ImportSubmissions", Folder=url(state["subs"]))
            doc.UndoManager.undo()
            self.assertEqual(doc.Sheets.ElementNames, before)
        finally:
            doc.close(True)


class Receipts(unittest.TestCase):
    def test_one_receipt_per_unit_with_only_its_own(self):
        doc = office.load(state["county"])
        folder = os.path.join(state["root"], "receipts")
        try:
            dispatch(doc, "ImportSubmissions", Folder=url(state["subs"]))
            results = dispatch(doc, "WriteReceipts", Folder=url(folder))
        finally:
            doc.close(True)
        names = os.listdir(folder)
        self.assertGreater(results["Receipts"], 0)
        unit = files_of("有错误：enum")[0].split("_")[0]
        self.assertIn(f"{unit}_校验回执.xlsx", names)
        receipt = office.load(os.path.join(folder, f"{unit}_校验回执.xlsx"))
        try:
            self.assertEqual(receipt.Sheets.ElementNames, ("问题清单", unit))
            rows = wb.sheet_rows(receipt, "问题清单")
            self.assertRegex(rows[0][0], r"^共发现错误\d+处、警告\d+处，请修改后重新报送。$")
            self.assertEqual(rows[1][:3], ("序号", "工作表", "单元格"))
            self.assertTrue(all(row[1] == unit for row in rows[2:]))
            self.assertIn("enum-error", [row[5] for row in rows[2:]])
        finally:
            receipt.close(True)


if __name__ == "__main__":
    unittest.main()
