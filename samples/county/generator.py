"""The sample workbooks (small, county, clean, bench): built, checked against
the reference reader, written with their ledger."""

import datetime as dt
import os
import random
import time
from decimal import Decimal

from .factory import Factory, assign_unit_money
from .ledger import dump_ledger, ledger_json
from .recipes import duplicate_of, plant
from .reference_reader import assess, read_workbook, unit_type_by_name
from .render import Style, build_params, build_submission, build_targets, choose_columns
from .spec import to_trad
from .taihu import ALIASES, DEPTS, EXTRA_DEPTS, GROUPS, TOWNS
from .workbook import N, S, Sheet, Workbook, col_letter
from .writers import convert_to_ods, write_xlsx

SEED = 20261031
WORKBOOKS = ("small", "county", "clean", "bench")


# --------------------------------------------------------------------------
# The workbooks
# --------------------------------------------------------------------------

REPORT_DATE = dt.date(2026, 10, 31)
YEAR = 2026


def unit_registry(rng, towns, depts, bad_targets_unit=None, type_variety=False):
    units = []
    for i, t in enumerate(towns):
        tt = "乡镇"
        if type_variety and rng.random() < 0.3:
            tt = "镇" if t.endswith("镇") else "乡"
        units.append({"name": t, "type": "乡镇", "type_text": tt, "group": "乡镇招商%s团" % "一二三四五"[i % 5],
                      "aliases": ALIASES.get(t, ""), "projects": rng.choice([4, 5, 5, 6, 6, 8]),
                      "funds": Decimal(rng.choice([25000, 30000, 35000, 40000, 45000, 50000])) / 10000,
                      "foreign": rng.choice([50, 80, 100, 120, 150, 200])})
    for i, d in enumerate(depts):
        tt = "县直单位"
        if type_variety and rng.random() < 0.3:
            tt = rng.choice(["县直部门", "部门"])
        big = d in ("开发区管委会",)
        units.append({"name": d, "type": "县直单位", "type_text": tt, "group": GROUPS[i % len(GROUPS)],
                      "aliases": ALIASES.get(d, ""), "projects": 10 if big else rng.choice([1, 1, 2, 2, 3]),
                      "funds": Decimal(150000 if big else rng.choice([5000, 8000, 10000, 15000, 20000])) / 10000,
                      "foreign": 800 if big else rng.choice([0, 0, 30, 50, 80])})
    return units


def make_unit_projects(fac, unit, utype, n, target, perf, recog):
    ps = [fac.project(unit, utype) for _ in range(n)]
    assign_unit_money(fac.rng, ps, target, recog, perf)
    return ps


def finish(p):
    if p.get("_no_evidence"):
        p["evidence"] = None
    return p


def insert_random(rng, lst, item, lo=1):
    pos = rng.randint(min(lo, len(lst)), len(lst))
    lst.insert(pos, item)


def build_small(rng):
    wb = Workbook("small")
    fac = Factory(rng, YEAR, REPORT_DATE)
    ctx = {"report_date": REPORT_DATE, "year": YEAR}
    units = unit_registry(rng, ["晋熙镇", "城西乡"], ["开发区管委会", "商务局"])
    units[0]["projects"], units[1]["projects"], units[2]["projects"], units[3]["projects"] = 5, 4, 6, 2
    expected = []
    sh, ex = build_targets(wb, units, header_units=False, title=False, total=False)
    expected += ex
    sh, ex = build_params(wb, params_rows(units, county_funds=None))
    expected += ex
    plan = [("晋熙镇", "乡镇", 11, Decimal("3.5"), 0.9, 4, ["missing-investor", "future-producing"]),
            ("城西乡", "乡镇", 8, Decimal("3"), 0.5, 2, ["enum-status", "type-investment"]),
            ("开发区管委会", "县直单位", 9, Decimal("15"), 1.0, 6, ["conflict-no-producing", "evidence-missing"])]
    first = None
    for i, (u, ut, n, tgt, perf, rec, plants) in enumerate(plan):
        ps = make_unit_projects(fac, u, ut, n, tgt * 10000 / 10000, perf, rec)
        for k in plants:
            insert_random(rng, ps, plant(fac, k, u, ut))
        if first is None:
            first = next(q for q in ps[2:] if not q.get("_expect"))
        if i == 2:
            insert_random(rng, ps, duplicate_of(fac, first, u))
        for p in ps:
            finish(p)
        style = Style(rng, plain=(i == 0))
        if i == 1:
            style.title, style.date_line, style.unit_row, style.total, style.footer = True, True, "万元", True, True
            style.total_in_seq, style.total_label, style.subtotals = False, "合计", False
        if i == 2:
            style.total = False
        cols = choose_columns(rng, style, need_unit=False, projects=ps)
        sh, ex = build_submission(rng, wb, u, u, ps, style, cols, [], ctx)
        expected += ex
    # order: submissions first, then targets and parameters
    wb.sheets = wb.sheets[2:] + wb.sheets[:2]
    return wb, expected


