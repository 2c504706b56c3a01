// org.huibao.Engine: the commands for scripts that have a document but no
// frame (spec/integration.md, "Scripting"). A thin adapter over runCommand,
// so a macro gets exactly what the sidebar and the menu get.

#include "commands/commands.hxx"
#include "common/ui_language.hxx"
#include "common/uno_conversions.hxx"
#include "common/warm_up.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/huibao/XEngine.hpp>

namespace {

using css::uno::Reference;
using css::uno::Sequence;
using ::rtl::OUString;

constexpr char kImplementationName[] = "org.huibao.comp.Engine";
constexpr char kServiceName[] = "org.huibao.Engine";

class Engine : public cppu::WeakImplHelper2<org::huibao::XEngine, css::lang::XServiceInfo> {
public:
    explicit Engine(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    // XEngine
    Sequence<css::beans::NamedValue>
        SAL_CALL validate(const Reference<css::sheet::XSpreadsheetDocument>& document) override {
        return run(u"Validate", document);
    }

    Sequence<css::beans::NamedValue>
        SAL_CALL assess(const Reference<css::sheet::XSpreadsheetDocument>& document) override {
        return run(u"Assess", document);
    }

    Sequence<css::beans::NamedValue>
        SAL_CALL buildReport(const Reference<css::sheet::XSpreadsheetDocument>& document) override {
        return run(u"BuildReport", document);
    }

    Sequence<css::beans::NamedValue>
        SAL_CALL clearMarks(const Reference<css::sheet::XSpreadsheetDocument>& document) override {
        return run(u"ClearMarks", document);
    }

    Sequence<css::beans::NamedValue>
        SAL_CALL exportDocument(const Reference<css::sheet::XSpreadsheetDocument>& document) override {
        return run(u"ExportDocument", document);
    }

    Sequence<css::beans::NamedValue>
        SAL_CALL exportPdf(const Reference<css::sheet::XSpreadsheetDocument>& document) override {
        return run(u"ExportPdf", document);
    }

    Sequence<css::beans::NamedValue> SAL_CALL makeTemplates(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                            const OUString& folderUrl) override {
        return run(u"MakeTemplates", document, argument("Folder", css::uno::Any(folderUrl)));
    }

    Sequence<css::beans::NamedValue>
        SAL_CALL importSubmissions(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                   const Sequence<OUString>& urls) override {
        return run(u"ImportSubmissions", document, argument("Files", css::uno::Any(urls)));
    }

    Sequence<css::beans::NamedValue> SAL_CALL writeReceipts(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                            const OUString& folderUrl) override {
        return run(u"WriteReceipts", document, argument("Folder", css::uno::Any(folderUrl)));
    }

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(kImplementationName); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        const OUString name = OUString::createFromAscii(kServiceName);
        return Sequence<OUString>(&name, 1);
    }

private:
    // runCommand never throws; its failure becomes the one UNO exception a
    // script can catch, carrying the message the GUI would show.
    static Sequence<css::beans::PropertyValue> argument(const char* name, const css::uno::Any& value) {
        css::beans::PropertyValue property;
        property.Name = OUString::createFromAscii(name);
        property.Value = value;
        return Sequence<css::beans::PropertyValue>(&property, 1);
    }

    Sequence<css::beans::NamedValue> run(std::u16string_view command,
                                         const Reference<css::sheet::XSpreadsheetDocument>& document,
                                         const Sequence<css::beans::PropertyValue>& arguments = {}) {
        if (!document.is())
            throw css::lang::IllegalArgumentException(huibao::uno::toOUString(u"汇报助手：没有给出电子表格文档。"),
                                                      static_cast<cppu::OWeakObject*>(this), 0);
        auto outcome = huibao::uno::runCommand(command, document, context_, {}, arguments);
        if (!outcome.ok)
            // In the UI's language: the command line sets LibreOffice's to
            // the user's, and prints this.
            throw css::uno::RuntimeException(huibao::uno::uiText(context_, {outcome.message, outcome.englishMessage}),
                                             static_cast<cppu::OWeakObject*>(this));
        return outcome.results;
    }

    Reference<css::uno::XComponentContext> context_;
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_huibao_comp_Engine_get_implementation(css::uno::XComponentContext* context,
                                          const css::uno::Sequence<css::uno::Any>&) {
    huibao::uno::warmUpInBackground();
    return cppu::acquire(new Engine(context));
}
