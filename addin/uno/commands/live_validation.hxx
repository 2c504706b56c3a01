// Live validation (spec/validation.md, "Live validation"): once Validate has
// run on a document, its edits are validated as they happen. Calc reports a
// typed, pasted, deleted or undone cell range to an XChangesListener
// ("cell-change"; "insert-rows", "delete-rows" … for structure); those rows
// are read in bulk, the core re-checks their sheet and re-joins the
// cross-sheet rules, and only the 校验结果 rows and marks that differ are
// written — with the document's undo manager locked, so that the officer's
// undo history holds only the officer's own edits. A change Calc reports only
// as "modified" (a macro, the sidebar writing 参数, a sheet inserted) is
// looked for in the sheet list, 参数 and 任务分解.
#pragma once

#include "huibao/validation/live_validation.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <memory>

namespace huibao::uno {

// Makes `validator` (just validated and published) the live state of
// `document`, replacing any earlier one.
void startLiveValidation(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                         const css::uno::Reference<css::uno::XComponentContext>& context,
                         std::shared_ptr<LiveValidator> validator);

// Starts watching the input sheets' rows by blocks (a script's writes,
// which Calc reports without their cells) where the document has them now:
// once the command that started live validation has written all its sheets.
void watchLiveRows(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Ends live validation of `document` (ClearMarks; 实时校验 = 否 only pauses it).
void stopLiveValidation(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Ends live validation of `document` and returns its validator when that
// still holds the document's cells as they stand (every reported change taken
// in, no other command since): a validating command may use it instead of
// reading the document again. Null otherwise.
std::shared_ptr<LiveValidator>
takeCurrentLiveValidator(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// The live validator of `document`, or null when it is not live.
std::shared_ptr<const LiveValidator>
liveValidator(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Before a command: the comments live validation still owes to the marks of
// `document` (a pasted block's marks get theirs while the office is idle)
// are written now, or dropped when `writeOwed` is false (ClearMarks), and
// the marks' record is stored as the cells stand: the command and its undo
// step find every mark whole and recorded.
void settleLiveMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, bool writeOwed);

// True while a command runs (a LivePause exists).
bool commandRunning();

// While one exists (a command runs), live validation ignores every change:
// the command's own writes are not edits, and a validating command starts
// live validation afresh.
class LivePause {
public:
    LivePause();
    ~LivePause();
    LivePause(const LivePause&) = delete;
    LivePause& operator=(const LivePause&) = delete;
};

} // namespace huibao::uno
