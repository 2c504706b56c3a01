"""The planted problems, one recipe each.

A recipe makes a fresh project of a unit that carries exactly one problem, and
records the finding it must give (field, code). It says how the project is
drawn (Factory.project's arguments: nature, status, origin, size), which
logical values are then set (values), which cells are written instead of the
rendered ones (cells, None for an empty cell) and which rendering hints the
project carries (marks: _need_unit asks for a 申报单位 column, _need_yi for an
亿元 investment column, _no_evidence leaves 到资依据 blank). `values` and
`cells` are functions of (factory, project, options) when they depend on the
report date, the year, the random generator or plant()'s options
(text=, value=, as_unit=, origin=).

samples/README.md ("Readings of the spec the ledger relies on") says why each
problem is planted the way it is, so that planted problems never interact.
"""

import datetime as dt
from collections import namedtuple
from decimal import Decimal

from .reference_reader import unit_type_by_name
from .spec import to_trad
from .workbook import N, S, serial

Recipe = namedtuple("Recipe", "field code project values cells marks", defaults=(None, None, ()))


def _p(nature=None, status=None, origin="in", tier=0, industry=None):
    """Factory.project's arguments (None: drawn as usual)."""
    kw = {"nature": nature, "status": status, "industry": industry, "origin_kind": origin, "inv_tier": tier}
    return {k: v for k, v in kw.items() if v is not None}


def _cn_date(d):
    return S("%d年%d月%d日" % (d.year, d.month, d.day))


