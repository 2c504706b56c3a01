"""The tables of the spec (workbook.md, validation.md, assessment.md) and its
normalisation, shared by the generator and the reference reader."""

import functools
import re
import unicodedata

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
T2S_TABLE = str.maketrans(T2S)
WHITESPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 18)
def norm(text):
    """The comparison form of workbook.md's normalisation."""
    s = unicodedata.normalize("NFKC", str(text)).translate(T2S_TABLE)
    return WHITESPACE.sub("", s).casefold()


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


def enum_map(syn):
    return {norm(v): k for k, vs in syn.items() for v in vs}


NATURE_MAP = enum_map(NATURE_SYN)
STATUS_MAP = enum_map(STATUS_SYN)
YES_SET = {norm(v) for v in YES}
NO_SET = {norm(v) for v in NO}
TOTAL_WORDS = ("合计", "总计")
FOOTER_WORDS = tuple(norm(w) for w in ("填表人", "填报人", "制表人", "审核人", "联系电话", "备注：", "注：", "说明："))
