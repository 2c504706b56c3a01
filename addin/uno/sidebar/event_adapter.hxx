// One UNO listener object that forwards the events the sidebar panels need
// to plain C++ callbacks. The panels are not UNO listeners themselves, so
// their lifetime stays simple: on dispose a panel clears the callbacks and a
// late event (the document or a control firing after the panel is gone)
// lands nowhere.
#pragma once

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase8.hxx>

#include <functional>

namespace huibao::uno {

class EventAdapter : public cppu::WeakImplHelper8<css::awt::XActionListener, css::awt::XItemListener,
                                                  css::awt::XTextListener, css::awt::XWindowListener,
                                                  css::util::XModifyListener, css::frame::XDispatchResultListener,
                                                  css::frame::XFrameActionListener, css::awt::XCallback> {
public:
    std::function<void(const css::awt::ActionEvent&)> onAction;
    std::function<void(const css::awt::ItemEvent&)> onItem;
    std::function<void()> onText;
    std::function<void()> onResize;
    std::function<void()> onModified;
    std::function<void(const css::frame::DispatchResultEvent&)> onDispatchFinished;
    std::function<void(const css::frame::FrameActionEvent&)> onFrameAction;
    std::function<void()> onCallback;

    // Forget every callback (a panel calls this when it is disposed).
    void clear();

    // This adapter as one of its listener interfaces, for the add*Listener calls.
    template <typename Interface>
    css::uno::Reference<Interface> as() {
        return static_cast<Interface*>(this);
    }

    // XActionListener
    void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override;
    // XItemListener
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override;
    // XTextListener
    void SAL_CALL textChanged(const css::awt::TextEvent& event) override;
    // XWindowListener
    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    // XModifyListener
    void SAL_CALL modified(const css::lang::EventObject& event) override;
    // XDispatchResultListener
    void SAL_CALL dispatchFinished(const css::frame::DispatchResultEvent& event) override;
    // XFrameActionListener
    void SAL_CALL frameAction(const css::frame::FrameActionEvent& event) override;
    // XCallback
    void SAL_CALL notify(const css::uno::Any& data) override;
    // XEventListener
    void SAL_CALL disposing(const css::lang::EventObject&) override {}
};

} // namespace huibao::uno
