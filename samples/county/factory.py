"""Logical projects of a unit (canonical values, amounts in integer 万元) and
the money that makes a unit meet or miss its targets."""

import datetime as dt
from decimal import Decimal

from .spec import INDUSTRY_SYN, norm
from .taihu import (
    BRANDS, DEFAULT_DEPT_INDUSTRY, DEPT_INDUSTRY, EVIDENCE, GIVEN, INDUSTRY_TPL, PLACE_WORDS,
    REGIONS_ABROAD, REGIONS_IN, REGIONS_OUT, SURNAMES, TOWN_INDUSTRY)

# --------------------------------------------------------------------------
# Project generation (logical, canonical values; amounts in integer 万元)
# --------------------------------------------------------------------------


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def person(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


class Factory:
    def __init__(self, rng, year, report_date, extra_industries=()):
        self.extra_industries = set(extra_industries)
        self.rng = rng
        self.year = year
        self.report_date = report_date
        self.keys = set()
        self.investors = {}

    def investor(self, industry, region_kind):
        rng = self.rng
        words = INDUSTRY_TPL[industry][1]
        while True:
            if region_kind == "abroad":
                reg = rng.choice(REGIONS_ABROAD)
                name = "%s%s%s有限公司" % (reg[1], rng.choice(BRANDS), rng.choice(words))
                if reg[1] == "香港":
                    name = "%s%s（香港）有限公司" % (rng.choice(BRANDS), rng.choice(words))
            else:
                reg = rng.choice(REGIONS_OUT if region_kind == "out" else REGIONS_IN)
                prefix = {"太湖县": "太湖县", "上海": "上海", "北京": "北京"}.get(reg[1], reg[1])
                if rng.random() < 0.3 and region_kind == "out":
                    prefix = reg[0][:2]
                if rng.random() < 0.15 and region_kind == "in":
                    prefix = "安徽"
                suffix = rng.choice(["有限公司", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司"])
                name = "%s%s%s%s" % (prefix, rng.choice(BRANDS), rng.choice(words), suffix)
            return name, reg[0]

    def project(self, unit, utype, industry=None, nature=None, status=None, inv_tier=None, origin_kind=None):
        rng = self.rng
        if industry is None:
            industry = wchoice(rng, DEPT_INDUSTRY.get(unit, DEFAULT_DEPT_INDUSTRY) if utype == "县直单位"
                               else TOWN_INDUSTRY)
            if industry not in INDUSTRY_SYN and industry not in self.extra_industries:
                industry = "服务业"
        if nature is None:
            nature = wchoice(rng, [("新签约", 45), ("新建", 33), ("续建", 22)])
        if status is None:
            status = {"续建": [("已开工", 65), ("已投产", 35)],
                      "新签约": [("在谈", 8), ("已签约", 37), ("已开工", 38), ("已投产", 17)],
                      "新建": [("已开工", 68), ("已投产", 32)]}[nature]
            status = wchoice(rng, status)
        if origin_kind is None:
            origin_kind = wchoice(rng, [("out", 70), ("in", 25), ("abroad", 5)])
        if inv_tier is None:
            inv_tier = wchoice(rng, [(0, 72), (1, 22), (2, 4.5), (3, 1.5)])
        lo, hi = [(800, 9900), (10000, 49999), (50000, 99999), (100000, 300000)][inv_tier]
        inv = rng.randint(lo, hi)
        inv = int(round(inv, -2 if inv < 10000 else -3)) if rng.random() < 0.7 else inv
        inv = max(inv, lo)
        # name / investor, unique by normalised key
        for _ in range(200):
            tpl = rng.choice(INDUSTRY_TPL[industry][0])
            pname = tpl.format(n=rng.choice([1, 2, 3, 5, 6, 8, 10, 12, 15, 20, 30, 50]),
                               m=rng.choice([5, 10, 20, 30, 50, 100]))
            investor, origin = self.investor(industry, origin_kind)
            r = rng.random()
            if r < 0.18:
                pname = investor.replace("股份有限公司", "").replace("有限责任公司", "").replace(
                    "集团有限公司", "").replace("（香港）有限公司", "").replace("有限公司", "") + pname
            elif r < 0.28 and unit in PLACE_WORDS and industry in ("文旅", "农业"):
                pname = PLACE_WORDS[unit] + pname
            elif r < 0.33:
                pname = "太湖县" + pname
            key = (norm(pname), norm(investor))
            if key not in self.keys:
                self.keys.add(key)
                break
        else:
            raise RuntimeError("cannot make a unique project")
        p = {"name": pname, "investor": investor, "origin": origin, "origin_kind": origin_kind,
             "unit": unit, "nature": nature, "industry": industry, "status": status, "investment": inv,
             "emerging": industry in ("工业", "科技") and rng.random() < INDUSTRY_TPL[industry][2],
             "recognized": False, "funds": 0, "foreign": 0, "evidence": None, "hq_tax": 0,
             "leader": person(rng) if rng.random() < 0.6 else None, "remark": None}
        if industry == "总部经济":
            p["hq_tax"] = rng.randint(30, 900)
        if origin_kind == "abroad" and status in ("已开工", "已投产", "已签约"):
            p["foreign"] = Decimal(rng.randint(10, 160))
        self.dates(p)
        if p["remark"] is None and rng.random() < 0.12:
            p["remark"] = rng.choice(["拟申报省重点项目", "一期已建成", "正在办理土地手续", "待环评批复", "二期在建",
                                      "已入统", "市重点项目", "已办理工商注册"])
        return p

    def dates(self, p):
        rng = self.rng
        rd, y = self.report_date, self.year
        st = p["status"]
        p["signed_on"] = p["started_on"] = p["producing_on"] = None
        if st == "在谈":
            return
        if p["nature"] == "续建":
            signed = dt.date(y - rng.choice([1, 1, 2]), rng.randint(1, 12), rng.randint(1, 28))
        else:
            signed = dt.date(y, 1, 1) + dt.timedelta(days=rng.randint(0, (rd - dt.date(y, 1, 1)).days - 40))
        p["signed_on"] = signed
        if st == "已签约":
            return
        start = signed + dt.timedelta(days=rng.randint(10, 150))
        if start > rd - dt.timedelta(days=5):
            start = signed + dt.timedelta(days=rng.randint(0, max(0, (rd - signed).days - 5)))
        p["started_on"] = start
        if st == "已开工":
            return
        prod = start + dt.timedelta(days=rng.randint(60, 300))
        if prod > rd:
            prod = start + dt.timedelta(days=rng.randint(0, max(0, (rd - start).days)))
        p["producing_on"] = prod


def assign_unit_money(rng, projects, funds_target_yi, recognised_quota, perf):
    """Distribute 省外资金 (万元) and 平台认定 over one unit's projects."""
    eligible = [p for p in projects if p["origin_kind"] == "out" and p["status"] in ("已签约", "已开工", "已投产")]
    goal = int(float(funds_target_yi) * 10000 * perf)
    weights = [p["investment"] * rng.uniform(0.3, 1.0) for p in eligible]
    tw = sum(weights) or 1
    for p, w in zip(eligible, weights):
        v = int(goal * w / tw)
        v = min(v, int(p["investment"] * rng.uniform(0.4, 0.95)))
        if rng.random() < 0.6:
            v = int(round(v, -2)) if v >= 1000 else int(round(v, -1))
        p["funds"] = max(v, 0)
    cands = [p for p in projects if p["status"] != "在谈"]
    rng.shuffle(cands)
    for p in cands[:recognised_quota]:
        p["recognized"] = True
    for p in projects:
        if p["funds"] > 0 or (p["foreign"] and p["foreign"] > 0):
            p["evidence"] = rng.choice(EVIDENCE).format(
                d=(p["signed_on"] or dt.date(2026, 3, 1)).strftime("%Y%m%d"), n=rng.randint(10000000, 99999999),
                y=rng.choice([2025, 2026]), k=rng.randint(3, 180))
