"""The generated sample counties (samples/generate.py) and helpers to read a
document back in bulk, shared by the integration tests."""

import json
import os
import tempfile

from samples import generate

_made = {}


def sample(name):
    """{"xlsx", "ods", "ledger"} paths of sample `name`, generated once per process."""
    if name not in _made:
        outdir = tempfile.mkdtemp(prefix=f"huibao-sample-{name}-")
        os.chmod(outdir, 0o755)
        _made[name] = generate.generate(name, outdir, quiet=True)
    return _made[name]


def ledger(name):
    with open(sample(name)["ledger"], encoding="utf-8") as f:
        return json.load(f)


def used_range(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)


def snapshot(doc, skip=()):
    """Every sheet's contents: formulas (which hold constants as they are)
    read in one call per sheet."""
    result = {}
    sheets = doc.getSheets()
    for name in sheets.getElementNames():
        if name in skip:
            continue
        result[name] = used_range(sheets.getByName(name)).getFormulaArray()
    return result


def comment_counts(doc):
    """The number of comments on each sheet (Huibao's marks add some)."""
    sheets = doc.getSheets()
    return {name: sheets.getByName(name).getAnnotations().getCount() for name in sheets.getElementNames()}


def sheet_rows(doc, name):
    return used_range(doc.getSheets().getByName(name)).getDataArray()


def findings_of(doc):
    """The 校验结果 sheet as ledger-style dicts."""
    rows = sheet_rows(doc, "校验结果")
    header = list(rows[0])
    assert header == ["序号", "工作表", "单元格", "行", "字段", "代码", "级别", "说明"], header
    found = []
    for row in rows[1:]:
        if row[0] == "未发现问题":
            continue
        found.append({"sheet": row[1], "cell": row[2], "row": int(row[3]), "field": row[4],
                      "code": row[5], "severity": row[6], "message": row[7]})
    return found


def dispatch_result(office, doc, command):
    """Dispatches huibao:<command>; returns (ok, {name: value} or message)."""
    event = office.dispatch(doc, "huibao:" + command)
    ok = event.State == 1   # com.sun.star.frame.DispatchResultState.SUCCESS
    if ok:
        return True, {v.Name: v.Value for v in event.Result}
    return False, event.Result
