// The commands of spec/integration.md, shared by the protocol handler (menu,
// toolbar, sidebar, macros) and the scripting service: each runs on one
// spreadsheet document as one undo step, with progress, and never lets an
// exception out.
#pragma once

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <string_view>

namespace huibao::uno {

struct CommandOutcome {
    bool ok = true;
    // When !ok: the failure in plain Chinese, as the dispatch result, the
    // message box and stderr report it (integration.md), and in English for
    // a script under an English UI (the command line under a non-Chinese
    // locale, collection.md).
    std::u16string message;
    std::u16string englishMessage;
    css::uno::Sequence<css::beans::NamedValue> results; // Errors, Warnings, Units … when ok
};

// Validate, Assess, BuildReport, ClearMarks, ExportPdf, ExportDocument,
// MakeTemplates, ImportSubmissions, WriteReceipts (case as in the URL).
bool isCommand(std::u16string_view name);

// Whether `title` is the undo step of one of these commands.
bool isCommandUndoTitle(std::u16string_view title);

CommandOutcome runCommand(std::u16string_view name,
                          const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const css::uno::Reference<css::uno::XComponentContext>& context,
                          const css::uno::Reference<css::task::XStatusIndicator>& progress,
                          const css::uno::Sequence<css::beans::PropertyValue>& arguments = {},
                          bool interactive = false);

// A failure to show the user as it is: thrown by command code, turned into
// CommandOutcome::message by runCommand.
// Both languages: a failure is reported in Chinese (integration.md), and in
// English to the command line under a non-Chinese locale (collection.md).
struct UserFacingError {
    std::u16string zh;
    std::u16string en;

    const std::u16string& in(bool chinese) const { return chinese ? zh : en; }
};

} // namespace huibao::uno
