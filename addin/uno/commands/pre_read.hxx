// The first command of a session reads every input sheet, and Calc's first
// getDataArray of a freshly loaded document is its slowest (issue 12: most
// of the first Validate's 1.3 s). When a Huibao workbook is opened, its
// input sheets are read in small blocks of rows while the main loop has
// nothing else to do, then validated on a second thread; the first command
// starts from those cells instead of reading them.
//
// Correctness comes first: from the moment reading starts, every change is
// heard (Calc's changes events, the row blocks' modify events, undo and
// redo, the document's modify events). A sheet that changed is read again
// by the command; a change that names no cells (a macro's write outside the
// blocks, a sheet inserted, an undone paste) drops the pre-read entirely.
#pragma once

#include "huibao/validation/live_validation.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <memory>
#include <vector>

namespace huibao::uno {

// Starts reading `document` in the background of the main loop (once per
// document; returns at once). Only workbooks with a 参数 or 任务分解 sheet
// are read: another spreadsheet the officer opens costs nothing.
void startPreRead(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  const css::uno::Reference<css::uno::XComponentContext>& context);

// Ends the pre-read of `document` and returns a validator of the document's
// cells as they stand: the rows not yet read and every sheet changed since
// are read now. Null when there was none or it cannot be trusted (the caller
// reads the whole document). The caller still re-reads formula values of
// the sheets not in `readNow` (sheet indices set to 1: read by this call, so
// their formula values are the document's).
std::shared_ptr<LiveValidator> takePreRead(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                           const Date& today, std::vector<char>& readNow);

// Ends the pre-read of `document`, if any, without using it.
void dropPreRead(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace huibao::uno
