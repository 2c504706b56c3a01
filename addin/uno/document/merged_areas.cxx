#include "document/merged_areas.hxx"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/util/XMergeable.hpp>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

// Whether a merged area starts inside the range (XMergeable::getIsMerged).
bool holdsMergeStart(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 firstColumn, sal_Int32 firstRow,
                     sal_Int32 lastColumn, sal_Int32 lastRow) {
    return Reference<css::util::XMergeable>(sheet->getCellRangeByPosition(firstColumn, firstRow, lastColumn, lastRow),
                                            UNO_QUERY_THROW)
        ->getIsMerged();
}

// The merged area around a cell range: the range itself grown to every merge it overlaps.
css::table::CellRangeAddress grownToMerges(const Reference<css::sheet::XSpreadsheet>& sheet,
                                           const css::table::CellRangeAddress& area) {
    auto cursor = sheet->createCursorByRange(Reference<css::sheet::XSheetCellRange>(
        sheet->getCellRangeByPosition(area.StartColumn, area.StartRow, area.EndColumn, area.EndRow), UNO_QUERY_THROW));
    cursor->collapseToMergedArea();
    return Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
}

// Halves rows first..last of one column down to each merge's first cell.
void findStarts(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 first, sal_Int32 last,
                std::vector<MergedArea>& found) {
    if (first == last) {
        css::table::CellRangeAddress cell{0, column, first, column, first};
        const auto area = grownToMerges(sheet, cell);
        found.push_back({int(area.StartRow), int(area.StartColumn), int(area.EndRow), int(area.EndColumn)});
        return;
    }
    const sal_Int32 middle = first + (last - first) / 2;
    if (holdsMergeStart(sheet, column, first, column, middle)) findStarts(sheet, column, first, middle, found);
    if (holdsMergeStart(sheet, column, middle + 1, column, last)) findStarts(sheet, column, middle + 1, last, found);
}

// The merges starting in rows first..last of `columns` (ascending): one
// call when there is none between the first and the last column.
std::vector<MergedArea> mergesStartingIn(const Reference<css::sheet::XSpreadsheet>& sheet,
                                         const std::vector<sal_Int32>& columns, sal_Int32 first, sal_Int32 last) {
    std::vector<MergedArea> found;
    if (columns.empty() || !holdsMergeStart(sheet, columns.front(), first, columns.back(), last)) return found;
    for (const sal_Int32 column : columns)
        if (holdsMergeStart(sheet, column, first, column, last)) findStarts(sheet, column, first, last, found);
    return found;
}

} // namespace

std::vector<MergedArea> mergedAreas(const Reference<css::sheet::XSpreadsheet>& sheet,
                                    const css::table::CellRangeAddress& area) {
    std::vector<sal_Int32> columns;
    for (sal_Int32 column = area.StartColumn; column <= area.EndColumn; ++column) columns.push_back(column);
    return mergesStartingIn(sheet, columns, area.StartRow, area.EndRow);
}

void spreadSheetMerges(const Reference<css::sheet::XSpreadsheet>& sheet, Grid& grid) {
    const auto search = mergeSearch(grid);
    if (!search) return;
    const std::vector<sal_Int32> columns(search->columns.begin(), search->columns.end());
    if (auto found = mergesStartingIn(sheet, columns, search->firstRow, search->lastRow); !found.empty())
        spreadMergedValues(grid, found);
}

bool touchesMergedArea(const Reference<css::sheet::XSpreadsheet>& sheet, const css::table::CellRangeAddress& area) {
    if (holdsMergeStart(sheet, area.StartColumn, area.StartRow, area.EndColumn, area.EndRow)) return true;
    const auto grown = grownToMerges(sheet, area);
    return grown.StartRow != area.StartRow || grown.StartColumn != area.StartColumn || grown.EndRow != area.EndRow ||
           grown.EndColumn != area.EndColumn;
}

void mergeAreas(const Reference<css::sheet::XSpreadsheet>& target, const std::vector<MergedArea>& areas) {
    for (const MergedArea& area : areas) {
        Reference<css::util::XMergeable>(
            target->getCellRangeByPosition(area.firstColumn, area.firstRow, area.lastColumn, area.lastRow),
            UNO_QUERY_THROW)
            ->merge(true);
    }
}

} // namespace huibao::uno
