// Settings of an output sheet (header repeated when printed, autofilter),
// applied without leaving the officer on another sheet.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

namespace huibao::uno {

// Prints the sheet's first `rows` rows at the top of every page.
void repeatRowsOnEveryPage(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 rows);

// An autofilter on the range, as the sheet's own filter (kept in .ods and
// .xlsx alike); a named database range `legacyName` from earlier versions
// is removed.
void addAutoFilter(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const char* legacyName,
                   const css::table::CellRangeAddress& range);

} // namespace huibao::uno
