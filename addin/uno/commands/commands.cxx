#include "commands/commands.hxx"

#include "commands/command_scope.hxx"
#include "commands/live_validation.hxx"
#include "commands/undo_step.hxx"
#include "common/ui_language.hxx"
#include "common/uno_conversions.hxx"
#include "document/sheet_view.hxx"
#include "document/write_lock.hxx"

#include "huibao/text/text.hpp"

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <new>
#include <optional>
#include <utility>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using ::rtl::OUString;

namespace {

struct CommandInfo {
    std::u16string_view name;
    std::u16string_view undoTitle;
    Results (*run)(CommandScope&);
    // Takes the marks off: comments live validation still owes them are
    // dropped rather than written first.
    bool clearsMarks = false;
};

const std::array<CommandInfo, 9> kCommands{{
    {u"Validate", u"汇报助手：校验", runValidate},
    {u"Assess", u"汇报助手：单位考核", runAssess},
    {u"BuildReport", u"汇报助手：生成工作汇报", runBuildReport},
    {u"ExportPdf", u"汇报助手：导出PDF", runExportPdf},
    {u"ExportDocument", u"汇报助手：导出Word文档", runExportDocument},
    {u"ClearMarks", u"汇报助手：清除标记", runClearMarks, true},
    {u"MakeTemplates", u"汇报助手：下发模板", runMakeTemplates},
    {u"ImportSubmissions", u"汇报助手：汇总报送", runImportSubmissions},
    {u"WriteReceipts", u"汇报助手：校验回执", runWriteReceipts},
}};

const CommandInfo* findCommand(std::u16string_view name) {
    for (const auto& info : kCommands)
        if (info.name == name) return &info;
    return nullptr;
}

// How a failed command left the document: as it was, or (a hidden document,
// whose changes cannot be undone) with what was written before the failure,
// such as the report sheets an export rebuilt first.
std::u16string documentState(bool changesKept, bool chinese) {
    if (chinese)
        return changesKept ? u"命令未完成；此前已写入的工作表（如重新生成的工作汇报、校验结果）和标记保留在文档中。"
                           : u"文档未作改动。";
    return changesKept ? u"The command did not finish; the sheets written before the failure (such as a rebuilt "
                         u"工作汇报 or 校验结果) and the marks stay in the document."
                       : u"The document was not changed.";
}

std::u16string withDetail(std::u16string text, std::u16string_view detail, bool chinese) {
    if (detail.empty()) return text;
    return text + (chinese ? u"（" : u" (") + std::u16string(detail) + (chinese ? u"）" : u")");
}

std::u16string describe(const css::uno::Exception& error, bool changesKept, bool chinese) {
    return withDetail((chinese ? u"LibreOffice 报告了一个错误，" : u"LibreOffice reported an error. ") +
                          documentState(changesKept, chinese),
                      view(error.Message), chinese);
}

} // namespace

CommandScope::CommandScope(Reference<css::sheet::XSpreadsheetDocument> document,
                           Reference<css::uno::XComponentContext> context,
                           Reference<css::task::XStatusIndicator> progress,
                           css::uno::Sequence<css::beans::PropertyValue> arguments, bool interactive)
    : document_(std::move(document)), context_(std::move(context)), progress_(std::move(progress)),
      arguments_(std::move(arguments)), interactive_(interactive), trace_(std::getenv("HUIBAO_TRACE") != nullptr),
      stageStart_(std::chrono::steady_clock::now()), stage_(u"开始") {}

CommandScope::~CommandScope() {
    try {
        if (trace_) traceStage(u"结束");
        if (progress_.is() && started_) progress_->end();
    } catch (...) {}
}

void CommandScope::traceStage(std::u16string_view next) {
    const auto now = std::chrono::steady_clock::now();
    const auto ms = std::chrono::duration<double, std::milli>(now - stageStart_).count();
    std::fprintf(stderr, "huibao-trace %9.1f ms  %s\n", ms, toUtf8(stage_).c_str());
    stageStart_ = now;
    stage_.assign(next);
}

void CommandScope::runAfterUndoStep() {
    for (auto& action : std::exchange(afterUndoStep_, {})) {
        try {
            action();
        } catch (...) {
            // A view setting that cannot be made (no view), or live
            // validation that cannot start, is not the command's failure.
        }
    }
}

