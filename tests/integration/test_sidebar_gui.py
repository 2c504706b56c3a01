"""The 汇报助手 sidebar deck in the real GUI Calc under Xvfb: its panels
exist, its buttons really pressed (through the accessibility API, as a
screen reader would) run the commands on the document, the parameters are
written back to 参数 as one undo step, choosing a finding selects its cell.
Screenshots go to <build>/screenshots/sidebar_*.png."""

import os
import tempfile
import time
import unittest

import uno
from com.sun.star.accessibility.AccessibleRole import ALERT, LABEL, LIST, LIST_ITEM, MENU_BAR, PUSH_BUTTON

from tests.integration import huibao_workbook as wb
from tests.integration.gui_session import GuiSession, wait_until
from tests.integration.office import prop

DECK = "HuibaoDeck"
PANELS = ("HuibaoParametersPanel", "HuibaoActionsPanel", "HuibaoResultsPanel")
TOOLBAR = "private:resource/toolbar/addon_org.huibao.toolbar"
UI_TIMEOUT = 30          # seconds for the UI to react to one step
COMMAND_TIMEOUT = 120    # seconds for one command to finish
# spec/workbook.md §3, in order
PARAMETER_NAMES = ("县名", "报告日期", "年度", "序时进度口径", "乡镇认定项目下限", "县直单位认定项目下限",
                   "省外资金任务", "境外资金任务", "亿元以上项目任务", "十亿元以上项目任务",
                   "战略性新兴产业项目任务", "上年同期省外资金", "上年同期境外资金", "上年同期申报项目数",
                   "通知依据", "报告单位", "成文日期", "进度差表述", "亿元小数位", "万元小数位",
                   "报送截止日期", "联系人", "联系电话", "实时校验", "其他产业类别")
DATE_FORMAT_TYPE = 2     # com.sun.star.util.NumberFormat.DATE
FOCUSED = uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType.FOCUSED")


# -- the accessibility tree of a panel --------------------------------------
def descendants(context, depth=0):
    yield context
    count = context.getAccessibleChildCount()
    if depth > 8 or count > 500:
        return
    for index in range(count):
        child = context.getAccessibleChild(index)
        if child is not None:
            yield from descendants(child.getAccessibleContext(), depth + 1)


def find_all(context, role=None, name=None):
    return [c for c in descendants(context)
            if (role is None or c.getAccessibleRole() == role)
            and (name is None or c.getAccessibleName() == name)]


def find_one(context, role=None, name=None):
    found = find_all(context, role, name)
    if len(found) != 1:
        names = [(c.getAccessibleRole(), c.getAccessibleName()) for c in descendants(context)]
        raise AssertionError(f"expected one control role={role} name={name!r}, found {len(found)} in {names}")
    return found[0]


def finding_list(results):
    """The findings list and its items' names, once it names the cells (the
    severity filter is a list too), else None."""
    return finding_list_of(results, "F3")


def finding_list_of(results, cell):
    """The findings list and its items' names once it names `cell`, else None."""
    for candidate in find_all(results, LIST):
        names = [candidate.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                 for i in range(candidate.getAccessibleChildCount())]
        if any(cell in name for name in names):
            return candidate, names
    return None


def key_event(source, code, char, modifiers=0):
    event = uno.createUnoStruct("com.sun.star.awt.KeyEvent")
    event.Source = source
    event.KeyCode = code
    event.KeyChar = char
    event.Modifiers = modifiers
    return event


def type_into(office, panel, label, text):
    """Types text into the panel's field labelled `label` (a field takes its
    accessible name from its label) with real key events: focus the field,
    select all (Ctrl+A), type the digits."""
    context = panel.getDialog().getAccessibleContext()
    fields = [c for c in find_all(context, name=label) if c.getAccessibleRole() != LABEL]
    if len(fields) != 1:
        raise AssertionError(f"expected one field labelled {label!r}, found {len(fields)}")
    fields[0].grabFocus()
    wait_until(lambda: fields[0].getAccessibleStateSet().contains(FOCUSED), UI_TIMEOUT, f"focus in {label}")
    robot = office.create("com.sun.star.awt.Toolkit")
    source = panel.getDialog()
    events = [key_event(source, uno.getConstantByName("com.sun.star.awt.Key.A"), "a",
                        uno.getConstantByName("com.sun.star.awt.KeyModifier.MOD1"))]
    for char in text:
        events.append(key_event(source, uno.getConstantByName("com.sun.star.awt.Key.NUM0") + int(char), char))
    for event in events:
        robot.keyPress(event)
        robot.keyRelease(event)


