// Calc tells a document's changes listeners about typed and pasted cells,
// but a macro's or a script's cell writes reach them only as "modified",
// without the cells. A cell range's modify listeners, though, hear of every
// write inside the range, at once. Watching each input sheet's used area in
// blocks of rows (and one block below it) lets such a write name the rows
// to read again instead of every sheet.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>

#include <vector>

namespace huibao::uno {

class RowBlocks {
public:
    static constexpr sal_Int32 kRows = 512;

    // Starts `listener` listening to the sheets at `sheetIndices`.
    RowBlocks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
              const std::vector<sal_Int32>& sheetIndices, css::uno::Reference<css::util::XModifyListener> listener);
    ~RowBlocks();
    RowBlocks(const RowBlocks&) = delete;
    RowBlocks& operator=(const RowBlocks&) = delete;

    // The block an event came from, or nothing when `source` is not a block.
    static bool addressOf(const css::uno::Reference<css::uno::XInterface>& source,
                          css::table::CellRangeAddress& address);

private:
    std::vector<css::uno::Reference<css::util::XModifyBroadcaster>> blocks_;
    css::uno::Reference<css::util::XModifyListener> listener_;
};

} // namespace huibao::uno