void CommandScope::progress(const UiText& text, int percent) {
    if (trace_) traceStage(text.zh);
    if (!progress_.is()) return;
    try {
        if (!started_) {
            progress_->start(uiText(context_, text), 100);
            started_ = true;
        } else {
            progress_->setText(uiText(context_, text));
        }
        progress_->setValue(percent);
    } catch (const css::uno::Exception&) {
        progress_.clear(); // a status bar that fails is not worth failing for
    }
}

void addResult(Results& results, const char* name, sal_Int32 value) {
    results.emplace_back(OUString::createFromAscii(name), css::uno::Any(value));
}

void addResult(Results& results, const char* name, const OUString& value) {
    results.emplace_back(OUString::createFromAscii(name), css::uno::Any(value));
}

bool isCommand(std::u16string_view name) {
    return findCommand(name) != nullptr;
}

bool isCommandUndoTitle(std::u16string_view title) {
    return std::any_of(kCommands.begin(), kCommands.end(),
                       [title](const CommandInfo& info) { return info.undoTitle == title; });
}

CommandOutcome runCommand(std::u16string_view name, const Reference<css::sheet::XSpreadsheetDocument>& document,
                          const Reference<css::uno::XComponentContext>& context,
                          const Reference<css::task::XStatusIndicator>& progress,
                          const css::uno::Sequence<css::beans::PropertyValue>& arguments, bool interactive) {
    CommandOutcome outcome;
    // A failure in both languages: `text(chinese)` gives each.
    auto fail = [&outcome](const auto& text) {
        outcome.ok = false;
        outcome.message = text(true);
        outcome.englishMessage = text(false);
    };
    const auto* info = findCommand(name);
    if (!info) {
        fail([name](bool chinese) {
            return (chinese ? u"汇报助手不认识这个命令：" : u"Huibao has no command ") + std::u16string(name);
        });
        return outcome;
    }
    settleLiveMarks(document, !info->clearsMarks);
    LivePause pause; // a command's writes are not edits, nor is undoing them
    CommandScope scope(document, context, progress, arguments, interactive);
    // Destroyed after the undo step: the officer's sheet comes back after it.
    ActiveSheetParked parked(document);
    std::optional<UndoStep> undo;
    // A document saved as it stands and still so has nothing of the command
    // in it, whatever its undo stack shows (Calc may keep an empty step).
    auto modified = [&document] {
        Reference<css::util::XModifiable> modifiable(document, css::uno::UNO_QUERY);
        return !modifiable.is() || modifiable->isModified();
    };
    const bool modifiedBefore = modified();
    // Undoes what a failed command wrote, where it can: true when changes stay.
    auto rolledBack = [&undo, &scope, &modified, modifiedBefore] {
        bool kept = false;
        try {
            kept = undo && undo->rollBack();
        } catch (...) {
            kept = true;
        }
        undo.reset();
        return kept && !scope.wroteNothing() && (modifiedBefore || modified());
    };
    try {
        undo.emplace(document, info->undoTitle);
        Results results;
        {
            WriteLock lock(document);
            results = info->run(scope);
        }
        undo->commit();
        scope.runAfterUndoStep();
        outcome.results = css::uno::Sequence<css::beans::NamedValue>(results.data(), sal_Int32(results.size()));
    } catch (const UserFacingError& error) {
        // Huibao's own messages come before any change (the commands check
        // first); one raised later says so when the changes stay.
        const bool kept = rolledBack();
        fail([&](bool chinese) {
            return error.in(chinese) + (kept ? (chinese ? u"" : u" ") + documentState(true, chinese) : u"");
        });
    } catch (const css::uno::Exception& error) {
        const bool kept = rolledBack();
        fail([&](bool chinese) { return describe(error, kept, chinese); });
    } catch (const std::bad_alloc&) {
        const bool kept = rolledBack();
        fail([&](bool chinese) {
            return (chinese ? u"内存不足，" : u"Out of memory. ") + documentState(kept, chinese);
        });
    } catch (const std::exception& error) {
        const bool kept = rolledBack();
        fail([&](bool chinese) {
            return withDetail((chinese ? u"汇报助手内部错误，" : u"Huibao failed inside. ") +
                                  documentState(kept, chinese),
                              fromUtf8(error.what()), chinese);
        });
    } catch (...) {
        const bool kept = rolledBack();
        fail([&](bool chinese) {
            return (chinese ? u"汇报助手内部错误，" : u"Huibao failed inside. ") + documentState(kept, chinese);
        });
    }
    return outcome;
}

} // namespace huibao::uno
