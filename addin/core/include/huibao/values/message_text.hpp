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
// How many code points of a value a message quotes (spec/validation.md, last
// section): a 32,000-character cell must not make a 32,000-character message.
inline constexpr std::size_t kQuotedCodePoints = 50;
// How many code points of a submitted name Huibao's output sheets show
// (单位考核, the report's tables and text): more than any real project or unit
// name, and few enough that Calc lays out and sizes a table of them quickly
// (a 32,000-character name in a wrapped cell costs Calc seconds per pass).
inline constexpr std::size_t kShownCodePoints = 200;
// The first `codePoints` code points of text, then `…` when there were more;
// a surrogate pair is never split. Costs time in proportion to codePoints.
std::u16string clipped(std::u16string_view text, std::size_t codePoints = kQuotedCodePoints);
// "text" in ASCII double quotes, as the spec's examples (`总投资 "3OO" 不是数字`),
// clipped to its first 50 code points ("…" inside the quotes).
std::u16string quoted(std::u16string_view text);
// What a cell shows, for quoting in a message: trimmed text, a number, TRUE/FALSE.
std::u16string cellText(const Cell& cell);
// ASCII to UTF-16 (for number formatting).
std::u16string ascii(std::string_view text);

} // namespace huibao::message
