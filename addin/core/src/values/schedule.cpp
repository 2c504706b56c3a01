#include "huibao/values/schedule.hpp"

#include "huibao/text/text.hpp"

#include <array>
#include <cmath>
#include <string>

namespace huibao {
namespace {

struct BasisSpelling {
    std::u16string_view key; // as normalizeKey leaves it
    ScheduleBasis basis;
};

constexpr std::array kBasisSpellings{
    BasisSpelling{u"按月", ScheduleBasis::ByMonth},
    BasisSpelling{u"月", ScheduleBasis::ByMonth},
    BasisSpelling{u"month", ScheduleBasis::ByMonth},
    BasisSpelling{u"按日", ScheduleBasis::ByDay},
    BasisSpelling{u"日", ScheduleBasis::ByDay},
    BasisSpelling{u"day", ScheduleBasis::ByDay},
    // Officers say 按天 as often as 按日.
    BasisSpelling{u"按天", ScheduleBasis::ByDay},
    BasisSpelling{u"天", ScheduleBasis::ByDay},
};

// Months of the year completely elapsed at the end of `date` (same year).
int completedMonths(const Date& date) {
    return date.day == daysInMonth(date.year, date.month) ? date.month : date.month - 1;
}

} // namespace

std::optional<ScheduleBasis> parseScheduleBasis(std::u16string_view text) {
    const std::u16string key = normalizeKey(text);
    for (const auto& spelling : kBasisSpellings)
        if (spelling.key == key) return spelling.basis;
    return std::nullopt;
}

std::optional<ScheduleBasis> scheduleBasisFromNumber(double code) {
    if (code == 0 || code == 1) return ScheduleBasis::ByMonth;
    if (code == 2) return ScheduleBasis::ByDay;
    return std::nullopt;
}

double scheduleProgress(const Date& date, int year, ScheduleBasis basis) {
    if (date.year < year) return 0;
    if (date.year > year) return 1;
    if (basis == ScheduleBasis::ByMonth) return completedMonths(date) / 12.0;
    return static_cast<double>(dayOfYear(date)) / daysInYear(year);
}

std::optional<double> completionRate(double achieved, double target) {
    if (!std::isfinite(achieved) || !std::isfinite(target) || target <= 0) return std::nullopt;
    return achieved / target;
}

std::u16string_view scheduleBasisText(ScheduleBasis basis) {
    return basis == ScheduleBasis::ByDay ? u"按日" : u"按月";
}

} // namespace huibao
