#!/usr/bin/python3
"""Huibao sample generator: realistic county workbooks with an exact ledger.

Generates county workbooks modelled on 太湖县 (Anhui) in the shapes township
and department submissions really arrive in (WPS/Excel habits: title rows,
unit rows, header aliases, traditional characters, text amounts, every date
form, total and subtotal rows, footers ...), optionally with planted problems,
and for each a ledger (<name>.ledger.json) holding every finding the
validation of ../../shared/spec/validation.md must report and the figures the
assessment of assessment.md must compute.

The ledger is not hand-written: the generator records what it plants, then
re-reads the workbook it built with an independent reference reader (header
detection, normalisation, parsing and every rule of the spec, implemented in
this file) and refuses to write anything if the two disagree.  The figures are
computed by that reader from the cells, so they are those of what was written.

Standard library only; run with /usr/bin/python3.  Usage:

    /usr/bin/python3 samples/generate.py --all [--outdir samples/out]
    /usr/bin/python3 samples/generate.py small county clean
    /usr/bin/python3 samples/generate.py --bench
    /usr/bin/python3 samples/generate.py --all --no-ods     # xlsx + ledger only

From Python:

    import generate; generate.generate("county", "/tmp/out")  # -> dict of paths
"""

import argparse
import datetime as dt
import functools
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from decimal import Decimal

SEED = 20261031
WORKBOOKS = ("small", "county", "clean", "bench")

# --------------------------------------------------------------------------
# Normalisation (workbook.md): NFKC, Traditional -> Simplified, no whitespace,
# case folding.  The T->S table covers every traditional character this
# generator writes; each pair agrees with ICU's Traditional-Simplified
# (checked by --check-icu when uconv is installed).
# --------------------------------------------------------------------------

_T2S_PAIRS = (
    "項项稱称設设質质產产業业類类別别總总資资進进簽签約约開开認认據据續续農农務务"
    "鎮镇晉晋彌弥單单萬万億亿噸吨發发電电態态觀观遊游綜综區区場场達达華华來来縣县"
    "報报領领導导園园廠厂術术興兴戰战實实際际號号聯联時时間间狀状況况團团員员營营"
    "銷销貨货運运輸输車车裝装備备製制線线纖纤維维紡纺織织飾饰針针溫温養养種种護护"
    "東东蘇苏寧宁廣广門门灣湾臺台陽阳橋桥倉仓鄉乡湯汤劉刘體体驗验歷历優优療疗電电"
    "軟软網网絡络數数雲云醫医藥药學学檢检測测儀仪飲饮廳厅鮮鲜鏈链儲储貿贸樓楼層层"
    "環环漁渔蝦虾飼饲鋁铝銅铜鐵铁機机氣气熱热風风燈灯節节淨净綠绿紅红黃黄龍龙恆恒"
    "豐丰潤润遠远匯汇凱凯誠诚錦锦順顺張张陳陈楊杨趙赵吳吴孫孙馬马羅罗鄭郑謝谢許许"
    "韓韩馮冯鄧邓蔣蒋賈贾葉叶閻阎計计劃划價价動动勞劳傳传統统審审請请證证額额總总"
    "錢钱條条兩两歲岁為为與与會会過过無无們们個个規规較较書书檔档標标準准確确認认"
    "築筑濟济僑侨協协讀读寫写詢询設设級级農农銀银賬账責责島岛啟启創创蕪芜錫锡漢汉戶户糧粮國国"
    "於于經经稅税點点記记轉转憑凭廈厦樂乐禪禅購购現现辦办評评復复慶庆強强蘭兰衛卫軍军勝胜寶宝"
    "麗丽長长詩诗騰腾藍蓝圖图擴扩輔辅畝亩範范豬猪採采遞递撥拨結结應应處处錄录補补沖冲擬拟註注"
    "冊册話话蓋盖執执財财訊讯")
T2S = {}
for _i in range(0, len(_T2S_PAIRS), 2):
    T2S.setdefault(_T2S_PAIRS[_i], _T2S_PAIRS[_i + 1])
