"""org.huibao.Engine (spec/integration.md, "Scripting") from a headless
client gives the same results as dispatching the huibao:* commands."""

import os
import tempfile
import unittest

from tests.integration import client_types  # noqa: F401  (before uno: the client must know org.huibao types)
import uno  # noqa: F401  (after client_types: loads Huibao's types)
from com.sun.star.frame.DispatchResultState import SUCCESS
from com.sun.star.lang import IllegalArgumentException
from com.sun.star.uno import RuntimeException

from tests.integration import huibao_workbook as wb
from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401

# Engine method → command URL, in the order a user runs them.
COMMANDS = (("validate", "huibao:Validate"), ("assess", "huibao:Assess"),
            ("buildReport", "huibao:BuildReport"), ("clearMarks", "huibao:ClearMarks"))
OUTPUT_SHEETS = ("校验结果", "单位考核", "工作汇报")


def new_workbook():
    return wb.fill(office.new_calc())


def output_of(doc):
    """Every output sheet's contents, for comparing two documents."""
    names = doc.getSheets().getElementNames()
    return {name: wb.sheet_rows(doc, name) for name in OUTPUT_SHEETS if name in names}


class EngineService(unittest.TestCase):
    def setUp(self):
        self.engine = office.create("org.huibao.Engine")
        self.assertIsNotNone(self.engine, "org.huibao.Engine is not registered")
        self.docs = []

    def tearDown(self):
        for doc in self.docs:
            doc.close(True)

    def workbook(self):
        doc = new_workbook()
        self.docs.append(doc)
        return doc

    def test_service_names(self):
        self.assertTrue(self.engine.supportsService("org.huibao.Engine"))
        self.assertEqual(self.engine.getImplementationName(), "org.huibao.comp.Engine")

    def test_validate_counts_and_sheet(self):
        doc = self.workbook()
        results = wb.named_values(self.engine.validate(doc))
        self.assertEqual(results.get("Errors"), wb.EXPECTED_ERRORS, results)
        self.assertEqual(results.get("Warnings"), wb.EXPECTED_WARNINGS, results)
        rows = wb.sheet_rows(doc, "校验结果")
        self.assertEqual(tuple(rows[0]), wb.FINDINGS_HEADER)
        codes = sorted(row[5] for row in rows[1:])
        self.assertEqual(codes, ["type-error", "unit-suspect"], rows)

    def test_each_command_matches_its_dispatch(self):
        for method, url in COMMANDS:
            with self.subTest(command=url):
                by_engine, by_dispatch = self.workbook(), self.workbook()
                event = office.dispatch(by_dispatch, url)
                # DispatchHelper gives the handler's DispatchResultEvent, or
                # void when no handler offers the URL.
                dispatched = event is not None and event.State == SUCCESS
                try:
                    engine_results = getattr(self.engine, method)(by_engine)
                except RuntimeException as error:
                    # A command the protocol handler does not offer (yet), or
                    # one that fails, fails for scripts too, with a message.
                    self.assertFalse(dispatched, f"{url} dispatched but the engine failed: {error.Message}")
                    self.assertRegex(error.Message, "[\u4e00-\u9fff]")
                    continue
                self.assertTrue(dispatched, f"the engine ran {method} but {url} did not")
                self.assertEqual(wb.named_values(engine_results), wb.named_values(event.Result),
                                 f"{method} and {url} disagree")
                self.assertEqual(output_of(by_engine), output_of(by_dispatch))

    def test_exports_write_the_report_next_to_the_workbook(self):
        doc = self.workbook()
        folder = tempfile.mkdtemp(prefix="engine-", dir=office.root)
        doc.storeAsURL(uno.systemPathToFileUrl(os.path.join(folder, "县汇总.ods")), ())
        for method, name, magic in (("exportPdf", "县汇总_工作汇报.pdf", b"%PDF"),
                                    ("exportDocument", "县汇总_工作汇报.docx", b"PK")):
            with self.subTest(method=method):
                results = wb.named_values(getattr(self.engine, method)(doc))
                path = os.path.join(folder, name)
                self.assertEqual(results["File"], path)
                with open(path, "rb") as f:
                    self.assertEqual(f.read(len(magic)), magic)

    def test_validate_then_clear_marks_restores(self):
        doc = self.workbook()
        self.engine.validate(doc)
        results = wb.named_values(self.engine.clearMarks(doc))
        self.assertIn("CellsRestored", results)
        self.assertGreaterEqual(results["CellsRestored"], 1)

    def test_engine_run_is_one_undo_step(self):
        # Counted, not undone: undoing a sheet insertion in a hidden document
        # crashes LibreOffice 7.4 (ScTabView::SetTabNo).
        doc = self.workbook()
        undo = doc.getUndoManager()
        undo.clear()
        self.engine.validate(doc)
        self.assertEqual(len(undo.getAllUndoActionTitles()), 1, undo.getAllUndoActionTitles())

    def test_null_document_is_an_illegal_argument(self):
        for method, _ in COMMANDS:
            with self.subTest(method=method):
                with self.assertRaises(IllegalArgumentException):
                    getattr(self.engine, method)(None)

    def test_failure_carries_the_chinese_message(self):
        doc = self.workbook()
        doc.protect("")        # the structure is protected: no sheet can be added
        try:
            with self.assertRaises(RuntimeException) as caught:
                self.engine.validate(doc)
            self.assertRegex(caught.exception.Message, "[\u4e00-\u9fff]")
            self.assertNotIn("校验结果", doc.getSheets().getElementNames())
        finally:
            doc.unprotect("")


if __name__ == "__main__":
    unittest.main()
