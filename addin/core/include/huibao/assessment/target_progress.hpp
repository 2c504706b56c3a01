// One achieved figure against its yearly target and the time-schedule
// progress: 完成率 and 超序时进度 (spec/assessment.md).
#pragma once

#include <optional>

namespace huibao {

struct TargetProgress {
    double achieved = 0;
    std::optional<double> target; // as given (may be 0: then no rate)
    std::optional<double> rate;   // 完成率 = achieved ÷ target, only when target > 0
    std::optional<double> ahead;  // 超序时进度 = rate − 序时进度; negative = behind

    // Behind schedule: a rate exists and is below the schedule progress.
    bool isBehind() const { return ahead && *ahead < 0; }
};

TargetProgress measureProgress(double achieved, std::optional<double> target, double scheduleProgress);

// (this year − last year) ÷ last year; nullopt when there is no last year's
// figure or it is 0.
std::optional<double> yearOnYear(double thisYear, std::optional<double> lastYear);

} // namespace huibao
