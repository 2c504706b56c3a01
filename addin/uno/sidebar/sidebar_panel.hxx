// One panel of the 汇报助手 sidebar deck as the sidebar sees it (XUIElement,
// XToolPanel, XSidebarPanel); what it shows is a PanelContent.
#pragma once

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase3.hxx>

#include <memory>

namespace huibao::uno {

// What every panel is created with (from the factory's arguments).
struct PanelSetup {
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;  // the document's frame: the deck follows it
    css::uno::Reference<css::awt::XWindow> parent;  // the sidebar's window for the panel
    css::uno::Reference<css::ui::XSidebar> sidebar; // to ask for a new layout when content grows
};

class PanelContent {
public:
    virtual ~PanelContent() = default;
    virtual css::uno::Reference<css::awt::XWindow> window() const = 0;
    // The height the panel needs at `width`, laid out exactly as it will be.
    virtual css::ui::LayoutSize heightForWidth(sal_Int32 width) = 0;
    virtual sal_Int32 minimalWidth() = 0;
    // Removes listeners and controls; called once, when the sidebar drops the panel.
    virtual void dispose() = 0;
};

class SidebarPanel
    : private cppu::BaseMutex,
      public cppu::WeakComponentImplHelper3<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel> {
public:
    SidebarPanel(const ::rtl::OUString& resourceUrl, const css::uno::Reference<css::frame::XFrame>& frame,
                 std::unique_ptr<PanelContent> content);

    // XUIElement
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
    ::rtl::OUString SAL_CALL getResourceURL() override;
    sal_Int16 SAL_CALL getType() override;

    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible>
        SAL_CALL createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;

    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;

private:
    // WeakComponentImplHelper
    void SAL_CALL disposing() override;

    ::rtl::OUString resourceUrl_;
    css::uno::WeakReference<css::frame::XFrame> frame_;
    std::unique_ptr<PanelContent> content_;
};

} // namespace huibao::uno
