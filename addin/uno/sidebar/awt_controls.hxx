// Building a sidebar panel's controls in code: awt control models and
// controls created by service name, each a child of the panel's window.
#pragma once

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <algorithm>
#include <initializer_list>
#include <utility>
#include <vector>

namespace huibao::uno {

using ControlProperty = std::pair<const char*, css::uno::Any>;

class PanelControls {
public:
    // Creates the panel's own container window inside the sidebar's parent.
    PanelControls(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::awt::XWindow>& parent);

    const css::uno::Reference<css::awt::XWindow>& window() const { return window_; }

    // kind: FixedText, Button, Edit, DateField, NumericField, ListBox …
    // (com.sun.star.awt.UnoControl<kind> and its Model).
    css::uno::Reference<css::awt::XControl> add(const char* kind, std::initializer_list<ControlProperty> properties);

    // Disposes every control and the window.
    void dispose();

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::awt::XToolkit> toolkit_;
    css::uno::Reference<css::awt::XWindow> window_;
    std::vector<css::uno::Reference<css::awt::XControl>> controls_;
};

void setProperty(const css::uno::Reference<css::awt::XControl>& control, const char* name, const css::uno::Any& value);
css::uno::Any getProperty(const css::uno::Reference<css::awt::XControl>& control, const char* name);

void place(const css::uno::Reference<css::awt::XControl>& control, sal_Int32 x, sal_Int32 y, sal_Int32 width,
           sal_Int32 height);

// The control's preferred size as VCL computes it for its font and text;
// with width > 0, the size a wrapping text needs at that width.
css::awt::Size preferredSize(const css::uno::Reference<css::awt::XControl>& control, sal_Int32 width = 0);

} // namespace huibao::uno
