#include "decimal.hpp"

#include <charconv>
#include <cmath>

namespace huibao::detail {

std::string shortestFixed(double value) {
    // DBL_MAX and the smallest subnormal both need a little over 300 digits.
    char buffer[400];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (error != std::errc()) return {};
    return std::string(buffer, end);
}

namespace {

// The power of ten of the first non-zero digit: 2 for "123.4", -3 for "0.00123".
long leadingExponent(std::string_view decimal) {
    std::size_t point = decimal.find('.');
    if (point == std::string_view::npos) point = decimal.size();
    for (std::size_t i = 0; i < decimal.size(); ++i) {
        if (decimal[i] < '1' || decimal[i] > '9') continue;
        return i < point ? static_cast<long>(point - i - 1) : -static_cast<long>(i - point);
    }
    return 0;
}

} // namespace

double decimalTimesPowerOfTen(std::string_view decimal, int power) {
    // from_chars rounds "<digits>e<power>" correctly in one step.
    std::string text(decimal);
    text += 'e';
    text += std::to_string(power);
    double result = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    (void)end;
    if (error == std::errc::result_out_of_range) {
        // from_chars leaves the result untouched; tell overflow from underflow
        // by where the leading digit lands.
        const bool negative = decimal.starts_with('-');
        const bool overflow = leadingExponent(decimal) + power > 0;
        const double magnitude = overflow ? HUGE_VAL : 0.0;
        return negative ? -magnitude : magnitude;
    }
    return result;
}

double scaleByPowerOfTen(double value, int power) {
    if (!std::isfinite(value) || value == 0 || power == 0) return value;
    char buffer[64];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    if (error != std::errc()) return value * std::pow(10.0, power);
    std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    const std::size_t exponentMark = text.find('e');
    int exponent = 0;
    std::from_chars(text.data() + exponentMark + 1 + (text[exponentMark + 1] == '+'), text.data() + text.size(),
                    exponent);
    return decimalTimesPowerOfTen(text.substr(0, exponentMark), exponent + power);
}

} // namespace huibao::detail
