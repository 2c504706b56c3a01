// Test helper: Catch2 cannot print UTF-16 strings, so tests compare UTF-8.
#pragma once

#include "huibao/text/text.hpp"

#include <optional>
#include <string>

namespace huibao::test {

inline std::string utf8(std::u16string_view text) {
    return toUtf8(text);
}
inline std::string utf8(const std::u16string& text) {
    return toUtf8(text);
}
inline std::string utf8(const char16_t* text) {
    return toUtf8(text);
}

inline std::string utf8(const std::optional<std::u16string>& text) {
    return text ? toUtf8(*text) : std::string("<nullopt>");
}

} // namespace huibao::test
