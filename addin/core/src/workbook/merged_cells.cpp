#include "huibao/workbook/merged_cells.hpp"

#include "huibao/workbook/submission_layout.hpp"
#include "huibao/workbook/workbook.hpp"

#include <algorithm>
#include <vector>

namespace huibao {
namespace {

// A value shared by every project under a merged cell; an amount or a name
// belongs to one project only.
bool spreadsDown(FieldId id) {
    switch (fieldSpec(id).type) {
    case FieldType::Integer:
    case FieldType::Amount: return false;
    default: return id != FieldId::Name;
    }
}

// Which columns of a recognised header spread their merged values.
std::vector<char> spreadingColumns(const Grid& grid, const SubmissionLayout& layout) {
    std::vector<char> spreading(grid.front().size(), 0);
    for (const FieldSpec& spec : fieldSpecs()) {
        const int column = layout.columns.column(spec.id);
        if (column >= 0 && std::size_t(column) < spreading.size() && spreadsDown(spec.id)) spreading[column] = 1;
    }
    return spreading;
}

} // namespace

std::optional<MergeSearch> mergeSearch(const Grid& grid) {
    if (grid.empty()) return std::nullopt;
    const auto layout = recognizeHeader(grid);
    if (!layout || layout->lastHeaderRow() + 2 >= int(grid.size())) return std::nullopt; // fewer than two data rows
    MergeSearch search{layout->lastHeaderRow() + 1, int(grid.size()) - 1, {}};
    const auto spreading = spreadingColumns(grid, *layout);
    for (int column = 0; column < int(spreading.size()); ++column)
        if (spreading[column]) search.columns.push_back(column);
    if (search.columns.empty()) return std::nullopt;
    return search;
}

void spreadMergedValues(Grid& grid, std::span<const MergedArea> merges) {
    if (grid.empty() ||
        std::none_of(merges.begin(), merges.end(), [](const MergedArea& area) { return area.lastRow > area.firstRow; }))
        return;
    const auto layout = recognizeHeader(grid);
    if (!layout) return;
    const auto spreading = spreadingColumns(grid, *layout);
    const int seqColumn = layout->columns.column(FieldId::Seq);
    // Whether a row holds anything besides its 序号, before anything is spread.
    const int rows = int(grid.size());
    std::vector<char> ownContent(grid.size(), 0);
    for (int r = layout->lastHeaderRow() + 1; r < rows; ++r) {
        const auto& row = grid[r];
        for (int c = 0; c < int(row.size()); ++c) {
            if (c != seqColumn && !row[c].isBlank()) {
                ownContent[r] = 1;
                break;
            }
        }
    }
    for (const MergedArea& area : merges) {
        const int column = area.firstColumn;
        if (area.lastRow <= area.firstRow || area.firstRow <= layout->lastHeaderRow() || column < 0 ||
            std::size_t(column) >= spreading.size() || !spreading[column] || area.firstRow >= rows)
            continue;
        const Cell value = grid[area.firstRow][column];
        if (value.isBlank()) continue;
        for (int r = area.firstRow + 1; r <= std::min(area.lastRow, rows - 1); ++r) {
            Cell& cell = grid[r][column];
            if (ownContent[r] && cell.isBlank()) cell = value;
        }
    }
}

} // namespace huibao
