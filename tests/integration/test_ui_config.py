"""The 汇报 menu, the 汇报 toolbar and the 汇报助手 deck are registered
(spec/integration.md): read back from the configuration of a LibreOffice
with huibao.oxt installed, in both UI languages."""

import os
import unittest

import uno
from com.sun.star.beans import PropertyValue

from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401

COMMANDS = (
    ("huibao:Validate", "校验", "Validate", "validate"),
    ("huibao:Assess", "单位考核", "Assess units", "assess"),
    ("huibao:BuildReport", "一键生成汇报", "Build report", "report"),
    ("huibao:ClearMarks", "清除标记", "Clear marks", "clearmarks"),
    ("huibao:ExportPdf", "导出PDF", "Export PDF", "exportpdf"),
    ("huibao:ExportDocument", "导出Word文档", "Export Word document", "report"),
    # integration.md: "The same commands are in a 汇报 menu and a toolbar."
    ("huibao:MakeTemplates", "下发模板", "Make templates", "templates"),
    ("huibao:ImportSubmissions", "汇总报送", "Collect submissions", "collect"),
    ("huibao:WriteReceipts", "校验回执", "Write receipts", "receipts"),
)
MENU_COMMANDS = COMMANDS
CONTEXT = "com.sun.star.sheet.SpreadsheetDocument"


def config(path, locale="en-US"):
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    args = (PropertyValue("nodepath", 0, path, 0), PropertyValue("Locale", 0, locale, 0))
    return provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args)


def children(node):
    """A set's members in their configuration order (menu order)."""
    return [node.getByName(name) for name in node.getElementNames()]


def local_path(url):
    """The file behind a vnd.sun.star.expand: URL of an installed extension."""
    expander = office.ctx.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
    prefix = "vnd.sun.star.expand:"
    if url.startswith(prefix):
        url = expander.expandMacros(url[len(prefix):])
    return uno.fileUrlToSystemPath(url)


class Menu(unittest.TestCase):
    def menu(self, locale):
        return config("/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/org.huibao.menu", locale)

    def test_title_is_chinese_in_every_language(self):
        for locale in ("zh-CN", "en-US", "de-DE"):
            with self.subTest(locale=locale):
                self.assertEqual(self.menu(locale).Title, "汇报")

    def test_calc_only(self):
        self.assertEqual(self.menu("en-US").Context, CONTEXT)

    def test_entries_in_both_languages(self):
        for locale, column in (("zh-CN", 1), ("en-US", 2)):
            entries = children(self.menu(locale).Submenu)
            self.assertEqual([(e.URL, e.Title) for e in entries], [(c[0], c[column]) for c in MENU_COMMANDS], locale)
            for entry in entries:
                self.assertEqual(entry.Context, CONTEXT)
                self.assertEqual(entry.Target, "_self")


class Toolbar(unittest.TestCase):
    def test_entries(self):
        for locale, column in (("zh-CN", 1), ("en-US", 2)):
            bar = config("/org.openoffice.Office.Addons/AddonUI/OfficeToolBar/org.huibao.toolbar", locale)
            items = children(bar)
            self.assertEqual([(i.URL, i.Title) for i in items], [(c[0], c[column]) for c in COMMANDS], locale)
            self.assertTrue(all(i.Context == CONTEXT for i in items))

    def test_toolbar_name(self):
        states = config("/org.openoffice.Office.UI.CalcWindowState/UIElements/States")
        self.assertEqual(states.getByName("private:resource/toolbar/addon_org.huibao.toolbar").UIName, "汇报")


class Icons(unittest.TestCase):
    def test_every_command_has_both_icon_sizes(self):
        images = config("/org.openoffice.Office.Addons/AddonUI/Images")
        by_url = {node.URL: node.UserDefinedImages for node in children(images)}
        for url, _, _, icon in COMMANDS:
            with self.subTest(command=url):
                self.assertIn(url, by_url)
                for size, value in (("16", by_url[url].ImageSmallURL), ("26", by_url[url].ImageBigURL)):
                    self.assertTrue(value.endswith(f"/icons/{icon}_{size}.png"), value)
                    self.assertTrue(value.startswith("vnd.sun.star.expand:"), value)
                    path = local_path(value)
                    self.assertTrue(os.path.exists(path), path)


class Sidebar(unittest.TestCase):
    def test_deck(self):
        for locale in ("zh-CN", "en-US"):
            deck = config("/org.openoffice.Office.UI.Sidebar/Content/DeckList/HuibaoDeck", locale)
            self.assertEqual(deck.Title, "汇报助手", locale)
            # "Calc, any, visible ;" in the .xcu, split on its ";" separator
            self.assertEqual([c.strip() for c in deck.ContextList if c.strip()], ["Calc, any, visible"])
            self.assertTrue(deck.IconURL.endswith("/icons/huibao_26.png"), deck.IconURL)

    def test_panels(self):
        panels = config("/org.openoffice.Office.UI.Sidebar/Content/PanelList", "zh-CN")
        ours = sorted((p.OrderIndex, p.Title, p.ImplementationURL)
                      for p in children(panels) if p.DeckId == "HuibaoDeck")
        self.assertEqual([(t, u.rsplit("/", 1)[1]) for _, t, u in ours],
                         [("参数", "Parameters"), ("操作", "Actions"), ("校验结果", "Results")])

    def test_panel_factory(self):
        factory = config("/org.openoffice.Office.UI.Factories/Registered/UIElementFactories/"
                         "org.huibao.HuibaoPanelFactory")
        self.assertEqual((factory.Type, factory.Name, factory.FactoryImplementation),
                         ("toolpanel", "HuibaoPanelFactory", "org.huibao.comp.SidebarPanelFactory"))
        self.assertIsNotNone(office.create("org.huibao.comp.SidebarPanelFactory"))


if __name__ == "__main__":
    unittest.main()
