#include "huibao/workbook/merged_cells.hpp"

#include "huibao/workbook/submission_layout.hpp"
#include "huibao/workbook/workbook.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_set>
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
    const int rows = int(grid.size());
    const int width = int(grid.front().size());
    // The merges of the data rows (a title's or the header's are not data).
    std::vector<MergedArea> data;
    for (const MergedArea& area : merges)
        if (area.firstRow > layout->lastHeaderRow() && area.firstRow < rows && area.firstColumn >= 0 &&
            area.firstColumn < width)
            data.push_back(area);
    // A cell under a merge shows the merge, whatever it may still hold
    // (LibreOffice's merge dialog can keep the values it hides, and files
    // keep them): that hidden value is no content of its row.
    std::unordered_set<std::uint64_t> covered;
    auto key = [](int r, int c) { return (std::uint64_t(std::uint32_t(r)) << 32) | std::uint32_t(c); };
    for (const MergedArea& area : data)
        for (int r = area.firstRow; r <= std::min(area.lastRow, rows - 1); ++r)
            for (int c = area.firstColumn; c <= std::min(area.lastColumn, width - 1); ++c)
                if (r != area.firstRow || c != area.firstColumn) covered.insert(key(r, c));
    // Whether a row holds anything of its own besides its 序号.
    std::vector<char> ownContent(grid.size(), 0);
    for (int r = layout->lastHeaderRow() + 1; r < rows; ++r) {
        const auto& row = grid[r];
        for (int c = 0; c < int(row.size()); ++c) {
            if (c != seqColumn && !row[c].isBlank() && !covered.count(key(r, c))) {
                ownContent[r] = 1;
                break;
            }
        }
    }
    for (const MergedArea& area : data) {
        const int column = area.firstColumn;
        const Cell value = grid[area.firstRow][column];
        const bool spreads = spreading[column] && area.lastRow > area.firstRow && !value.isBlank();
        for (int r = area.firstRow; r <= std::min(area.lastRow, rows - 1); ++r) {
            for (int c = column; c <= std::min(area.lastColumn, width - 1); ++c) {
                if (r == area.firstRow && c == column) continue;
                // What the printed sheet shows there: the merged value under
                // it in a column that spreads, else nothing.
                grid[r][c] = spreads && c == column && ownContent[r] ? value : Cell{};
            }
        }
    }
}

} // namespace huibao
