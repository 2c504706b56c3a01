// A sheet Huibao writes, as plain values: the adapter puts it into cells with
// one setDataArray. Text is always written as text.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace huibao {

using TableValue = std::variant<std::monostate, double, std::u16string>;   // blank, number, text
using TableRow = std::vector<TableValue>;
using Table = std::vector<TableRow>;

} // namespace huibao
