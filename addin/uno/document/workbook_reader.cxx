#include "document/workbook_reader.hxx"

#include "common/uno_conversions.hxx"
#include "document/merged_areas.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <algorithm>
#include <future>
#include <iterator>

namespace huibao::uno {
namespace {

// Rows per getDataArray call (see readWorkbook).
constexpr sal_Int32 kRowsPerRead = 16384;

} // namespace

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

css::table::CellRangeAddress usedAreaFromA1(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoEndOfUsedArea(false);
    auto end = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    css::table::CellRangeAddress area;
    area.Sheet = end.Sheet;
    area.StartColumn = 0;
    area.StartRow = 0;
    area.EndColumn = end.EndColumn;
    area.EndRow = end.EndRow;
    return area;
}

Grid readSheetGrid(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const auto area = usedAreaFromA1(sheet);
    Reference<css::sheet::XCellRangeData> data(sheet->getCellRangeByPosition(0, 0, area.EndColumn, area.EndRow),
                                               UNO_QUERY_THROW);
    return toGrid(data->getDataArray());
}

Grid readInputGrid(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Grid grid = readSheetGrid(sheet);
    spreadSheetMerges(sheet, grid);
    return grid;
}

Workbook readWorkbook(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Workbook workbook = sheetList(document);
    readSheets(document, workbook, std::vector<char>(workbook.sheets.size(), 1));
    return workbook;
}

Workbook sheetList(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Workbook workbook;
    workbook.nullDate = nullDateOf(Reference<css::beans::XPropertySet>(document, css::uno::UNO_QUERY));
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const sal_Int32 count = sheets->getCount();
    workbook.sheets.resize(count);
    for (sal_Int32 i = 0; i < count; ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        auto& out = workbook.sheets[i];
        out.name = view(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        out.isProtected = Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->isProtected();
    }
    return workbook;
}

void readSheets(const Reference<css::sheet::XSpreadsheetDocument>& document, Workbook& workbook,
                const std::vector<char>& which) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const sal_Int32 count = std::min(sheets->getCount(), sal_Int32(workbook.sheets.size()));
    // getDataArray runs inside Calc on this thread; turning its values into
    // the core's cells runs on a second one, a block behind (2 cores here).
    // A sheet is read in blocks of rows, so that a 200,000-row sheet overlaps
    // the two as well as thirty small sheets do.
    std::future<Grid> converting;
    sal_Int32 convertingIndex = -1;
    auto collect = [&] {
        if (!converting.valid()) return;
        Grid block = converting.get();
        Grid& cells = workbook.sheets[convertingIndex].cells;
        if (cells.empty()) {
            cells = std::move(block);
        } else {
            cells.insert(cells.end(), std::make_move_iterator(block.begin()), std::make_move_iterator(block.end()));
        }
    };
    for (sal_Int32 i = 0; i < count; ++i) {
        auto& out = workbook.sheets[i];
        // Huibao's own output is never input: skip reading it at all.
        if (std::size_t(i) >= which.size() || !which[i] || isOutputSheetName(out.name)) continue;
        out.cells.clear();
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const auto area = usedAreaFromA1(sheet);
        for (sal_Int32 first = 0; first <= area.EndRow; first += kRowsPerRead) {
            const sal_Int32 last = std::min(area.EndRow, first + kRowsPerRead - 1);
            auto values = Reference<css::sheet::XCellRangeData>(
                              sheet->getCellRangeByPosition(0, first, area.EndColumn, last), UNO_QUERY_THROW)
                              ->getDataArray();
            collect();
            if (first == 0) out.cells.reserve(static_cast<std::size_t>(area.EndRow) + 1);
            // The block's Anys are freed on the converting thread too (about
            // 90 ms of releasing 2 million values on a first Validate).
            converting = std::async(std::launch::async, [values = std::move(values)]() mutable {
                Grid grid = toGrid(values);
                values = {};
                return grid;
            });
            convertingIndex = i;
        }
    }
    collect();
    for (sal_Int32 i = 0; i < count; ++i) {
        auto& out = workbook.sheets[i];
        if (std::size_t(i) >= which.size() || !which[i] || isOutputSheetName(out.name)) continue;
        spreadSheetMerges(Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(i), UNO_QUERY_THROW), out.cells);
    }
}

} // namespace huibao::uno
