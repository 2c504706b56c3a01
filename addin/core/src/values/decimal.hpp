// Internal: arithmetic on numbers as their decimal digits read, not as their
// binary value. Users think 0.3 is 3000 万元 in 亿元, and 1.005 rounds to 1.01;
// binary arithmetic gives 0.30000000000000004 and 1.00.
#pragma once

#include <string>
#include <string_view>

namespace huibao::detail {

// The shortest decimal that reads back as `value`, in fixed notation without
// exponent ("1.005", "100000000", "0.0000001"). `value` must be finite.
std::string shortestFixed(double value);

// `decimal` (ASCII, optional '-', digits, optional '.' and digits) times
// 10^power, rounded once to the nearest double.
double decimalTimesPowerOfTen(std::string_view decimal, int power);

// `value` times 10^power, rounded once from value's shortest decimal: exact
// whenever the decimal result fits a double's precision.
double scaleByPowerOfTen(double value, int power);

} // namespace huibao::detail
