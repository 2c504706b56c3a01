"""huibao:ExportDocument and huibao:ExportPdf in real LibreOffice: the report
as a Writer document (.docx) read back from its XML (page, type area, grid,
indents, fonts, repeated table headers), and the PDF exported from it read
back with pdftotext (page numbers, the line-breaking rules, nothing meant for
the officer alone)."""

import os
import re
import subprocess
import unittest
import zipfile

import uno
from tests.integration.office import prop
from tests.integration.report_print import broken_words, pdf_words, words_breaking_kinsoku
from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401
from tests.integration.sample_workbooks import dispatch_result, sample

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def twips(mm):
    return round(mm / 25.4 * 1440)


class ExportDocument(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        folder = os.path.join(office.root, "export")
        os.makedirs(folder, exist_ok=True)
        doc = office.load(sample("county")["xlsx"], hidden=True)
        try:
            doc.storeAsURL(uno.systemPathToFileUrl(os.path.join(folder, "太湖县.ods")), (prop("FilterName", "calc8"),))
            cls.docx_result = dispatch_result(office, doc, "ExportDocument")
            cls.pdf_result = dispatch_result(office, doc, "ExportPdf")
        finally:
            doc.close(True)
        cls.docx = os.path.join(folder, "太湖县_工作汇报.docx")
        cls.pdf = os.path.join(folder, "太湖县_工作汇报.pdf")

    def xml(self, name):
        import xml.etree.ElementTree as ET
        with zipfile.ZipFile(self.docx) as z:
            return ET.fromstring(z.read(name))

    def body_paragraphs(self):
        """The .docx body's paragraphs (w:p) and the text of each."""
        body = self.xml("word/document.xml").find(f"{W}body")
        paragraphs = body.findall(f"{W}p")
        return body, paragraphs, ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in paragraphs]

    def test_written_next_to_the_workbook(self):
        ok, result = self.docx_result
        self.assertTrue(ok, result)
        self.assertEqual(result["File"], self.docx)
        ok, result = self.pdf_result
        self.assertTrue(ok, result)
        self.assertEqual(result["File"], self.pdf)

    def test_page_and_type_area(self):
        body = self.xml("word/document.xml").find(f"{W}body")
        section = body.find(f"{W}sectPr")
        size = section.find(f"{W}pgSz")
        self.assertEqual((size.get(f"{W}w"), size.get(f"{W}h")), ("11906", "16838"))   # A4 portrait
        margins = section.find(f"{W}pgMar")
        self.assertAlmostEqual(int(margins.get(f"{W}top")), twips(37), delta=2)
        self.assertAlmostEqual(int(margins.get(f"{W}left")), twips(28), delta=2)
        self.assertAlmostEqual(11906 - int(margins.get(f"{W}left")) - int(margins.get(f"{W}right")), twips(156),
                               delta=3)
        grid = section.find(f"{W}docGrid")
        self.assertIsNotNone(grid)
        # 22 lines in the 225 mm type area, 28 characters in the 156 mm line:
        # Word's grid of lines and characters (charSpace is the pitch's
        # difference from the Normal size in 1/4096 pt: 5.57 mm is 15.80 pt).
        self.assertEqual(grid.get(f"{W}type"), "linesAndChars")
        self.assertAlmostEqual(int(grid.get(f"{W}linePitch")), twips(225) / 22, delta=2)
        styles = self.xml("word/styles.xml")
        normal = int(styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz").get(f"{W}val")) / 2
        char_space = int(grid.get(f"{W}charSpace"))
        self.assertGreaterEqual(char_space, 0)
        self.assertLess(char_space, 2 ** 31)   # a signed decimal in Word's schema
        char_pitch = normal + char_space / 4096
        self.assertAlmostEqual(char_pitch, 156 / 28 / 25.4 * 72, delta=0.05)
        # Odd and even footers (odd pages right, even pages left).
        kinds = {ref.get(f"{W}type") for ref in section.findall(f"{W}footerReference")}
        self.assertTrue({"default", "even"} <= kinds, kinds)
        settings = self.xml("word/settings.xml")
        self.assertIsNotNone(settings.find(f"{W}evenAndOddHeaders"))
        # GB/T 9704 7.5: odd pages' number one character (四号, 280 twips) in
        # from the right, even pages' from the left.
        rels = {r.get("Id"): r.get("Target") for r in self.xml("word/_rels/document.xml.rels")}
        R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
        for ref in section.findall(f"{W}footerReference"):
            paragraph = self.xml("word/" + rels[ref.get(f"{R}id")]).find(f"{W}p")
            side = "right" if ref.get(f"{W}type") == "default" else "left"
            self.assertEqual(paragraph.find(f"{W}pPr/{W}jc").get(f"{W}val"), {"right": "right", "left": "left"}[side])
            indent = paragraph.find(f"{W}pPr/{W}ind")
            self.assertIsNotNone(indent, side)
            logical = "end" if side == "right" else "start"
            self.assertAlmostEqual(int(indent.get(f"{W}{side}") or indent.get(f"{W}{logical}")), 280, delta=3)

    def test_wide_attachment_on_landscape_pages(self):
        # report.md: a wide attachment table may use a landscape page. 附件1's
        # nine columns get one (its section ends in a landscape w:sectPr);
        # 附件2 and the last section are portrait again.
        body = self.xml("word/document.xml").find(f"{W}body")
        sizes = [(sect.find(f"{W}pgSz").get(f"{W}w"), sect.find(f"{W}pgSz").get(f"{W}orient"))
                 for sect in body.iter(f"{W}sectPr")]
        self.assertIn(("16838", "landscape"), sizes)
        self.assertEqual(sizes[-1][0], "11906")
        pages = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", self.pdf], capture_output=True, text=True).stdout
        landscape = re.findall(r"Page\s+(\d+) size:\s+841\.\d+ x 595", pages)
        self.assertTrue(landscape, pages)
        text = subprocess.run(["pdftotext", "-f", landscape[0], "-l", landscape[0], self.pdf, "-"],
                              capture_output=True, text=True).stdout
        self.assertIn("附件1", text.replace(" ", ""))
        # 全县合计 never stands alone under a repeated header on a page of
        # its own: the table's rows are set tight enough for 附件1 to end
        # among its units.
        total_page = next(n for n in range(int(landscape[0]), int(landscape[-1]) + 1)
                          if "全县合计" in subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), self.pdf, "-"],
                                                          capture_output=True, text=True).stdout)
        last = subprocess.run(["pdftotext", "-f", str(total_page), "-l", str(total_page), self.pdf, "-"],
                              capture_output=True, text=True).stdout
        self.assertIn("县直单位", last)

    def test_paragraphs_fonts_and_tables(self):
        body, paragraphs, text = self.body_paragraphs()
        first = next(i for i, t in enumerate(text) if t.startswith("（1）项目完成情况。"))
        indent = paragraphs[first].find(f"{W}pPr/{W}ind")
        self.assertAlmostEqual(int(indent.get(f"{W}firstLine")), 640, delta=2)   # two 三号 characters
        self.assertGreater(len(text[first]), 200, "a paragraph stays one paragraph")
        asian = {f.get(f"{W}eastAsia") for f in body.iter(f"{W}rFonts") if f.get(f"{W}eastAsia")}
        self.assertGreaterEqual(len(asian), 3, asian)   # title, body, headings
        sizes = {s.get(f"{W}val") for s in body.iter(f"{W}szCs")} | {s.get(f"{W}val") for s in body.iter(f"{W}sz")}
        self.assertIn("44", sizes)   # 二号 title
        self.assertIn("32", sizes)   # 三号 body
        tables = body.findall(f"{W}tbl")
        self.assertEqual(len(tables), 2)   # 附件1's units, 附件2's projects (the chart is a chart)
        for table in tables:
            rows = table.findall(f"{W}tr")
            self.assertIsNotNone(rows[0].find(f"{W}trPr/{W}tblHeader"), "header repeats on every page")
            # Every cell ruled (a text-to-table conversion once left a run of rows bare).
            bare = [i for i, row in enumerate(rows) for cell in row.findall(f"{W}tc")
                    if (b := cell.find(f"{W}tcPr/{W}tcBorders")) is not None and len(b) == 0]
            self.assertEqual(bare, [])
        header = ["".join(t.text or "" for t in c.iter(f"{W}t")) for c in tables[0].findall(f"{W}tr")[0]
                  .findall(f"{W}tc")]
        self.assertEqual(header[:2], ["单位名称", "单位类型"])
        self.assertFalse(any("请填写" in t or "校验" in t for t in text))
        # 落款 (GB/T 9704 7.3.5.1): the date 右空四字 (4 × 320 twips), the
        # office, a little narrower here, centred on it.
        date = next(i for i, t in enumerate(text) if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", t))
        office_line = date - 1
        self.assertTrue(text[office_line].endswith("招商局"), text[office_line])

        def right_indent(i):
            ind = paragraphs[i].find(f"{W}pPr/{W}ind")
            return int(ind.get(f"{W}right") or ind.get(f"{W}end"))
        self.assertAlmostEqual(right_indent(date), 1280, delta=3)
        self.assertGreater(right_indent(office_line), 1280)
        self.assertLess(right_indent(office_line), 1280 + 320)

    def test_table_rows_whole_and_titles_broken_between_words(self):
        # report.md: a header row that repeats on every page, no row cut in
        # two by a page break, no word broken across lines in a header.
        titles = {"单位名称": ["单位", "名称"], "单位类型": ["单位", "类型"], "申报项目数": ["申报", "项目数"],
                  "认定项目数": ["认定", "项目数"], "省外资金(亿元)": ["省外资金", "(亿元)"],
                  "超序时进度(百分点)": ["超序时", "进度", "(百分点)"], "项目名称": ["项目", "名称"],
                  "申报单位": ["申报", "单位"], "总投资(亿元)": ["总投资", "(亿元)"], "项目进展": ["项目", "进展"],
                  "战略性新兴产业": ["战略性", "新兴产业"]}
        body = self.xml("word/document.xml").find(f"{W}body")
        broken = []
        for table in body.findall(f"{W}tbl"):
            rows = table.findall(f"{W}tr")
            self.assertIsNotNone(rows[0].find(f"{W}trPr/{W}tblHeader"), "header repeats on every page")
            for row in rows:
                split = row.find(f"{W}trPr/{W}cantSplit")
                self.assertIsNotNone(split, "a row never splits across pages")
                self.assertIn(split.get(f"{W}val", "true"), ("true", "1", "on"))
            for cell in rows[0].findall(f"{W}tc"):
                lines = [""]
                for element in cell.iter():
                    if element.tag == f"{W}t":
                        lines[-1] += element.text or ""
                    elif element.tag == f"{W}br" or (element.tag == f"{W}p" and lines[-1]):
                        lines.append("")
                lines = [line for line in lines if line]
                title = "".join(lines)
                cuts, at = set(), 0
                for word in titles.get(title, [title]):
                    at += len(word)
                    cuts.add(at)
                at = 0
                for line in lines[:-1]:
                    at += len(line)
                    if at not in cuts:
                        broken.append(lines)
        self.assertEqual(broken, [], "a title broken inside a word")
        # As printed: no piece of a title's word on a line of its own in the
        # attachments' tables (the body's lines may end anywhere the Chinese
        # rules allow: 超序时进 / 度140.00个百分点 is right there), 、 never first.
        self.assertEqual(broken_words(pdf_words(self.pdf, first=self.first_attachment_page())), [])
        self.assertEqual(words_breaking_kinsoku(pdf_words(self.pdf)), [])

    def first_attachment_page(self):
        info = subprocess.run(["pdfinfo", self.pdf], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        for n in range(1, pages + 1):
            text = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), self.pdf, "-"], capture_output=True,
                                  text=True, check=True).stdout
            if re.match(r"\s*附件\s*1\s*\n", text):
                return n
        self.fail("no page starts with 附件1")

    def test_names_break_between_words(self):
        # report.md: no word broken across lines in a unit or project name.
        # Writer, Word and WPS break CJK text after any character
        # (开发区管委/会, 仓储中/心项目, 5/号): Huibao breaks a name too long
        # for its column itself, between words.
        body = self.xml("word/document.xml").find(f"{W}body")
        wrapped, broken = [], []
        for table in body.findall(f"{W}tbl"):
            for row in table.findall(f"{W}tr")[1:]:
                for cell in row.findall(f"{W}tc")[:3]:
                    lines = [""]
                    for element in cell.iter():
                        if element.tag == f"{W}t":
                            lines[-1] += element.text or ""
                        elif element.tag == f"{W}br":
                            lines.append("")
                    if len(lines) < 2 or "、" in "".join(lines):
                        continue
                    wrapped.append(lines)
                    for before, after in zip(lines, lines[1:]):
                        # A word's last character alone, a number cut from its 号, an open bracket left behind.
                        if not before or not after or after[0] in "号期）心目会区园局体线" or before[-1] == "（":
                            broken.append(lines)
        self.assertTrue(wrapped, "the sample has project names too long for one line")
        self.assertEqual(broken, [], "a name broken inside a word")
        self.assertNotIn("管委\n会", "\n".join("\n".join(lines) for lines in wrapped))

    def test_title_and_date_off_the_character_grid(self):
        # On Word's grid of characters (and LibreOffice's reading of the
        # .docx) a 22 pt title would take two cells a character (太 湖 县 …):
        # the centred lines do not snap to it, the body does.
        _, paragraphs, text = self.body_paragraphs()

        def snaps(i):
            snap = paragraphs[i].find(f"{W}pPr/{W}snapToGrid")
            return snap is None or snap.get(f"{W}val") not in ("false", "0", "off")
        title = next(i for i, t in enumerate(text) if t.endswith("工作情况汇报"))
        self.assertFalse(snaps(title))
        self.assertFalse(snaps(title + 1), text[title + 1])   # （截至…）
        first = next(i for i, t in enumerate(text) if t.startswith("（1）项目完成情况。"))
        self.assertTrue(snaps(first))

    def test_headings_and_the_closing_never_end_a_page_alone(self):
        # report.md: no heading left alone at the bottom of a page; the 落款
        # not split from its date (GB/T 9704). Word and WPS read w:keepNext.
        _, paragraphs, text = self.body_paragraphs()

        def keeps(i):
            keep = paragraphs[i].find(f"{W}pPr/{W}keepNext")
            return keep is not None and keep.get(f"{W}val") not in ("false", "0", "off")
        for heading in ("一、", "（一）", "（二）"):
            at = [i for i, t in enumerate(text) if t.startswith(heading) and len(t) < 40]
            self.assertTrue(at, heading)
            self.assertTrue(all(keeps(i) for i in at), heading)
        date = next(i for i, t in enumerate(text) if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", t))
        self.assertTrue(keeps(date - 1), "the office goes with the date")
        self.assertFalse(keeps(date))
        notes = next(i for i, t in enumerate(text) if t.startswith("附件："))
        self.assertTrue(keeps(notes - 1) and keeps(notes), "the 附件说明 is one block")
        self.assertFalse(keeps(notes - 2), "a body paragraph moves no more than its lines (three lines short at most)")

    def test_chart_is_a_word_chart_sorted_and_labelled(self):
        with zipfile.ZipFile(self.docx) as z:
            charts = [n for n in z.namelist() if re.fullmatch(r"word/charts/chart\d+\.xml", n)]
            self.assertEqual(len(charts), 1, z.namelist())
            self.assertIn(charts[0].split("/", 1)[1], z.read("word/_rels/document.xml.rels").decode())
        self.assertIn(f"{C}chart", {e.tag for e in self.xml("word/document.xml").iter()})   # placed in the text
        chart = self.xml(charts[0])
        bars, line = chart.find(f".//{C}barChart"), chart.find(f".//{C}lineChart")
        self.assertIsNotNone(bars)
        self.assertIsNotNone(line)   # 序时进度
        series = bars.find(f"{C}ser")
        names = [v.text for v in series.findall(f"{C}cat//{C}pt/{C}v")]
        rates = [float(v.text) for v in series.findall(f"{C}val//{C}pt/{C}v")]
        self.assertGreater(len(names), 3)
        self.assertEqual(len(names), len(rates))
        self.assertEqual(rates, sorted(rates, reverse=True), "bars sorted from highest to lowest")
        shown = series.find(f"{C}dLbls/{C}showVal")
        self.assertIsNotNone(shown)
        self.assertEqual(shown.get("val"), "1", "value labels on the bars")
        self.assertIn("%", series.find(f"{C}dLbls/{C}numFmt").get("formatCode"))
        legend_names = [v.text for v in chart.iter(f"{C}tx") for v in v.iter(f"{C}v")]
        self.assertIn("序时进度", legend_names)
        # The 序时进度 line labelled once, at its last point.
        labels = line.findall(f"{C}ser/{C}dLbls/{C}dLbl")
        self.assertEqual([int(d.find(f"{C}idx").get("val")) for d in labels], [len(names) - 1])
        self.assertEqual(labels[0].find(f"{C}showVal").get("val"), "1")

    def test_names_the_official_faces_for_word_and_wps(self):
        # Drawn here with Debian's stand-ins (汇报数据 says which); a PC with
        # 仿宋_GB2312 & co. must find them named in the .docx, not the stand-ins.
        stand_ins = ("Noto", "AR PL", "WenQuanYi", "LXGW")
        with zipfile.ZipFile(self.docx) as z:
            parts = {n: z.read(n).decode() for n in z.namelist() if n.endswith(".xml")}
        named = set()
        for part in parts.values():
            named |= set(re.findall(r'w:(?:eastAsia|name)="([^"]*)"', part))
            named |= set(re.findall(r'typeface="([^"]*)"', part))
        self.assertFalse([n for n in named if n.startswith(stand_ins)], named)
        for face in ("仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"):
            self.assertIn(face, named)
        body = re.search(r'w:eastAsia="([^"]*)"', parts["word/document.xml"])
        self.assertTrue(body)
        table = self.xml("word/fontTable.xml")
        alternatives = {f.get(f"{W}name"): f.find(f"{W}altName").get(f"{W}val") for f in table.findall(f"{W}font")
                        if f.find(f"{W}altName") is not None}
        self.assertEqual(alternatives.get("仿宋_GB2312"), "仿宋")   # FangSong, on every Windows
        self.assertEqual(alternatives.get("楷体_GB2312"), "楷体")
        # The PDF keeps the faces drawn here, embedded.
        fonts = subprocess.run(["pdffonts", self.pdf], capture_output=True, text=True, check=True).stdout
        self.assertIn("NotoSerifCJK", fonts)
        # The renamed package is still a document Writer opens whole.
        doc = office.load(self.docx, hidden=True)
        try:
            text = doc.getText().getString()
            self.assertIn("招商引资工作情况汇报", text)
            self.assertIn("（1）项目完成情况。", text)
            paragraphs = doc.getText().createEnumeration()
            faces = set()
            while paragraphs.hasMoreElements():
                paragraph = paragraphs.nextElement()
                if paragraph.supportsService("com.sun.star.text.Paragraph"):
                    faces.add(paragraph.CharFontNameAsian)
            self.assertIn("仿宋_GB2312", faces)
        finally:
            doc.close(True)

    def test_pdf(self):
        fonts = subprocess.run(["pdffonts", self.pdf], capture_output=True, text=True, check=True).stdout
        listed = fonts.splitlines()[2:]
        self.assertTrue(listed)
        self.assertTrue(all(" yes " in line for line in listed), fonts)   # every font embedded
        info = subprocess.run(["pdfinfo", self.pdf], capture_output=True, text=True, check=True).stdout
        self.assertIn("Writer", info)   # exported from the Writer document
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        text = subprocess.run(["pdftotext", self.pdf, "-"], capture_output=True, text=True, check=True).stdout
        for n in (1, 2, pages):
            self.assertRegex(text, rf"—\s*{n}\s*—")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        self.assertGreater(len(lines), 50)
        self.assertFalse([line for line in lines if line[0] in "、，。；：？！）》」』”’%"], "禁则")
        self.assertNotIn("请填写", text)
        self.assertNotIn("校验", text)
        self.assertIn("招商引资工作情况汇报", text)
        self.assertRegex(text, r"附件\s*1")


class ExportsReuseTheBuild(unittest.TestCase):
    """BuildReport then the exports (the officer's order, and the main job's):
    the exports write from the report BuildReport made while the workbook
    has not changed, and build again as soon as it has."""

    def test_reuse_until_the_workbook_changes(self):
        folder = os.path.join(office.root, "reuse")
        os.makedirs(folder, exist_ok=True)
        doc = office.load(sample("county")["xlsx"], hidden=True)
        try:
            doc.storeAsURL(uno.systemPathToFileUrl(os.path.join(folder, "县.ods")), (prop("FilterName", "calc8"),))
            ok, built = dispatch_result(office, doc, "BuildReport")
            self.assertTrue(ok, built)
            # The Writer document too: the .docx's is stored again as the PDF.
            for command, reused in (("ExportDocument", 0), ("ExportPdf", 1), ("ExportPdf", 1)):
                ok, result = dispatch_result(office, doc, command)
                self.assertTrue(ok, result)
                self.assertEqual(result["ReportRebuilt"], 0, command)
                self.assertEqual(result["WriterDocumentReused"], reused, command)
                self.assertEqual(result["Errors"], built["Errors"])
            # The officer changes 县名 in 参数: the next export builds again,
            # and the PDF says so.
            parameters = doc.getSheets().getByName("参数")
            rows = parameters.getCellRangeByName("A1:B40").getDataArray()
            row = next(i for i, r in enumerate(rows) if r[0] == "县名")
            parameters.getCellByPosition(1, row).setString("望江县")
            ok, result = dispatch_result(office, doc, "ExportPdf")
            self.assertTrue(ok, result)
            self.assertEqual(result["ReportRebuilt"], 1)
            self.assertEqual(result["WriterDocumentReused"], 0)
            text = subprocess.run(["pdftotext", result["File"], "-"], capture_output=True, text=True,
                                  check=True).stdout
            self.assertIn("望江县", text)
            report = doc.getSheets().getByName("工作汇报").getCellRangeByName("A1:A3").getDataArray()
            self.assertIn("望江县", "".join(r[0] for r in report))
            ok, result = dispatch_result(office, doc, "ExportDocument")
            self.assertEqual(result["ReportRebuilt"], 0)
            self.assertEqual(result["WriterDocumentReused"], 1)
            with zipfile.ZipFile(result["File"]) as z:
                self.assertIn("望江县", z.read("word/document.xml").decode())
        finally:
            doc.close(True)
        # The kept Writer document goes with the workbook.
        components = office.desktop.getComponents().createEnumeration()
        writers = []
        while components.hasMoreElements():
            component = components.nextElement()
            if component.supportsService("com.sun.star.text.TextDocument"):
                writers.append(component)
        self.assertEqual(writers, [], "a hidden Writer document left open")


class FailedExportSaysWhatItLeft(unittest.TestCase):
    """An export that cannot write its file says truly what it left: the
    report sheets it rebuilt first stay in a hidden document (Calc cannot
    undo them there); after BuildReport nothing was written."""

    def test_message_matches_the_document(self):
        folder = os.path.join(office.root, "blocked")
        os.makedirs(os.path.join(folder, "县_工作汇报.docx"), exist_ok=True)   # a folder where the file goes
        doc = office.load(sample("county")["xlsx"], hidden=True)
        try:
            doc.storeAsURL(uno.systemPathToFileUrl(os.path.join(folder, "县.ods")), (prop("FilterName", "calc8"),))
            self.assertFalse(doc.getSheets().hasByName("工作汇报"))
            ok, message = dispatch_result(office, doc, "ExportDocument")
            self.assertFalse(ok)
            self.assertTrue(doc.getSheets().hasByName("工作汇报"), "rebuilt before the export failed")
            self.assertNotIn("文档未作改动", message)
            self.assertIn("工作汇报", message)
            self.assertIn("保留在文档中", message)
            # Built and unchanged: the export writes nothing before it fails.
            ok, _ = dispatch_result(office, doc, "BuildReport")
            self.assertTrue(ok)
            ok, message = dispatch_result(office, doc, "ExportDocument")
            self.assertFalse(ok)
            self.assertIn("文档未作改动", message)
        finally:
            doc.close(True)

    def test_unsaved_document_headless_is_an_error_not_a_cancel(self):
        # integration.md: headless, with no location known, it reports an
        # error; no picker can be answered, even for a document loaded visible.
        doc = office.load(sample("small")["xlsx"], hidden=False)
        try:
            blank = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())
            try:
                for command, what in (("ExportPdf", "PDF"), ("ExportDocument", "Word")):
                    ok, message = dispatch_result(office, blank, command)
                    self.assertFalse(ok)
                    self.assertIn("尚未保存", message)
                    self.assertIn(what, message)
                    self.assertNotIn("取消", message)
            finally:
                blank.close(True)
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
