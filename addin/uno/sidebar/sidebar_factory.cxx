// The factory the sidebar asks for the 汇报助手 panels (registry/Factories.xcu
// names it; registry/Sidebar.xcu lists the panels by resource URL).

#include "common/uno_conversions.hxx"
#include "sidebar/sidebar_panels.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>

#include <exception>

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using huibao::uno::PanelContent;
using huibao::uno::PanelSetup;
using ::rtl::OUString;

constexpr char kImplementationName[] = "org.huibao.comp.SidebarPanelFactory";
constexpr char kServiceName[] = "com.sun.star.ui.UIElementFactory";
constexpr char kResourcePrefix[] = "private:resource/toolpanel/HuibaoPanelFactory/";

struct PanelKind {
    const char* name; // the last part of the resource URL
    std::unique_ptr<PanelContent> (*create)(const PanelSetup&);
};
const PanelKind kPanels[] = {
    {"Parameters", huibao::uno::createParametersPanel},
    {"Actions", huibao::uno::createActionsPanel},
    {"Results", huibao::uno::createResultsPanel},
};

class SidebarPanelFactory : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
    explicit SidebarPanelFactory(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    // XUIElementFactory
    Reference<css::ui::XUIElement>
        SAL_CALL createUIElement(const OUString& resourceUrl,
                                 const css::uno::Sequence<css::beans::PropertyValue>& arguments) override {
        PanelSetup setup;
        setup.context = context_;
        for (const auto& argument : arguments) {
            if (argument.Name == "Frame")
                argument.Value >>= setup.frame;
            else if (argument.Name == "ParentWindow")
                argument.Value >>= setup.parent;
            else if (argument.Name == "Sidebar")
                argument.Value >>= setup.sidebar;
        }
        if (!setup.frame.is() || !setup.parent.is())
            throw css::lang::IllegalArgumentException("Huibao panels need the Frame and ParentWindow arguments",
                                                      static_cast<cppu::OWeakObject*>(this), 1);
        const OUString prefix = OUString::createFromAscii(kResourcePrefix);
        for (const auto& panel : kPanels) {
            if (resourceUrl != prefix + OUString::createFromAscii(panel.name)) continue;
            try {
                return new huibao::uno::SidebarPanel(resourceUrl, setup.frame, panel.create(setup));
            } catch (const css::uno::Exception&) {
                throw;
            } catch (const std::exception& error) {
                throw css::uno::RuntimeException(OUString::createFromAscii(error.what()),
                                                 static_cast<cppu::OWeakObject*>(this));
            }
        }
        throw css::container::NoSuchElementException(resourceUrl, static_cast<cppu::OWeakObject*>(this));
    }

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(kImplementationName); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        const OUString name = OUString::createFromAscii(kServiceName);
        return css::uno::Sequence<OUString>(&name, 1);
    }

private:
    Reference<css::uno::XComponentContext> context_;
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_huibao_comp_SidebarPanelFactory_get_implementation(css::uno::XComponentContext* context,
                                                       const css::uno::Sequence<css::uno::Any>&) {
    return cppu::acquire(new SidebarPanelFactory(context));
}
