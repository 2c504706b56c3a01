// Figures written in report text (spec/assessment.md: 亿元 with 4 decimals as
// the seed writes `xx.xxxx亿元`, 万美元 and 万元 with 2, percentages with 2).
// Cells keep full precision; only text is rounded, half away from zero as a
// reader rounds (1.005 -> 1.01, not the binary 1.00).
#pragma once

#include "huibao/values/date.hpp"

#include <string>

namespace huibao {

// value with exactly `decimals` decimals; never "-0.00". "—" when not finite.
std::u16string formatFixed(double value, int decimals);
// A count: 12.
std::u16string formatCount(long long count);
// 亿元 amount, 4 decimals: 12.3456 (the unit word is the caller's).
std::u16string formatYiyuan(double value);
// 万元 or 万美元 amount, 2 decimals: 1234.50.
std::u16string formatWan(double value);
// A fraction as a percentage with 2 decimals: 0.312 -> 31.20%.
std::u16string formatPercent(double fraction);
// The magnitude of a fraction as a percentage (for 超/落后 phrasing): -0.031 -> 3.10%.
std::u16string formatPercentMagnitude(double fraction);
// 2026年10月31日.
std::u16string formatChineseDate(const Date& date);

// A fraction rounded as formatPercent shows it, in hundredths of a percent
// (0.05204 -> 520): lets wording agree with the digits printed.
long long percentHundredths(double fraction);

} // namespace huibao
