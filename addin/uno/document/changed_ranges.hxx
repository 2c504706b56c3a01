// The cells one entry of Calc's changes event (XChangesListener) names: a
// typed cell, a pasted or cleared range, inserted or deleted rows.
#pragma once

#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/util/ElementChange.hpp>

#include <optional>
#include <vector>

namespace huibao::uno {

// The change's ranges; nullopt when its element is no cell range (the
// caller cannot tell which cells changed).
std::optional<std::vector<css::table::CellRangeAddress>> changedRanges(const css::util::ElementChange& change);

} // namespace huibao::uno
