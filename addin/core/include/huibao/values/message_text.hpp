// Small pieces of the Chinese finding messages: numbers, dates and quoted
// values written the way users typed or will type them. Internal to the core.
#pragma once

#include "huibao/values/cell.hpp"
#include "huibao/values/date.hpp"

#include <string>
#include <string_view>

namespace huibao::message {

// 12, 0.015, -3.5: no exponent, no trailing zeros, at most 6 decimals.
std::u16string number(double value);
// 2026-03-05
std::u16string date(const Date& value);
// "text" in ASCII double quotes, as the spec's examples (`总投资 "3OO" 不是数字`).
std::u16string quoted(std::u16string_view text);
// What a cell shows, for quoting in a message: trimmed text, a number, TRUE/FALSE.
std::u16string cellText(const Cell& cell);
// ASCII to UTF-16 (for number formatting).
std::u16string ascii(std::string_view text);

} // namespace huibao::message
