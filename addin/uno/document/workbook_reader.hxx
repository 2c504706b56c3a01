// Reads a Calc document into the core's Workbook: one getDataArray per sheet.
#pragma once

#include "huibao/workbook/workbook.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <vector>

namespace huibao::uno {

Workbook readWorkbook(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// The document's sheets (names, protection) and null date, no cells yet.
Workbook sheetList(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Reads again the input sheets of `workbook` whose `which` entry is set (the
// sheets are the document's, in its order).
void readSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, Workbook& workbook,
                const std::vector<char>& which);

// One sheet's used area from A1 as the core's grid (one getDataArray).
Grid readSheetGrid(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// The same for an input sheet, as validation reads it: a value merged down
// several project rows is in each of them (merged_cells.hpp).
Grid readInputGrid(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// The used area of a sheet, always starting at A1 (an empty sheet gives A1:A1).
css::table::CellRangeAddress usedAreaFromA1(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

} // namespace huibao::uno
