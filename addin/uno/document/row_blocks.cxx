#include "document/row_blocks.hxx"

#include "document/workbook_reader.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <algorithm>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

RowBlocks::RowBlocks(const Reference<css::sheet::XSpreadsheetDocument>& document,
                     const std::vector<sal_Int32>& sheetIndices, Reference<css::util::XModifyListener> listener)
    : listener_(std::move(listener)) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (const sal_Int32 index : sheetIndices) {
        if (index < 0 || index >= sheets->getCount()) continue;
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
        // The used area and one block below it. Calc keeps a listened area
        // in every broadcast slot it covers and tells each of them about
        // every change: whole rows or everything below the table made each
        // Validate seconds slower (measured). A write outside these blocks
        // is still taken in, by reading the input sheets again.
        const auto whole = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress();
        const auto used = usedAreaFromA1(sheet);
        const sal_Int32 lastRow = std::min(whole.EndRow, used.EndRow + kRows);
        for (sal_Int32 first = 0; first <= lastRow; first += kRows) {
            Reference<css::util::XModifyBroadcaster> block(
                sheet->getCellRangeByPosition(0, first, used.EndColumn, std::min(lastRow, first + kRows - 1)),
                UNO_QUERY_THROW);
            block->addModifyListener(listener_);
            blocks_.push_back(block);
        }
    }
}

RowBlocks::~RowBlocks() {
    for (const auto& block : blocks_) {
        try {
            block->removeModifyListener(listener_);
        } catch (const css::uno::Exception&) {
            // The document is going away.
        }
    }
}

bool RowBlocks::addressOf(const Reference<css::uno::XInterface>& source, css::table::CellRangeAddress& address) {
    // The document itself is addressable as no range; a block is a sheet cell range.
    Reference<css::sheet::XSheetCellRange> range(source, UNO_QUERY);
    Reference<css::sheet::XCellRangeAddressable> addressable(source, UNO_QUERY);
    if (!range.is() || !addressable.is()) return false;
    address = addressable->getRangeAddress();
    return true;
}

} // namespace huibao::uno
