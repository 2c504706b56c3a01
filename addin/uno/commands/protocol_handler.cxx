// The protocol handler for huibao:* command URLs: finds the frame's
// spreadsheet, runs the command, and reports the outcome to the dispatcher's
// listener, to stderr, and (when the document is shown) in a message box.

#include "commands/commands.hxx"
#include "common/headless.hxx"
#include "common/uno_conversions.hxx"
#include "common/warm_up.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>

#include <cstdio>

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using ::rtl::OUString;

constexpr char kImplementationName[] = "org.huibao.comp.ProtocolHandler";
constexpr char kProtocol[] = "huibao:";

class ProtocolHandler : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                                     css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit ProtocolHandler(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    // XInitialization
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override {
        for (const auto& argument : arguments) {
            Reference<css::frame::XFrame> frame;
            if (argument >>= frame) frame_ = frame;
        }
    }

    // XDispatchProvider
    Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url, const OUString&,
                                                            sal_Int32) override {
        if (!url.Complete.startsWithIgnoreAsciiCase(OUString::createFromAscii(kProtocol))) return {};
        if (!huibao::uno::isCommand(commandOf(url))) return {};
        return this;
    }

    css::uno::Sequence<Reference<css::frame::XDispatch>>
        SAL_CALL queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override {
        css::uno::Sequence<Reference<css::frame::XDispatch>> result(requests.getLength());
        auto* out = result.getArray();
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            out[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
        return result;
    }

    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override {
        dispatchWithNotification(url, arguments, {});
    }

    void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {
        // Huibao's commands are always enabled: no state to report.
    }

    void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {}

    // XNotifyingDispatch
    void SAL_CALL dispatchWithNotification(const css::util::URL& url,
                                           const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                                           const Reference<css::frame::XDispatchResultListener>& listener) override {
        Reference<css::frame::XFrame> frame(frame_);
        huibao::uno::CommandOutcome outcome;
        Reference<css::sheet::XSpreadsheetDocument> document;
        if (frame.is() && frame->getController().is()) document.set(frame->getController()->getModel(), UNO_QUERY);
        if (!document.is()) {
            outcome.ok = false;
            outcome.message = u"汇报助手只能在电子表格（Calc）文档中使用，请先打开县汇总工作簿。";
        } else {
            outcome = huibao::uno::runCommand(commandOf(url), document, context_, progressOf(frame), arguments,
                                              isVisible(frame));
        }
        if (!outcome.ok) report(frame, outcome.message);
        if (listener.is()) {
            css::frame::DispatchResultEvent event;
            event.Source = static_cast<cppu::OWeakObject*>(this);
            event.State =
                outcome.ok ? css::frame::DispatchResultState::SUCCESS : css::frame::DispatchResultState::FAILURE;
            if (outcome.ok)
                event.Result <<= outcome.results;
            else
                event.Result <<= huibao::uno::toOUString(outcome.message);
            listener->dispatchFinished(event);
        }
    }

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(kImplementationName); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        const OUString name("com.sun.star.frame.ProtocolHandler");
        return css::uno::Sequence<OUString>(&name, 1);
    }

private:
    static std::u16string commandOf(const css::util::URL& url) {
        return std::u16string(huibao::uno::view(url.Complete.copy(sizeof(kProtocol) - 1)));
    }

    static Reference<css::task::XStatusIndicator> progressOf(const Reference<css::frame::XFrame>& frame) {
        try {
            Reference<css::task::XStatusIndicatorFactory> factory(frame, UNO_QUERY);
            if (factory.is()) return factory->createStatusIndicator();
        } catch (const css::uno::Exception&) {
            // No status bar: run without progress.
        }
        return {};
    }

    static bool isVisible(const Reference<css::frame::XFrame>& frame) {
        if (huibao::uno::runsHeadless()) return false; // nobody to answer a picker
        try {
            Reference<css::awt::XWindow2> window(frame->getContainerWindow(), UNO_QUERY);
            return window.is() && window->isVisible();
        } catch (const css::uno::Exception&) {
            return false;
        }
    }

    // A failure is always written to stderr; with a visible window it is also
    // shown in a message box. Nothing modal when headless.
    void report(const Reference<css::frame::XFrame>& frame, const std::u16string& message) {
        const ::rtl::OString utf8 = OUStringToOString(huibao::uno::toOUString(message), RTL_TEXTENCODING_UTF8);
        std::fprintf(stderr, "汇报助手: %s\n", utf8.getStr());
        try {
            if (!frame.is()) return;
            Reference<css::awt::XWindow2> window(frame->getContainerWindow(), UNO_QUERY);
            if (!window.is() || !window->isVisible()) return;
            Reference<css::awt::XMessageBoxFactory> toolkit(css::awt::Toolkit::create(context_), UNO_QUERY);
            Reference<css::awt::XWindowPeer> parent(window, UNO_QUERY);
            if (!toolkit.is() || !parent.is()) return;
            auto box = toolkit->createMessageBox(
                parent, css::awt::MessageBoxType_ERRORBOX, css::awt::MessageBoxButtons::BUTTONS_OK,
                huibao::uno::toOUString(u"汇报助手"), huibao::uno::toOUString(message));
            box->execute();
        } catch (const css::uno::Exception&) {
            // The message is on stderr already.
        }
    }

    Reference<css::uno::XComponentContext> context_;
    css::uno::WeakReference<css::frame::XFrame> frame_;
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_huibao_comp_ProtocolHandler_get_implementation(css::uno::XComponentContext* context,
                                                   const css::uno::Sequence<css::uno::Any>&) {
    huibao::uno::warmUpInBackground();
    return cppu::acquire(new ProtocolHandler(context));
}
