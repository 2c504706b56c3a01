// The job LibreOffice runs when a document has been opened (registry/Jobs.xcu,
// event OnLoad): it loads Huibao's text tables on a second thread and starts
// the pre-read of a Huibao workbook (commands/pre_read.hxx), so that the
// officer's first command does not pay for either.

#include "commands/pre_read.hxx"
#include "common/warm_up.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using ::rtl::OUString;

// A document opened hidden is a script's or a conversion's (ImportSubmissions
// opens every submitted file so): nobody will run a command on it.
bool openedHidden(const Reference<css::frame::XModel>& model) {
    for (const auto& argument : model->getArgs()) {
        bool hidden = false;
        if (argument.Name == "Hidden" && (argument.Value >>= hidden)) return hidden;
    }
    return false;
}

class PreReadJob : public cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo> {
public:
    explicit PreReadJob(Reference<css::uno::XComponentContext> context) : context_(std::move(context)) {}

    css::uno::Any SAL_CALL execute(const css::uno::Sequence<css::beans::NamedValue>& arguments) override {
        try {
            Reference<css::frame::XModel> model;
            for (const auto& argument : arguments) {
                if (argument.Name != "Environment") continue;
                css::uno::Sequence<css::beans::NamedValue> environment;
                argument.Value >>= environment;
                for (const auto& value : environment)
                    if (value.Name == "Model") value.Value >>= model;
            }
            Reference<css::sheet::XSpreadsheetDocument> document(model, UNO_QUERY);
            if (document.is() && !openedHidden(model)) huibao::uno::startPreRead(document, context_);
        } catch (...) {
            // No pre-read: the first command reads the document itself.
        }
        return css::uno::Any();
    }

    OUString SAL_CALL getImplementationName() override { return "org.huibao.comp.PreReadJob"; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        const OUString name("org.huibao.PreReadJob");
        return css::uno::Sequence<OUString>(&name, 1);
    }

private:
    Reference<css::uno::XComponentContext> context_;
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_huibao_comp_PreReadJob_get_implementation(css::uno::XComponentContext* context,
                                              const css::uno::Sequence<css::uno::Any>&) {
    huibao::uno::warmUpInBackground();
    return cppu::acquire(new PreReadJob(context));
}
