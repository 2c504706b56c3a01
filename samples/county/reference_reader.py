"""The reference reader: an independent implementation of validation.md and
assessment.md over an in-memory workbook (workbook.Workbook).

The generator re-reads every workbook it builds with it and writes nothing
unless the findings it reads are exactly the planted ones; its figures are
the ledger's. Tests, the benchmark's Python baseline and --verify trust it as
the oracle, so it shares nothing with the generator but the spec's tables."""

import datetime as dt
import re
import unicodedata
from decimal import Decimal

from .spec import (
    AMOUNT_FIELDS, CANON, CODE_ORDER, DEFAULT_UNIT, FIELD_KEYS, FIELD_ORDER, FOOTER_WORDS, FTYPE,
    HEADER_MAP, INDUSTRY_SYN, NATURE_MAP, NO_SET, REQUIRED, SEVERITY, STATUS_MAP, STATUS_ORDER,
    TOTAL_WORDS, YES_SET, WHITESPACE, enum_map, norm)
from .workbook import NULL_DATE, col_letter, serial

# --------------------------------------------------------------------------
# Reference reader: parsing
# --------------------------------------------------------------------------


class Bad(Exception):
    pass


_AMOUNT_RE = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(元|万元|亿元|美元|万美元|万|亿)?$")
RMB_FACTOR = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}
USD_FACTOR = {"美元": Decimal(1), "万美元": Decimal(10000)}


def parse_amount(cell, col_unit, currency):
    """-> Decimal in col_unit, None when blank; raises Bad."""
    if cell is None:
        return None
    kind = cell[0]
    if kind == "n":
        return Decimal(cell[1])
    if kind in ("e", "b"):
        raise Bad()
    txt = unicodedata.normalize("NFKC", cell[1])
    txt = WHITESPACE.sub("", txt)
    if txt == "":
        return None
    m = _AMOUNT_RE.match(txt)
    if not m:
        raise Bad()
    sign, ip, fp, word = m.groups()
    val = Decimal(ip.replace(",", "") + ("." + fp if fp else ""))
    if sign == "-":
        val = -val
    if word:
        factors = RMB_FACTOR if currency == "rmb" else USD_FACTOR
        if word == "万":
            word = "万元" if currency == "rmb" else "万美元"
        elif word == "亿":
            word = "亿元" if currency == "rmb" else None
        if word not in factors:
            raise Bad()
        val = val * factors[word] / factors[col_unit]
    return val


_DATE_FULL = [re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
              re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"), re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
              re.compile(r"^(\d{4})(\d{2})(\d{2})$")]
_DATE_MONTH = [re.compile(r"^(\d{4})-(\d{1,2})$"), re.compile(r"^(\d{4})\.(\d{1,2})$"),
               re.compile(r"^(\d{4})年(\d{1,2})月$")]
MIN_SERIAL = serial(dt.date(1990, 1, 1))
MAX_SERIAL = serial(dt.date(2100, 12, 31))


