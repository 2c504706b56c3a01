#include "huibao/assessment/figure_text.hpp"

#include "huibao/text/text.hpp"

#include <cmath>
#include <cstdio>

namespace huibao {
namespace {

// Rounds half away from zero at `decimals`, after a relative nudge: 1.005 is
// stored as 1.00499999…, and a reader of the sheet expects 1.01.
double roundDecimal(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    const double scaled = value * scale * (1 + 1e-12);
    return std::round(scaled) / scale;
}

} // namespace

std::u16string formatFixed(double value, int decimals) {
    if (!std::isfinite(value)) return u"—";
    double rounded = roundDecimal(value, decimals);
    if (rounded == 0) rounded = 0; // drops the sign of -0.0
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, rounded);
    return fromUtf8(buffer);
}

std::u16string formatCount(long long count) {
    return fromUtf8(std::to_string(count));
}

std::u16string formatYiyuan(double value) {
    return formatFixed(value, 4);
}

std::u16string formatWan(double value) {
    return formatFixed(value, 2);
}

std::u16string formatPercent(double fraction) {
    return formatFixed(fraction * 100, 2) + u"%";
}

std::u16string formatPercentMagnitude(double fraction) {
    return formatPercent(std::fabs(fraction));
}

std::u16string formatChineseDate(const Date& date) {
    return formatCount(date.year) + u"年" + formatCount(date.month) + u"月" + formatCount(date.day) + u"日";
}

long long percentHundredths(double fraction) {
    if (!std::isfinite(fraction)) return 0;
    return std::llround(roundDecimal(fraction * 100, 2) * 100);
}

} // namespace huibao
