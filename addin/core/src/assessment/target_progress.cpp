#include "huibao/assessment/target_progress.hpp"

#include "huibao/values/schedule.hpp"

#include <cmath>

namespace huibao {

TargetProgress measureProgress(double achieved, std::optional<double> target, double scheduleProgress) {
    TargetProgress progress;
    progress.achieved = achieved;
    progress.target = target;
    if (target) progress.rate = completionRate(achieved, *target);
    if (progress.rate) progress.ahead = *progress.rate - scheduleProgress;
    return progress;
}

std::optional<double> yearOnYear(double thisYear, std::optional<double> lastYear) {
    if (!lastYear || *lastYear == 0 || !std::isfinite(*lastYear)) return std::nullopt;
    return (thisYear - *lastYear) / *lastYear;
}

} // namespace huibao
