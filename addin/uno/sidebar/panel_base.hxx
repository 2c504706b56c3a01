// What the panels of the 汇报助手 deck share: the panel's window and
// controls, one event adapter for all their listeners, the document a panel
// may watch, and how a change of height reaches the sidebar. Each panel adds
// its controls and lays them out in arrange().
#pragma once

#include "common/ui_language.hxx"
#include "sidebar/awt_controls.hxx"
#include "sidebar/document_watcher.hxx"
#include "sidebar/event_adapter.hxx"
#include "sidebar/sidebar_panel.hxx"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ref.hxx>

#include <functional>
#include <optional>

namespace huibao::uno {

class PanelBase : public PanelContent {
public:
    ~PanelBase() override;

    // PanelContent
    css::uno::Reference<css::awt::XWindow> window() const final { return controls_.window(); }
    // A panel that fits its content: exactly the height arrange() uses.
    css::ui::LayoutSize heightForWidth(sal_Int32 width) override;
    void dispose() final;

protected:
    explicit PanelBase(const PanelSetup& setup);

    // Measures (placeControls false) or places the controls at `width` and
    // returns the height they take. One function does both, so the height
    // the sidebar is told is the height the panel uses.
    virtual sal_Int32 arrange(sal_Int32 width, bool placeControls) = 0;

    // Called last in a panel's constructor. From then on a resize places the
    // controls, and relayout() asks the sidebar for a new layout — which it
    // must not while it is still creating the panel.
    void finishConstruction();

    // Places the controls at the window's width.
    void placeControls();
    // The content changed and may need another height: place the controls
    // and have the sidebar lay out the deck again.
    void relayout();

    // `changed` runs whenever the document in the panel's frame changed
    // (see DocumentWatcher); call it before reading the document.
    void watchDocument(std::function<void()> changed);
    // The spreadsheet shown in the frame now (null when it shows none or
    // the panel does not watch the document).
    css::uno::Reference<css::sheet::XSpreadsheetDocument> watchedDocument() const;

    // `text` in the UI language.
    ::rtl::OUString uiText(const UiText& text) const;

    const PanelSetup& setup() const { return setup_; }
    PanelControls& controls() { return controls_; }
    const rtl::Reference<EventAdapter>& events() const { return events_; }

private:
    PanelSetup setup_;
    PanelControls controls_;
    rtl::Reference<EventAdapter> events_;
    std::optional<DocumentWatcher> watcher_;
    bool ready_ = false; // in the deck: layout requests are welcome
};

} // namespace huibao::uno