def parse_date(cell):
    if cell is None:
        return None
    kind = cell[0]
    if kind in ("e", "b"):
        raise Bad()
    if kind == "n":
        v = Decimal(cell[1])
        if v == v.to_integral_value() and 19000101 <= v <= 21001231:
            iv = int(v)
            try:
                return dt.date(iv // 10000, iv // 100 % 100, iv % 100)
            except ValueError:
                pass
        if v < MIN_SERIAL or v > MAX_SERIAL:
            raise Bad()
        return NULL_DATE + dt.timedelta(days=int(v))
    txt = WHITESPACE.sub("", unicodedata.normalize("NFKC", cell[1]))
    if txt == "":
        return None
    try:
        for rx in _DATE_FULL:
            m = rx.match(txt)
            if m:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        for rx in _DATE_MONTH:
            m = rx.match(txt)
            if m:
                return dt.date(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        raise Bad()
    raise Bad()


def parse_yesno(cell):
    if cell is None:
        return None
    kind = cell[0]
    if kind == "b":
        return cell[1]
    if kind == "e":
        raise Bad()
    if kind == "n":
        v = Decimal(cell[1])
        if v == 1:
            return True
        if v == 0:
            return False
        raise Bad()
    t = norm(cell[1])
    if t == "":
        return None
    if t in YES_SET:
        return True
    if t in NO_SET:
        return False
    raise Bad()


def cell_text(cell):
    """Text of a text-like cell for blank tests and comparisons."""
    if cell is None:
        return ""
    if cell[0] == "s":
        return cell[1]
    if cell[0] == "n":
        return cell[1]
    if cell[0] == "b":
        return "TRUE" if cell[1] else "FALSE"
    return cell[2]


def is_blank(cell):
    return cell is None or (cell[0] == "s" and norm(cell[1]) == "")


def parse_header(cell):
    """-> (field key, is_canonical, unit or None) or None."""
    if cell is None or cell[0] != "s":
        return None
    t = norm(cell[1])
    unit = None
    m = re.match(r"^(.*)[(\[【](元|万元|亿元|美元|万美元)[)\]】]$", t)
    if m:
        t, unit = m.group(1), m.group(2)
    hit = HEADER_MAP.get(t)
    if not hit:
        return None
    return hit[0], hit[1], unit


# --------------------------------------------------------------------------
# Reference reader: the whole validation + assessment
# --------------------------------------------------------------------------

class Registry:
    def __init__(self, units):
        # units: list of dicts name,type,group,aliases,targets
        self.units = units
        self.by_key = {}
        shorts = {}
        for u in units:
            shorts.setdefault(self.short(u["name"]), []).append(u["name"])
        self.shared_shorts = {s for s, names in shorts.items() if len(names) > 1}
        for u in units:
            self.by_key[norm(u["name"])] = u["name"]
            for a in u["aliases"]:
                self.by_key.setdefault(norm(a), u["name"])
        self.short_map = {}
        for u in units:
            s = self.short(u["name"])
            if s not in self.shared_shorts:
                self.short_map.setdefault(s, u["name"])

    @staticmethod
    def short(name):
        n = norm(name)
        for suf in ("街道", "镇", "乡"):
            if n.endswith(suf) and len(n) > len(suf):
                return n[: -len(suf)]
        return n

    def match(self, text):
        n = norm(text)
        if n in self.by_key:
            return self.by_key[n]
        if n in self.short_map:
            return self.short_map[n]
        m = n[:-2] if n.endswith("政府") else n
        for suf in ("街道", "镇", "乡"):
            if m.endswith(suf) and len(m) > len(suf):
                m = m[: -len(suf)]
                break
        if m in self.short_map:
            return self.short_map[m]
        return None


def unit_type_by_name(name):
    n = norm(name)
    return "乡镇" if n.endswith(("镇", "乡", "街道")) else "县直单位"


def read_workbook(wb):
    """Independent reading of a generated workbook per the spec.
    Returns (findings, rows, context)."""
    findings = []
    targets = next((s for s in wb.sheets if s.name == "任务分解"), None)
    params = next((s for s in wb.sheets if s.name == "参数"), None)
    units = []
    pre = []  # findings on targets / params sheets

    def add(store, sheet, row, col, field, code):
        store.append({"sheet": sheet.name, "cell": "%s%d" % (col_letter(col), row), "row": row,
                      "field": field, "code": code, "severity": SEVERITY[code], "_col": col})

    if targets:
        hdr = None
        for r in range(1, 16):
            texts = [norm(cell_text(c)) for c in targets.rows.get(r, [])]
            if "单位名称" in texts and "单位类型" in texts:
                hdr = r
                break
        cols = {}
        tmap = {"单位名称": "name", "单位": "name", "单位类型": "type", "类型": "type", "招商团": "group",
                "所属招商团": "group", "别名": "aliases", "简称": "aliases", "项目任务": "projects",
                "项目任务数": "projects", "省外资金任务": "funds", "资金任务": "funds", "境外资金任务": "foreign",
                "外资任务": "foreign"}
        for c, cell in enumerate(targets.rows.get(hdr, [])):
            t = norm(cell_text(cell))
            unit = None
            m = re.match(r"^(.*)[(\[【](元|万元|亿元|美元|万美元)[)\]】]$", t)
            if m:
                t, unit = m.group(1), m.group(2)
            if t in tmap and tmap[t] not in cols:
                cols[tmap[t]] = (c, unit)
        for r in range(hdr + 1, targets.max_row() + 1):
            def g(k, r=r):
                return targets.get(r, cols[k][0]) if k in cols else None
            name = cell_text(g("name")).strip()
            if norm(name) == "" or norm(name).startswith(TOTAL_WORDS) or norm(name).startswith(FOOTER_WORDS):
                continue
            tnorm = norm(cell_text(g("type")))
            utype = {"乡镇": "乡镇", "乡": "乡镇", "镇": "乡镇", "街道": "乡镇", "县直单位": "县直单位",
                     "县直部门": "县直单位", "部门": "县直单位", "县直": "县直单位"}.get(tnorm)
            if utype is None:
                add(pre, targets, r, cols["type"][0], "单位类型", "missing-cell" if tnorm == "" else "enum-error")
                utype = unit_type_by_name(name)
            u = {"name": name, "type": utype, "group": cell_text(g("group")).strip(),
                 "aliases": [a for a in re.split(r"[、,，;；/\s]+", cell_text(g("aliases"))) if a],
                 "projects": None, "funds": None, "foreign": None}
            for k, field, cur, dunit in (("projects", "项目任务", None, None), ("funds", "省外资金任务", "rmb", "亿元"),
                                          ("foreign", "境外资金任务", "usd", "万美元")):
                if k not in cols:
                    continue
                cell = g(k)
                try:
                    if k == "projects":
                        if is_blank(cell):
                            v = None
                        elif cell[0] == "n" and Decimal(cell[1]) == Decimal(cell[1]).to_integral_value():
                            v = int(Decimal(cell[1]))
                        elif cell[0] == "s" and re.match(r"^\d+$", norm(cell[1])):
                            v = int(norm(cell[1]))
                        else:
                            raise Bad()
                    else:
                        v = parse_amount(cell, cols[k][1] or dunit, cur)
                    u[k] = v
                except Bad:
                    add(pre, targets, r, cols[k][0], field, "type-error")
            units.append(u)
    registry = Registry(units) if targets else None

    # parameters
    P = {"县名": "本县", "报告日期": None, "年度": None, "序时进度口径": "按月", "乡镇认定项目下限": 3,
         "县直单位认定项目下限": 1, "省外资金任务": None, "境外资金任务": None, "亿元以上项目任务": None,
         "十亿元以上项目任务": None, "战略性新兴产业项目任务": None, "上年同期省外资金": None,
         "上年同期境外资金": None, "上年同期申报项目数": None, "其他产业类别": []}
    if params:
        for r in sorted(params.rows):
            name = norm(cell_text(params.get(r, 0)))
            cell = params.get(r, 1)
            if name in ("参数", "") or name not in P:
                continue
            try:
                if name == "县名":
                    P[name] = cell_text(cell).strip() or "本县"
                elif name == "报告日期":
                    P[name] = parse_date(cell)
                elif name == "序时进度口径":
                    v = norm(cell_text(cell))
                    if v not in ("按月", "按日"):
                        add(pre, params, r, 1, name, "enum-error")
                    else:
                        P[name] = v
                elif name == "其他产业类别":
                    P[name] = [a for a in re.split(r"[、,，;；/\s]+", cell_text(cell)) if a]
                elif name in ("年度", "乡镇认定项目下限", "县直单位认定项目下限", "亿元以上项目任务", "十亿元以上项目任务",
                              "战略性新兴产业项目任务", "上年同期申报项目数"):
                    if cell is None or cell[0] != "n" or Decimal(cell[1]) != Decimal(cell[1]).to_integral_value():
                        raise Bad()
                    P[name] = int(Decimal(cell[1]))
                else:
                    P[name] = parse_amount(cell, "万美元" if "境外" in name else "亿元",
                                           "usd" if "境外" in name else "rmb")
            except Bad:
                add(pre, params, r, 1, name, "type-error")
    report_date = P["报告日期"]
    year = P["年度"] or report_date.year
    industries = dict(INDUSTRY_SYN)
    for extra in P["其他产业类别"]:
        industries[extra] = [extra]
    industry_map = enum_map(industries)

    # submission sheets
    rows = []
    dup_seen = {}
    sub_findings = []
    sheet_units = {}
    for sheet in wb.sheets:
        if sheet.name in ("任务分解", "参数"):
            continue
        best, best_n = None, 0
        for r in range(1, 16):
            hits = [parse_header(c) for c in sheet.rows.get(r, [])]
            fields = {h[0] for h in hits if h}
            if len(fields) >= 4 and "name" in fields and len(fields) > best_n:
                best, best_n = r, len(fields)
        if best is None:
            continue
        hr = best
        sheet_unit_row = None
        for r in range(1, hr):
            for c in sheet.rows.get(r, []):
                t = norm(cell_text(c))
                m = re.match(r"^(?:金额)?单位:(元|万元|亿元)$", t)
                if m:
                    sheet_unit_row = m.group(1)
        cols = {}
        for c, cell in enumerate(sheet.rows.get(hr, [])):
            h = parse_header(cell)
            if not h:
                continue
            key, canon, unit = h
            if key in cols and (cols[key][1] or not canon):
                continue
            cols[key] = (c, canon, unit)
        col_unit = {}
        for k in AMOUNT_FIELDS:
            if k in cols:
                u = cols[k][2]
                if u is None:
                    u = sheet_unit_row if (FTYPE[k] == "rmb" and sheet_unit_row) else DEFAULT_UNIT[k]
                col_unit[k] = u
        named_unit = None
        if registry:
            named_unit = registry.match(sheet.name)
        else:
            named_unit = sheet.name
        sheet_units[sheet.name] = named_unit
        for k in REQUIRED:
            if k not in cols and not (k == "unit" and named_unit):
                add(sub_findings, sheet, hr, 0, CANON[k], "missing-header")
        # data rows
        data, blanks, total = [], [], None
        last = sheet.max_row()
        r = hr + 1
        # A row holding nothing but its 序号 is blank (workbook.md, "Data rows":
        # township templates come numbered), unless the 序号 cell is a marker word.
        seq_col = cols["seq"][0] if "seq" in cols else None
        while r <= last:
            cells = sheet.rows.get(r, [])
            seq_cell = sheet.get(r, seq_col) if seq_col is not None else None
            seq_marker = seq_cell is not None and seq_cell[0] == "s" and \
                norm(seq_cell[1]).startswith(TOTAL_WORDS + ("小计",) + FOOTER_WORDS)
            if not seq_marker and all(is_blank(c) for i, c in enumerate(cells) if i != seq_col):
                blanks.append(r)
                r += 1
                continue
            label = ""
            for k in ("name", "seq"):
                if k in cols:
                    c = sheet.get(r, cols[k][0])
                    if c is not None and c[0] == "s":
                        t = norm(c[1])
                        if t.startswith(TOTAL_WORDS):
                            label = "total"
                        elif t.startswith("小计") and not label:
                            label = "sub"
            if label == "total":
                total = r
                break
            if label == "sub":
                r += 1
                continue
            first = next((c for c in cells if not is_blank(c)), None)
            if first is not None and norm(cell_text(first)).startswith(FOOTER_WORDS):
                break
            data.append(r)
            r += 1
        for b in blanks:
            if data and data[0] < b < data[-1]:
                add(sub_findings, sheet, b, 0, "", "blank-row")
        sums = {k: Decimal(0) for k in AMOUNT_FIELDS}
        for r in data:
            rec = {"sheet": sheet.name, "row": r}
            fl = []

            def f(key, code, col=None):
                fl.append((key, code, col))

            def cell(key):
                return sheet.get(r, cols[key][0]) if key in cols else None

            bad = set()
            val = {}
            for k in FIELD_KEYS:
                if k not in cols:
                    val[k] = None
                    continue
                c = cell(k)
                t = FTYPE[k]
                try:
                    if t in ("rmb", "usd"):
                        v = parse_amount(c, col_unit[k], t)
                    elif t == "date":
                        v = parse_date(c)
                    elif t == "yesno":
                        v = parse_yesno(c)
                    elif t in ("nature", "industry", "status"):
                        if is_blank(c):
                            v = None
                        else:
                            if c[0] == "e":
                                raise Bad()
                            mp = {"nature": NATURE_MAP, "industry": industry_map, "status": STATUS_MAP}[t]
                            v = mp.get(norm(cell_text(c)))
                            if v is None:
                                f(k, "enum-error")
                                bad.add(k)
                    elif t == "int":
                        v = None if is_blank(c) else c
                    else:
                        if c is not None and c[0] == "e":
                            raise Bad()
                        v = None if is_blank(c) else cell_text(c)
                except Bad:
                    f(k, "type-error")
                    bad.add(k)
                    v = None
                val[k] = v
            for k in REQUIRED:
                if k in cols and k not in bad and is_blank(cell(k)):
                    if k == "unit" and named_unit:
                        continue
                    f(k, "missing-cell")
            # unit
            unit_name = None
            if "unit" in cols and not is_blank(cell("unit")) and "unit" not in bad:
                raw = cell_text(cell("unit")).strip()
                if registry:
                    unit_name = registry.match(raw)
                    if unit_name is None:
                        f("unit", "unknown-unit")
                        unit_name = ("?", raw)
                else:
                    unit_name = raw
            elif named_unit:
                unit_name = named_unit
            rec["unit"] = unit_name
            # amounts in 亿元 / 万美元 / 万元
            conv = {}
            for k in AMOUNT_FIELDS:
                v = val[k]
                if v is None:
                    conv[k] = None
                    continue
                if FTYPE[k] == "rmb":
                    conv[k] = v * RMB_FACTOR[col_unit[k]] / RMB_FACTOR[DEFAULT_UNIT[k]]
                else:
                    conv[k] = v * USD_FACTOR[col_unit[k]] / USD_FACTOR["万美元"]
                sums[k] += v
            cons_bad = set()
            for k in AMOUNT_FIELDS:
                if conv[k] is not None and conv[k] < 0:
                    f(k, "constraint-error")
                    cons_bad.add(k)
            if conv["investment"] is not None and conv["investment"] == 0:
                f("investment", "constraint-error")
                cons_bad.add("investment")
            if (conv["investment"] is not None and "investment" not in cons_bad and "funds" not in cons_bad
                    and "funds" not in bad and (conv["funds"] or 0) > conv["investment"]):
                f("funds", "constraint-error")
            for k in ("investment", "funds", "hq_tax"):
                if k in col_unit and col_unit[k] == "亿元" and val[k] is not None and val[k] >= 100:
                    f(k, "unit-suspect")
            dates = {k: val[k] for k in ("signed_on", "started_on", "producing_on")}
            for k, d in dates.items():
                if d is not None and d > report_date:
                    f(k, "future-date")
            if dates["signed_on"] and dates["started_on"] and dates["started_on"] < dates["signed_on"]:
                f("started_on", "date-order")
            if dates["started_on"] and dates["producing_on"] and dates["producing_on"] < dates["started_on"]:
                f("producing_on", "date-order")
            st = val["status"]
            if st is not None:
                lvl = STATUS_ORDER.index(st)

                def absent(k):
                    return k not in cols

                def missing(k):
                    return k not in bad and dates[k] is None

                def conflict(k):
                    f("status" if absent(k) else k, "status-conflict")
                if lvl >= 1 and missing("signed_on"):
                    conflict("signed_on")
                if lvl >= 2 and missing("started_on"):
                    conflict("started_on")
                if lvl == 3 and missing("producing_on"):
                    conflict("producing_on")
                if lvl <= 1 and dates["started_on"] is not None:
                    f("started_on", "status-conflict")
                if lvl != 3 and dates["producing_on"] is not None:
                    f("producing_on", "status-conflict")
            if conv["funds"] is not None and conv["funds"] > 0 and (val["evidence"] is None):
                f("evidence" if "evidence" in cols else "funds", "evidence-missing")
            dup = False
            if val["name"] is not None:
                key = (norm(val["name"]), norm(val["investor"] or ""))
                if key in dup_seen:
                    f("name", "duplicate-row")
                    dup = True
                else:
                    dup_seen[key] = (sheet.name, r)
            for key, code, _ in fl:
                add(sub_findings, sheet, r, cols[key][0], CANON[key], code)
            rec.update({"dup": dup, "nature": val["nature"], "industry": val["industry"],
                        "status": val["status"], "emerging": bool(val["emerging"]),
                        "recognized": bool(val["recognized"]), "investment": conv["investment"],
                        "funds": conv["funds"] or Decimal(0), "foreign": conv["foreign"] or Decimal(0),
                        "hq_tax": conv["hq_tax"] or Decimal(0), "evidence": val["evidence"],
                        "name": val["name"]})
            rows.append(rec)
        if total is not None:
            for k in AMOUNT_FIELDS:
                if k in cols:
                    c = sheet.get(total, cols[k][0])
                    try:
                        v = parse_amount(c, col_unit[k], FTYPE[k])
                    except Bad:
                        v = None
                    if v is not None and abs(v - sums[k]) > Decimal("0.005"):
                        add(sub_findings, sheet, total, cols[k][0], CANON[k], "total-mismatch")
    order = {s.name: i for i, s in enumerate(wb.sheets)}

    def key(x):
        return (order[x["sheet"]], x["row"], x["_col"], CODE_ORDER[x["code"]])
    pre.sort(key=key)
    sub_findings.sort(key=lambda x: key(x) + (FIELD_ORDER.get(
        next((k for k, c in CANON.items() if c == x["field"]), "seq"), 0),))
    findings = pre + sub_findings
    for x in findings:
        del x["_col"]
    ctx = {"registry": registry, "units": units, "params": P, "year": year, "report_date": report_date,
           "industries": list(industries), "sheet_units": sheet_units}
    return findings, rows, ctx


def schedule_progress(d, year, basis):
    if d.year < year:
        return Decimal(0)
    if d.year > year:
        return Decimal(1)
    if basis == "按日":
        days = 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
        return Decimal(d.timetuple().tm_yday) / Decimal(days)
    last = (d + dt.timedelta(days=1)).month != d.month
    m = d.month if last else d.month - 1
    return Decimal(m) / Decimal(12)


def assess(findings, rows, ctx):
    P = ctx["params"]
    prog = schedule_progress(ctx["report_date"], ctx["year"], P["序时进度口径"])
    industries = ctx["industries"]
    units = []
    index = {}
    for u in ctx["units"]:
        if u["type"] == "乡镇":
            units.append(u)
    for u in ctx["units"]:
        if u["type"] != "乡镇":
            units.append(u)
    out = []
    for u in units:
        e = {"单位名称": u["name"], "单位类型": u["type"], "招商团": u["group"], "registered": True,
             "项目任务": u["projects"], "省外资金任务(亿元)": u["funds"], "境外资金任务(万美元)": u["foreign"], "_rows": []}
        index[u["name"]] = e
        out.append(e)
    for r in rows:
        un = r["unit"]
        if isinstance(un, tuple):
            k = ("?", norm(un[1]))
            if k not in index:
                e = {"单位名称": un[1], "单位类型": unit_type_by_name(un[1]), "招商团": "", "registered": False,
                     "项目任务": None, "省外资金任务(亿元)": None, "境外资金任务(万美元)": None, "_rows": []}
                index[k] = e
                out.append(e)
            r["_unit"] = index[k]
        elif un is None:
            r["_unit"] = None
        else:
            if un not in index:  # no targets sheet
                e = {"单位名称": un, "单位类型": unit_type_by_name(un), "招商团": "", "registered": False,
                     "项目任务": None, "省外资金任务(亿元)": None, "境外资金任务(万美元)": None, "_rows": []}
                index[un] = e
                out.append(e)
            r["_unit"] = index[un]
    counted = [r for r in rows if not r["dup"]]
    for r in counted:
        if r["_unit"] is not None:
            r["_unit"]["_rows"].append(r)

    def figures(rs):
        new = [r for r in rs if r["nature"] in ("新签约", "新建")]
        big = [r for r in new if r["status"] not in (None, "在谈") and r["investment"] is not None
               and r["investment"] >= 1]
        fig = {
            "申报项目数": len(rs),
            "新签约或新建": len(new),
            "续建": sum(1 for r in rs if r["nature"] == "续建"),
            "认定项目数": sum(1 for r in rs if r["recognized"]),
            "落地项目数": sum(1 for r in new if r["status"] in ("已开工", "已投产")),
            "亿元以上项目数": len(big),
            "十亿元以上项目数": sum(1 for r in big if r["investment"] >= 10),
            "战略性新兴产业项目数": sum(1 for r in big if r["emerging"]),
            "亿元以上已开工": sum(1 for r in big if r["status"] == "已开工"),
            "亿元以上已投产": sum(1 for r in big if r["status"] == "已投产"),
            "亿元以上未开工": sum(1 for r in big if r["status"] == "已签约"),
            "省外资金(亿元)": sum((r["funds"] for r in rs), Decimal(0)),
            "境外资金(万美元)": sum((r["foreign"] for r in rs), Decimal(0)),
            "总部经济项目数": sum(1 for r in rs if r["industry"] == "总部经济"),
            "总部经济引税额(万元)": sum((r["hq_tax"] for r in rs), Decimal(0)),
            "认定项目数按产业": {ind: sum(1 for r in rs if r["recognized"] and r["industry"] == ind)
                          for ind in industries},
        }
        signed_plus = [r for r in new if r["status"] in ("已签约", "已开工", "已投产")]
        fig["_开工率分母"] = len(signed_plus)
        fig["_big"] = big
        return fig

    def rate(a, t):
        return (Decimal(a) / Decimal(t)) if (t is not None and t > 0) else None

    for e in out:
        rs = e.pop("_rows")
        fig = figures(rs)
        fig.pop("_big")
        fig.pop("_开工率分母")
        e.update(fig)
        e["完成率"] = rate(e["省外资金(亿元)"], e["省外资金任务(亿元)"])
        e["超序时进度"] = (e["完成率"] - prog) if e["完成率"] is not None else None
        e["项目完成率"] = rate(e["认定项目数"], e["项目任务"])
        e["境外资金完成率"] = rate(e["境外资金(万美元)"], e["境外资金任务(万美元)"])
        flags = []
        thr = P["乡镇认定项目下限"] if e["单位类型"] == "乡镇" else P["县直单位认定项目下限"]
        if e["申报项目数"] == 0:
            flags.append("no-projects")
        elif e["认定项目数"] < thr:
            flags.append("few-recognized")
        if e["申报项目数"] > 0 and not any(r["funds"] > 0 and r["evidence"] is not None for r in rs):
            flags.append("no-evidence")
        if e["省外资金任务(亿元)"] is not None and e["省外资金任务(亿元)"] > 0 and e["完成率"] < prog:
            flags.append("behind-schedule")
        if e["项目任务"] is not None and e["项目任务"] > 0 and e["项目完成率"] < prog:
            flags.append("behind-projects")
        if not e["registered"] and ctx["registry"] is not None:
            flags.append("unregistered")
        e["问题"] = flags
    county = figures(counted)
    big = county.pop("_big")
    denom = county.pop("_开工率分母")
    reg_units = ctx["units"]

    def sum_targets(k):
        vals = [u[k] for u in reg_units if u[k] is not None]
        return sum(vals, Decimal(0)) if vals else None
    ftarget = P["省外资金任务"] if P["省外资金任务"] is not None else sum_targets("funds")
    otarget = P["境外资金任务"] if P["境外资金任务"] is not None else sum_targets("foreign")
    county["省外资金任务(亿元)"] = ftarget
    county["境外资金任务(万美元)"] = otarget
    county["项目任务"] = sum_targets("projects")
    if county["项目任务"] is not None:
        county["项目任务"] = int(county["项目任务"])
    county["完成率"] = rate(county["省外资金(亿元)"], ftarget)
    county["超序时进度"] = county["完成率"] - prog if county["完成率"] is not None else None
    county["境外资金完成率"] = rate(county["境外资金(万美元)"], otarget)
    county["项目开工率"] = rate(county["落地项目数"], denom)
    for label, fig, task in (("亿元以上项目", "亿元以上项目数", "亿元以上项目任务"),
                             ("十亿元以上项目", "十亿元以上项目数", "十亿元以上项目任务"),
                             ("战略性新兴产业项目", "战略性新兴产业项目数", "战略性新兴产业项目任务")):
        c = rate(county[fig], P[task])
        county[label + "完成率"] = c
        county[label + "超序时进度"] = c - prog if c is not None else None

    def yoy(now, last):
        return (Decimal(now) - last) / last if (last is not None and last != 0) else None
    county["申报项目同比"] = yoy(county["申报项目数"], P["上年同期申报项目数"])
    county["省外资金同比"] = yoy(county["省外资金(亿元)"], P["上年同期省外资金"])
    county["境外资金同比"] = yoy(county["境外资金(万美元)"], P["上年同期境外资金"])
    county["校验错误数"] = sum(1 for x in findings if x["severity"] == "错误")
    county["校验警告数"] = sum(1 for x in findings if x["severity"] == "警告")
    big_list = [{"项目名称": r["name"], "申报单位": (r["_unit"]["单位名称"] if r["_unit"] else ""),
                 "总投资(亿元)": r["investment"], "项目进展": r["status"], "战略性新兴产业": "是" if r["emerging"] else "否",
                 "sheet": r["sheet"], "row": r["row"]} for r in big]
    return {"序时进度": prog, "序时进度口径": P["序时进度口径"], "units": out, "county": county,
            "亿元以上项目清单": big_list}