S2T = {}
for _t, _s in T2S.items():
    S2T.setdefault(_s, _t)
_T2S_TABLE = str.maketrans(T2S)
_WS = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 18)
def norm(text):
    """The comparison form of workbook.md's normalisation."""
    s = unicodedata.normalize("NFKC", str(text)).translate(_T2S_TABLE)
    return _WS.sub("", s).casefold()


def to_trad(text):
    return "".join(S2T.get(c, c) for c in text)


def fullwidth_digits(text):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in text)


# --------------------------------------------------------------------------
# Spec tables (workbook.md)
# --------------------------------------------------------------------------

FIELDS = [  # key, canonical header, aliases, type, default unit, currency
    ("seq", "序号", ["编号"], "int", None),
    ("name", "项目名称", ["项目", "项目名"], "text", None),
    ("unit", "申报单位", ["责任单位", "单位", "单位名称", "乡镇", "乡镇（单位）"], "unit", None),
    ("nature", "建设性质", ["项目性质", "项目类型"], "nature", None),
    ("industry", "产业类别", ["产业类型", "行业类别", "所属产业", "行业"], "industry", None),
    ("emerging", "战略性新兴产业", ["是否战略性新兴产业", "新兴产业"], "yesno", None),
    ("investment", "总投资", ["计划总投资", "投资总额", "项目总投资"], "rmb", "亿元"),
    ("funds", "实际到位省外资金", ["到位资金", "实际到位资金", "实际利用省外市外资金", "省外资金", "到位省外资金"], "rmb", "亿元"),
    ("foreign", "实际到位境外资金", ["境外资金", "实际利用境外资金", "外资"], "usd", "万美元"),
    ("status", "项目进展", ["进展情况", "项目状态", "目前进展", "进度"], "status", None),
    ("signed_on", "签约日期", ["签约时间"], "date", None),
    ("started_on", "开工日期", ["开工时间"], "date", None),
    ("producing_on", "投产日期", ["投产时间"], "date", None),
    ("recognized", "平台认定", ["是否认定", "认定情况", "省市平台认定"], "yesno", None),
    ("evidence", "到资依据", ["到资凭证", "资金到位依据"], "text", None),
    ("investor", "投资方", ["投资主体", "投资企业", "签约企业"], "text", None),
    ("origin", "投资方来源地", ["来源地", "资金来源地"], "text", None),
    ("leader", "包保县领导", ["联系县领导", "县级领导", "包保领导"], "text", None),
    ("hq_tax", "总部经济引税额", ["引税额"], "rmb", "万元"),
    ("remark", "备注", [], "text", None),
]
FIELD_KEYS = [f[0] for f in FIELDS]
CANON = {f[0]: f[1] for f in FIELDS}
FTYPE = {f[0]: f[3] for f in FIELDS}
DEFAULT_UNIT = {f[0]: f[4] for f in FIELDS}
FIELD_ORDER = {k: i for i, k in enumerate(FIELD_KEYS)}
HEADER_MAP = {}  # normalised header -> (key, is_canonical)
for _k, _c, _al, _t, _u in FIELDS:
    HEADER_MAP[norm(_c)] = (_k, True)
    for _a in _al:
        HEADER_MAP.setdefault(norm(_a), (_k, False))
REQUIRED = ("name", "unit", "nature", "industry", "investment", "status", "investor")
AMOUNT_FIELDS = ("investment", "funds", "foreign", "hq_tax")

NATURE_SYN = {"新签约": ["新签约", "新签", "签约", "新签约项目"], "新建": ["新建", "新建项目", "新开工"],
              "续建": ["续建", "续建项目"]}
INDUSTRY_SYN = {"工业": ["工业"], "农业": ["农业", "现代农业"], "服务业": ["服务业", "现代服务业"],
                "文旅": ["文旅", "旅游", "文化旅游"], "科技": ["科技", "科技型", "高新技术"],
                "总部经济": ["总部经济"], "其他": ["其他"]}
