// Workbooks Huibao writes as files of their own (templates, receipts): a new
// hidden Calc document, stored as .xlsx, closed.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace huibao::uno {

// A new, empty, hidden spreadsheet document (one sheet).
css::uno::Reference<css::sheet::XSpreadsheetDocument>
newHiddenSpreadsheet(const css::uno::Reference<css::uno::XComponentContext>& context);

// Stores the document as Excel 2007+ (.xlsx) at `url`, replacing a file there.
// A Chinese UserFacingError names the file when it cannot be written.
void storeAsXlsx(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const std::u16string& url,
                 std::u16string_view fileName);

// Closes a document Huibao opened (never one of the officer's).
void closeDocument(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace huibao::uno
