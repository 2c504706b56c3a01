#include "huibao/values/schedule.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace huibao;

TEST_CASE("parseScheduleBasis", "[schedule]") {
    CHECK(parseScheduleBasis(u"按月") == ScheduleBasis::ByMonth);
    CHECK(parseScheduleBasis(u"月") == ScheduleBasis::ByMonth);
    CHECK(parseScheduleBasis(u"month") == ScheduleBasis::ByMonth);
    CHECK(parseScheduleBasis(u"Month") == ScheduleBasis::ByMonth);
    CHECK(parseScheduleBasis(u"ＭＯＮＴＨ") == ScheduleBasis::ByMonth);
    CHECK(parseScheduleBasis(u" 按 月 ") == ScheduleBasis::ByMonth);
    CHECK(parseScheduleBasis(u"按日") == ScheduleBasis::ByDay);
    CHECK(parseScheduleBasis(u"日") == ScheduleBasis::ByDay);
    CHECK(parseScheduleBasis(u"day") == ScheduleBasis::ByDay);
    CHECK(parseScheduleBasis(u"DAY") == ScheduleBasis::ByDay);
    CHECK(parseScheduleBasis(u"按日\u3000") == ScheduleBasis::ByDay);
    CHECK(parseScheduleBasis(u"按天") == ScheduleBasis::ByDay);
    CHECK_FALSE(parseScheduleBasis(u""));
    CHECK_FALSE(parseScheduleBasis(u"年"));
    CHECK_FALSE(parseScheduleBasis(u"week"));
    CHECK_FALSE(parseScheduleBasis(u"1"));
}

TEST_CASE("scheduleBasisFromNumber", "[schedule]") {
    CHECK(scheduleBasisFromNumber(0) == ScheduleBasis::ByMonth);
    CHECK(scheduleBasisFromNumber(1) == ScheduleBasis::ByMonth);
    CHECK(scheduleBasisFromNumber(2) == ScheduleBasis::ByDay);
    CHECK_FALSE(scheduleBasisFromNumber(3));
    CHECK_FALSE(scheduleBasisFromNumber(-1));
    CHECK_FALSE(scheduleBasisFromNumber(1.5));
    CHECK_FALSE(scheduleBasisFromNumber(std::nan("")));
}

TEST_CASE("schedule progress by month counts completed months", "[schedule]") {
    const auto byMonth = ScheduleBasis::ByMonth;
    CHECK(scheduleProgress({2026, 6, 30}, 2026, byMonth) == 0.5);
    CHECK(scheduleProgress({2026, 6, 29}, 2026, byMonth) == Approx(5.0 / 12));
    CHECK(scheduleProgress({2026, 6, 29}, 2026, byMonth) == 5.0 / 12);
    CHECK(scheduleProgress({2026, 12, 31}, 2026, byMonth) == 1);
    CHECK(scheduleProgress({2026, 12, 30}, 2026, byMonth) == Approx(11.0 / 12));
    CHECK(scheduleProgress({2026, 1, 1}, 2026, byMonth) == 0);
    CHECK(scheduleProgress({2026, 1, 30}, 2026, byMonth) == 0);
    CHECK(scheduleProgress({2026, 1, 31}, 2026, byMonth) == Approx(1.0 / 12));
    CHECK(scheduleProgress({2026, 3, 31}, 2026, byMonth) == 0.25);
    CHECK(scheduleProgress({2026, 9, 30}, 2026, byMonth) == 0.75);
    CHECK(scheduleProgress({2026, 7, 1}, 2026, byMonth) == 0.5);
    // February ends on the 28th, or the 29th in a leap year.
    CHECK(scheduleProgress({2026, 2, 28}, 2026, byMonth) == Approx(2.0 / 12));
    CHECK(scheduleProgress({2024, 2, 28}, 2024, byMonth) == Approx(1.0 / 12));
    CHECK(scheduleProgress({2024, 2, 29}, 2024, byMonth) == Approx(2.0 / 12));
}

TEST_CASE("schedule progress by day", "[schedule]") {
    const auto byDay = ScheduleBasis::ByDay;
    CHECK(scheduleProgress({2026, 6, 30}, 2026, byDay) == Approx(181.0 / 365));
    CHECK(scheduleProgress({2026, 6, 30}, 2026, byDay) == 181.0 / 365);
    CHECK(scheduleProgress({2026, 6, 30}, 2026, byDay) == Approx(0.495890).epsilon(1e-6));
    CHECK(scheduleProgress({2026, 1, 1}, 2026, byDay) == 1.0 / 365);
    CHECK(scheduleProgress({2026, 12, 31}, 2026, byDay) == 1);
    CHECK(scheduleProgress({2024, 12, 31}, 2024, byDay) == 1);
    CHECK(scheduleProgress({2024, 12, 30}, 2024, byDay) == 365.0 / 366);
    CHECK(scheduleProgress({2024, 6, 30}, 2024, byDay) == 182.0 / 366);
    CHECK(scheduleProgress({2024, 2, 29}, 2024, byDay) == 60.0 / 366);
}

TEST_CASE("schedule progress outside the reporting year", "[schedule]") {
    for (auto basis : {ScheduleBasis::ByMonth, ScheduleBasis::ByDay}) {
        CHECK(scheduleProgress({2025, 12, 31}, 2026, basis) == 0);
        CHECK(scheduleProgress({2020, 6, 30}, 2026, basis) == 0);
        CHECK(scheduleProgress({2027, 1, 1}, 2026, basis) == 1);
        CHECK(scheduleProgress({2030, 6, 15}, 2026, basis) == 1);
    }
}

TEST_CASE("completionRate", "[schedule]") {
    CHECK(completionRate(3, 4) == 0.75);
    CHECK(completionRate(0, 4) == 0);
    CHECK(completionRate(5, 4) == 1.25);
    CHECK(completionRate(-1, 4) == -0.25);
    CHECK(completionRate(1, 3) == Approx(1.0 / 3));
    CHECK_FALSE(completionRate(3, 0));
    CHECK_FALSE(completionRate(3, -4));
    CHECK_FALSE(completionRate(std::nan(""), 4));
    CHECK_FALSE(completionRate(3, std::nan("")));
    CHECK_FALSE(completionRate(3, std::numeric_limits<double>::infinity()));
    CHECK_FALSE(completionRate(std::numeric_limits<double>::infinity(), 4));
}

TEST_CASE("ahead of schedule example of functions.md", "[schedule]") {
    const double ahead = *completionRate(3, 4) - scheduleProgress({2026, 6, 30}, 2026, ScheduleBasis::ByMonth);
    CHECK(ahead == 0.25);
}