STATUS_ORDER = ["在谈", "已签约", "已开工", "已投产"]
STATUS_SYN = {"在谈": ["在谈", "洽谈", "洽谈中"], "已签约": ["已签约", "签约", "签约未开工", "未开工"],
              "已开工": ["已开工", "开工", "在建", "开工建设"], "已投产": ["已投产", "投产", "竣工投产", "建成投产"]}
YES = ["是", "Y", "YES", "√", "✓", "1", "TRUE"]
NO = ["否", "N", "NO", "×", "✗", "0", "FALSE"]
CODES = ["missing-header", "missing-cell", "type-error", "enum-error", "constraint-error", "unit-suspect",
         "unknown-unit", "future-date", "date-order", "status-conflict", "evidence-missing", "duplicate-row",
         "blank-row", "total-mismatch"]
CODE_ORDER = {c: i for i, c in enumerate(CODES)}
SEVERITY = {c: "错误" for c in CODES}
SEVERITY.update({"unit-suspect": "警告", "evidence-missing": "警告", "blank-row": "警告"})
FLAGS = ["no-projects", "few-recognized", "no-evidence", "behind-schedule", "behind-projects", "unregistered"]


def _enum_map(syn):
    return {norm(v): k for k, vs in syn.items() for v in vs}


NATURE_MAP = _enum_map(NATURE_SYN)
STATUS_MAP = _enum_map(STATUS_SYN)
YES_SET = {norm(v) for v in YES}
NO_SET = {norm(v) for v in NO}
TOTAL_WORDS = ("合计", "总计")
FOOTER_WORDS = tuple(norm(w) for w in ("填表人", "填报人", "制表人", "审核人", "联系电话", "备注：", "注：", "说明："))

# --------------------------------------------------------------------------
# The county: 太湖县
# --------------------------------------------------------------------------

TOWNS = ["晋熙镇", "徐桥镇", "新仓镇", "小池镇", "寺前镇", "天华镇", "牛镇镇", "弥陀镇", "北中镇", "百里镇",
         "城西乡", "江塘乡", "汤泉乡", "刘畈乡"]
DEPTS = ["开发区管委会", "农委", "城管执法局", "人社局", "发改委", "经信局", "商务局", "文旅局", "住建局",
         "交通运输局", "自然资源局", "财政局"]
EXTRA_DEPTS = ["教育局", "卫健委", "市场监管局", "林业局", "水利局", "供销社", "科技局", "统计局",
               "应急管理局", "生态环境分局", "数据资源局", "医保局"]
ALIASES = {"开发区管委会": "开发区、经开区管委会", "农委": "农业农村局、县农委", "城管执法局": "城管局",
           "文旅局": "文化旅游体育局", "经信局": "经济和信息化局", "发改委": "发展改革委", "晋熙镇": "晋熙镇政府",
           "人社局": "人力资源和社会保障局", "自然资源局": "自然资源和规划局"}
GROUPS = ["第一招商团", "第二招商团", "第三招商团", "第四招商团", "第五招商团", "第六招商团"]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程汪"
GIVEN = ["立新", "建国", "明华", "志强", "晓东", "海燕", "春生", "国庆", "玉兰", "红梅", "卫东", "小军", "文斌",
         "德胜", "家宝", "雪峰", "思远", "丽娟", "永康", "长青", "振宇", "书恒", "安平", "瑞祥", "诗雨", "子涵"]
BRANDS = ["佳锦", "华盛", "恒泰", "瑞丰", "鑫源", "天宇", "金润", "宏达", "博远", "中科", "绿源", "汇通", "永兴",
          "新航", "凯越", "诚达", "锦程", "盛世", "嘉禾", "龙腾", "东方", "晨光", "国泰", "联创", "富华", "昌盛",
          "兴业", "泰和", "安信", "万顺", "同创", "德润", "华信", "启航", "远景", "星河", "中联", "沃达", "润禾",
          "卓越", "高远", "合力", "新城", "金阳", "海川", "蓝天", "光明", "正泰", "聚力", "宏图"]
