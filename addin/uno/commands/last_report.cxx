#include "commands/last_report.hxx"

#include "document/writer_report.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XEventListener.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <algorithm>
#include <mutex>
#include <optional>
#include <vector>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using ::rtl::OUString;

namespace {

// Where the document's undo stack stands: its top step and its depth.
struct UndoState {
    OUString top;
    sal_Int32 depth = 0;
    bool operator==(const UndoState&) const = default;
};

// The running command's undo context is already the top step (Calc adds it
// when it is entered, titled with the command): `afterCommand` counts it
// (the state the command leaves), else the state the command found. Null
// when the document records no undo to tell changes by.
std::optional<UndoState> undoState(const Reference<css::sheet::XSpreadsheetDocument>& document, bool afterCommand) {
    try {
        Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
        auto manager = supplier.is() ? supplier->getUndoManager() : nullptr;
        // Inside a context Calc reports no undo possible; when it does, the
        // command's step was not entered (undo is off): nothing to tell by.
        if (!manager.is() || manager->isUndoPossible()) return std::nullopt;
        const auto titles = manager->getAllUndoActionTitles(); // most recent first
        const sal_Int32 skip = afterCommand ? 0 : 1;
        if (titles.getLength() <= skip) return std::nullopt;
        return UndoState{titles[skip], titles.getLength() - skip};
    } catch (const css::uno::Exception&) {
        return std::nullopt;
    }
}

struct Remembered {
    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> document;
    // The state the build left, and those left by exports that reused it
    // (Calc keeps their empty undo steps on the stack).
    std::vector<UndoState> states;
    std::shared_ptr<const BuiltReport> built;
    // The hidden Writer document an export made from `built` (the other
    // export stores it again), and whether the workbook's closing is
    // listened to, to close it then.
    Reference<css::lang::XComponent> writer;
    bool listening = false;
};

std::mutex mutex;
// Never destroyed: a Writer document released after LibreOffice has gone
// at exit would crash it (as live validation's session map did).
Remembered& remembered = *new Remembered;

// What was remembered before, for closing outside the lock (closing a
// document calls back into listeners).
Reference<css::lang::XComponent> forgetLocked() {
    auto writer = std::move(remembered.writer);
    remembered.writer.clear();
    remembered.document = Reference<css::sheet::XSpreadsheetDocument>();
    remembered.states.clear();
    remembered.built.reset();
    remembered.listening = false;
    return writer;
}

// The workbook closes: the Writer document kept for it goes too.
class WorkbookClosed : public cppu::WeakImplHelper1<css::lang::XEventListener> {
public:
    void SAL_CALL disposing(const css::lang::EventObject& event) override {
        Reference<css::lang::XComponent> writer;
        {
            std::lock_guard lock(mutex);
            const Reference<css::sheet::XSpreadsheetDocument> document = remembered.document;
            if (document.is() && document != event.Source) return;
            writer = forgetLocked();
        }
        closeReportDocument(writer);
    }
};

// A kept document still open (LibreOffice closes every document when it
// ends; one closed under us must not be stored again).
bool isOpen(const Reference<css::lang::XComponent>& document) {
    try {
        Reference<css::frame::XModel> model(document, UNO_QUERY);
        return model.is() && model->getCurrentController().is();
    } catch (const css::uno::Exception&) {
        return false;
    }
}

} // namespace

void rememberReport(CommandScope& scope, std::shared_ptr<const BuiltReport> built) {
    auto state = undoState(scope.document(), true);
    Reference<css::lang::XComponent> replaced;
    {
        std::lock_guard lock(mutex);
        replaced = forgetLocked();
        if (state) {
            remembered.document = scope.document();
            remembered.states = {*state};
            remembered.built = std::move(built);
        }
    }
    closeReportDocument(replaced);
}

std::shared_ptr<const BuiltReport> rememberedReport(CommandScope& scope) {
    const auto state = undoState(scope.document(), false);
    const auto after = undoState(scope.document(), true);
    std::lock_guard lock(mutex);
    const Reference<css::sheet::XSpreadsheetDocument> document = remembered.document;
    if (!state || !after || !remembered.built || document != scope.document() ||
        std::find(remembered.states.begin(), remembered.states.end(), *state) == remembered.states.end())
        return nullptr;
    remembered.states.push_back(*after);
    return remembered.built;
}

Reference<css::lang::XComponent> keptWriterDocument(const std::shared_ptr<const BuiltReport>& built) {
    Reference<css::lang::XComponent> writer;
    {
        std::lock_guard lock(mutex);
        if (!built || built != remembered.built) return nullptr;
        writer = remembered.writer;
    }
    return writer.is() && isOpen(writer) ? writer : nullptr;
}

bool keepWriterDocument(const std::shared_ptr<const BuiltReport>& built,
                        const Reference<css::lang::XComponent>& writer) {
    Reference<css::lang::XComponent> replaced;
    Reference<css::lang::XComponent> workbook;
    {
        std::lock_guard lock(mutex);
        if (!built || built != remembered.built) return false;
        if (remembered.writer != writer) replaced = remembered.writer;
        remembered.writer = writer;
        if (!remembered.listening) {
            workbook.set(Reference<css::sheet::XSpreadsheetDocument>(remembered.document), UNO_QUERY);
            remembered.listening = workbook.is();
        }
    }
    if (workbook.is()) workbook->addEventListener(new WorkbookClosed);
    closeReportDocument(replaced);
    return true;
}

} // namespace huibao::uno