def menu_titles(frame):
    """The menu bar's top-level titles, as the accessibility tree shows them."""
    window = frame.getContainerWindow().getAccessibleContext()
    bars = find_all(window, MENU_BAR)
    if not bars:
        raise AssertionError("no menu bar in the frame")
    return [bars[0].getAccessibleChild(i).getAccessibleContext().getAccessibleName()
            for i in range(bars[0].getAccessibleChildCount())]


def toolbar_buttons(frame, resource):
    """The labels of a toolbar's buttons, or None when it is not there."""
    element = frame.LayoutManager.getElement(resource)
    if element is None:
        return None
    bar = element.getRealInterface().getAccessibleContext()
    return [bar.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
            for i in range(bar.getAccessibleChildCount())]


def open_deck(office):
    """A new visible Calc window holding the test workbook (no 参数 sheet),
    with the 汇报助手 deck open: (document, deck)."""
    doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())
    wb.fill(doc, with_parameters=False)
    controller = doc.getCurrentController()
    controller.getFrame().getContainerWindow().setPosSize(0, 0, 1600, 1000, 15)
    sidebar = controller.getSidebar()
    sidebar.setVisible(True)
    deck = sidebar.getDecks().getByName(DECK)
    deck.activate(True)
    wait_until(lambda: all(deck.getPanels().hasByName(p) and deck.getPanels().getByName(p).getDialog()
                           for p in PANELS), UI_TIMEOUT, "the deck's three panels")
    return doc, deck