REGIONS_OUT = [("江苏苏州", "苏州"), ("浙江宁波", "宁波"), ("浙江温州", "温州"), ("上海", "上海"),
               ("广东深圳", "深圳"), ("江苏无锡", "无锡"), ("北京", "北京"), ("福建厦门", "厦门"),
               ("湖北武汉", "武汉"), ("江苏常州", "常州"), ("浙江杭州", "杭州"), ("广东东莞", "东莞"),
               ("山东青岛", "青岛"), ("江西九江", "九江")]
REGIONS_IN = [("安徽合肥", "合肥"), ("安徽安庆", "安庆"), ("太湖县", "太湖县"), ("安徽芜湖", "芜湖")]
REGIONS_ABROAD = [("香港", "香港"), ("台湾", "台湾"), ("新加坡", "新加坡"), ("韩国", "韩国")]
EVIDENCE = ["银行进账单{d}", "中国银行入账回单{n}", "验资报告（皖正验字〔{y}〕{k}号）", "工商银行资金到账凭证{n}",
            "外资到账登记表{n}", "农商行转账凭证{n}", "平台录入截图及银行回单", "建设银行进账单{n}"]
# industry -> (project name templates, investor business words, emerging share)
INDUSTRY_TPL = {
    "工业": (["年产{n}万吨功能膜材料项目", "年产{n}万平方米光学膜生产线项目", "年产{n}万套汽车零部件生产项目",
             "新建{m}MW光伏发电站项目", "{m}MW分布式光伏发电项目", "新能源电池材料生产基地项目",
             "纺织服装智能制造项目", "针织品研发与加工项目", "电子元器件生产项目", "高分子材料产业园项目",
             "智能装备制造项目", "年产{n}万件竹木制品加工项目", "新型建材生产线项目", "绿色包装材料项目",
             "LED照明产品生产项目", "年产{n}千吨特种纤维项目", "塑料制品扩能技改项目", "精密五金加工项目",
             "年产{n}万台电机生产项目", "服装辅料生产项目", "环保设备制造项目", "铝合金门窗生产项目"],
            ["新材料", "科技", "电子", "服饰", "新能源", "智能装备", "实业", "机械", "包装", "光电"], 0.35),
    "农业": (["{n}千亩茶叶种植基地项目", "农产品加工产业园项目", "生态养殖基地项目", "优质水稻种植及深加工项目",
             "中药材种植基地项目", "设施蔬菜大棚种植项目", "{n}千亩油茶基地建设项目", "稻虾共养示范基地项目",
             "食用菌种植加工项目", "生猪标准化养殖项目", "茶叶精深加工项目", "特色水果采摘园项目",
             "粮食烘干仓储中心项目", "苗木花卉种植基地项目"],
            ["农业开发", "生态农业", "食品", "茶业", "农业科技", "种养殖"], 0.05),
    "服务业": (["商贸物流园项目", "农村电商服务中心项目", "冷链物流中心项目", "汽车销售服务4S店项目",
               "养老服务中心项目", "城市综合体项目", "商务酒店建设项目", "农贸市场改造提升项目",
               "快递物流分拨中心项目", "家居建材市场项目"],
              ["商贸", "物流", "置业", "酒店管理", "电子商务", "健康产业"], 0.0),
    "文旅": (["花海观光旅游综合开发项目", "生态旅游度假区项目", "民宿集群开发项目", "温泉康养小镇项目",
             "乡村旅游综合体项目", "研学旅行基地项目", "红色文化旅游区项目", "禅文化旅游景区提升项目",
             "水上乐园项目", "露营地及户外运动基地项目"],
            ["旅游开发", "文化旅游", "文化传媒", "康养"], 0.0),
    "科技": (["新材料研发中心项目", "智能传感器研发生产项目", "软件信息技术服务项目", "生物医药研发项目",
             "功能膜检测中心项目", "工业互联网平台项目"],
            ["科技", "生物科技", "信息技术", "智能科技"], 0.7),
    "总部经济": (["区域总部结算中心项目", "总部经济项目", "供应链管理总部项目", "贸易结算中心项目"],
                ["供应链管理", "贸易", "投资", "商贸"], 0.0),
    "其他": (["建筑垃圾资源化利用项目", "城区停车场建设项目", "污水处理设施项目"],
             ["环境科技", "建设", "城市服务"], 0.0),
    "商贸": (["商贸中心项目", "大型超市项目", "商业步行街项目"], ["商贸", "超市", "商业管理"], 0.0),
}
PLACE_WORDS = {"晋熙镇": "晋熙", "汤泉乡": "汤泉", "寺前镇": "寺前", "天华镇": "天华", "百里镇": "百里",
               "弥陀镇": "弥陀", "刘畈乡": "刘畈", "北中镇": "北中", "牛镇镇": "牛镇", "江塘乡": "江塘"}
