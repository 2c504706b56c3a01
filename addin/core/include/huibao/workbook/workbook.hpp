// The county workbook as the core sees it: each sheet's used area read in one
// bulk call by the adapter (spec/workbook.md).
#pragma once

#include "huibao/values/cell.hpp"
#include "huibao/values/date.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace huibao {

struct Sheet {
    std::u16string name;
    // The used area from A1: cells[0] is sheet row 1, cells[r][0] column A.
    Grid cells;
    // Protected sheets are validated and listed, never marked (validation.md).
    bool isProtected = false;
};

struct Workbook {
    std::vector<Sheet> sheets; // in the document's order
    Date nullDate = kDefaultNullDate;
};

// The cell at (row, column) of a grid, or an empty cell outside it; rows of a
// Grid are expected to share one width, but a short row reads as blank.
const Cell& cellAt(const Grid& grid, int row, int column);

// Huibao's own output sheets (校验结果, 单位考核, 工作汇报, 汇报模板) and kept
// copies of them (工作汇报（修改稿）, 工作汇报 (2) …): never read as input.
bool isOutputSheetName(std::u16string_view sheetName);

// The 参数 sheet among these sheet names (its name normalised, the first
// one wins), or -1: how validation and the sidebar both find it.
int parametersSheetIndex(std::span<const std::u16string_view> sheetNames);

} // namespace huibao