def _next_month(fac):
    rd = fac.report_date
    return dt.date(rd.year + (rd.month // 12), rd.month % 12 + 1, 1)


RECIPES = {
    # type-error: a value of the wrong type, error cells, impossible dates
    "type-investment": Recipe("investment", "type-error", _p("新签约", "已签约"),
                              cells=lambda f, p, kw: {"investment": S(kw.get("text", "3OO"))}),
    "type-funds-na": Recipe("funds", "type-error", _p("续建", "已开工", "out", 1),
                            values={"evidence": "银行进账单待补"}, cells={"funds": ("e", "NA()", "#N/A")}),
    "type-foreign-div0": Recipe("foreign", "type-error", _p("新建", "已开工", "abroad"),
                                values={"evidence": "外资到账登记表"}, cells={"foreign": ("e", "1/0", "#DIV/0!")}),
    "type-foreign-currency": Recipe("foreign", "type-error", _p("新建", "已开工", "abroad"),
                                    values={"evidence": "外资到账登记表"}, cells={"foreign": S("50万元")}),
    "type-date-impossible": Recipe("signed_on", "type-error", _p("新签约", "已签约"),
                                   cells=lambda f, p, kw: {"signed_on": S("%d-02-30" % f.year)}),
    "type-date-month13": Recipe("started_on", "type-error", _p("新建", "已开工"),
                                cells=lambda f, p, kw: {"started_on": S("%d年13月" % f.year)}),
    "type-date-oldserial": Recipe("signed_on", "type-error", _p("新签约", "已签约"),
                                  cells={"signed_on": N(3150, "date1")}),
    "type-yesno": Recipe("recognized", "type-error", _p("新建", "已开工"),
                         cells=lambda f, p, kw: {"recognized": S(kw.get("text", "待定"))}),
    # missing-cell: a required cell blank (or only a full-width space)
    "missing-investor": Recipe("investor", "missing-cell", _p(), cells={"investor": S("　")}),
    "missing-name": Recipe("name", "missing-cell", _p(), cells={"name": None}),
    "missing-status": Recipe("status", "missing-cell", _p("续建", "已开工"), cells={"status": None}),
    "missing-nature": Recipe("nature", "missing-cell", _p("新建", "已开工"), cells={"nature": None}),
    "missing-industry": Recipe("industry", "missing-cell", _p(), cells={"industry": S("")}),
    "missing-unit": Recipe("unit", "missing-cell", _p(), cells={"unit": None}, marks=("_need_unit",)),
    # enum-error: a word that is no synonym of the field's values
    "enum-nature": Recipe("nature", "enum-error", _p("续建", "已开工"),
                          cells=lambda f, p, kw: {"nature": S(kw.get("text", "改扩建"))}),
    "enum-status": Recipe("status", "enum-error", _p("续建", "已开工"),
                          cells=lambda f, p, kw: {"status": S(kw.get("text", "开工建设中"))}),
    "enum-industry": Recipe("industry", "enum-error", _p(industry="工业"),
                            cells=lambda f, p, kw: {"industry": S(kw.get("text", "制造业"))}),
    # constraint-error: 总投资 0, 省外资金 above 总投资, a negative amount
    "constraint-zero": Recipe("investment", "constraint-error", _p("新签约", "已签约"),
                              cells={"investment": N(0)}),
    "constraint-funds": Recipe("funds", "constraint-error", _p("新建", "已开工", "out"),
                               values=lambda f, p, kw: {"investment": 3000, "funds": 5000,
                                                        "evidence": "银行进账单%d" % f.rng.randint(10000000,
                                                                                               99999999)}),
    "constraint-negative": Recipe("foreign", "constraint-error", _p("新建", "已开工", "abroad"),
                                  values={"foreign": Decimal(-20), "evidence": "外资到账登记表（冲销）"}),
    # unit-suspect: 35000 亿元, on a 续建 row so that it touches no 亿元以上 count
    "unit-suspect": Recipe("investment", "unit-suspect", _p("续建", "已开工"),
                           cells=lambda f, p, kw: {"investment": N(kw.get("value", 35000))}, marks=("_need_yi",)),
    # unknown-unit: the project of a unit that is not registered (as_unit=)
    "unknown-unit": Recipe("unit", "unknown-unit", lambda kw: _p(origin=kw.get("origin", "in")),
                           values=lambda f, p, kw: {"_unit_text": kw["as_unit"]}, marks=("_need_unit",)),
    # future-date: a date the status needs, after the report date, still in order
    "future-producing": Recipe("producing_on", "future-date", _p("新建", "已投产"),
                               values=lambda f, p, kw: {"signed_on": dt.date(f.year, 2, 10),
                                                        "started_on": dt.date(f.year, 3, 18),
                                                        "producing_on": f.report_date + dt.timedelta(days=20)},
                               cells=lambda f, p, kw: {"producing_on": _cn_date(p["producing_on"])}),
    "future-signed": Recipe("signed_on", "future-date", _p("新签约", "已签约"),
                            values=lambda f, p, kw: {"signed_on": _next_month(f)},
                            cells=lambda f, p, kw: {"signed_on": S("%d.%d" % (p["signed_on"].year,
                                                                              p["signed_on"].month))}),
    # date-order: a date before the previous one, and no other problem
    "date-order-start": Recipe("started_on", "date-order", _p("新签约", "已开工"),
                               values=lambda f, p, kw: {"signed_on": dt.date(f.year, 5, 20),
                                                        "started_on": dt.date(f.year, 4, 8)},
                               cells=lambda f, p, kw: {"signed_on": N(serial(p["signed_on"]), "date1"),
                                                       "started_on": S("%d/4/8" % f.year)}),
    "date-order-prod": Recipe("producing_on", "date-order", _p("续建", "已投产"),
                              values=lambda f, p, kw: {"signed_on": dt.date(f.year - 1, 6, 3),
                                                       "started_on": dt.date(f.year - 1, 9, 15),
                                                       "producing_on": dt.date(f.year - 1, 8, 1)},
                              cells=lambda f, p, kw: {"signed_on": S("%d.6.3" % (f.year - 1)),
                                                      "started_on": S("%d.9.15" % (f.year - 1)),
                                                      "producing_on": S("%d.8" % (f.year - 1))}),
    # status-conflict: a date the status needs is missing, or one it excludes is there
    "conflict-no-producing": Recipe("producing_on", "status-conflict", _p("新建", "已投产"),
                                    values={"producing_on": None}, cells={"producing_on": None}),
    "conflict-talks-started": Recipe("started_on", "status-conflict", _p("新签约", "在谈"),
                                     values=lambda f, p, kw: {"started_on": dt.date(f.year, 7, 1)},
                                     cells=lambda f, p, kw: {"started_on": S("%d-07-01" % f.year)}),
    "conflict-signed-producing": Recipe("producing_on", "status-conflict", _p("新签约", "已签约"),
                                        values=lambda f, p, kw: {"producing_on": dt.date(f.year, 9, 30)},
                                        cells=lambda f, p, kw: {"producing_on": N(serial(p["producing_on"]),
                                                                                  "date3")}),
    # 已投产 on a sheet without 投产日期 (the sheet's columns make the problem)
    "conflict-absent-column": Recipe("status", "status-conflict", _p("续建", "已投产")),
    # evidence-missing: 省外资金 without 到资依据, or on a sheet without that column
    "evidence-missing": Recipe("evidence", "evidence-missing", _p("新建", "已开工", "out", 1),
                               values=lambda f, p, kw: {"funds": int(p["investment"] * 0.3)},
                               marks=("_no_evidence",)),
    "evidence-absent-column": Recipe("funds", "evidence-missing", _p("新建", "已开工", "out"),
                                     values=lambda f, p, kw: {"funds": int(p["investment"] * 0.4)},
                                     marks=("_no_evidence",)),
}


def _apply(part, fac, p, kw):
    return part(fac, p, kw) if callable(part) else dict(part)


def expect(p, field, code):
    p.setdefault("_expect", []).append((field, code))


def plant(fac, kind, unit, utype, **kw):
    """A fresh project of `unit` carrying one planted problem (and only that
    one): the recipe RECIPES[kind]; unknown-unit plants a project of the
    unregistered unit kw["as_unit"] instead."""
    recipe = RECIPES[kind]
    if kind == "unknown-unit":
        unit, utype = kw["as_unit"], unit_type_by_name(kw["as_unit"])
    args = recipe.project(kw) if callable(recipe.project) else recipe.project
    p = fac.project(unit, utype, **args)
    if recipe.values:
        p.update(_apply(recipe.values, fac, p, kw))
    if recipe.cells:
        p["_cells"] = _apply(recipe.cells, fac, p, kw)
    for mark in recipe.marks:
        p[mark] = True
    expect(p, recipe.field, recipe.code)
    return p


def duplicate_of(fac, p, unit, trad=False, spaces=False):
    q = dict(p)
    for k in list(q):
        if k.startswith("_"):
            del q[k]
    q["unit"] = unit
    q["_cells"] = {}
    if spaces:
        q["_cells"]["name"] = S(p["name"][:4] + " " + p["name"][4:])
    if trad:
        q["_cells"]["name"] = S(to_trad(p["name"]))
        q["_cells"]["investor"] = S(to_trad(p["investor"]))
    q["_expect"] = [("name", "duplicate-row")]
    return q
