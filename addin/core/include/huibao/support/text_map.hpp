// A hash map keyed by UTF-16 text that can be probed with a string_view, so
// the hot loops look up cell texts without copying them.
#pragma once

#include <boost/unordered/unordered_flat_map.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace huibao {

struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::u16string_view text) const { return std::hash<std::u16string_view>{}(text); }
};

// Open addressing (Boost 1.81): the enum words and unit names the row rules
// look up for every cell stay in a few cache lines.
template <class Value>
using TextMap = boost::unordered_flat_map<std::u16string, Value, TextHash, std::equal_to<>>;

} // namespace huibao
