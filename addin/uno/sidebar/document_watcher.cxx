#include "sidebar/document_watcher.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/frame/FrameAction.hpp>
#include <com/sun/star/frame/XController.hpp>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

DocumentWatcher::DocumentWatcher(const Reference<css::uno::XComponentContext>& context,
                                 const Reference<css::frame::XFrame>& frame, std::function<void()> changed)
    : frame_(frame), async_(css::awt::AsyncCallback::create(context)), events_(new EventAdapter),
      changed_(std::move(changed)) {
    events_->onModified = [this] { schedule(); };
    events_->onCallback = [this] {
        pending_ = false;
        if (changed_) changed_();
    };
    // Another document loaded into the same frame: watch that one instead.
    events_->onFrameAction = [this](const css::frame::FrameActionEvent& event) {
        if (event.Action == css::frame::FrameAction_COMPONENT_REATTACHED ||
            event.Action == css::frame::FrameAction_COMPONENT_ATTACHED) {
            detach();
            attach();
            schedule();
        }
    };
    if (frame_.is()) frame_->addFrameActionListener(events_->as<css::frame::XFrameActionListener>());
    attach();
}

DocumentWatcher::~DocumentWatcher() {
    dispose();
}

Reference<css::sheet::XSpreadsheetDocument> DocumentWatcher::document() const {
    if (!frame_.is()) return {};
    auto controller = frame_->getController();
    return Reference<css::sheet::XSpreadsheetDocument>(controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
}

void DocumentWatcher::dispose() {
    if (!events_.is()) return;
    events_->clear();
    try {
        detach();
        if (frame_.is()) frame_->removeFrameActionListener(events_->as<css::frame::XFrameActionListener>());
    } catch (const css::uno::Exception&) {
        // The frame is going away already.
    }
    frame_.clear();
    changed_ = nullptr;
    events_.clear();
}

void DocumentWatcher::attach() {
    broadcaster_.set(document(), UNO_QUERY);
    if (broadcaster_.is()) broadcaster_->addModifyListener(events_->as<css::util::XModifyListener>());
}

void DocumentWatcher::detach() {
    if (broadcaster_.is()) broadcaster_->removeModifyListener(events_->as<css::util::XModifyListener>());
    broadcaster_.clear();
}

void DocumentWatcher::schedule() {
    if (pending_ || !async_.is()) return;
    pending_ = true;
    async_->addCallback(events_->as<css::awt::XCallback>(), css::uno::Any());
}

} // namespace huibao::uno
