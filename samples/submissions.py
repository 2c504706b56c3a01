#!/usr/bin/python3
"""Fill the templates of huibao:MakeTemplates as the county's units would, for
the collection cycle of the main job (spec/collection.md).

    /usr/bin/python3 -m samples.submissions TEMPLATES_DIR SUBMISSIONS_DIR [--oxt build/huibao.oxt]

Most units fill their template correctly; some make the mistakes township
files have (an enum not in the list, an amount written in words, a missing
project name, a status without its date). And the awkward files every bureau
gets: one unit sends .xls, one a GB18030 .csv, one a file cut short in
transit, one an .ods with a macro that would run on opening, one a formula
calling WEBSERVICE, one sends twice (the older file is superseded), and one
unit sends nothing. Prints what each file is. Only the templates are read.
"""

import argparse
import datetime
import os
import random
import shutil

import uno

from tests.integration.office import Office, prop

HEADER_ROW = 2  # 0-based: title, 填报单位, header
NATURES = ["新签约", "新建", "续建"]
INDUSTRIES = ["工业", "农业", "服务业", "文旅", "科技"]
INVESTORS = ["安徽恒达新材料有限公司", "合肥智造装备有限公司", "上海汇通物流有限公司", "江苏绿源农业科技有限公司",
             "浙江华美文旅发展有限公司", "深圳创新电子有限公司"]
PROJECTS = ["智能装备产业园", "新型建材生产线", "农产品冷链物流中心", "生态茶园综合体", "电子元器件制造",
            "文旅康养小镇", "光伏组件项目", "食品深加工", "仓储物流园", "中药材种植加工"]
ORIGINS = ["上海", "江苏", "浙江", "广东", "北京"]

# The macro of the .ods that a careless unit sends: on opening it would write
# a marker file next to the submissions (tests check it is never written).
MACRO = """Sub Main
    Dim n As Integer
    n = FreeFile
    Open "{marker}" For Output As #n
    Print #n, "macro ran"
    Close #n
End Sub
"""


def serial(day):
    return float((day - datetime.date(1899, 12, 30)).days)


def project_row(rng, headers, index):
    """One correct project, as a dict from canonical header (without unit) to value."""
    status = rng.choice(["已签约", "已开工", "已投产"])
    signed = datetime.date(2026, rng.randint(1, 4), rng.randint(1, 28))
    started = signed + datetime.timedelta(days=rng.randint(10, 40))
    producing = started + datetime.timedelta(days=rng.randint(20, 60))
    funds = round(rng.uniform(0, 1.5), 2) if status != "已签约" else 0
    row = {
        "序号": index + 1,
        "项目名称": rng.choice(PROJECTS) + ("（二期）" if index % 3 == 2 else ""),
        "建设性质": rng.choice(NATURES),
        "产业类别": rng.choice(INDUSTRIES),
        "战略性新兴产业": rng.choice(["是", "否"]),
        "总投资": round(rng.uniform(1.0, 12.0), 2),
        "实际到位省外资金": funds,
        "项目进展": status,
        "签约日期": serial(signed),
        "平台认定": rng.choice(["是", "否"]),
        "投资方": rng.choice(INVESTORS),
        "投资方来源地": rng.choice(ORIGINS),
    }
    if status in ("已开工", "已投产"):
        row["开工日期"] = serial(started)
    if status == "已投产":
        row["投产日期"] = serial(producing)
    if funds:
        row["到资依据"] = f"进账单{rng.randint(100000, 999999)}"
    return row


MISTAKES = {
    "enum": lambda row: row.update({"建设性质": "新开发"}),
    "words": lambda row: row.update({"总投资": "五千万"}),
    "no-name": lambda row: row.update({"项目名称": ""}),
    "no-date": lambda row: (row.update({"项目进展": "已开工"}), row.pop("开工日期", None)),
}


def bare(header):
    return header.split("（")[0]


def rows_for(rng, headers, count, mistake=None):
    rows = []
    for i in range(count):
        row = project_row(rng, headers, i)
        # Names unique within the file: no duplicate-row finding by chance.
        row["项目名称"] = f"{row['项目名称']}{i + 1}号"
        if mistake and i == 1:
            MISTAKES[mistake](row)
        rows.append(row)
    return [[row.get(bare(h), "") for h in headers] for row in rows]


def fill(doc, rows):
    sheet = doc.Sheets.getByIndex(0)
    width = len(rows[0])
    sheet.getCellRangeByPosition(0, HEADER_ROW + 1, width - 1, HEADER_ROW + len(rows)).setDataArray(
        tuple(tuple(r) for r in rows))
    return sheet


