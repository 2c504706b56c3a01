"""The planted problems."""

import datetime as dt
from decimal import Decimal

from .reference_reader import unit_type_by_name
from .spec import to_trad
from .workbook import N, S, serial

# --------------------------------------------------------------------------
# Planting problems
# --------------------------------------------------------------------------

def expect(p, field, code):
    p.setdefault("_expect", []).append((field, code))


def plant(fac, kind, unit, utype, **kw):
    """A fresh project carrying one planted problem (and only that one)."""
    rng = fac.rng
    rd = fac.report_date
    if kind == "type-investment":
        p = fac.project(unit, utype, nature="新签约", status="已签约", origin_kind="in", inv_tier=0)
        p["_cells"] = {"investment": S(kw.get("text", "3OO"))}
        expect(p, "investment", "type-error")
    elif kind == "type-funds-na":
        p = fac.project(unit, utype, nature="续建", status="已开工", origin_kind="out", inv_tier=1)
        p["_cells"] = {"funds": ("e", "NA()", "#N/A")}
        p["evidence"] = "银行进账单待补"
        expect(p, "funds", "type-error")
    elif kind == "type-foreign-div0":
        p = fac.project(unit, utype, nature="新建", status="已开工", origin_kind="abroad", inv_tier=0)
        p["_cells"] = {"foreign": ("e", "1/0", "#DIV/0!")}
        p["evidence"] = "外资到账登记表"
        expect(p, "foreign", "type-error")
    elif kind == "type-foreign-currency":
        p = fac.project(unit, utype, nature="新建", status="已开工", origin_kind="abroad", inv_tier=0)
        p["_cells"] = {"foreign": S("50万元")}
        p["evidence"] = "外资到账登记表"
        expect(p, "foreign", "type-error")
    elif kind == "type-date-impossible":
        p = fac.project(unit, utype, nature="新签约", status="已签约", origin_kind="in", inv_tier=0)
        p["_cells"] = {"signed_on": S("%d-02-30" % fac.year)}
        expect(p, "signed_on", "type-error")
    elif kind == "type-date-month13":
        p = fac.project(unit, utype, nature="新建", status="已开工", origin_kind="in", inv_tier=0)
        p["_cells"] = {"started_on": S("%d年13月" % fac.year)}
        expect(p, "started_on", "type-error")
    elif kind == "type-date-oldserial":
        p = fac.project(unit, utype, nature="新签约", status="已签约", origin_kind="in", inv_tier=0)
        p["_cells"] = {"signed_on": N(3150, "date1")}
        expect(p, "signed_on", "type-error")
    elif kind == "type-yesno":
        p = fac.project(unit, utype, nature="新建", status="已开工", origin_kind="in", inv_tier=0)
        p["_cells"] = {"recognized": S(kw.get("text", "待定"))}
        expect(p, "recognized", "type-error")
    elif kind == "missing-investor":
        p = fac.project(unit, utype, origin_kind="in", inv_tier=0)
        p["_cells"] = {"investor": S("　")}
        expect(p, "investor", "missing-cell")
    elif kind == "missing-name":
        p = fac.project(unit, utype, origin_kind="in", inv_tier=0)
        p["_cells"] = {"name": None}
        expect(p, "name", "missing-cell")
    elif kind == "missing-status":
        p = fac.project(unit, utype, nature="续建", status="已开工", origin_kind="in", inv_tier=0)
        p["_cells"] = {"status": None}
        expect(p, "status", "missing-cell")
    elif kind == "missing-nature":
        p = fac.project(unit, utype, nature="新建", status="已开工", origin_kind="in", inv_tier=0)
        p["_cells"] = {"nature": None}
        expect(p, "nature", "missing-cell")
    elif kind == "missing-industry":
        p = fac.project(unit, utype, origin_kind="in", inv_tier=0)
        p["_cells"] = {"industry": S("")}
        expect(p, "industry", "missing-cell")
    elif kind == "missing-unit":
        p = fac.project(unit, utype, origin_kind="in", inv_tier=0)
        p["_cells"] = {"unit": None}
        p["_need_unit"] = True
        expect(p, "unit", "missing-cell")
    elif kind == "enum-nature":
        p = fac.project(unit, utype, nature="续建", status="已开工", origin_kind="in", inv_tier=0)
        p["_cells"] = {"nature": S(kw.get("text", "改扩建"))}
        expect(p, "nature", "enum-error")
    elif kind == "enum-status":
        p = fac.project(unit, utype, nature="续建", status="已开工", origin_kind="in", inv_tier=0)
        p["_cells"] = {"status": S(kw.get("text", "开工建设中"))}
        expect(p, "status", "enum-error")
    elif kind == "enum-industry":
        p = fac.project(unit, utype, industry="工业", origin_kind="in", inv_tier=0)
        p["_cells"] = {"industry": S(kw.get("text", "制造业"))}
        expect(p, "industry", "enum-error")
    elif kind == "constraint-zero":
        p = fac.project(unit, utype, nature="新签约", status="已签约", origin_kind="in", inv_tier=0)
        p["_cells"] = {"investment": N(0)}
        expect(p, "investment", "constraint-error")
    elif kind == "constraint-funds":
        p = fac.project(unit, utype, nature="新建", status="已开工", origin_kind="out", inv_tier=0)
        p["investment"] = 3000
        p["funds"] = 5000
        p["evidence"] = "银行进账单%d" % rng.randint(10000000, 99999999)
        expect(p, "funds", "constraint-error")
    elif kind == "constraint-negative":
        p = fac.project(unit, utype, nature="新建", status="已开工", origin_kind="abroad", inv_tier=0)
        p["foreign"] = Decimal(-20)
        p["evidence"] = "外资到账登记表（冲销）"
        expect(p, "foreign", "constraint-error")
    elif kind == "unit-suspect":
        p = fac.project(unit, utype, nature="续建", status="已开工", origin_kind="in", inv_tier=0)
        p["_cells"] = {"investment": N(kw.get("value", 35000))}
        p["_need_yi"] = True
        expect(p, "investment", "unit-suspect")
    elif kind == "unknown-unit":
        p = fac.project(kw["as_unit"], unit_type_by_name(kw["as_unit"]), origin_kind=kw.get("origin", "in"),
                        inv_tier=0)
        p["_unit_text"] = kw["as_unit"]
        p["_need_unit"] = True
        expect(p, "unit", "unknown-unit")
    elif kind == "future-producing":
        p = fac.project(unit, utype, nature="新建", status="已投产", origin_kind="in", inv_tier=0)
        p["signed_on"] = dt.date(fac.year, 2, 10)
        p["started_on"] = dt.date(fac.year, 3, 18)
        p["producing_on"] = rd + dt.timedelta(days=20)
        p["_cells"] = {"producing_on": S("%d年%d月%d日" % (p["producing_on"].year, p["producing_on"].month,
                                                           p["producing_on"].day))}
        expect(p, "producing_on", "future-date")
    elif kind == "future-signed":
        p = fac.project(unit, utype, nature="新签约", status="已签约", origin_kind="in", inv_tier=0)
        nd = dt.date(rd.year + (rd.month // 12), rd.month % 12 + 1, 1)
        p["signed_on"] = nd
        p["_cells"] = {"signed_on": S("%d.%d" % (nd.year, nd.month))}
        expect(p, "signed_on", "future-date")
    elif kind == "date-order-start":
        p = fac.project(unit, utype, nature="新签约", status="已开工", origin_kind="in", inv_tier=0)
        p["signed_on"] = dt.date(fac.year, 5, 20)
        p["started_on"] = dt.date(fac.year, 4, 8)
        p["_cells"] = {"signed_on": N(serial(p["signed_on"]), "date1"), "started_on": S("%d/4/8" % fac.year)}
        expect(p, "started_on", "date-order")
    elif kind == "date-order-prod":
        p = fac.project(unit, utype, nature="续建", status="已投产", origin_kind="in", inv_tier=0)
        p["signed_on"] = dt.date(fac.year - 1, 6, 3)
        p["started_on"] = dt.date(fac.year - 1, 9, 15)
        p["producing_on"] = dt.date(fac.year - 1, 8, 1)
        p["_cells"] = {"signed_on": S("%d.6.3" % (fac.year - 1)), "started_on": S("%d.9.15" % (fac.year - 1)),
                       "producing_on": S("%d.8" % (fac.year - 1))}
        expect(p, "producing_on", "date-order")
    elif kind == "conflict-no-producing":
        p = fac.project(unit, utype, nature="新建", status="已投产", origin_kind="in", inv_tier=0)
        p["producing_on"] = None
        p["_cells"] = {"producing_on": None}
        expect(p, "producing_on", "status-conflict")
    elif kind == "conflict-talks-started":
        p = fac.project(unit, utype, nature="新签约", status="在谈", origin_kind="in", inv_tier=0)
        p["started_on"] = dt.date(fac.year, 7, 1)
        p["_cells"] = {"started_on": S("%d-07-01" % fac.year)}
        expect(p, "started_on", "status-conflict")
    elif kind == "conflict-signed-producing":
        p = fac.project(unit, utype, nature="新签约", status="已签约", origin_kind="in", inv_tier=0)
        p["producing_on"] = dt.date(fac.year, 9, 30)
        p["_cells"] = {"producing_on": N(serial(p["producing_on"]), "date3")}
        expect(p, "producing_on", "status-conflict")
    elif kind == "conflict-absent-column":  # 已投产 on a sheet without 投产日期
        p = fac.project(unit, utype, nature="续建", status="已投产", origin_kind="in", inv_tier=0)
        expect(p, "status", "status-conflict")
    elif kind == "evidence-missing":
        p = fac.project(unit, utype, nature="新建", status="已开工", origin_kind="out", inv_tier=1)
        p["funds"] = int(p["investment"] * 0.3)
        p["_no_evidence"] = True
        expect(p, "evidence", "evidence-missing")
    elif kind == "evidence-absent-column":
        p = fac.project(unit, utype, nature="新建", status="已开工", origin_kind="out", inv_tier=0)
        p["funds"] = int(p["investment"] * 0.4)
        p["_no_evidence"] = True
        expect(p, "funds", "evidence-missing")
    else:
        raise ValueError(kind)
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
