// Test helper: small workbooks for the validation tests, written as tables.
#pragma once

#include "huibao/validation/validation.hpp"
#include "utf8_view.hpp"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

namespace huibao::test {

// A cell written in a table literal: text, a number, or blank ("").
struct C {
    Cell cell;
    C(const char16_t* text) : cell(*text ? Cell::ofText(text) : Cell{}) {}
    C(std::u16string text) : cell(text.empty() ? Cell{} : Cell::ofText(std::move(text))) {}
    C(double value) : cell(Cell::ofNumber(value)) {}
    C(int value) : cell(Cell::ofNumber(value)) {}
    C(Cell value) : cell(std::move(value)) {}
};

using Row = std::vector<C>;

// Pads the rows to one width, as getDataArray returns them.
inline Grid makeGrid(const std::vector<Row>& rows) {
    std::size_t width = 0;
    for (const auto& row : rows) width = std::max(width, row.size());
    Grid grid;
    for (const auto& row : rows) {
        std::vector<Cell> cells;
        for (const auto& c : row) cells.push_back(c.cell);
        cells.resize(width);
        grid.push_back(std::move(cells));
    }
    return grid;
}

inline const Date kToday{2026, 6, 30};

// The full header of a submission sheet, columns A..P.
inline Row standardHeader() {
    return {u"序号",     u"项目名称",         u"申报单位",         u"建设性质", u"产业类别", u"战略性新兴产业",
            u"总投资",   u"实际到位省外资金", u"实际到位境外资金", u"项目进展", u"签约日期", u"开工日期",
            u"投产日期", u"平台认定",         u"到资依据",         u"投资方"};
}

// A row that passes every rule under standardHeader(), with some cells replaced
// (keyed by canonical header).
inline Row project(std::u16string name, std::map<std::u16string, C> overrides = {}) {
    Row row = {1,   C(name),   u"晋熙镇",     u"新签约",     u"工业", u"否", 5.0,          1.0,
               u"", u"已开工", u"2026-02-01", u"2026-03-01", u"",     u"是", u"进账单001", u"安徽某科技有限公司"};
    const Row header = standardHeader();
    for (auto& [field, value] : overrides) {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (header[i].cell.text == field) row[i] = value;
        }
    }
    return row;
}

inline Sheet makeSheet(std::u16string name, const std::vector<Row>& rows, bool isProtected = false) {
    return Sheet{std::move(name), makeGrid(rows), isProtected};
}

// A targets sheet registering 晋熙镇 (alias 晋熙镇政府), 牛镇镇, 县农委 and 开发区管委会.
inline Sheet targetsSheet() {
    return makeSheet(u"任务分解",
                     {
                         {u"2026年招商引资任务分解表"},
                         {u"单位名称", u"单位类型", u"招商团", u"别名", u"项目任务", u"省外资金任务", u"境外资金任务"},
                         {u"晋熙镇", u"镇", u"第一招商团", u"晋熙镇人民政府", 3, 2.5, 100},
                         {u"牛镇镇", u"乡镇", u"第一招商团", u"", 3, 2.0, u""},
                         {u"县农委", u"县直单位", u"第二招商团", u"农委、农业农村局", 1, 0.5, u""},
                         {u"开发区管委会", u"部门", u"第二招商团", u"开发区", 5, 10, 500},
                     });
}

inline Workbook makeWorkbook(std::vector<Sheet> sheets) {
    return Workbook{std::move(sheets), kDefaultNullDate};
}

// Findings reduced to what tests compare: "sheet!A1 code[field]".
inline std::string describe(const Finding& f) {
    std::string column;
    for (int n = f.targetColumn() + 1; n > 0; n = (n - 1) / 26) column.insert(column.begin(), char('A' + (n - 1) % 26));
    return utf8(f.sheetName) + "!" + column + std::to_string(f.row) + " " + std::string(codeName(f.code)) + "[" +
           utf8(f.field) + "]";
}

inline std::vector<std::string> describeAll(const std::vector<Finding>& findings) {
    std::vector<std::string> result;
    for (const auto& f : findings) result.push_back(describe(f));
    return result;
}

inline std::vector<std::string> codesOf(const std::vector<Finding>& findings) {
    std::vector<std::string> result;
    for (const auto& f : findings) result.emplace_back(codeName(f.code));
    return result;
}

// Validates one submission sheet (with the standard header on row 1) holding `rows`.
inline ValidationResult validateRows(const std::vector<Row>& rows, bool withTargets = false) {
    std::vector<Row> all = {standardHeader()};
    all.insert(all.end(), rows.begin(), rows.end());
    std::vector<Sheet> sheets;
    if (withTargets) sheets.push_back(targetsSheet());
    sheets.push_back(makeSheet(u"晋熙镇", all));
    return validateWorkbook(makeWorkbook(std::move(sheets)), kToday);
}

} // namespace huibao::test
