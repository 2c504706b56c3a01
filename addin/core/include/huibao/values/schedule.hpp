// 序时进度 (spec/assessment.md, "Schedule progress") and completion figures.
#pragma once

#include "huibao/values/date.hpp"

#include <optional>
#include <string_view>

namespace huibao {

enum class ScheduleBasis { ByMonth, ByDay };

// "按月" "月" "month" -> ByMonth; "按日" "日" "day" -> ByDay (after normalizeKey).
std::optional<ScheduleBasis> parseScheduleBasis(std::u16string_view text);
// 1 or 0 -> ByMonth, 2 -> ByDay.
std::optional<ScheduleBasis> scheduleBasisFromNumber(double code);
// How the 参数 sheet writes a basis: 按月 or 按日.
std::u16string_view scheduleBasisText(ScheduleBasis basis);

// Share of `year` elapsed at the end of `date`: by completed months (the month
// of date counts only when date is its last day) or by days. 0 before the
// year, 1 after it.
double scheduleProgress(const Date& date, int year, ScheduleBasis basis);

// achieved / target; nullopt when target <= 0 or either is not finite.
std::optional<double> completionRate(double achieved, double target);

} // namespace huibao