class SidebarInChineseGui(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.session = GuiSession(locale="zh-CN")
        cls.session.__enter__()
        cls.office = cls.session.office
        cls.folder = tempfile.mkdtemp(prefix="gui-", dir=cls.office.root)
        cls.doc = None
        cls.doc, cls.deck = open_deck(cls.office)
        # Saved, so that 导出PDF writes next to it instead of asking where.
        cls.path = os.path.join(cls.folder, "县汇总.ods")
        cls.doc.storeAsURL(uno.systemPathToFileUrl(cls.path), ())
        cls.controller = cls.doc.getCurrentController()

    @classmethod
    def tearDownClass(cls):
        try:
            if cls.doc is not None and not cls.session.timed_out:
                cls.doc.setModified(False)
        finally:
            timed_out = cls.session.timed_out
            cls.session.__exit__(None, None, None)
            if timed_out:
                raise AssertionError("the GUI session ran out of time (a modal dialog?); see screenshots/timeout.png")

    # -- helpers -----------------------------------------------------------
    def panel(self, panel_id):
        panel = self.deck.getPanels().getByName(panel_id)
        if not panel.isExpanded():
            panel.expand(False)
        return panel.getDialog().getAccessibleContext()

    def press(self, label):
        button = find_one(self.panel("HuibaoActionsPanel"), PUSH_BUTTON, label)
        self.assertTrue(button.getAccessibleStateSet().contains(
            uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType.ENABLED")), f"{label} is disabled")
        button.doAccessibleAction(0)

    def sheet_names(self):
        return self.doc.getSheets().getElementNames()

    def status_of_actions(self):
        return " ".join(c.getAccessibleName() for c in descendants(self.panel("HuibaoActionsPanel")))

    # -- the tests, in the order an officer works (names sort that way) ----
    def test_1_deck_and_panels(self):
        self.assertEqual(self.deck.getTitle(), "汇报助手")
        titles = [self.deck.getPanels().getByName(p).getTitle() for p in PANELS]
        self.assertEqual(titles, ["参数", "操作", "校验结果"])
        actions = self.panel("HuibaoActionsPanel")
        labels = [b.getAccessibleName() for b in find_all(actions, PUSH_BUTTON)]
        # integration.md: the same commands in the menu, on the toolbar and as buttons.
        self.assertEqual(labels, ["校验", "单位考核", "一键生成汇报", "清除标记", "导出PDF", "导出Word文档", "下发模板",
                                  "汇总报送", "校验回执"])
        results = " ".join(c.getAccessibleName() for c in descendants(self.panel("HuibaoResultsPanel")))
        self.assertIn("尚未校验", results)
        self.assertIn("汇报", menu_titles(self.controller.getFrame()))
        self.assertEqual(toolbar_buttons(self.controller.getFrame(), TOOLBAR), labels)
        time.sleep(1)   # let the deck paint
        self.session.screenshot("sidebar_1_opened")

    def test_2_parameters_written_back_as_one_undo_step(self):
        parameters = self.panel("HuibaoParametersPanel")
        self.assertNotIn("参数", self.sheet_names())
        type_into(self.office, self.deck.getPanels().getByName("HuibaoParametersPanel"), "乡镇认定项目下限", "5")
        wait_until(lambda: "未写入" in " ".join(c.getAccessibleName() for c in descendants(parameters)),
                   UI_TIMEOUT, "the panel to notice the edit")
        undo = self.doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        find_one(parameters, PUSH_BUTTON, "写入参数表").doAccessibleAction(0)
        # The press may be handled after doAccessibleAction returns: wait for
        # the panel to say it saved, not just for the sheet to appear.
        wait_until(lambda: "已写入" in " ".join(c.getAccessibleName() for c in descendants(parameters)),
                   UI_TIMEOUT, "the panel to report the parameters saved")

        rows = wb.sheet_rows(self.doc, "参数")
        self.assertEqual(tuple(rows[0][:2]), ("参数", "值"))
        self.assertEqual(tuple(r[0] for r in rows[1:]), PARAMETER_NAMES)
        values = {r[0]: r[1] for r in rows[1:]}
        self.assertEqual(values["乡镇认定项目下限"], 5)
        self.assertEqual(values["县名"], "本县")
        # Only what the officer changed is written: the others stay blank
        # (their default), column C says so — a 报告日期 of today written as
        # a constant would freeze the report's date.
        notes = {r[0]: r[2] for r in rows[1:]}
        for name in ("报告日期", "年度", "序时进度口径", "县直单位认定项目下限"):
            self.assertEqual(values[name], "", name)
            self.assertTrue(notes[name].startswith("留空即默认"), name)
        self.assertEqual(notes["年度"], "留空即默认：报告日期所在年份")
        self.assertEqual(notes["乡镇认定项目下限"], "")

        self.assertEqual(len(undo.getAllUndoActionTitles()), steps + 1, undo.getAllUndoActionTitles())
        self.assertEqual(undo.getCurrentUndoActionTitle(), "汇报助手：修改参数")
        undo.undo()
        self.assertNotIn("参数", self.sheet_names())
        undo.redo()
        self.assertIn("参数", self.sheet_names())
        # A formula of the officer's stays one when another value is written.
        sheet = self.doc.getSheets().getByName("参数")
        date_cell = sheet.getCellByPosition(1, 1 + PARAMETER_NAMES.index("报告日期"))
        date_cell.setFormula("=TODAY()")
        type_into(self.office, self.deck.getPanels().getByName("HuibaoParametersPanel"), "县直单位认定项目下限", "2")
        wait_until(lambda: "未写入" in " ".join(c.getAccessibleName() for c in descendants(parameters)),
                   UI_TIMEOUT, "the panel to notice the second edit")
        find_one(parameters, PUSH_BUTTON, "写入参数表").doAccessibleAction(0)
        department = sheet.getCellByPosition(1, 1 + PARAMETER_NAMES.index("县直单位认定项目下限"))
        wait_until(lambda: department.getValue() == 2, UI_TIMEOUT, "the second value written")
        self.assertEqual(date_cell.getFormula(), "=TODAY()")

    def test_3_validate_lists_findings_and_jumps_to_cell(self):
        self.press("校验")
        wait_until(lambda: "校验结果" in self.sheet_names(), COMMAND_TIMEOUT, "校验结果 after 校验")
        results = self.panel("HuibaoResultsPanel")
        findings, names = wait_until(lambda: finding_list(self.panel("HuibaoResultsPanel")), UI_TIMEOUT,
                                     "the findings in the results panel")
        # Grouped by unit: a heading with the unit's counts, then its findings.
        self.assertIn(wb.TOWNSHIP, names[0])
        entries = [name for name in names if "F3" in name or "F4" in name]
        self.assertEqual(len(entries), wb.EXPECTED_ERRORS + wb.EXPECTED_WARNINGS)
        self.assertIn("F3", entries[0])
        summary = " ".join(c.getAccessibleName() for c in descendants(results))
        self.assertIn(f"错误 {wb.EXPECTED_ERRORS}", summary)
        self.assertIn(f"警告 {wb.EXPECTED_WARNINGS}", summary)
        self.assertIn("校验：完成", self.status_of_actions())

        findings.selectAccessibleChild(names.index(entries[1]))      # the 150 亿元 warning, F4
        wait_until(lambda: self.controller.getSelection().AbsoluteName == "$晋熙镇.$F$4", UI_TIMEOUT,
                   "the warning's cell selected")
        time.sleep(1)
        self.session.screenshot("sidebar_2_validated")

    def test_3b_live_edits_change_the_counts(self):
        # Live validation (validation.md, "Live validation"): a fix typed into
        # the sheet changes the deck's counts and list without a click; the
        # chosen finding's whole message is wrapped under the list; Ctrl+Z
        # brings the finding back.
        def summary():
            return " ".join(c.getAccessibleName() for c in descendants(self.panel("HuibaoResultsPanel")))

        def listed():
            found = finding_list(self.panel("HuibaoResultsPanel"))
            return found[1] if found else []

        # The officer at work folds 参数 and 操作 away: the results take the deck.
        for other in ("HuibaoParametersPanel", "HuibaoActionsPanel"):
            self.deck.getPanels().getByName(other).collapse()
        wait_until(lambda: "实时校验中" in summary(), UI_TIMEOUT, "the deck saying validation is live")
        self.assertIn(f"错误 {wb.EXPECTED_ERRORS}", summary())
        self.assertTrue(any("F3" in name for name in listed()))
        self.session.screenshot("sidebar_live_1_before")

        sheet = self.doc.getSheets().getByName(wb.TOWNSHIP)
        self.controller.setActiveSheet(sheet)
        self.controller.select(sheet.getCellRangeByName("F3"))
        self.office.dispatch(self.doc, ".uno:EnterString", prop("StringName", "3"))
        wait_until(lambda: f"错误 {wb.EXPECTED_ERRORS - 1}" in summary(), UI_TIMEOUT, "one error fewer in the deck")
        self.assertFalse(any("F3" in name for name in listed()), listed())
        self.assertNotEqual(sheet.getCellRangeByName("F3").CellBackColor, 0xFFC7CE, "F3 still marked")

        # The remaining finding (F4's warning), chosen: its whole message under the list.
        findings, names = wait_until(lambda: finding_list_of(self.panel("HuibaoResultsPanel"), "F4"), UI_TIMEOUT,
                                     "F4's warning in the list")
        entry = next(i for i, name in enumerate(names) if "F4" in name)
        findings.selectAccessibleChild(entry)
        message = "可能误按万元填写"
        wait_until(lambda: any(message in c.getAccessibleName() and "F4" in c.getAccessibleName()
                               and c.getAccessibleRole() == LABEL
                               for c in descendants(self.panel("HuibaoResultsPanel"))),
                   UI_TIMEOUT, "the chosen finding's message under the list")
        time.sleep(1)
        self.session.screenshot("sidebar_live_2_fixed")

        self.office.dispatch(self.doc, ".uno:Undo")
        wait_until(lambda: f"错误 {wb.EXPECTED_ERRORS}" in summary(), UI_TIMEOUT, "the error back after Ctrl+Z")
        self.assertTrue(any("F3" in name for name in listed()))
        self.assertEqual(sheet.getCellRangeByName("F3").CellBackColor, 0xFFC7CE, "F3 not marked again")
        time.sleep(1)
        self.session.screenshot("sidebar_live_3_undone")

    def test_4_assess_report_and_pdf(self):
        self.press("单位考核")
        wait_until(lambda: "单位考核" in self.sheet_names(), COMMAND_TIMEOUT, "单位考核 after 单位考核")
        self.press("一键生成汇报")
        wait_until(lambda: "工作汇报" in self.sheet_names(), COMMAND_TIMEOUT, "工作汇报 after 一键生成汇报")
        self.press("导出PDF")
        pdf = os.path.join(self.folder, "县汇总_工作汇报.pdf")
        wait_until(lambda: os.path.exists(pdf), COMMAND_TIMEOUT, pdf)
        self.assertIn("导出PDF：完成", self.status_of_actions())

    def test_5_clear_marks(self):
        self.press("清除标记")
        wait_until(lambda: "清除标记：完成" in self.status_of_actions(), COMMAND_TIMEOUT, "清除标记 finished")
        cell = self.doc.getSheets().getByName(wb.TOWNSHIP).getCellRangeByName("F3")
        self.assertEqual(cell.CellBackColor, -1, "the mark on F3 is still there")
        time.sleep(1)
        self.session.screenshot("sidebar_3_after_all")

    def test_7_failure_is_a_message_box_then_the_status(self):
        self.doc.protect("")          # no sheet can be added: 校验 must fail
        try:
            self.press("校验")
            toolkit = self.office.create("com.sun.star.awt.Toolkit")

            def alert():
                for index in range(toolkit.getTopWindowCount()):
                    window = toolkit.getTopWindow(index)
                    context = window.getAccessibleContext() if hasattr(window, "getAccessibleContext") else None
                    if context is not None and context.getAccessibleRole() == ALERT:
                        return context
                return None

            box = wait_until(alert, UI_TIMEOUT, "the error message box")
            text = " ".join(c.getAccessibleName() for c in descendants(box))
            self.assertIn("保护", text)
            self.session.screenshot("sidebar_5_failure")
            buttons = find_all(box, PUSH_BUTTON)
            self.assertTrue(buttons, "the message box has no button")
            buttons[0].doAccessibleAction(0)
            wait_until(lambda: "校验：未完成" in self.status_of_actions(), UI_TIMEOUT, "the failure in the status line")
        finally:
            self.doc.unprotect("")

    def test_8_collection_state_after_import(self):
        """The 收集 section: how many registered units have submitted, which not."""
        sheets = self.doc.getSheets()
        sheets.insertNewByName("任务分解", sheets.getCount())
        wb.write_rows(sheets.getByName("任务分解"),
                      (("单位名称", "单位类型"), (wb.TOWNSHIP, "乡镇"), ("徐桥镇", "乡镇"), ("小池镇", "乡镇")))
        # Before any import (no 报送登记): a unit without a sheet has not submitted.
        self.press("校验")
        before = "收集：已报送 1/3 个单位；未报送：徐桥镇、小池镇"
        wait_until(lambda: before in " ".join(c.getAccessibleName()
                                              for c in descendants(self.panel("HuibaoResultsPanel"))),
                   UI_TIMEOUT, "the 收集 section before any import")
        submission = os.path.join(self.folder, "徐桥镇_申报表.xlsx")
        sent = self.office.new_calc()
        try:
            wb.write_rows(sent.getSheets().getByIndex(0),
                          (wb.HEADER, (1, "丁项目", "徐桥镇", "新签约", "工业", 2.0, "在谈", "丁公司")))
            sent.storeToURL(uno.systemPathToFileUrl(submission), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        finally:
            sent.close(True)
        files = uno.Any("[]string", (uno.systemPathToFileUrl(submission),))
        self.office.dispatch(self.doc, "huibao:ImportSubmissions", prop("Files", files))
        self.assertIn("徐桥镇", self.sheet_names())

        expected = "收集：已报送 2/3 个单位；未报送：小池镇"
        seen = []

        def shows_state():
            seen.append(" ".join(c.getAccessibleName() for c in descendants(self.panel("HuibaoResultsPanel"))))
            return expected in seen[-1]
        try:
            wait_until(shows_state, UI_TIMEOUT, "the 收集 section after 汇总报送")
        except AssertionError:
            self.fail(f"the results panel does not show {expected!r}: {seen[-1:]}")
        time.sleep(1)
        self.session.screenshot("sidebar_6_collection")

    def test_6_each_window_has_its_own_deck(self):
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        windows = toolkit.getTopWindowCount()
        other, other_deck = open_deck(self.office)
        try:
            results = other_deck.getPanels().getByName("HuibaoResultsPanel").getDialog().getAccessibleContext()
            self.assertIn("尚未校验", " ".join(c.getAccessibleName() for c in descendants(results)))
            self.assertTrue(find_all(self.panel("HuibaoResultsPanel"), LIST_ITEM),
                            "the first window's deck lost its findings")
            parameters = other_deck.getPanels().getByName("HuibaoParametersPanel").getDialog().getAccessibleContext()
            self.assertIn("尚无", " ".join(c.getAccessibleName() for c in descendants(parameters)))
        finally:
            other.setModified(False)
            other.close(True)
            # VCL destroys the window later; test_7 walks the top windows, and
            # touching one being destroyed can crash soffice.
            wait_until(lambda: toolkit.getTopWindowCount() <= windows, UI_TIMEOUT, "the second window to go")
            time.sleep(1)


class SidebarInEnglishGui(unittest.TestCase):
    """Under an English UI everything but the product name is English."""

    def test_english_labels_and_a_run(self):
        with GuiSession(locale="en-US") as session:
            try:
                doc, deck = open_deck(session.office)
                frame = doc.getCurrentController().getFrame()
                self.assertEqual(deck.getTitle(), "汇报助手")
                self.assertEqual([deck.getPanels().getByName(p).getTitle() for p in PANELS],
                                 ["Parameters", "Actions", "Findings"])
                actions = deck.getPanels().getByName("HuibaoActionsPanel").getDialog().getAccessibleContext()
                labels = [b.getAccessibleName() for b in find_all(actions, PUSH_BUTTON)]
                self.assertEqual(labels, ["Validate", "Assess units", "Build report", "Clear marks", "Export PDF",
                                          "Export .docx", "Make templates", "Collect submissions",
                                          "Write receipts"])
                self.assertIn("汇报", menu_titles(frame))
                # integration.md: the same commands in the menu and on the toolbar.
                self.assertEqual(toolbar_buttons(frame, TOOLBAR),
                                 labels[:5] + ["Export Word document"] + labels[6:])
                parameters = deck.getPanels().getByName("HuibaoParametersPanel").getDialog().getAccessibleContext()
                self.assertEqual([c.getAccessibleName() for c in find_all(parameters, LABEL)][:4],
                                 ["Report date", "Schedule basis", "Township minimum", "Department minimum"])

                find_one(actions, PUSH_BUTTON, "Validate").doAccessibleAction(0)
                results = deck.getPanels().getByName("HuibaoResultsPanel").getDialog()
                wait_until(lambda: "Errors 1" in " ".join(c.getAccessibleName()
                                                          for c in descendants(results.getAccessibleContext())),
                           COMMAND_TIMEOUT, "the English findings summary")
                time.sleep(1)
                session.screenshot("sidebar_4_english")
                doc.setModified(False)
            finally:
                self.assertFalse(session.timed_out, "the GUI session ran out of time; see screenshots/timeout.png")


if __name__ == "__main__":
    unittest.main()
