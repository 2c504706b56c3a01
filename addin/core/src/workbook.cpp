#include "huibao/workbook.hpp"

#include "huibao/text.hpp"

namespace huibao {

const Cell& cellAt(const Grid& grid, int row, int column) {
    static const Cell blank;
    if (row < 0 || column < 0 || row >= static_cast<int>(grid.size())) return blank;
    const auto& cells = grid[row];
    if (column >= static_cast<int>(cells.size())) return blank;
    return cells[column];
}

bool isOutputSheetName(std::u16string_view sheetName) {
    // A kept copy is any name that starts with an output sheet's name
    // (工作汇报（修改稿）, 工作汇报 (2), 工作汇报2026): users rename copies freely,
    // and reading a copy of our own report as input would count it twice.
    static constexpr std::u16string_view kOutputNames[] = {u"校验结果", u"单位考核", u"工作汇报", u"汇报模板"};
    const std::u16string key = normalizeKey(sheetName);
    for (auto name : kOutputNames) {
        if (key.starts_with(name)) return true;
    }
    return false;
}

} // namespace huibao
