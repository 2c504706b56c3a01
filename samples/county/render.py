"""Rendering: projects -> the cells of one submission sheet in that sheet's
habits; the targets (任务分解) and parameters (参数) sheets."""

import datetime as dt
import re
from decimal import Decimal

from .factory import person, wchoice
from .reference_reader import Bad, RMB_FACTOR, USD_FACTOR, parse_amount, parse_date
from .spec import (
    AMOUNT_FIELDS, CANON, DEFAULT_UNIT, FIELDS, FTYPE, INDUSTRY_SYN, NATURE_SYN, STATUS_SYN,
    fullwidth_digits, to_trad)
from .taihu import ALIASES
from .workbook import N, S, Sheet, col_letter, dec_str, serial

# --------------------------------------------------------------------------
# Rendering: a project -> cells of one sheet, in that sheet's habits
# --------------------------------------------------------------------------


class Style:
    """The habits of one submitting office."""

    def __init__(self, rng, plain=False, trad=False, bench=False):
        self.rng = rng
        self.plain = plain
        self.trad = trad
        self.bench = bench
        r = rng.random
        self.title = not plain and r() < 0.85
        self.date_line = self.title and r() < 0.7
        self.unit_row = None if plain else wchoice(rng, [(None, 55), ("万元", 40), ("亿元", 5)])
        self.unit_row_label = rng.choice(["单位：{u}", "金额单位：{u}", "单位：{u}"])
        self.header_units = not plain and r() < 0.35
        self.alias_p = 0 if plain else rng.choice([0.0, 0.2, 0.5, 0.8])
        self.enum_syn_p = 0 if plain else rng.choice([0.0, 0.15, 0.4])
        self.text_amount_p = 0 if plain else rng.choice([0.0, 0.05, 0.12, 0.25])
        if bench:
            self.text_amount_p = min(self.text_amount_p, 0.05)
        self.date_forms = ["serial1"] if plain else rng.sample(
            ["serial1", "serial2", "serial3", "ymdnum", "iso", "slash", "dot", "cn", "compact",
             "mon_dot", "mon_cn", "mon_iso"], rng.randint(1, 4))
        self.yes_no = (("是", "否") if plain else
                       rng.choice([("是", "否"), ("是", None), ("√", None), ("Y", "N"), (True, False), (1, 0),
                                   ("✓", None), ("是", "否"), ("√", "×")]))
        self.total = not plain and r() < 0.55
        self.total_in_seq = r() < 0.5
        self.total_label = rng.choice(["合计", "合　计", "总计", "合计："])
        self.subtotals = not plain and not bench and r() < 0.2
        self.footer = not plain and r() < 0.6
        self.money_fmt = r() < 0.3
        self.merge_title = r() < 0.8


HEADER_TRAD_OK = True


