#include "commands/undo_step.hxx"

#include "common/uno_conversions.hxx"
#include "document/marks_in_place.hxx"
#include "document/note_tails.hxx"

#include <com/sun/star/document/XUndoAction.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using ::rtl::OUString;

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

// The marks' record as it was before a command and after it. Held weakly:
// the document owns its undo stack.
class RecordChange : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    RecordChange(const Reference<css::sheet::XSpreadsheetDocument>& document, OUString before, OUString after)
        : document_(document), before_(std::move(before)), after_(std::move(after)) {}

    OUString SAL_CALL getTitle() override { return "HuibaoMarks"; }
    void SAL_CALL undo() override { set(before_); }
    void SAL_CALL redo() override { set(after_); }

private:
    void set(const OUString& record) {
        Reference<css::sheet::XSpreadsheetDocument> document(document_);
        if (document.is()) setMarkRecord(document, record);
    }

    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> document_;
    OUString before_;
    OUString after_;
};

// Huibao's lines after officers' comments, added or taken off by the step.
class NoteTailChange : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    NoteTailChange(const Reference<css::sheet::XSpreadsheetDocument>& document, std::vector<NoteTailEdit> edits)
        : document_(document), edits_(std::move(edits)) {}

    OUString SAL_CALL getTitle() override { return "HuibaoNotes"; }
    void SAL_CALL undo() override { replay(false); }
    void SAL_CALL redo() override { replay(true); }

private:
    void replay(bool forward) {
        Reference<css::sheet::XSpreadsheetDocument> document(document_);
        if (document.is()) replayNoteTails(document, edits_, forward);
    }

    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> document_;
    std::vector<NoteTailEdit> edits_;
};

} // namespace

UndoStep::UndoStep(const Reference<css::sheet::XSpreadsheetDocument>& document, std::u16string_view title)
    : document_(document), recordBefore_(markRecord(document)), title_(toOUString(title)), hidden_(isHidden(document)) {
    Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
    if (supplier.is()) manager_ = supplier->getUndoManager();
    if (manager_.is()) {
        titlesBefore_ = manager_->getAllUndoActionTitles();
        manager_->enterUndoContext(title_);
    }
}

void UndoStep::close(const Reference<css::document::XUndoManager>& manager) {
    try {
        auto tails = noteTails_.take();
        if (!tails.empty()) manager->addUndoAction(new NoteTailChange(document_, std::move(tails)));
        const OUString after = markRecord(document_);
        if (after != recordBefore_) manager->addUndoAction(new RecordChange(document_, recordBefore_, after));
    } catch (...) {
        // Without it an undo leaves the record as the command wrote it: the
        // next run then re-marks cells; the step itself must still close.
    }
    manager->leaveUndoContext();
}

void UndoStep::commit() {
    if (!manager_.is()) return;
    auto manager = manager_;
    manager_.clear();
    close(manager);
}

bool UndoStep::rollBack() {
    if (!manager_.is()) return false;
    auto manager = manager_;
    manager_.clear();
    close(manager);
    const bool wrote = manager->isUndoPossible() && manager->getCurrentUndoActionTitle() == title_ &&
                       manager->getAllUndoActionTitles() != titlesBefore_;
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
