#include "sidebar/awt_controls.hxx"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/VclWindowPeerAttribute.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowClass.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

PanelControls::PanelControls(const Reference<css::uno::XComponentContext>& context,
                             const Reference<css::awt::XWindow>& parent)
    : context_(context), toolkit_(css::awt::Toolkit::create(context), UNO_QUERY_THROW) {
    css::awt::WindowDescriptor descriptor;
    descriptor.Type = css::awt::WindowClass_CONTAINER;
    descriptor.WindowServiceName = "window";
    descriptor.Parent.set(parent, UNO_QUERY_THROW);
    descriptor.ParentIndex = -1;
    descriptor.Bounds = css::awt::Rectangle(0, 0, 300, 200);
    // Controls paint on the dialog background, as the sidebar's own panels do.
    descriptor.WindowAttributes = css::awt::WindowAttribute::SHOW | css::awt::VclWindowPeerAttribute::CLIPCHILDREN;
    window_.set(toolkit_->createWindow(descriptor), UNO_QUERY_THROW);
}

Reference<css::awt::XControl> PanelControls::add(const char* kind, std::initializer_list<ControlProperty> properties) {
    auto factory = context_->getServiceManager();
    const OUString control = "com.sun.star.awt.UnoControl" + OUString::createFromAscii(kind);
    Reference<css::beans::XPropertySet> model(factory->createInstanceWithContext(control + "Model", context_),
                                              UNO_QUERY_THROW);
    for (const auto& [name, value] : properties) model->setPropertyValue(OUString::createFromAscii(name), value);
    Reference<css::awt::XControl> result(factory->createInstanceWithContext(control, context_), UNO_QUERY_THROW);
    result->setModel(Reference<css::awt::XControlModel>(model, UNO_QUERY_THROW));
    result->createPeer(toolkit_, Reference<css::awt::XWindowPeer>(window_, UNO_QUERY_THROW));
    controls_.push_back(result);
    return result;
}

void PanelControls::dispose() {
    for (auto& control : controls_) {
        try {
            Reference<css::lang::XComponent>(control, UNO_QUERY_THROW)->dispose();
        } catch (const css::uno::Exception&) {}
    }
    controls_.clear();
    try {
        Reference<css::lang::XComponent> component(window_, UNO_QUERY);
        if (component.is()) component->dispose();
    } catch (const css::uno::Exception&) {}
    window_.clear();
}

void setProperty(const Reference<css::awt::XControl>& control, const char* name, const css::uno::Any& value) {
    Reference<css::beans::XPropertySet> model(control->getModel(), UNO_QUERY_THROW);
    model->setPropertyValue(OUString::createFromAscii(name), value);
}

css::uno::Any getProperty(const Reference<css::awt::XControl>& control, const char* name) {
    Reference<css::beans::XPropertySet> model(control->getModel(), UNO_QUERY_THROW);
    return model->getPropertyValue(OUString::createFromAscii(name));
}

void place(const Reference<css::awt::XControl>& control, sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height) {
    Reference<css::awt::XWindow>(control, UNO_QUERY_THROW)
        ->setPosSize(x, y, std::max<sal_Int32>(width, 1), std::max<sal_Int32>(height, 1), css::awt::PosSize::POSSIZE);
}

css::awt::Size preferredSize(const Reference<css::awt::XControl>& control, sal_Int32 width) {
    Reference<css::awt::XLayoutConstrains> layout(control->getPeer(), UNO_QUERY);
    if (!layout.is()) return css::awt::Size(width, 22);
    if (width <= 0) return layout->getPreferredSize();
    return layout->calcAdjustedSize(css::awt::Size(width, 0));
}

} // namespace huibao::uno
