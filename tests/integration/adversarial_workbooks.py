"""Workbooks built in a test, cell values written in bulk: what townships
send when nobody checks (issue 9). Each helper returns plain rows; build()
turns a list of (sheet name, rows) into a new Calc document."""

from tests.integration.sample_workbooks import snapshot

HEADER = ("序号", "项目名称", "申报单位", "建设性质", "产业类别", "战略性新兴产业", "总投资", "实际到位省外资金",
          "实际到位境外资金", "项目进展", "签约日期", "开工日期", "投产日期", "平台认定", "到资依据", "投资方")
COLUMN = {name: i for i, name in enumerate(HEADER)}
TOWNSHIP = "晋熙镇"
TARGETS = ("任务分解", [("单位名称", "单位类型", "项目任务", "省外资金任务"),
                      ("晋熙镇", "镇", 3.0, 2.5), ("牛镇镇", "镇", 3.0, 2.0), ("县农委", "县直单位", 1.0, 0.5)])
PARAMETERS = ("参数", [("参数", "值"), ("县名", "太湖县"), ("报告日期", "2026-06-30")])
# Huibao's own sheets: the only ones a command may add or change.
OUTPUT = {"校验结果", "单位考核", "工作汇报", "汇报模板", "汇报数据"}


def project(seq, name, **cells):
    """A project row that passes every rule; keyword arguments replace cells
    by header (序号 → seq is positional)."""
    row = [float(seq), name, TOWNSHIP, "新签约", "工业", "否", 5.0, 1.0, "", "已开工", "2026-02-01",
           "2026-03-01", "", "是", "进账单001", "安徽某科技有限公司"]
    for header, value in cells.items():
        row[COLUMN[header]] = value
    return tuple(row)


def repeated(piece, length):
    """piece repeated to at most `length` UTF-16 code units (a pair never cut)."""
    units = len(piece.encode("utf-16-le")) // 2
    return piece * (length // units)


def _padded(rows):
    width = max(len(r) for r in rows)
    return tuple(tuple(r) + ("",) * (width - len(r)) for r in rows)


def write(sheet, rows, top=0):
    """Writes rows (str: text, never a formula; numbers) with one call."""
    if not rows:
        return
    data = _padded(rows)
    sheet.getCellRangeByPosition(0, top, len(data[0]) - 1, top + len(data) - 1).setDataArray(data)


def build(office, sheets):
    """A new Calc document holding `sheets`: (name, rows) in order."""
    doc = office.new_calc()
    container = doc.getSheets()
    first = container.getByIndex(0)
    for index, (name, rows) in enumerate(sheets):
        if index == 0:
            first.setName(name)
            sheet = first
        else:
            container.insertNewByName(name, index)
            sheet = container.getByName(name)
        write(sheet, rows)
    return doc


def township(rows, header=HEADER, title=True):
    """A township sheet: title, header, the rows, a 填表人 footer."""
    top = [("晋熙镇招商引资项目申报表",)] if title else []
    return top + [header] + list(rows) + [("填表人：张三",)]


def input_snapshot(doc):
    """Every sheet but Huibao's own, as formulas (constants as they are)."""
    return snapshot(doc, skip=OUTPUT)