def header_text(rng, key, style, unit=None):
    canon = CANON[key]
    aliases = [a for a in next(f[2] for f in FIELDS if f[0] == key)]
    if key == "unit":
        aliases = [a for a in aliases if a not in ("单位名称",)]
    txt = canon
    if aliases and rng.random() < style.alias_p:
        txt = rng.choice(aliases)
    if unit:
        txt += rng.choice(["（%s）", "(%s)", "（%s）"]) % unit
    if not style.plain and rng.random() < 0.08 and len(txt) >= 6:
        txt = txt[:len(txt) // 2] + "\n" + txt[len(txt) // 2:]
    if style.trad:
        txt = to_trad(txt)
    return txt


def render_date(rng, d, style):
    """Cell for date d in one of the sheet's habitual forms (month forms read as the 1st)."""
    form = rng.choice(style.date_forms)
    if form == "serial1":
        return N(serial(d), "date1")
    if form == "serial2":
        return N(serial(d), "date2")
    if form == "serial3":
        return N(serial(d), "date3")
    if form == "ymdnum":
        return N(d.year * 10000 + d.month * 100 + d.day)
    if form == "iso":
        return S(d.isoformat())
    if form == "slash":
        return S("%d/%d/%d" % (d.year, d.month, d.day))
    if form == "dot":
        return S("%d.%d.%d" % (d.year, d.month, d.day))
    if form == "cn":
        return S("%d年%d月%d日" % (d.year, d.month, d.day))
    if form == "compact":
        return S(d.strftime("%Y%m%d"))
    if form == "mon_dot":
        return S("%d.%d" % (d.year, d.month))
    if form == "mon_cn":
        return S("%d年%d月" % (d.year, d.month))
    return S("%d-%02d" % (d.year, d.month))


def render_amount(rng, wan, col_unit, currency, style, fmt_ok=True):
    """wan: Decimal/int in 万元 (rmb) or 万美元 (usd)."""
    wan = Decimal(wan)
    if currency == "rmb":
        v = wan * Decimal(10000) / RMB_FACTOR[col_unit]
    else:
        v = wan * Decimal(10000) / USD_FACTOR[col_unit]
    if rng.random() >= style.text_amount_p:
        return N(v, "money" if (style.money_fmt and fmt_ok and col_unit != "亿元") else
                 ("dec4" if col_unit == "亿元" and style.money_fmt else None))
    choices = ["plain"]
    if abs(v) >= 1000:
        choices.append("sep")
    choices.append("full")
    if currency == "rmb":
        choices += ["wanyuan", "wan"]
        if wan % 1000 == 0 and wan >= 10000:
            choices.append("yi")
    else:
        choices.append("wanusd")
    c = rng.choice(choices)
    if c == "plain":
        return S(dec_str(v))
    if c == "sep":
        ip, _, fp = dec_str(v).partition(".")
        return S("{:,}".format(int(ip)) + ("." + fp if fp else ""))
    if c == "full":
        return S(fullwidth_digits(dec_str(v)))
    if c == "wanyuan":
        return S(("{:,}".format(int(wan)) if wan == int(wan) and rng.random() < 0.5 else dec_str(wan)) + "万元")
    if c == "wan":
        return S(dec_str(wan) + "万")
    if c == "yi":
        return S(dec_str(wan / 10000) + rng.choice(["亿", "亿元"]))
    return S(dec_str(wan) + "万美元")


def enum_text(rng, canon, syn, style):
    t = canon
    if rng.random() < style.enum_syn_p:
        t = rng.choice(syn[canon])
    return to_trad(t) if style.trad else t


def unit_cell_text(rng, unit, style, on_named_sheet, registry_units):
    if on_named_sheet:
        c = wchoice(rng, [("blank", 35), ("name", 33), ("short", 12), ("gov", 8), ("alias", 8), ("trad", 4)])
    else:
        c = wchoice(rng, [("name", 70), ("short", 10), ("alias", 20)])
    if c == "blank":
        return None
    if c == "short" and unit.endswith(("镇", "乡")):
        t = unit[:-1]
    elif c == "gov" and unit.endswith(("镇", "乡")):
        t = unit + "政府"
    elif c == "alias" and ALIASES.get(unit):
        t = rng.choice(re.split("[、]", ALIASES[unit]))
    elif c == "trad":
        t = to_trad(unit)
    else:
        t = unit
    return to_trad(t) if style.trad else t


def yesno_cell(rng, v, style):
    y, n = style.yes_no
    val = y if v else n
    if val is None:
        return None
    if isinstance(val, bool):
        return ("b", val)
    if isinstance(val, int):
        return N(val)
    return S(val)


# --------------------------------------------------------------------------
# Sheet layout
# --------------------------------------------------------------------------

BASE_ORDER = ["seq", "name", "unit", "nature", "industry", "emerging", "investment", "funds", "foreign", "status",
              "signed_on", "started_on", "producing_on", "recognized", "evidence", "investor", "origin", "leader",
              "hq_tax", "remark"]


def choose_columns(rng, style, need_unit, drop=(), extra=True, projects=()):
    need_unit = need_unit or any(p.get("_need_unit") for p in projects)
    cols = list(BASE_ORDER)
    if not need_unit and rng.random() < 0.45:
        cols.remove("unit")
    optional = ["seq", "emerging", "origin", "leader", "remark"]
    if not any(p.get("foreign") for p in projects):
        optional.append("foreign")
    if not any(p.get("hq_tax") for p in projects):
        optional.append("hq_tax")
    if not style.plain:
        for k in optional:
            if rng.random() < 0.2:
                cols.remove(k)
    for k in drop:
        if k in cols:
            cols.remove(k)
    if not style.plain:
        r = rng.random()
        if r < 0.4:  # investor right after the name
            for k in ("origin", "investor"):
                if k in cols:
                    cols.remove(k)
                    cols.insert(cols.index("name") + 1, k)
        elif r < 0.55:
            if "status" in cols:
                cols.remove("status")
                cols.insert(cols.index("investment"), "status")
        if rng.random() < 0.3 and "recognized" in cols and "industry" in cols:
            cols.remove("recognized")
            cols.insert(cols.index("industry") + 1, "recognized")
    if extra and not style.plain:
        if rng.random() < 0.3:
            cols.insert(cols.index("name") + 1, "x建设内容")
        if rng.random() < 0.35:
            cols.append("x联系人")
            if rng.random() < 0.5:
                cols.append("x手机号码")
        if rng.random() < 0.15:
            cols.insert(cols.index("name") + 1, "x建设地点")
    return cols


def extra_value(rng, key, p, unit):
    if key == "x建设内容":
        return rng.choice({
            "工业": ["新建标准化厂房及配套设施", "购置生产设备、建设生产线", "改造提升现有厂房"],
            "科技": ["建设研发楼及检测中心", "购置研发及检测设备"],
            "农业": ["建设种植基地及加工车间", "建设养殖场及配套设施", "建设仓储及烘干设施"],
            "文旅": ["建设游客服务中心、民宿等", "景区道路及配套设施提升", "建设康养及休闲设施"],
            "服务业": ["建设仓储及物流配送中心", "建设商业用房及配套设施"],
            "商贸": ["建设商业用房及配套设施"], "总部经济": ["设立区域总部及结算中心"],
        }.get(p["industry"], ["建设主体工程及配套设施"]))
    if key == "x联系人":
        return person(rng)
    if key == "x手机号码":
        return "1%d%08d" % (rng.choice([33, 35, 37, 38, 39, 51, 55, 58, 77, 80, 89]), rng.randint(0, 99999999))
    if key == "x建设地点":
        return (unit if unit.endswith(("镇", "乡")) else "太湖经济开发区") + rng.choice(["", "工业集中区", "某村"])
    return None


def build_submission(rng, wb, sheet_name, unit_of_sheet, projects, style, cols, plants, ctx, title=None,
                     canon=()):
    """Lay out a submission sheet; plants: list of dicts applied to projects.
    Returns expected findings list (sheet,row,field,code) for the planted ones."""
    sh = wb.add(Sheet(sheet_name, "submission"))
    expected = []
    report_date = ctx["report_date"]
    ncols = len(cols)
    r = 1
    label = unit_of_sheet or "县直单位"
    if style.title:
        t = title or rng.choice(["{u}招商引资项目申报表", "{u}{y}年招商引资项目情况表", "{u}{y}年1-{m}月招商引资项目统计表",
                                 "{y}年{u}招商引资项目申报汇总表"]).format(u=label, y=ctx["year"], m=report_date.month)
        sh.set(r, 0, S(to_trad(t) if style.trad else t), "title")
        if style.merge_title and ncols > 1:
            sh.merges.append("A%d:%s%d" % (r, col_letter(ncols - 1), r))
        r += 1
    col_units = {}
    for k in AMOUNT_FIELDS:
        col_units[k] = DEFAULT_UNIT[k]
    if any(p.get("_need_yi") for p in projects):
        style.unit_row = None
        style.header_units = False
    unit_row = style.unit_row
    if unit_row:
        for k in ("investment", "funds", "hq_tax"):
            col_units[k] = unit_row
    header_unit = {}
    if style.header_units:
        for k in ("investment", "funds", "foreign", "hq_tax"):
            if k in cols and rng.random() < 0.7:
                u = {"investment": ["万元", "亿元"], "funds": ["万元", "亿元"], "foreign": ["万美元", "美元"],
                     "hq_tax": ["万元"]}[k]
                header_unit[k] = rng.choice(u)
                col_units[k] = header_unit[k]
    for pl in plants:
        if pl.get("col_units"):
            for k, u in pl["col_units"].items():
                header_unit[k] = u
                col_units[k] = u
    if style.date_line or unit_row:
        line = []
        if style.date_line:
            dline = rng.choice(["填报日期：{y}年{m}月", "填报日期：{y}年{m}月{d}日", "填报单位（盖章）：{u}　　　　填报日期：{y}年{m}月"])
            nd = report_date + dt.timedelta(days=rng.randint(1, 4))
            line.append((0, dline.format(y=nd.year, m=nd.month, d=nd.day, u=label)))
        if unit_row:
            line.append((max(ncols - 2, 1) if line else 0, style.unit_row_label.format(u=unit_row)))
        for c, t in line:
            sh.set(r, c, S(to_trad(t) if style.trad else t))
        r += 1
    hr = r
    sh.header_row = hr
    for c, k in enumerate(cols):
        if k.startswith("x"):
            t = k[1:]
            sh.set(hr, c, S(to_trad(t) if style.trad else t), "header")
        elif k.startswith("!"):
            sh.set(hr, c, S(k[1:]), "header")
        else:
            if k in canon:
                sh.set(hr, c, S(CANON[k] + ("（%s）" % header_unit[k] if k in header_unit else "")), "header")
            else:
                sh.set(hr, c, S(header_text(rng, k, style, header_unit.get(k))), "header")
    for pl in plants:
        if pl["kind"] == "missing-header":
            expected.append((sheet_name, hr, 0, CANON[pl["field"]], "missing-header"))
    r = hr + 1
    seq = 0
    registry_units = ctx.get("unit_names", [])
    colidx = {k: i for i, k in enumerate(cols)}
    data_rows = []  # (row, project)
    # optional grouping with subtotals
    groups = [projects]
    if style.subtotals:
        order = {"新签约": 0, "新建": 1, "续建": 2}
        groups = []
        for nat in ("新签约", "新建", "续建"):
            g = [p for p in projects if p["nature"] == nat]
            if g:
                groups.append(g)
        rest = [p for p in projects if p["nature"] not in order]
        if rest:
            groups[-1:] = [groups[-1] + rest] if groups else [rest]
    for gi, group in enumerate(groups):
        grow = []
        for p in group:
            if p.get("_blank_before") and data_rows:
                expected.append((sheet_name, r, 0, "", "blank-row"))
                r += 1
            seq += 1
            cells = render_project(rng, p, cols, col_units, style, unit_of_sheet, seq, registry_units)
            for c, cell in enumerate(cells):
                if cell is not None:
                    sh.set(r, c, cell)
            if r not in sh.rows:
                sh.rows[r] = []
            for fld, code in p.get("_expect", []):
                expected.append((sheet_name, r, colidx.get(fld, 0), CANON.get(fld, ""), code))
            p["_at"] = (sheet_name, r, colidx.get("name", 0))
            data_rows.append((r, p))
            grow.append((r, p))
            r += 1
        if style.subtotals and len(groups) > 1:
            lbl_col = colidx["name"] if (not style.total_in_seq or "seq" not in colidx) else colidx["seq"]
            sh.set(r, lbl_col, S("小计"))
            for k in AMOUNT_FIELDS:
                if k in colidx:
                    tot = sum_cells(sh, [x for x, _ in grow], colidx[k], col_units[k], FTYPE[k])
                    if tot:
                        sh.set(r, colidx[k], N(tot))
            r += 1
    total_row = None
    if style.total or any(pl["kind"] == "total-mismatch" for pl in plants):
        lbl_col = colidx["seq"] if (style.total_in_seq and "seq" in colidx) else colidx["name"]
        sh.set(r, lbl_col, S(style.total_label))
        total_row = r
        for k in AMOUNT_FIELDS:
            if k in colidx:
                tot = sum_cells(sh, [x for x, _ in data_rows], colidx[k], col_units[k], FTYPE[k])
                for pl in plants:
                    if pl["kind"] == "total-mismatch" and pl["field"] == k:
                        tot += pl["delta"]
                        expected.append((sheet_name, r, colidx[k], CANON[k], "total-mismatch"))
                if tot or rng.random() < 0.5:
                    sh.set(r, colidx[k], N(tot))
        r += 1
    if style.footer:
        if total_row is not None and rng.random() < 0.5:
            r += 1
        if total_row is not None or rng.random() < 0.7:
            ft = rng.choice(["填表人：{a}　　　　审核人：{b}　　　　联系电话：0556-41{n}",
                             "填报人：{a}　　联系电话：1{m}", "注：本表由各乡镇、县直单位于每月25日前报送县招商局。",
                             "制表人：{a}　　　　审核人：{b}"]).format(a=person(rng), b=person(rng),
                                                                    n=rng.randint(10000, 99999),
                                                                    m=rng.randint(3000000000, 9999999999))
            sh.set(r, 0, S(to_trad(ft) if style.trad else ft))
            r += 1
    for c, k in enumerate(cols):
        sh.widths[c] = {"name": 34, "investor": 30, "evidence": 26, "remark": 18, "x建设内容": 26,
                        "origin": 12, "unit": 12}.get(k, 11)
    return sh, expected


def sum_cells(sh, rows, col, unit, currency):
    tot = Decimal(0)
    for r in rows:
        try:
            v = parse_amount(sh.get(r, col), unit, currency)
        except Bad:
            v = None
        if v is not None:
            tot += v
    return tot


def render_project(rng, p, cols, col_units, style, unit_of_sheet, seq, registry_units):
    over = p.get("_cells", {})
    # dates first, in their logical order, so that a month-precision form
    # (read as the 1st of the month) never puts a date before the previous one
    dcells, prev = {}, None
    for k in ("signed_on", "started_on", "producing_on"):
        if k in over:
            continue
        d = p[k]
        if d is None:
            dcells[k] = None
            continue
        cell = render_date(rng, d, style)
        eff = parse_date(cell)
        if prev is not None and eff < prev:
            cell, eff = S(d.isoformat()), d
        dcells[k], prev = cell, eff
    cells = []
    for k in cols:
        if k in over:
            cells.append(over[k])
            continue
        if k.startswith("x") or k.startswith("!"):
            v = p.get("_extra", {}).get(k)
            if v is None:
                v = extra_value(rng, k, p, p["unit"])
            if isinstance(v, str) and style.trad:
                v = to_trad(v)
            cells.append(v if isinstance(v, tuple) else (S(v) if v is not None else None))
            continue
        if k == "seq":
            cells.append(N(seq))
        elif k == "name":
            t = p["name"]
            cells.append(S(to_trad(t) if style.trad else t))
        elif k == "unit":
            on_named = unit_of_sheet is not None
            t = unit_cell_text(rng, p["unit"], style, on_named, registry_units)
            if p.get("_unit_text"):
                t = p["_unit_text"]
            cells.append(S(t) if t is not None else None)
        elif k == "nature":
            cells.append(S(enum_text(rng, p["nature"], NATURE_SYN, style)))
        elif k == "industry":
            syn = dict(INDUSTRY_SYN)
            syn.setdefault(p["industry"], [p["industry"]])
            cells.append(S(enum_text(rng, p["industry"], syn, style)))
        elif k == "status":
            cells.append(S(enum_text(rng, p["status"], STATUS_SYN, style)))
        elif k in ("emerging", "recognized"):
            cells.append(yesno_cell(rng, p[k], style))
        elif k in ("investment", "funds", "hq_tax"):
            v = p[k]
            if k != "investment" and not v:
                cells.append(None if rng.random() < 0.85 or style.plain else N(0))
            else:
                cells.append(render_amount(rng, v, col_units[k], "rmb", style))
        elif k == "foreign":
            v = p[k]
            cells.append(None if not v else render_amount(rng, v, col_units[k], "usd", style))
        elif k in ("signed_on", "started_on", "producing_on"):
            cells.append(dcells[k])
        elif k in ("evidence", "investor", "origin", "leader", "remark"):
            t = p.get(k)
            cells.append(S(to_trad(t) if style.trad else t) if t else None)
        else:
            cells.append(None)
    return cells


# --------------------------------------------------------------------------
# Targets and parameters sheets
# --------------------------------------------------------------------------

def build_targets(wb, units, bad=None, header_units=True, title=True, total=True):
    sh = wb.add(Sheet("任务分解", "targets"))
    r = 1
    hdr = ["单位名称", "单位类型", "招商团", "别名", "项目任务",
           "省外资金任务（亿元）" if header_units else "省外资金任务",
           "境外资金任务（万美元）" if header_units else "境外资金任务"]
    if title:
        sh.set(1, 0, S("太湖县2026年度招商引资目标任务分解表"), "title")
        sh.merges.append("A1:G1")
        r = 2
    sh.header_row = r
    for c, h in enumerate(hdr):
        sh.set(r, c, S(h), "header")
    expected = []
    tp = tf = tfo = 0
    for u in units:
        r += 1
        sh.set(r, 0, S(u["name"]))
        sh.set(r, 1, S(u["type_text"]))
        sh.set(r, 2, S(u["group"]))
        if u.get("aliases"):
            sh.set(r, 3, S(u["aliases"]))
        if bad and bad.get("unit") == u["name"]:
            sh.set(r, 4, S(bad["value"]))
            expected.append(("任务分解", r, 4, "项目任务", "type-error"))
        else:
            sh.set(r, 4, N(u["projects"]))
            tp += u["projects"]
        sh.set(r, 5, N(u["funds"]))
        sh.set(r, 6, N(u["foreign"]))
        tf += u["funds"]
        tfo += u["foreign"]
    if total:
        r += 1
        sh.set(r, 0, S("合计"))
        sh.set(r, 4, N(tp))
        sh.set(r, 5, N(tf))
        sh.set(r, 6, N(tfo))
    sh.widths = {0: 16, 1: 10, 2: 12, 3: 24, 4: 10, 5: 16, 6: 18}
    return sh, expected


def build_params(wb, rows, bad=()):
    sh = wb.add(Sheet("参数", "parameters"))
    sh.header_row = 1
    sh.set(1, 0, S("参数"), "header")
    sh.set(1, 1, S("值"), "header")
    sh.set(1, 2, S("说明"), "header")
    expected = []
    r = 1
    for name, val, note in rows:
        r += 1
        sh.set(r, 0, S(name))
        if isinstance(val, dt.date):
            sh.set(r, 1, N(serial(val), "date1"))
        elif isinstance(val, str):
            sh.set(r, 1, S(val))
        elif val is not None:
            sh.set(r, 1, N(val))
        if note:
            sh.set(r, 2, S(note))
        for bname, code in bad:
            if bname == name:
                expected.append(("参数", r, 1, name, code))
    sh.widths = {0: 24, 1: 16, 2: 40}
    return sh, expected
