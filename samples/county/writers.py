"""Writing a workbook.Workbook: .xlsx with openpyxl (Debian's python3-openpyxl),
.ods converted from it by LibreOffice.

The .xlsx looks like one saved by Excel for a zh-CN office: 宋体 as the
default font, a bold 16-point title, headers bold on a pale blue fill, thin
borders around the table, dates as serials with a date format (yyyy-mm-dd,
yyyy/m/d or yyyy年m月d日), amounts as #,##0.00 or 0.0000, the header frozen,
merged titles, column widths; error cells as formulas (=NA(), =1/0) with
their cached errors. The file is reproducible: fixed document dates and zip
timestamps.
"""

import datetime as dt
import os
import re
import zipfile
from copy import copy

from openpyxl import Workbook as XlsxWorkbook
from openpyxl.styles import Alignment, Border, Color, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.page import PageMargins

FIXED_TIME = dt.datetime(2026, 11, 2, 9, 0, 0)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

DEFAULT_FONT = Font(name="宋体", sz=11, family=2, charset=134)
_THIN = Side(style="thin", color=Color(auto=True))
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTER = Alignment(horizontal="center", vertical="center")
_DATE_ISO = "yyyy\\-mm\\-dd"


def _look(font=None, fill=None, border=None, alignment=None, number_format=None):
    return {k: v for k, v in (("font", font), ("fill", fill), ("border", border), ("alignment", alignment),
                              ("number_format", number_format)) if v is not None}


# The looks a cell can have: sheet.styles names a look for layout cells
# (title, header ...); other cells get theirs from their number format and
# whether they are inside a submission's table (boxed).
LOOKS = {
    "plain": {},
    "title": _look(Font(name="宋体", sz=16, b=True, charset=134), alignment=_CENTER),
    "header": _look(Font(name="宋体", sz=11, b=True, charset=134),
                    PatternFill("solid", fgColor="FFD9E1F2", bgColor=Color(indexed=64)), _BOX,
                    Alignment(horizontal="center", vertical="center", wrap_text=True)),
    None: _look(border=_BOX),
    "date1": _look(border=_BOX, number_format=_DATE_ISO),
    "date2": _look(border=_BOX, number_format="yyyy/m/d"),
    "date3": _look(border=_BOX, number_format='yyyy"年"m"月"d"日"'),
    "money": _look(border=_BOX, number_format="#,##0.00"),
    "dec4": _look(border=_BOX, number_format="0.0000"),
}
# Outside a table: a date keeps a date format (yyyy-mm-dd), nothing else has a look.
UNBOXED = {"date1": "date_plain", "date2": "date_plain", "date3": "date_plain"}
LOOKS["date_plain"] = _look(number_format=_DATE_ISO)


def _value(cell):
    """A generator cell -> (value for openpyxl, is text)."""
    kind = cell[0]
    if kind == "s":
        return _CONTROL.sub("", cell[1]), True
    if kind == "n":
        text = cell[1]
        try:
            return int(text), False
        except ValueError:
            return float(text), False
    if kind == "b":
        return bool(cell[1]), False
    return "=" + cell[1], False          # ("e", formula, error text): the error is cached by _finish


def _look_name(sh, r, c, cell, boxed, header_row):
    style = sh.styles.get((r, c))
    if style:
        return style
    in_table = boxed and r >= header_row
    if cell[0] == "n":
        return cell[2] if in_table else UNBOXED.get(cell[2], "plain")
    return None if in_table else "plain"


def _fill_sheet(ws, sh, styled):
    """Writes sheet sh into ws. styled: look name -> the style of a cell that
    has it; later cells copy that style (openpyxl's own idiom, cell._style),
    which is much faster than setting font, border ... on 1.5 million cells."""
    boxed = sh.kind == "submission"
    header_row = sh.header_row or 0
    for r in sorted(sh.rows):
        for c, cell in enumerate(sh.rows[r]):
            if cell is None:
                continue
            target = ws.cell(row=r, column=c + 1)
            value, text = _value(cell)
            target.value = value
            if text:
                target.data_type = "s"        # text stays text, even one starting with "="
            look = _look_name(sh, r, c, cell, boxed, header_row)
            if look in styled:
                target._style = copy(styled[look])
            else:
                for attr, v in LOOKS[look].items():
                    setattr(target, attr, v)
                styled[look] = copy(target._style)
    for c in sorted(sh.widths):
        ws.column_dimensions[get_column_letter(c + 1)].width = sh.widths[c]
    if sh.header_row:
        ws.freeze_panes = "A%d" % (sh.header_row + 1)
    for ref in sh.merges:
        ws.merge_cells(ref)
    ws.page_margins = PageMargins(left=0.7, right=0.7, top=0.75, bottom=0.75, header=0.3, footer=0.3)


_FORMULA_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>')
_SHEET_FORMAT = re.compile(r"<sheetFormatPr[^>]*/>")


def _as_excel_writes_it(sheet_xml, errors):
    """Two things openpyxl cannot be told: each error formula gets its cached
    error (=NA() -> #N/A), and there is no <sheetFormatPr> (openpyxl always
    writes one with a default row height; with it, LibreOffice's .ods shows
    TRUE/FALSE cells as 1/0)."""
    def cached(m):
        error = errors.get(m.group(3))
        if error is None:
            return m.group(0)
        return '<c r="%s"%s t="e"><f>%s</f><v>%s</v></c>' % (m.group(1), m.group(2), m.group(3), error)
    return _SHEET_FORMAT.sub("", _FORMULA_CELL.sub(cached, sheet_xml), count=1)


def _finish(path, errors):
    """Rewrites the zip with fixed entry times, so that the file is
    reproducible, and the sheets as Excel writes them (errors: formula ->
    error text)."""
    tmp = path + ".zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = _as_excel_writes_it(data.decode("utf-8"), errors).encode("utf-8")
            dst.writestr(fixed, data)
    os.replace(tmp, path)


def write_xlsx(wb, path):
    book = XlsxWorkbook()
    # The default font (the Normal style's, font 0) is 宋体, as in a workbook
    # made by a zh-CN Excel; openpyxl has no public setting for it.
    book._fonts = IndexedList([DEFAULT_FONT])
    book._named_styles["Normal"].font = DEFAULT_FONT
    book.remove(book.active)
    styled = {}
    for sh in wb.sheets:
        _fill_sheet(book.create_sheet(sh.name), sh, styled)
    props = book.properties
    props.title = "太湖县招商引资项目申报汇总（Huibao 样例：%s）" % wb.name
    props.creator = "县招商局"
    props.created = props.modified = FIXED_TIME
    props.lastModifiedBy = None
    # No full recalculation on load (openpyxl asks for one): LibreOffice keeps
    # the cached values, as it did with the files written before openpyxl.
    book.calculation.fullCalcOnLoad = False
    book.calculation.calcId = 0
    tmp = path + ".tmp"
    book.save(tmp)
    errors = {cell[1]: cell[2] for sh in wb.sheets for cells in sh.rows.values() for cell in cells
              if cell is not None and cell[0] == "e"}
    _finish(tmp, errors)
    os.replace(tmp, path)


def convert_to_ods(paths, outdir):
    """The .ods of each .xlsx, converted by LibreOffice (tests.integration.office)."""
    from tests.integration.office import convert  # python3-uno: only when .ods files are asked for
    return convert(paths, outdir, "ods")
