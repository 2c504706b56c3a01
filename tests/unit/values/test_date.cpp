#include "huibao/values/date.hpp"

#include "utf8_view.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace huibao;
using huibao::test::utf8;
using Status = DateReading::Status;

namespace {

std::optional<Date> parse(std::u16string_view text) {
    return parseDateText(text);
}

} // namespace

TEST_CASE("leap years", "[date]") {
    CHECK(isLeapYear(2024));
    CHECK(isLeapYear(2000));
    CHECK(isLeapYear(2028));
    CHECK_FALSE(isLeapYear(2026));
    CHECK_FALSE(isLeapYear(1900));
    CHECK_FALSE(isLeapYear(2100));
    CHECK(daysInYear(2024) == 366);
    CHECK(daysInYear(2026) == 365);
    CHECK(daysInYear(2000) == 366);
    CHECK(daysInYear(1900) == 365);
}

TEST_CASE("days in month", "[date]") {
    CHECK(daysInMonth(2026, 1) == 31);
    CHECK(daysInMonth(2026, 2) == 28);
    CHECK(daysInMonth(2024, 2) == 29);
    CHECK(daysInMonth(1900, 2) == 28);
    CHECK(daysInMonth(2000, 2) == 29);
    CHECK(daysInMonth(2026, 4) == 30);
    CHECK(daysInMonth(2026, 6) == 30);
    CHECK(daysInMonth(2026, 12) == 31);
    CHECK(daysInMonth(2026, 0) == 0);
    CHECK(daysInMonth(2026, 13) == 0);
}

TEST_CASE("isValidDate", "[date]") {
    CHECK(isValidDate({2024, 2, 29}));
    CHECK(isValidDate({2026, 12, 31}));
    CHECK(isValidDate({2026, 1, 1}));
    CHECK_FALSE(isValidDate({2025, 2, 29}));
    CHECK_FALSE(isValidDate({2026, 2, 30}));
    CHECK_FALSE(isValidDate({2026, 4, 31}));
    CHECK_FALSE(isValidDate({2026, 13, 1}));
    CHECK_FALSE(isValidDate({2026, 0, 1}));
    CHECK_FALSE(isValidDate({2026, 1, 0}));
    CHECK_FALSE(isValidDate({2026, 1, 32}));
}

TEST_CASE("dayOfYear", "[date]") {
    CHECK(dayOfYear({2026, 1, 1}) == 1);
    CHECK(dayOfYear({2026, 2, 1}) == 32);
    CHECK(dayOfYear({2026, 3, 1}) == 60);
    CHECK(dayOfYear({2024, 3, 1}) == 61);
    CHECK(dayOfYear({2026, 6, 30}) == 181);
    CHECK(dayOfYear({2024, 6, 30}) == 182);
    CHECK(dayOfYear({2026, 12, 31}) == 365);
    CHECK(dayOfYear({2024, 12, 31}) == 366);
}

TEST_CASE("toSerial matches Calc's serials", "[date]") {
    CHECK(toSerial({1899, 12, 30}) == 0);
    CHECK(toSerial({1899, 12, 31}) == 1);
    CHECK(toSerial({1900, 1, 1}) == 2);
    CHECK(toSerial({1900, 3, 1}) == 61);
    CHECK(toSerial({1990, 1, 1}) == 32874);
    CHECK(toSerial({2000, 1, 1}) == 36526);
    CHECK(toSerial({2024, 2, 29}) == 45351);
    CHECK(toSerial({2024, 12, 31}) == 45657);
    CHECK(toSerial({2026, 1, 1}) == 46023);
    CHECK(toSerial({2026, 6, 30}) == 46203);
    CHECK(toSerial({2100, 12, 31}) == 73415);
    CHECK(toSerial({1899, 12, 29}) == -1);
}

TEST_CASE("toSerial against another null date", "[date]") {
    const Date null1904{1904, 1, 1};
    CHECK(toSerial({1904, 1, 1}, null1904) == 0);
    CHECK(toSerial({2026, 6, 30}, null1904) == 46203 - 1462);
    const Date null1900{1900, 1, 1};
    CHECK(toSerial({2026, 6, 30}, null1900) == 46201);
}