TOWN_INDUSTRY = [("农业", 30), ("工业", 30), ("文旅", 15), ("服务业", 12), ("科技", 5), ("总部经济", 2),
                 ("其他", 3), ("商贸", 3)]
DEPT_INDUSTRY = {"开发区管委会": [("工业", 60), ("科技", 25), ("总部经济", 10), ("服务业", 5)],
                 "农委": [("农业", 90), ("服务业", 10)],
                 "文旅局": [("文旅", 90), ("服务业", 10)],
                 "商务局": [("服务业", 45), ("总部经济", 30), ("商贸", 25)],
                 "经信局": [("工业", 70), ("科技", 30)],
                 "科技局": [("科技", 80), ("工业", 20)]}
DEFAULT_DEPT_INDUSTRY = [("工业", 40), ("服务业", 25), ("农业", 15), ("文旅", 10), ("总部经济", 5), ("其他", 5)]

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
    txt = _WS.sub("", txt)
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
    txt = _WS.sub("", unicodedata.normalize("NFKC", cell[1]))
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
            g = lambda k: targets.get(r, cols[k][0]) if k in cols else None
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
    industry_map = _enum_map(industries)

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
        while r <= last:
            cells = sheet.rows.get(r, [])
            if all(c is None or (c[0] == "s" and c[1] == "") for c in cells):
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
    key = lambda x: (order[x["sheet"]], x["row"], x["_col"], CODE_ORDER[x["code"]])
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
    P = lambda k, u, **kw: plant(fac, k, u, unit_type_by_name(u), **kw)
    sheet_plants = {}
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


# --------------------------------------------------------------------------
# Ledger
# --------------------------------------------------------------------------

def jnum(v, places=10):
    if v is None:
        return None
    if isinstance(v, Decimal):
        q = round(float(v), places)
        return int(q) if q == int(q) and abs(q) < 1e15 and places == 0 else q
    return v


def dump_ledger(data):
    """JSON, one finding / unit / project per line (diff- and grep-friendly)."""
    j = lambda v: json.dumps(v, ensure_ascii=False)

    def lines(lst, ind):
        if not lst:
            return "[]"
        return "[\n" + ",\n".join(ind + "  " + j(x) for x in lst) + "\n" + ind + "]"
    out = []
    for k, v in data.items():
        if k == "findings":
            out.append(' "findings": ' + lines(v, " "))
        elif k == "assessment":
            sub = []
            for k2, v2 in v.items():
                sub.append('  %s: %s' % (j(k2), lines(v2, "  ") if isinstance(v2, list) else j(v2)))
            out.append(' "assessment": {\n' + ",\n".join(sub) + "\n }")
        else:
            out.append(" %s: %s" % (j(k), j(v)))
    return "{\n" + ",\n".join(out) + "\n}\n"


