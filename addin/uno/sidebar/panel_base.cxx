#include "sidebar/panel_base.hxx"

namespace huibao::uno {

using css::uno::Reference;

PanelBase::PanelBase(const PanelSetup& setup)
    : setup_(setup), controls_(setup.context, setup.parent), events_(new EventAdapter) {}

// Also when a panel's constructor threw: its listeners and controls go with it.
PanelBase::~PanelBase() {
    dispose();
}

// PanelContent
css::ui::LayoutSize PanelBase::heightForWidth(sal_Int32 width) {
    const sal_Int32 height = arrange(width, false);
    return css::ui::LayoutSize(height, height, height);
}

void PanelBase::dispose() {
    if (!events_.is()) return;
    // Callbacks first: nothing may reach the panel while its parts go.
    events_->clear();
    if (watcher_) watcher_->dispose();
    controls_.dispose();
    events_.clear();
}

void PanelBase::finishConstruction() {
    events_->onResize = [this] { placeControls(); };
    controls_.window()->addWindowListener(events_->as<css::awt::XWindowListener>());
    ready_ = true;
}

void PanelBase::placeControls() {
    arrange(controls_.window()->getPosSize().Width, true);
}

void PanelBase::relayout() {
    placeControls();
    if (ready_ && setup_.sidebar.is()) setup_.sidebar->requestLayout();
}

void PanelBase::watchDocument(std::function<void()> changed) {
    watcher_.emplace(setup_.context, setup_.frame, std::move(changed));
}

Reference<css::sheet::XSpreadsheetDocument> PanelBase::watchedDocument() const {
    return watcher_ ? watcher_->document() : nullptr;
}

::rtl::OUString PanelBase::uiText(const UiText& text) const {
    return huibao::uno::uiText(setup_.context, text);
}

} // namespace huibao::uno