TEST_CASE("fromSerial is the inverse of toSerial", "[date]") {
    CHECK(fromSerial(46203) == Date{2026, 6, 30});
    CHECK(fromSerial(61) == Date{1900, 3, 1});
    CHECK(fromSerial(45657) == Date{2024, 12, 31});
    CHECK(fromSerial(45351) == Date{2024, 2, 29});
    CHECK(fromSerial(0) == Date{1899, 12, 30});
    CHECK(fromSerial(-1) == Date{1899, 12, 29});
    CHECK(fromSerial(46203.75) == Date{2026, 6, 30}); // a time of day is dropped
    CHECK(fromSerial(1462, Date{1904, 1, 1}) == Date{1908, 1, 2});
    for (long long serial = -600000; serial <= 2900000; serial += 997) { // years 257 .. 9839
        const Date date = fromSerial(static_cast<double>(serial));
        REQUIRE(isValidDate(date));
        REQUIRE(toSerial(date) == serial);
    }
}

TEST_CASE("fromSerial walks every day of 1990..2100 without gaps", "[date]") {
    Date previous = fromSerial(static_cast<double>(toSerial({1989, 12, 31})));
    for (long long serial = toSerial({1990, 1, 1}); serial <= toSerial({2100, 12, 31}); ++serial) {
        const Date date = fromSerial(static_cast<double>(serial));
        REQUIRE(isValidDate(date));
        const bool nextDay = date.day == previous.day + 1 && date.month == previous.month;
        const bool nextMonth = date.day == 1 && previous.day == daysInMonth(previous.year, previous.month) &&
                               (date.month == previous.month + 1 || (date.month == 1 && previous.month == 12));
        REQUIRE((nextDay || nextMonth));
        previous = date;
    }
    CHECK(previous == Date{2100, 12, 31});
}

TEST_CASE("parseDateText: full dates", "[date]") {
    CHECK(parse(u"2026-03-05") == Date{2026, 3, 5});
    CHECK(parse(u"2026-3-5") == Date{2026, 3, 5});
    CHECK(parse(u"2026/3/5") == Date{2026, 3, 5});
    CHECK(parse(u"2026/03/05") == Date{2026, 3, 5});
    CHECK(parse(u"2026.3.5") == Date{2026, 3, 5});
    CHECK(parse(u"2026年3月5日") == Date{2026, 3, 5});
    CHECK(parse(u"2026年03月05日") == Date{2026, 3, 5});
    CHECK(parse(u"20260305") == Date{2026, 3, 5});
    CHECK(parse(u"2026-12-31") == Date{2026, 12, 31});
    CHECK(parse(u"2024-02-29") == Date{2024, 2, 29});
    CHECK(parse(u"2000年2月29日") == Date{2000, 2, 29});
}

TEST_CASE("parseDateText: month precision means the 1st", "[date]") {
    CHECK(parse(u"2026-03") == Date{2026, 3, 1});
    CHECK(parse(u"2026.3") == Date{2026, 3, 1});
    CHECK(parse(u"2026年3月") == Date{2026, 3, 1});
    CHECK(parse(u"2026年12月") == Date{2026, 12, 1});
    CHECK(parse(u"2026/3") == Date{2026, 3, 1});
}

TEST_CASE("parseDateText: spaces around and full-width characters", "[date]") {
    CHECK(parse(u"  2026-03-05  ") == Date{2026, 3, 5});
    CHECK(parse(u"\u30002026年3月5日\u3000") == Date{2026, 3, 5});
    CHECK(parse(u"\n20260305\t") == Date{2026, 3, 5});
    CHECK(parse(u"２０２６－０３－０５") == Date{2026, 3, 5});
    CHECK(parse(u"２０２６年３月５日") == Date{2026, 3, 5});
    CHECK(parse(u"２０２６０３０５") == Date{2026, 3, 5});
    CHECK(parse(u"２０２６．３") == Date{2026, 3, 1});
}

TEST_CASE("parseDateText: impossible dates are refused", "[date]") {
    CHECK_FALSE(parse(u"2026-02-30"));
    CHECK_FALSE(parse(u"2025-02-29"));
    CHECK_FALSE(parse(u"2100-02-29"));
    CHECK_FALSE(parse(u"2026-04-31"));
    CHECK_FALSE(parse(u"2026-13-01"));
    CHECK_FALSE(parse(u"2026-00-10"));
    CHECK_FALSE(parse(u"2026-01-00"));
    CHECK_FALSE(parse(u"2026-13"));
    CHECK_FALSE(parse(u"2026年13月"));
    CHECK_FALSE(parse(u"20260230"));
    CHECK_FALSE(parse(u"20261301"));
}

