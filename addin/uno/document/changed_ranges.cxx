#include "document/changed_ranges.hxx"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

std::optional<std::vector<css::table::CellRangeAddress>> changedRanges(const css::util::ElementChange& change) {
    Reference<css::uno::XInterface> element;
    change.ReplacedElement >>= element;
    if (Reference<css::sheet::XSheetCellRangeContainer> ranges{element, UNO_QUERY}; ranges.is()) {
        const auto addresses = ranges->getRangeAddresses();
        return std::vector<css::table::CellRangeAddress>(addresses.begin(), addresses.end());
    }
    if (Reference<css::sheet::XCellRangeAddressable> range{element, UNO_QUERY}; range.is())
        return std::vector<css::table::CellRangeAddress>{range->getRangeAddress()};
    return std::nullopt;
}

} // namespace huibao::uno
