// Calc re-measures the optimal height of a row after any change to one of
// its cells, laying out every text of the row: with a 32,000-character cell
// in it that takes a third of a second per mark, and thousands of links in
// 校验结果 cost seconds. A fill, a comment or a link showing the text the
// cell already had never changes a row's height, so the document's automatic
// height adjustment is suspended while Huibao writes them (and restored
// however the work ends).
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace huibao::uno {

class RowHeightsKept {
public:
    explicit RowHeightsKept(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
    ~RowHeightsKept();
    RowHeightsKept(const RowHeightsKept&) = delete;
    RowHeightsKept& operator=(const RowHeightsKept&) = delete;

private:
    css::uno::Reference<css::beans::XPropertySet> properties_;
    bool suspended_ = false;
};

} // namespace huibao::uno
