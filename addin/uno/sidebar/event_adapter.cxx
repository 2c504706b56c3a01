#include "sidebar/event_adapter.hxx"

#include <cstdio>
#include <exception>

namespace huibao::uno {

namespace {

// A failing UI callback must not take LibreOffice down: the event is dropped
// and the reason written to stderr.
template <typename Callback, typename... Arguments>
void forward(const Callback& callback, const Arguments&... arguments) {
    // A copy: the callback may clear the adapter (and so itself) while it runs.
    const Callback call = callback;
    if (!call) return;
    try {
        call(arguments...);
    } catch (const css::uno::Exception& error) {
        std::fprintf(stderr, "汇报助手: %s\n", ::rtl::OUStringToOString(error.Message, RTL_TEXTENCODING_UTF8).getStr());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "汇报助手: %s\n", error.what());
    } catch (...) {
        std::fprintf(stderr, "汇报助手: unknown error in a sidebar event\n");
    }
}

} // namespace

void EventAdapter::clear() {
    onAction = nullptr;
    onItem = nullptr;
    onText = nullptr;
    onResize = nullptr;
    onModified = nullptr;
    onDispatchFinished = nullptr;
    onFrameAction = nullptr;
    onCallback = nullptr;
}

// XActionListener
void EventAdapter::actionPerformed(const css::awt::ActionEvent& event) {
    forward(onAction, event);
}

// XItemListener
void EventAdapter::itemStateChanged(const css::awt::ItemEvent& event) {
    forward(onItem, event);
}

// XTextListener
void EventAdapter::textChanged(const css::awt::TextEvent&) {
    forward(onText);
}

// XWindowListener
void EventAdapter::windowResized(const css::awt::WindowEvent&) {
    forward(onResize);
}

// XModifyListener
void EventAdapter::modified(const css::lang::EventObject&) {
    forward(onModified);
}

// XDispatchResultListener
void EventAdapter::dispatchFinished(const css::frame::DispatchResultEvent& event) {
    forward(onDispatchFinished, event);
}

// XFrameActionListener
void EventAdapter::frameAction(const css::frame::FrameActionEvent& event) {
    forward(onFrameAction, event);
}

// XCallback
void EventAdapter::notify(const css::uno::Any&) {
    forward(onCallback);
}

} // namespace huibao::uno
