// Cells merged down several rows of a submission (spec/workbook.md §1 does
// not name them; township templates are full of them): 申报单位 merged over
// the rows of one department on a combined sheet, 项目进展 or 产业类别 merged
// over a group of projects. A spreadsheet keeps the value in the merged
// area's first cell only; the rows below read as blank.
#pragma once

#include "huibao/values/cell.hpp"

#include <optional>
#include <span>
#include <vector>

namespace huibao {

// A rectangle of merged cells, 0-based grid rows and columns, inclusive.
struct MergedArea {
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    friend bool operator==(const MergedArea&, const MergedArea&) = default;
};

// Where merged values of a submission sheet would be spread: the rows below
// its header and the columns whose values spread (see spreadMergedValues),
// so that the adapter looks for merges there only. nullopt: not a
// submission sheet, or no such column.
struct MergeSearch {
    int firstRow = 0;
    int lastRow = 0;
    std::vector<int> columns; // ascending
};
std::optional<MergeSearch> mergeSearch(const Grid& grid);

// Gives each data row of a submission sheet that a vertically merged cell
// spans the merged value, as the printed sheet shows it. Only columns whose
// value describes every project of the group are spread (申报单位, the enums,
// yes/no, dates and texts other than 项目名称); an amount, 序号 or 项目名称
// stays with its first row, so nothing is counted twice. A row that holds
// nothing of its own (an empty template row under the merge) stays blank.
// A value a merge hides (LibreOffice can keep them, files do) is read as the
// sheet shows it: the merged value, or nothing.
// Grids that are not submission sheets are left as they are.
void spreadMergedValues(Grid& grid, std::span<const MergedArea> merges);

} // namespace huibao
