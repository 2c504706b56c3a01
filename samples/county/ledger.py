"""The ledger (<name>.ledger.json): the findings and figures a workbook must
give (format in samples/README.md)."""

import json
from decimal import Decimal

from .spec import CODES

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
    def j(v):
        return json.dumps(v, ensure_ascii=False)

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


def ledger_json(wb, findings, result, ctx, seed):
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
        "seed": seed,
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
