"""Writing a workbook.Workbook: .xlsx, and .ods converted by LibreOffice."""

import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from .workbook import col_letter

# --------------------------------------------------------------------------
# .xlsx writer (SpreadsheetML, inline strings)
# --------------------------------------------------------------------------

def xml_escape(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", s)


# style ids in cellXfs
XF = {None: 3, "title": 1, "header": 2, "date1": 4, "date2": 5, "date3": 6, "money": 7, "dec4": 8, "plain": 0}
PLAIN_XF = {None: 0, "date1": 9, "date2": 9, "date3": 9, "money": 0, "dec4": 0}

STYLES_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="yyyy/m/d"/><numFmt numFmtId="166" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="167" formatCode="0.0000"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font><font><b/><sz val="16"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="10">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="4" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="167" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
"""


def sheet_xml(sh):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
    if sh.header_row:
        out.append('<sheetViews><sheetView workbookViewId="0"><pane ySplit="%d" topLeftCell="A%d" activePane="bottomLeft" '
                   'state="frozen"/></sheetView></sheetViews>' % (sh.header_row, sh.header_row + 1))
    if sh.widths:
        out.append("<cols>")
        for c in sorted(sh.widths):
            out.append('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (c + 1, c + 1, sh.widths[c]))
        out.append("</cols>")
    out.append("<sheetData>")
    boxed = sh.kind == "submission"
    hr = sh.header_row or 0
    for r in sorted(sh.rows):
        cells = sh.rows[r]
        parts = []
        for c, cell in enumerate(cells):
            st = sh.styles.get((r, c))
            in_table = boxed and r >= hr and not st
            if cell is None:
                continue
            ref = col_letter(c) + str(r)
            kind = cell[0]
            if st:
                s = XF[st]
            elif kind == "n":
                s = XF[cell[2]] if in_table else PLAIN_XF[cell[2]]
            else:
                s = XF[None] if in_table else 0
            sattr = ' s="%d"' % s if s else ""
            if kind == "s":
                t = xml_escape(cell[1])
                sp = ' xml:space="preserve"' if (t != t.strip() or "\n" in t) else ""
                parts.append('<c r="%s"%s t="inlineStr"><is><t%s>%s</t></is></c>' % (ref, sattr, sp, t))
            elif kind == "n":
                parts.append('<c r="%s"%s><v>%s</v></c>' % (ref, sattr, cell[1]))
            elif kind == "b":
                parts.append('<c r="%s"%s t="b"><v>%d</v></c>' % (ref, sattr, 1 if cell[1] else 0))
            else:
                parts.append('<c r="%s"%s t="e"><f>%s</f><v>%s</v></c>' % (ref, sattr, xml_escape(cell[1]),
                                                                           xml_escape(cell[2])))
        out.append('<row r="%d">%s</row>' % (r, "".join(parts)))
    out.append("</sheetData>")
    if sh.merges:
        out.append('<mergeCells count="%d">%s</mergeCells>' % (
            len(sh.merges), "".join('<mergeCell ref="%s"/>' % m for m in sh.merges)))
    out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
    out.append("</worksheet>")
    return "".join(out)


def write_xlsx(wb, path):
    n = len(wb.sheets)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    for i in range(n):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct.append("</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wbx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>']
    wrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, sh in enumerate(wb.sheets):
        wbx.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xml_escape(sh.name), i + 1, i + 1))
        wrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                     'Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
    wbx.append('</sheets><calcPr calcId="0"/></workbook>')
    wrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
                 'Target="styles.xml"/></Relationships>' % (n + 1))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>太湖县招商引资项目申报汇总（Huibao 样例：%s）</dc:title><dc:creator>县招商局</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-02T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % wb.name)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Excel</Application></Properties>')
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        fixed = (2026, 11, 2, 9, 0, 0)

        def put(name, data):
            zi = zipfile.ZipInfo(name, fixed)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
        put("[Content_Types].xml", "".join(ct))
        put("_rels/.rels", rels)
        put("docProps/core.xml", core)
        put("docProps/app.xml", app)
        put("xl/workbook.xml", "".join(wbx))
        put("xl/_rels/workbook.xml.rels", "".join(wrels))
        put("xl/styles.xml", STYLES_XML)
        for i, sh in enumerate(wb.sheets):
            put("xl/worksheets/sheet%d.xml" % (i + 1), sheet_xml(sh))
    os.replace(tmp, path)


def convert_to_ods(paths, outdir):
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    profile = tempfile.mkdtemp(prefix="huibao-gen-profile-")
    try:
        cmd = [soffice, "--headless", "--norestore", "-env:UserInstallation=file://" + profile,
               "--convert-to", "ods", "--outdir", outdir] + list(paths)
        res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=3600)
        for p in paths:
            ods = os.path.join(outdir, os.path.splitext(os.path.basename(p))[0] + ".ods")
            if not os.path.exists(ods):
                raise RuntimeError("soffice did not write %s: %s %s" % (ods, res.stdout.decode(errors="replace"),
                                                                       res.stderr.decode(errors="replace")))
    finally:
        shutil.rmtree(profile, ignore_errors=True)
