#include "sidebar/sidebar_panel.hxx"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

#include <cstdio>
#include <exception>

namespace huibao::uno {

using css::uno::Reference;

namespace {

// A C++ exception from the panel's content must not cross into LibreOffice:
// it leaves as a RuntimeException.
template <typename Call>
auto unoCall(const Call& call) -> decltype(call()) {
    try {
        return call();
    } catch (const std::exception& error) {
        throw css::uno::RuntimeException(::rtl::OUString::createFromAscii(error.what()));
    }
}

} // namespace

SidebarPanel::SidebarPanel(const ::rtl::OUString& resourceUrl, const Reference<css::frame::XFrame>& frame,
                           std::unique_ptr<PanelContent> content)
    : WeakComponentImplHelper3(m_aMutex), resourceUrl_(resourceUrl), frame_(frame), content_(std::move(content)) {}

// XUIElement
Reference<css::uno::XInterface> SidebarPanel::getRealInterface() {
    // The sidebar looks for XToolPanel / XSidebarPanel here.
    return static_cast<css::ui::XToolPanel*>(this);
}

Reference<css::frame::XFrame> SidebarPanel::getFrame() {
    return Reference<css::frame::XFrame>(frame_);
}

::rtl::OUString SidebarPanel::getResourceURL() {
    return resourceUrl_;
}

sal_Int16 SidebarPanel::getType() {
    return css::ui::UIElementType::TOOLPANEL;
}

// XToolPanel
Reference<css::awt::XWindow> SidebarPanel::getWindow() {
    if (!content_) throw css::lang::DisposedException();
    return content_->window();
}

Reference<css::accessibility::XAccessible>
SidebarPanel::createAccessible(const Reference<css::accessibility::XAccessible>&) {
    // The panel window's own accessible object lists the controls.
    return Reference<css::accessibility::XAccessible>(getWindow(), css::uno::UNO_QUERY);
}

// XSidebarPanel
css::ui::LayoutSize SidebarPanel::getHeightForWidth(sal_Int32 width) {
    if (!content_) return css::ui::LayoutSize(0, 0, 0);
    return unoCall([&] { return content_->heightForWidth(width); });
}

sal_Int32 SidebarPanel::getMinimalWidth() {
    if (!content_) return 0;
    return unoCall([&] { return content_->minimalWidth(); });
}

void SidebarPanel::disposing() {
    if (!content_) return;
    try {
        content_->dispose();
    } catch (...) {
        std::fprintf(stderr, "汇报助手: a sidebar panel failed to close cleanly\n");
    }
    content_.reset();
}

} // namespace huibao::uno
