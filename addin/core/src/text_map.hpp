// A hash map keyed by UTF-16 text that can be probed with a string_view, so
// the hot loops look up cell texts without copying them. Internal.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace huibao {

struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::u16string_view text) const { return std::hash<std::u16string_view>{}(text); }
};

template <class Value>
using TextMap = std::unordered_map<std::u16string, Value, TextHash, std::equal_to<>>;

} // namespace huibao