def ledger_json(wb, findings, result, ctx, elapsed):
    P = ctx["params"]

    def unit_entry(e):
        d = {}
        for k, v in e.items():
            if k == "认定项目数按产业":
                d[k] = dict(v)
            elif isinstance(v, Decimal):
                d[k] = jnum(v)
            else:
                d[k] = v
        return d
    county = {k: (jnum(v) if isinstance(v, Decimal) else v) for k, v in result["county"].items()}
    sheets = []
    for sh in wb.sheets:
        sheets.append({"name": sh.name, "kind": sh.kind, "header_row": sh.header_row})
    return {
        "schema": "huibao-sample-ledger/1",
        "workbook": wb.name,
        "files": [wb.name + ".xlsx", wb.name + ".ods"],
        "generator": "samples/generate.py",
        "seed": SEED,
        "sheets": sheets,
        "parameters": {"县名": P["县名"], "报告日期": ctx["report_date"].isoformat(), "年度": ctx["year"],
                       "序时进度口径": P["序时进度口径"], "乡镇认定项目下限": P["乡镇认定项目下限"],
                       "县直单位认定项目下限": P["县直单位认定项目下限"],
                       "其他产业类别": P["其他产业类别"]},
        "finding_counts": {"错误": sum(1 for f in findings if f["severity"] == "错误"),
                           "警告": sum(1 for f in findings if f["severity"] == "警告"),
                           "by_code": {c: sum(1 for f in findings if f["code"] == c) for c in CODES
                                       if any(f["code"] == c for f in findings)}},
        "findings": findings,
        "assessment": {
            "序时进度": jnum(result["序时进度"], 10),
            "units": [unit_entry(e) for e in result["units"]],
            "county": county,
            "亿元以上项目清单": [{k: (jnum(v) if isinstance(v, Decimal) else v) for k, v in x.items()}
                           for x in result["亿元以上项目清单"]],
        },
    }


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
    data = ledger_json(wb, findings, result, ctx, t2 - t0)
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


def _ledger_view(wb, findings, result, ctx):
    data = ledger_json(wb, findings, result, ctx, 0)
    return data["findings"], data["assessment"]


def verify(names, outdir, exts=("xlsx", "ods")):
    """Open each generated file in LibreOffice (python3-uno), read every sheet
    the way an officer's script would (one getDataArray per sheet), re-run the
    reference reader on what LibreOffice shows and compare with the ledger."""
    import uno  # noqa: F401  (python3-uno; /usr/bin/python3 only)
    from com.sun.star.beans import PropertyValue
    from com.sun.star.sheet.FormulaResult import ERROR
    profile = tempfile.mkdtemp(prefix="huibao-verify-profile-")
    pipe = "huibaoverify%d" % os.getpid()
    proc = subprocess.Popen([shutil.which("soffice") or "/usr/bin/soffice", "--headless", "--norestore",
                             "--invisible", "-env:UserInstallation=file://" + profile,
                             "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    ok = True
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(300):
            try:
                rctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.2)
        else:
            raise RuntimeError("soffice did not start")
        desktop = rctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", rctx)
        hidden = PropertyValue()
        hidden.Name, hidden.Value = "Hidden", True
        for name in names:
            with open(os.path.join(outdir, name + ".ledger.json"), encoding="utf-8") as fh:
                ledger = json.load(fh)
            for ext in exts:
                path = os.path.join(outdir, "%s.%s" % (name, ext))
                t0 = time.time()
                doc = None
                for _ in range(3):  # a just-started soffice occasionally answers None
                    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank",
                                                       0, (hidden,))
                    if doc is not None:
                        break
                    time.sleep(1)
                if doc is None:
                    raise RuntimeError("LibreOffice could not load %s" % path)
                t1 = time.time()
                wb = Workbook(name)
                for lsh in doc.Sheets:
                    sh = wb.add(Sheet(lsh.Name, "?"))
                    cur = lsh.createCursor()
                    cur.gotoEndOfUsedArea(False)
                    ra = cur.RangeAddress
                    rng = lsh.getCellRangeByPosition(0, 0, ra.EndColumn, ra.EndRow)
                    data = rng.getDataArray()
                    errors = set()
                    q = rng.queryFormulaCells(ERROR)
                    for a in q.RangeAddresses:
                        for r in range(a.StartRow, a.EndRow + 1):
                            for c in range(a.StartColumn, a.EndColumn + 1):
                                errors.add((r, c))
                    for r, row in enumerate(data):
                        cells = []
                        for c, v in enumerate(row):
                            if (r, c) in errors:
                                cells.append(("e", "?", "#ERR"))
                            elif v is None:
                                raise RuntimeError("%s %s!%s%d: None without an error" % (path, lsh.Name,
                                                                                         col_letter(c), r + 1))
                            elif isinstance(v, str):
                                cells.append(S(v) if v != "" else None)
                            else:
                                cells.append(N(repr(float(v))))
                        if any(x is not None for x in cells):
                            sh.rows[r + 1] = cells
                doc.close(True)
                findings, rows, ctx = read_workbook(wb)
                result = assess(findings, rows, ctx)
                got_f, got_a = _ledger_view(wb, findings, result, ctx)
                same = got_f == ledger["findings"] and json.loads(json.dumps(got_a, ensure_ascii=False)) == \
                    ledger["assessment"]
                ok = ok and same
                print("verify %-12s %s (LibreOffice load %.1fs, read+check %.1fs)" % (
                    os.path.basename(path), "matches the ledger" if same else "DIFFERS FROM THE LEDGER",
                    t1 - t0, time.time() - t1))
                if not same:
                    for a, b in zip(got_f, ledger["findings"]):
                        if a != b:
                            print("   first differing finding: LibreOffice %s / ledger %s" % (a, b))
                            break
                    if len(got_f) != len(ledger["findings"]):
                        print("   %d findings vs %d in the ledger" % (len(got_f), len(ledger["findings"])))
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)
    return ok