def params_rows(units, county_funds=Decimal(65), bad=None, extra_industries=None, basis="按月"):
    bad = bad or {}
    rows = [("县名", "太湖县", ""), ("报告日期", REPORT_DATE, "数据截至日期"), ("年度", YEAR, ""),
            ("序时进度口径", bad.get("序时进度口径", basis), "按月 或 按日"),
            ("乡镇认定项目下限", 3, "认定项目不足此数的乡镇列为问题"),
            ("县直单位认定项目下限", bad.get("县直单位认定项目下限", 1), ""),
            ("省外资金任务", county_funds, "亿元，市下达任务"), ("境外资金任务", 3000 if county_funds else None, "万美元"),
            ("亿元以上项目任务", 30, ""), ("十亿元以上项目任务", 2, ""), ("战略性新兴产业项目任务", 8, ""),
            ("上年同期省外资金", Decimal("48.2365"), "亿元"), ("上年同期境外资金", 1850, "万美元"),
            ("上年同期申报项目数", 265, "")]
    if extra_industries:
        rows.append(("其他产业类别", extra_industries, "本县另行统计的产业类别"))
    if county_funds is None:
        rows = [r for r in rows if r[0] not in ("省外资金任务", "境外资金任务")]
    return rows


def build_county(rng, clean=False):
    wb = Workbook("clean" if clean else "county")
    fac = Factory(rng, YEAR, REPORT_DATE, extra_industries=("商贸", "基础设施"))
    ctx = {"report_date": REPORT_DATE, "year": YEAR}
    units = unit_registry(rng, TOWNS, DEPTS, type_variety=True)
    expected = []
    # per-unit plan: projects, performance, recognised quota
    plan = {}
    for u in units:
        n = rng.randint(12, 22) if u["type"] == "乡镇" else rng.randint(3, 9)
        if u["name"] == "开发区管委会":
            n = 28
        rec = rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 7]) if u["type"] == "乡镇" else rng.choice([0, 1, 1, 2, 3])
        if u["name"] in ("晋熙镇", "城西乡", "弥陀镇", "天华镇"):
            rec = max(rec, rng.randint(4, 7))
        if u["name"] == "开发区管委会":
            rec = 9
        perf = rng.uniform(0.4, 1.2)
        plan[u["name"]] = (n, perf, rec)
    plan["住建局"] = (0, 1, 0)
    plan["财政局"] = (0, 1, 0)
    projects = {}
    for u in units:
        n, perf, rec = plan[u["name"]]
        projects[u["name"]] = make_unit_projects(fac, u["name"], u["type"], n, u["funds"], perf, rec)
    # also 商贸/基础设施 (其他产业类别) occasionally

    def P(k, u, **kw):
        return plant(fac, k, u, unit_type_by_name(u), **kw)
    if not clean:
        plants = {
            "晋熙镇": ["missing-investor", "type-investment", "future-producing", "unknown-unit:晋西镇"],
            "徐桥镇": ["type-funds-na", "enum-nature", "dup-within"],
            "新仓镇": ["missing-status", "date-order-start", "blank-row"],
            "小池镇": ["type-date-impossible", "conflict-no-producing", "evidence-missing"],
            "寺前镇": ["unit-suspect", "type-yesno", "total-mismatch:investment"],
            "天华镇": ["enum-status", "type-foreign-div0", "conflict-talks-started"],
            "城西乡": ["dup-across", "missing-name", "type-date-month13"],
            "弥陀镇": ["enum-industry", "future-signed", "dup-across-trad"],
            "百里镇": ["constraint-zero", "date-order-prod", "blank-row"],
            "江塘乡": ["constraint-funds", "conflict-signed-producing", "total-mismatch:funds"],
            "刘畈乡": ["type-foreign-currency", "missing-nature", "type-date-oldserial"],
            "开发区管委会": ["constraint-negative", "evidence-missing"],
            "城管执法局": ["missing-header:industry"],
            "经信局": ["conflict-absent-column"],
            "人社局": ["evidence-absent-column"],
            "汇总": ["unknown-unit:交通局", "missing-unit", "missing-industry"],
        }
    else:
        plants = {}
    # sheets: townships (one in traditional characters, one under its short name), then departments
    sheet_defs = []
    for t in TOWNS:
        name = t
        if t == "弥陀镇":
            name = to_trad(t)
        if t == "城西乡":
            name = "城西"
        sheet_defs.append((name, t, [t]))
    own = ["开发区管委会", "农委", "城管执法局", "经信局", "人社局", "住建局"]
    for d in own:
        sheet_defs.append((d, d, [d]))
    combined = ["发改委", "商务局", "文旅局", "交通运输局", "自然资源局"]
    sheet_defs.append(("县直单位汇总", None, combined))
    # a notes sheet that is not a submission
    notes = wb.add(Sheet("填报说明", "other"))
    for i, line in enumerate(["填报说明", "1. 各乡镇、县直单位按月填报招商引资项目，每月25日前报县招商局。",
                              "2. 金额单位：总投资、实际到位省外资金为亿元（表头另有注明的除外），境外资金为万美元。",
                              "3. 项目进展填写：在谈、已签约、已开工、已投产。",
                              "4. 平台认定以省、市招商引资统计平台认定结果为准。",
                              "联系人：县招商局综合股　联系电话：0556-4123456"]):
        notes.set(i + 1, 0, S(line), "title" if i == 0 else None)
    notes.widths = {0: 90}
    first_rows = {}
    for sname, sunit, members in sheet_defs:
        key = "汇总" if sunit is None else sunit
        ps = []
        for m in members:
            ps += projects[m]
        rng.shuffle(ps)
        style = Style(rng, trad=(sname != sunit and sunit == "弥陀镇"))
        if sunit == "弥陀镇":
            style.unit_row = None
            style.header_units = False
        if sunit == "住建局":
            style.total = False
            style.footer = True
        drop = []
        sp = []
        for spec in plants.get(key, []):
            kind, _, arg = spec.partition(":")
            owner = sunit or rng.choice(members)
            if kind == "unknown-unit":
                p = P("unknown-unit", owner, as_unit=arg)
                insert_random(rng, ps, p)
            elif kind == "dup-within":
                src = next(q for q in ps[1:] if not q.get("_expect"))
                q = duplicate_of(fac, src, owner, spaces=True)
                ps.insert(ps.index(src) + rng.randint(2, 4), q)
            elif kind in ("dup-across", "dup-across-trad"):
                src_sheet = "晋熙镇" if kind == "dup-across" else "徐桥镇"
                src = first_rows[src_sheet]
                q = duplicate_of(fac, src, owner, trad=(kind == "dup-across-trad"))
                insert_random(rng, ps, q)
            elif kind == "blank-row":
                ps[rng.randint(2, len(ps) - 2)]["_blank_before"] = True
                style.subtotals = False
            elif kind == "total-mismatch":
                sp.append({"kind": "total-mismatch", "field": arg,
                           "delta": Decimal(rng.choice([1, 2, -1])) if arg == "investment" else Decimal("0.5")})
                style.subtotals = style.subtotals and False
            elif kind == "missing-header":
                drop.append(arg)
                sp.append({"kind": "missing-header", "field": arg})
            elif kind == "conflict-absent-column":
                drop.append("producing_on")
                for q in ps:
                    if q["status"] == "已投产":
                        q["status"] = "已开工"
                        q["producing_on"] = None
                insert_random(rng, ps, P(kind, owner))
            elif kind == "evidence-absent-column":
                drop.append("evidence")
                for q in ps:
                    q["funds"] = 0
                    q["evidence"] = None
                insert_random(rng, ps, P(kind, owner))
                insert_random(rng, ps, P(kind, owner))
            else:
                insert_random(rng, ps, P(kind, owner))
        if sunit == "城管执法局":
            pass
        if sunit is None:
            # on the combined sheet the unit column is required
            pass
        for p in ps:
            finish(p)
        if any(k.startswith("total-mismatch") for k in plants.get(key, [])):
            style.total = True
        cols = choose_columns(rng, style, need_unit=(sunit is None), drop=drop, projects=ps)
        canon = ()
        if sunit == "开发区管委会":
            # two columns for one field: the canonical 总投资 wins over the alias
            # 计划总投资 (the original plan figure, in 万元, ignored by Huibao)
            cols.insert(cols.index("investment"), "!计划总投资（万元）")
            for p in ps:
                p.setdefault("_extra", {})["!计划总投资（万元）"] = N(int(p["investment"] * 1.2 / 100) * 100)
            canon = ("investment",)
        if sunit is None and "unit" in cols:
            cols.remove("unit")
            cols.insert(1, "unit")
        sh, ex = build_submission(rng, wb, sname, sunit, ps, style, cols, sp, ctx, canon=canon)
        expected += ex
        if sunit in ("晋熙镇", "徐桥镇"):
            first_rows[sunit] = next(p for p in ps if not p.get("_expect") and p["status"] != "在谈")
    tsh, ex = build_targets(wb, units, bad=None if clean else {"unit": "北中镇", "value": "五个"})
    expected += ex
    extra_ind = "商贸、基础设施"
    bad = {} if clean else {"县直单位认定项目下限": "一个", "序时进度口径": "按季度"}
    psh, ex = build_params(wb, params_rows(units, bad=bad, extra_industries=extra_ind),
                           bad=[] if clean else [("序时进度口径", "enum-error"), ("县直单位认定项目下限", "type-error")])
    expected += ex
    return wb, expected


