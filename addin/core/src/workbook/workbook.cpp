#include "huibao/workbook/workbook.hpp"

#include "huibao/text/text.hpp"
#include "huibao/workbook/contract.hpp"

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
    const std::u16string key = normalizeKey(sheetName);
    for (auto name : contract::kOutputSheets) {
        if (key.starts_with(name)) return true;
    }
    return false;
}

int parametersSheetIndex(std::span<const std::u16string_view> sheetNames) {
    const std::u16string wanted = normalizeKey(contract::kParametersSheet);
    for (std::size_t index = 0; index < sheetNames.size(); ++index) {
        if (normalizeKey(sheetNames[index]) == wanted) return static_cast<int>(index);
    }
    return -1;
}

} // namespace huibao
