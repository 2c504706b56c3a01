// What a running command works with: its document, the component context and
// the status-bar progress. Command bodies get one and return their results.
#pragma once

#include "common/ui_language.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <functional>
#include <string_view>
#include <vector>

namespace huibao::uno {

class CommandScope {
public:
    CommandScope(css::uno::Reference<css::sheet::XSpreadsheetDocument> document,
                 css::uno::Reference<css::uno::XComponentContext> context,
                 css::uno::Reference<css::task::XStatusIndicator> progress,
                 css::uno::Sequence<css::beans::PropertyValue> arguments = {}, bool interactive = false);
    ~CommandScope();

    // The dispatch arguments (Folder, Files …); empty from the menu.
    const css::uno::Sequence<css::beans::PropertyValue>& arguments() const { return arguments_; }
    // A visible window is there to show a picker in.
    bool interactive() const { return interactive_; }

    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document() const { return document_; }
    const css::uno::Reference<css::uno::XComponentContext>& context() const { return context_; }

    // Shows `text`, in the UI's language, in the status bar with `percent`
    // (0..100) done.
    void progress(const UiText& text, int percent);
    // Marks the start of a step inside a stage, for HUIBAO_TRACE only.
    void trace(std::u16string_view step) {
        if (trace_) traceStage(step);
    }

    // A command that has written nothing to the document (an export from
    // the report already built) says so: a failure then reports the
    // document unchanged, whatever its undo stack holds.
    void writesNothing() { writesNothing_ = true; }
    bool wroteNothing() const { return writesNothing_; }

    // Work that follows everything the command writes, once its undo step
    // is closed: view settings (a frozen header) that need the sheet active
    // (switching sheets inside the step makes Calc 7.4 drop the step's
    // earlier sheet insertions), and the start of live validation.
    void afterUndoStep(std::function<void()> action) { afterUndoStep_.push_back(std::move(action)); }
    void runAfterUndoStep();

private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::task::XStatusIndicator> progress_;
    css::uno::Sequence<css::beans::PropertyValue> arguments_;
    bool interactive_ = false;
    bool started_ = false;
    // HUIBAO_TRACE=1 prints each stage's time to stderr, for finding where
    // a slow command spends it (benchmarks read soffice's log).
    bool trace_ = false;
    std::chrono::steady_clock::time_point stageStart_;
    std::u16string stage_;
    void traceStage(std::u16string_view next);
    bool writesNothing_ = false;
    std::vector<std::function<void()>> afterUndoStep_;
};

// Results are NamedValues (integration.md: Errors, Warnings, Units …).
using Results = std::vector<css::beans::NamedValue>;
void addResult(Results& results, const char* name, sal_Int32 value);
void addResult(Results& results, const char* name, const ::rtl::OUString& value);

// The command bodies, one file each.
Results runValidate(CommandScope& scope);
Results runAssess(CommandScope& scope);
Results runBuildReport(CommandScope& scope);
Results runExportPdf(CommandScope& scope);
Results runExportDocument(CommandScope& scope);
Results runClearMarks(CommandScope& scope);
Results runMakeTemplates(CommandScope& scope);
Results runImportSubmissions(CommandScope& scope);
Results runWriteReceipts(CommandScope& scope);

} // namespace huibao::uno