def build_bench(rng, rows_total=100000, nsheets=30):
    wb = Workbook("bench")
    fac = Factory(rng, YEAR, REPORT_DATE)
    ctx = {"report_date": REPORT_DATE, "year": YEAR}
    depts = DEPTS + EXTRA_DEPTS
    names = TOWNS + depts[: nsheets - len(TOWNS)]
    units = unit_registry(rng, TOWNS, names[len(TOWNS):])
    expected = []
    kinds = ["type-investment", "missing-investor", "enum-status", "future-producing", "date-order-start",
             "conflict-no-producing", "evidence-missing", "constraint-funds", "type-date-impossible",
             "enum-nature", "conflict-talks-started", "unit-suspect", "type-funds-na", "type-yesno"]
    per = [rows_total // nsheets + (1 if i < rows_total % nsheets else 0) for i in range(nsheets)]
    kinds_i = 0
    prev_first = None
    for i, u in enumerate(names):
        ut = "乡镇" if u in TOWNS else "县直单位"
        n_plants = 3 if i % 3 else 4
        n = per[i]
        special = []
        if i % 5 == 1:
            special.append("dup")
        if i % 7 == 3:
            special.append("blank")
        if i % 10 == 4:
            special.append("unknown")
        base = n - n_plants - len([s for s in special if s in ("dup", "unknown")])
        ps = [fac.project(u, ut) for _ in range(base)]
        assign_unit_money(rng, ps, Decimal(3), rng.randint(1, 60), rng.uniform(20, 60))
        for _ in range(n_plants):
            insert_random(rng, ps, plant(fac, kinds[kinds_i % len(kinds)], u, ut))
            kinds_i += 1
        if "dup" in special and prev_first is not None:
            insert_random(rng, ps, duplicate_of(fac, prev_first, u))
        if "unknown" in special:
            insert_random(rng, ps, plant(fac, "unknown-unit", u, ut, as_unit=u[:-1] + "区" if u.endswith(
                ("镇", "乡")) else "县" + u))
        if "blank" in special:
            ps[len(ps) // 2]["_blank_before"] = True
        for p in ps:
            finish(p)
        style = Style(rng, bench=True)
        style.subtotals = False
        sp = []
        if i in (8, 21):
            style.total = True
            sp.append({"kind": "total-mismatch", "field": "investment", "delta": Decimal(3)})
        cols = choose_columns(rng, style, need_unit=False, projects=ps)
        sh, ex = build_submission(rng, wb, u, u, ps, style, cols, sp, ctx)
        expected += ex
        prev_first = next(p for p in ps if not p.get("_expect"))
    build_targets(wb, units)
    build_params(wb, params_rows(units))
    return wb, expected


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------

BUILDERS = {"small": lambda rng: build_small(rng), "county": lambda rng: build_county(rng),
            "clean": lambda rng: build_county(rng, clean=True), "bench": lambda rng: build_bench(rng)}


def build(name):
    rng = random.Random("%s-%d" % (name, SEED))
    wb, planted = BUILDERS[name](rng)
    findings, rows, ctx = read_workbook(wb)
    got = [(f["sheet"], f["row"], f["cell"], f["field"], f["code"]) for f in findings]
    want = [(s, r, "%s%d" % (col_letter(c), r), fld, code) for s, r, c, fld, code in planted]
    if sorted(got) != sorted(want):
        extra = sorted(set(got) - set(want))
        missing = sorted(set(want) - set(got))
        raise RuntimeError("%s: planted and re-read findings differ\n  unplanted: %s\n  not found: %s"
                           % (name, extra, missing))
    if name == "clean" and findings:
        raise RuntimeError("clean workbook has findings")
    result = assess(findings, rows, ctx)
    return wb, findings, result, ctx


def generate(name, outdir, ods=True, quiet=False):
    """Build workbook `name` (small/county/clean/bench) into outdir.
    Returns {"xlsx": path, "ods": path or None, "ledger": path, "seconds": {...}}."""
    os.makedirs(outdir, exist_ok=True)
    t0 = time.time()
    wb, findings, result, ctx = build(name)
    t1 = time.time()
    xlsx = os.path.join(outdir, name + ".xlsx")
    write_xlsx(wb, xlsx)
    t2 = time.time()
    ledger = os.path.join(outdir, name + ".ledger.json")
    data = ledger_json(wb, findings, result, ctx, SEED)
    with open(ledger, "w", encoding="utf-8") as fh:
        fh.write(dump_ledger(data))
    ods_path = None
    if ods:
        convert_to_ods([xlsx], outdir)
        ods_path = os.path.join(outdir, name + ".ods")
    t3 = time.time()
    secs = {"build+check": round(t1 - t0, 2), "xlsx": round(t2 - t1, 2), "ods": round(t3 - t2, 2)}
    if not quiet:
        print("%-7s %d findings (%d 错误, %d 警告); build+check %.1fs, xlsx %.1fs%s" % (
            name, len(findings), data["finding_counts"]["错误"], data["finding_counts"]["警告"], t1 - t0, t2 - t1,
            (", ods %.1fs" % (t3 - t2)) if ods else ""))
    return {"xlsx": xlsx, "ods": ods_path, "ledger": ledger, "seconds": secs}
