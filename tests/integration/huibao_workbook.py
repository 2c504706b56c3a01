"""A small county workbook built in a test: a 参数 sheet and one township
sheet (晋熙镇) with a few project rows, one of them bad, one suspicious."""


TOWNSHIP = "晋熙镇"
HEADER = ("序号", "项目名称", "申报单位", "建设性质", "产业类别", "总投资", "项目进展", "投资方")
ROWS = (
    (1, "甲项目", TOWNSHIP, "新签约", "工业", 1.5, "在谈", "甲公司"),
    (2, "乙项目", TOWNSHIP, "新签约", "农业", "3OO", "在谈", "乙公司"),     # type-error: letter O
    (3, "丙项目", TOWNSHIP, "新签约", "服务业", 150, "在谈", "丙公司"),     # unit-suspect: 150 亿元
)
EXPECTED_ERRORS = 1
EXPECTED_WARNINGS = 1
FINDINGS_HEADER = ("序号", "工作表", "单元格", "行", "字段", "代码", "级别", "说明")


def fill(doc, with_parameters=True):
    """Turns a fresh Calc document into the test workbook."""
    sheets = doc.getSheets()
    first = sheets.getByIndex(0)
    first.setName(TOWNSHIP)
    write_rows(first, (HEADER,) + ROWS)
    if with_parameters:
        sheets.insertNewByName("参数", sheets.getCount())
        parameters = sheets.getByName("参数")
        write_rows(parameters, (("参数", "值"), ("县名", "太湖县"), ("序时进度口径", "按月")))
        date = parameters.getCellRangeByName("B4")
        parameters.getCellRangeByName("A4").setString("报告日期")
        date.setFormula("=DATE(2026;6;30)")
        date.setValue(date.getValue())        # a plain date serial, not a formula
    return doc


def write_rows(sheet, rows):
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = sheet.getCellByPosition(c, r)
            if isinstance(value, str):
                cell.setString(value)
            else:
                cell.setValue(value)


def sheet_rows(doc, name):
    """The used area of a sheet as tuples (numbers as floats, text as str)."""
    sheet = doc.getSheets().getByName(name)
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()


def named_values(values):
    """sequence<NamedValue> as a dict."""
    return {v.Name: v.Value for v in (values or ())}
