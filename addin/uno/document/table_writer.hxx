// Writes the core's FormattedTable into a sheet: values in one setDataArray,
// number formats and shading per run of cells (never per cell).
#pragma once

#include "huibao/workbook/formatted_table.hpp"

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

namespace huibao::uno {

struct TableStyle {
    sal_Int32 headerFill = 0xD9E1F2;    // shaded header
    sal_Int32 highlightFill = 0xFCE4D6; // flagged rows
    bool borders = true;
    bool wrapText = false;
};

// Writes header + rows (or the empty note) with the top-left cell at
// (firstRow, firstColumn); returns the range written, header included.
css::table::CellRangeAddress writeFormattedTable(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                                 const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                                 const FormattedTable& table, sal_Int32 firstRow, sal_Int32 firstColumn,
                                                 const TableStyle& style = {});

// The document's key for a number-format code such as "0.00%", added when
// new. `locale` is the language the code's keywords are written in (the
// document's default when empty).
sal_Int32 numberFormatKey(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const std::u16string& code, const css::lang::Locale& locale = {});

// Thin borders around the range and between its rows, and between its
// columns unless `innerColumns` is false.
void drawGrid(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const css::table::CellRangeAddress& range,
              bool innerColumns = true);

} // namespace huibao::uno
