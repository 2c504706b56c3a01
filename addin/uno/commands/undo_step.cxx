#include "commands/undo_step.hxx"

#include "common/uno_conversions.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

bool isHidden(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::frame::XModel> model(document, UNO_QUERY);
    if (!model.is()) return false;
    for (const auto& argument : model->getArgs())
        if (argument.Name == "Hidden") {
            bool hidden = false;
            argument.Value >>= hidden;
            return hidden;
        }
    return false;
}

} // namespace

UndoStep::UndoStep(const Reference<css::sheet::XSpreadsheetDocument>& document, std::u16string_view title)
    : title_(toOUString(title)), hidden_(isHidden(document)) {
    Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
    if (supplier.is()) manager_ = supplier->getUndoManager();
    if (manager_.is()) manager_->enterUndoContext(title_);
}

void UndoStep::commit() {
    if (manager_.is()) manager_->leaveUndoContext();
    manager_.clear();
}

bool UndoStep::rollBack() {
    if (!manager_.is()) return false;
    auto manager = manager_;
    manager_.clear();
    manager->leaveUndoContext();
    const bool wrote = manager->isUndoPossible() && manager->getCurrentUndoActionTitle() == title_;
    // Calc 7.4 crashes undoing a sheet insertion in a hidden document
    // (ScTabView::SetTabNo): there, commands check everything they can
    // before changing anything, and a late failure keeps its changes.
    if (!wrote) return false;
    if (hidden_) return true;
    manager->undo();
    return false;
}

UndoStep::~UndoStep() {
    try {
        rollBack();
    } catch (...) {
        // Never throw from a destructor; the caller reports the failure.
    }
}

} // namespace huibao::uno
