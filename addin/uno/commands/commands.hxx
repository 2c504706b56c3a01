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
    std::u16string message;                             // for the user, in the UI's language, when !ok
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
// Both languages, because the UI's language is known only where it is shown
// (integration.md: Chinese in a Chinese UI, English otherwise).
struct UserFacingError {
    std::u16string zh;
    std::u16string en;

    const std::u16string& in(bool chinese) const { return chinese ? zh : en; }
};

} // namespace huibao::uno
