#include "commands/last_report.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
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
};

std::mutex mutex;
Remembered remembered;

} // namespace

void rememberReport(CommandScope& scope, std::shared_ptr<const BuiltReport> built) {
    auto state = undoState(scope.document(), true);
    std::lock_guard lock(mutex);
    remembered = {};
    if (state) remembered = {scope.document(), {*state}, std::move(built)};
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

} // namespace huibao::uno
