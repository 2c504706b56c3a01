// Tells a sidebar panel when the document in its frame changed, whoever
// changed it (a command run from the menu, a macro, the user typing), once
// the change is complete: modify events are coalesced into one call posted
// to the main loop, so a command that writes a thousand cells refreshes the
// panel once, after it finished.
#pragma once

#include "sidebar/event_adapter.hxx"

#include <com/sun/star/awt/XRequestCallback.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <rtl/ref.hxx>

#include <functional>

namespace huibao::uno {

class DocumentWatcher {
public:
    DocumentWatcher(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::frame::XFrame>& frame, std::function<void()> changed);
    ~DocumentWatcher();
    DocumentWatcher(const DocumentWatcher&) = delete;
    DocumentWatcher& operator=(const DocumentWatcher&) = delete;

    // The spreadsheet shown in the frame now (null when it shows none).
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document() const;

    void dispose();

private:
    void attach();
    void detach();
    void schedule();

    css::uno::Reference<css::frame::XFrame> frame_;
    css::uno::Reference<css::awt::XRequestCallback> async_;
    css::uno::Reference<css::util::XModifyBroadcaster> broadcaster_;
    rtl::Reference<EventAdapter> events_;
    std::function<void()> changed_;
    bool pending_ = false;
};

} // namespace huibao::uno
