// Calc stops repainting and defers its document-modified work while Huibao
// writes many cells (measured on the 100,000-row bench workbook: a 单元格
// link costs about a fifth of one written without it; fills and comments
// gain nothing). What was deferred happens as the lock goes: Calc then
// reports the document modified, and may record undo steps if undo is on.
#pragma once

#include <com/sun/star/document/XActionLockable.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace huibao::uno {

class WriteLock {
public:
    explicit WriteLock(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
    ~WriteLock();
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;

private:
    css::uno::Reference<css::frame::XModel> model_;
    css::uno::Reference<css::document::XActionLockable> actions_;
};

} // namespace huibao::uno
