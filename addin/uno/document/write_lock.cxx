#include "document/write_lock.hxx"

namespace huibao::uno {

WriteLock::WriteLock(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
    : model_(document, css::uno::UNO_QUERY), actions_(document, css::uno::UNO_QUERY) {
    if (model_.is()) model_->lockControllers();
    if (actions_.is()) actions_->addActionLock();
}

WriteLock::~WriteLock() {
    try {
        if (actions_.is()) actions_->removeActionLock();
        if (model_.is()) model_->unlockControllers();
    } catch (...) {} // the document is going away
}

} // namespace huibao::uno