def headers_of(doc):
    sheet = doc.Sheets.getByIndex(0)
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last = cursor.RangeAddress.EndColumn
    return [h for h in sheet.getCellRangeByPosition(0, HEADER_ROW, last, HEADER_ROW).DataArray[0]]


def store(doc, path, filter_name):
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", filter_name), prop("Overwrite", True)))


def add_macro(doc, marker):
    libraries = doc.BasicLibraries
    if not libraries.hasByName("Standard"):
        libraries.createLibrary("Standard")
    libraries.getByName("Standard").insertByName("Module1", MACRO.format(marker=marker))
    script = "vnd.sun.star.script:Standard.Module1.Main?language=Basic&location=document"
    event = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("EventType", "Script"), prop("Script", script)))
    uno.invoke(doc.Events, "replaceByName", ("OnLoad", event))


def write_csv(path, headers, rows):
    def text(value):
        if isinstance(value, float) and value > 40000:  # a date serial
            value = (datetime.date(1899, 12, 30) + datetime.timedelta(days=int(value))).isoformat()
        value = str(value)
        return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\n') else value
    lines = [",".join(text(h) for h in headers)] + [",".join(text(v) for v in row) for row in rows]
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("gb18030"))


def make_submissions(office, templates, outdir, seed=11, webservice_url="http://127.0.0.1:9/huibao-leak"):
    """Writes the units' files into outdir; returns {file name: what it is}."""
    rng = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    names = sorted(n for n in os.listdir(templates) if n.endswith(".xlsx"))
    plan = {}
    special = ["xls", "csv", "corrupt", "macro", "webservice", "twice", "silent"]
    mistakes = list(MISTAKES)
    for i, name in enumerate(names):
        unit = name.split("_")[0]
        kind = special[i] if i < len(special) else "ok"
        mistake = mistakes[i % len(mistakes)] if i >= len(special) and i % 3 == 0 else None
        if kind == "silent":
            plan[f"（{unit}）"] = "未报送"
            continue
        doc = office.load(os.path.join(templates, name))
        try:
            headers = headers_of(doc)
            rows = rows_for(rng, headers, rng.randint(3, 8), mistake)
            target = os.path.join(outdir, name)
            if kind == "csv":
                target = os.path.join(outdir, f"{unit}_申报表.csv")
                write_csv(target, headers, rows)
                plan[os.path.basename(target)] = "GB18030 编码的 .csv"
                continue
            sheet = fill(doc, rows)
            if kind == "webservice":
                remark = headers.index("备注")
                sheet.getCellByPosition(remark, HEADER_ROW + 1).setFormula(f'=WEBSERVICE("{webservice_url}")')
            if kind == "xls":
                target = target[:-len(".xlsx")] + ".xls"
                store(doc, target, "MS Excel 97")
            elif kind == "macro":
                target = target[:-len(".xlsx")] + ".ods"
                add_macro(doc, os.path.join(outdir, "macro-ran.txt"))
                store(doc, target, "calc8")
            else:
                store(doc, target, "Calc MS Excel 2007 XML")
            if kind == "twice":
                older = os.path.join(outdir, f"{unit}_申报表（第一次报送）.xlsx")
                shutil.copy(target, older)
                day_before = os.path.getmtime(target) - 86400
                os.utime(older, (day_before, day_before))
                plan[os.path.basename(older)] = "较早的一份（应为 已替换）"
            if kind == "corrupt":
                with open(target, "rb") as f:
                    data = f.read()
                with open(target, "wb") as f:
                    f.write(data[:len(data) // 2])
            plan[os.path.basename(target)] = {
                "xls": ".xls（Excel 97-2003）", "corrupt": "传输中截断的文件", "macro": "带宏的 .ods（宏不得运行）",
                "webservice": "含 WEBSERVICE 公式（不得求值）", "twice": "重新报送的一份",
            }.get(kind, f"有错误：{mistake}" if mistake else "填写正确")
        finally:
            doc.close(True)
    return plan


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("templates")
    parser.add_argument("outdir")
    parser.add_argument("--oxt", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                      "build", "huibao.oxt"))
    args = parser.parse_args(argv)
    with Office(oxt=args.oxt) as office:
        plan = make_submissions(office, args.templates, args.outdir)
    for name, what in plan.items():
        print(f"  {name}: {what}")


if __name__ == "__main__":
    main()
