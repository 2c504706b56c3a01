// View settings of an output sheet (frozen header, autofilter), applied
// without leaving the officer on another sheet.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

namespace huibao::uno {

// Freezes the rows above `rows` of the sheet in the document's view, if it has one.
void freezeRows(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 rows);

// An autofilter on the range, kept in a database range named `name`
// (replaced when it exists).
void addAutoFilter(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const char* name,
                   const css::table::CellRangeAddress& range);

} // namespace huibao::uno
