"""The in-memory workbook the generator builds, the writers write and the
reference reader reads: sheets of cells, and Excel date serials."""

import datetime as dt
from decimal import Decimal

NULL_DATE = dt.date(1899, 12, 30)


def serial(d):
    return (d - NULL_DATE).days


# --------------------------------------------------------------------------
# Cells.  A cell is None (empty) or a tuple:
#   ("s", text)  ("n", number_text, fmt)  ("b", bool)  ("e", formula, error_text)
# --------------------------------------------------------------------------

def S(text):
    return ("s", text)


def N(value, fmt=None):
    if isinstance(value, Decimal):
        txt = format(value.normalize(), "f")
    elif isinstance(value, float):
        txt = repr(value)
    else:
        txt = str(value)
    if "." in txt:
        txt = txt.rstrip("0").rstrip(".")
    return ("n", txt, fmt)


def dec_str(d):
    txt = format(Decimal(d).normalize(), "f")
    if "." in txt:
        txt = txt.rstrip("0").rstrip(".")
    return txt


# --------------------------------------------------------------------------
# The workbook model
# --------------------------------------------------------------------------

class Sheet:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind          # submission / targets / parameters / other
        self.rows = {}            # 1-based row -> list of cells
        self.merges = []
        self.widths = {}
        self.header_row = None
        self.styles = {}          # (row, col) -> style name for layout (title/header)

    def set(self, r, c, cell, style=None):
        row = self.rows.setdefault(r, [])
        while len(row) <= c:
            row.append(None)
        row[c] = cell
        if style:
            self.styles[(r, c)] = style

    def get(self, r, c):
        row = self.rows.get(r)
        if not row or c >= len(row):
            return None
        return row[c]

    def max_row(self):
        return max((r for r, cells in self.rows.items() if any(c is not None for c in cells)), default=0)


class Workbook:
    def __init__(self, name):
        self.name = name
        self.sheets = []

    def add(self, sheet):
        self.sheets.append(sheet)
        return sheet


def col_letter(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s
