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

void UndoStep::rollBack() {
    if (!manager_.is()) return;
    auto manager = manager_;
    manager_.clear();
    manager->leaveUndoContext();
    // Calc 7.4 crashes undoing a sheet insertion in a hidden document
    // (ScTabView::SetTabNo): there, commands check everything they can
    // before changing anything, and a late failure keeps its changes.
    if (!hidden_ && manager->isUndoPossible() && manager->getCurrentUndoActionTitle() == title_) manager->undo();
}

UndoStep::~UndoStep() {
    try {
        rollBack();
    } catch (...) {
        // Never throw from a destructor; the caller reports the failure.
    }
}

} // namespace huibao::uno
