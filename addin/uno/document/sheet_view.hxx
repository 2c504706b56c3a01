// Settings of an output sheet (frozen header, header repeated when printed,
// autofilter), applied without leaving the officer on another sheet.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <rtl/ustring.hxx>

namespace huibao::uno {

// Freezes the sheet's first `rows` rows in the document's current view. The
// freeze acts on the active sheet: the sheet is visited and the officer's
// sheet made active again (never inside an undo step, see CommandScope) —
// or, when leaving the officer's sheet would cost Calc a second (a huge
// sheet with many comments), when the officer first opens the sheet.
void freezeRows(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 rows);

// Calc 7.4 leaves the sheets inserted or removed before the active sheet out
// of an undo context: the view follows its sheet to its new index, which
// Calc takes as switching sheets (found by the spec-only review: BuildReport
// with the officer on a sheet after the output sheets' places, then one
// undo took only 汇报数据 away). For a command's undo step the view stands
// on the first sheet, which no output sheet precedes, and goes back to the
// officer's sheet (by name) when this ends. Nothing is moved when the
// officer is on the first sheet, without a view, or when leaving the sheet
// would cost Calc seconds (see freezeRows).
class ActiveSheetParked {
public:
    explicit ActiveSheetParked(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) noexcept;
    ~ActiveSheetParked();
    ActiveSheetParked(const ActiveSheetParked&) = delete;
    ActiveSheetParked& operator=(const ActiveSheetParked&) = delete;

private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
    css::uno::Reference<css::sheet::XSpreadsheetView> view_;
    ::rtl::OUString officersSheet_;
};

// Prints the sheet's first `rows` rows at the top of every page.
void repeatRowsOnEveryPage(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 rows);

// An autofilter on the range, as the sheet's own filter (kept in .ods and
// .xlsx alike); a named database range `legacyName` from earlier versions
// is removed.
void addAutoFilter(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const char* legacyName,
                   const css::table::CellRangeAddress& range);

} // namespace huibao::uno