TEST_CASE("parseDateText: other forms are refused", "[date]") {
    const std::u16string garbage[] = {
        u"",           u"   ",         u"明天",          u"2026",        u"26-3-5",      u"2026-3/5",
        u"2026/3-5",   u"2026-03-05-", u"2026-03-",      u"2026--03-05", u"2026-003-05", u"2026-03-005",
        u"2026年3月5", u"2026年3",     u"2026年3月5日x", u"3月5日",      u"2026 03 05",  u"2026-03-05 10:00",
        u"46203",      u"202603051",   u"2026035",       u"2026.3.5.",   u"x2026-03-05", u"二〇二六年三月五日",
        u"2026-3.5",   u"05/03/2026",
    };
    for (const auto& text : garbage) {
        INFO(utf8(text));
        CHECK_FALSE(parse(text));
    }
}

TEST_CASE("readDate: numbers are serials", "[date]") {
    auto reading = readDate(Cell::ofNumber(46203));
    CHECK(reading.status == Status::Ok);
    CHECK(reading.date == Date{2026, 6, 30});
    reading = readDate(Cell::ofNumber(46203.5));
    CHECK(reading.status == Status::Ok);
    CHECK(reading.date == Date{2026, 6, 30});
    reading = readDate(Cell::ofNumber(45657));
    CHECK(reading.date == Date{2024, 12, 31});
    reading = readDate(Cell::ofNumber(46203 - 1462), Date{1904, 1, 1});
    CHECK(reading.status == Status::Ok);
    CHECK(reading.date == Date{2026, 6, 30});
}

TEST_CASE("readDate: serials outside 1990..2100 are invalid", "[date]") {
    CHECK(readDate(Cell::ofNumber(32874)).status == Status::Ok);      // 1990-01-01
    CHECK(readDate(Cell::ofNumber(32873)).status == Status::Invalid); // 1989-12-31
    CHECK(readDate(Cell::ofNumber(73415)).status == Status::Ok);      // 2100-12-31
    CHECK(readDate(Cell::ofNumber(73416)).status == Status::Invalid); // 2101-01-01
    CHECK(readDate(Cell::ofNumber(0)).status == Status::Invalid);
    CHECK(readDate(Cell::ofNumber(61)).status == Status::Invalid);
    CHECK(readDate(Cell::ofNumber(-5)).status == Status::Invalid);
    CHECK(readDate(Cell::ofNumber(1e15)).status == Status::Invalid);
    CHECK(readDate(Cell::ofNumber(std::nan(""))).status == Status::Invalid);
    CHECK(readDate(Cell::ofNumber(std::numeric_limits<double>::infinity())).status == Status::Invalid);
    CHECK(readDate(Cell::ofBoolean(true)).status == Status::Invalid);
}

TEST_CASE("readDate: integers that are a valid YYYYMMDD are that date", "[date]") {
    auto reading = readDate(Cell::ofNumber(20260305));
    CHECK(reading.status == Status::Ok);
    CHECK(reading.date == Date{2026, 3, 5});
    reading = readDate(Cell::ofNumber(20240229));
    CHECK(reading.status == Status::Ok);
    CHECK(reading.date == Date{2024, 2, 29});
    reading = readDate(Cell::ofNumber(19000101));
    CHECK(reading.status == Status::Ok);
    CHECK(reading.date == Date{1900, 1, 1});
    reading = readDate(Cell::ofNumber(21001231));
    CHECK(reading.status == Status::Ok);
    CHECK(reading.date == Date{2100, 12, 31});
    // Not a valid YYYYMMDD, and far too large for a serial of 1990..2100.
    CHECK(readDate(Cell::ofNumber(20250229)).status == Status::Invalid);
    CHECK(readDate(Cell::ofNumber(20261301)).status == Status::Invalid);
    CHECK(readDate(Cell::ofNumber(20260305.5)).status == Status::Invalid);
    CHECK(readDate(Cell::ofNumber(21010101)).status == Status::Invalid);
}

TEST_CASE("readDate: text, blank and error cells", "[date]") {
    auto reading = readDate(Cell::ofText(u"2026年6月30日"));
    CHECK(reading.status == Status::Ok);
    CHECK(reading.date == Date{2026, 6, 30});
    reading = readDate(Cell::ofText(u"2026-03"));
    CHECK(reading.status == Status::Ok);
    CHECK(reading.date == Date{2026, 3, 1});
    CHECK(readDate(Cell::ofText(u"2026-02-30")).status == Status::Invalid);
    CHECK(readDate(Cell::ofText(u"明天")).status == Status::Invalid);
    CHECK(readDate(Cell::ofText(u"46203")).status == Status::Invalid);
    CHECK(readDate(Cell::empty()).status == Status::Blank);
    CHECK(readDate(Cell::ofText(u"")).status == Status::Blank);
    CHECK(readDate(Cell::ofText(u" 　")).status == Status::Blank);
    CHECK(readDate(Cell::ofError()).status == Status::ErrorValue);
}
