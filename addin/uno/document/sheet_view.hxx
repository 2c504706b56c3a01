// Settings of an output sheet (frozen header, header repeated when printed,
// autofilter), applied without leaving the officer on another sheet.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

namespace huibao::uno {

// Freezes the sheet's first `rows` rows in the document's current view. The
// freeze acts on the active sheet: the sheet is visited and the officer's
// sheet made active again (never inside an undo step, see CommandScope) —
// or, when leaving the officer's sheet would cost Calc a second (a huge
// sheet with many comments), when the officer first opens the sheet.
void freezeRows(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 rows);

// Prints the sheet's first `rows` rows at the top of every page.
void repeatRowsOnEveryPage(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 rows);

// An autofilter on the range, as the sheet's own filter (kept in .ods and
// .xlsx alike); a named database range `legacyName` from earlier versions
// is removed.
void addAutoFilter(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const char* legacyName,
                   const css::table::CellRangeAddress& range);

} // namespace huibao::uno