def check_icu(names):
    """Compare this file's normalisation table with ICU's (uconv)."""
    uconv = shutil.which("uconv")
    if not uconv:
        print("uconv not installed; skipped")
        return True
    texts = set()
    for name in names:
        wb, _, _, _ = build(name)
        for sh in wb.sheets:
            texts.add(sh.name)
            for cells in sh.rows.values():
                for c in cells:
                    if c is not None and c[0] == "s":
                        texts.add(c[1].replace("\n", " "))
    texts = sorted(texts)
    src = "\n".join(unicodedata.normalize("NFKC", t) for t in texts) + "\n"
    res = subprocess.run([uconv, "-x", "Traditional-Simplified"], input=src.encode(), stdout=subprocess.PIPE,
                         check=True)
    icu = res.stdout.decode().split("\n")
    bad = 0
    for t, i in zip(texts, icu):
        mine = unicodedata.normalize("NFKC", t).translate(_T2S_TABLE)
        if mine != i:
            bad += 1
            print("differs: %r ICU %r mine %r" % (t, i, mine))
    print("ICU check: %d texts, %d differ" % (len(texts), bad))
    return bad == 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="workbooks to build: small county clean bench")
    ap.add_argument("--all", action="store_true", help="small, county and clean")
    ap.add_argument("--bench", action="store_true", help="also the 100,000-row bench workbook")
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
    ap.add_argument("--no-ods", action="store_true", help="skip the LibreOffice conversion to .ods")
    ap.add_argument("--check-icu", action="store_true", help="compare the T->S table with ICU via uconv")
    ap.add_argument("--verify", action="store_true",
                    help="after generating (or, with --verify-only, instead), load each file in LibreOffice and "
                         "check that what it shows gives exactly the ledger")
    ap.add_argument("--verify-only", action="store_true", help="verify existing files in --outdir, build nothing")
    a = ap.parse_args(argv)
    names = list(a.names)
    if a.all:
        names += ["small", "county", "clean"]
    if a.bench:
        names.append("bench")
    if a.check_icu:
        return 0 if check_icu(names or ["small", "county", "clean"]) else 1
    if not names:
        ap.error("nothing to build: give names, --all or --bench")
    for n in names:
        if n not in BUILDERS:
            ap.error("unknown workbook %r" % n)
    seen = []
    for n in names:
        if n not in seen:
            seen.append(n)
            if not a.verify_only:
                generate(n, a.outdir, ods=not a.no_ods)
    if a.verify or a.verify_only:
        return 0 if verify(seen, a.outdir, ("xlsx",) if a.no_ods else ("xlsx", "ods")) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
