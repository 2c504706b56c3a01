#include "huibao/values/date.hpp"

#include "huibao/text/text.hpp"

#include "huibao/text/nfkc.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace huibao {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil): exact integer arithmetic, no table, any year.
long long daysFromCivil(int year, int month, int day) {
    const long long y = static_cast<long long>(year) - (month <= 2 ? 1 : 0);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yearOfEra = y - era * 400; // [0, 399]
    const long long dayOfYearFromMarch = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const long long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYearFromMarch;
    return era * 146097 + dayOfEra - 719468;
}

// The inverse of daysFromCivil (civil_from_days).
Date civilFromDays(long long days) {
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const long long dayOfEra = days - era * 146097; // [0, 146096]
    const long long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const long long dayOfYearFromMarch = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const long long monthFromMarch = (5 * dayOfYearFromMarch + 2) / 153; // [0, 11]
    const int day = static_cast<int>(dayOfYearFromMarch - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = static_cast<int>(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    const int year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

std::optional<Date> validDate(int year, int month, int day) {
    const Date date{year, month, day};
    if (!isValidDate(date)) return std::nullopt;
    return date;
}

// A cursor over a date text, reading ASCII digits and separators.
class DateScanner {
public:
    explicit DateScanner(std::u16string_view text) : text_(text) {}

    bool atEnd() const { return position_ == text_.size(); }

    // Between minDigits and maxDigits ASCII digits, as a number.
    std::optional<int> number(std::size_t minDigits, std::size_t maxDigits) {
        std::size_t count = 0;
        int value = 0;
        while (position_ < text_.size() && count < maxDigits && text_[position_] >= u'0' && text_[position_] <= u'9') {
            value = value * 10 + (text_[position_] - u'0');
            ++position_;
            ++count;
        }
        if (count < minDigits) return std::nullopt;
        // "2026-003" is not a date: a longer digit run than allowed fails.
        if (position_ < text_.size() && text_[position_] >= u'0' && text_[position_] <= u'9') return std::nullopt;
        return value;
    }

    std::optional<char16_t> anyOf(std::u16string_view choices) {
        if (atEnd() || choices.find(text_[position_]) == std::u16string_view::npos) return std::nullopt;
        return text_[position_++];
    }

    bool skip(char16_t expected) {
        if (atEnd() || text_[position_] != expected) return false;
        ++position_;
        return true;
    }

private:
    std::u16string_view text_;
    std::size_t position_ = 0;
};

bool allDigits(std::u16string_view text) {
    return std::all_of(text.begin(), text.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; });
}

int digitsValue(std::u16string_view digits) {
    int value = 0;
    for (char16_t c : digits) value = value * 10 + (c - u'0');
    return value;
}

// 2026-03-05, 2026/3/5, 2026.3.5 and their month-only forms.
std::optional<Date> parseSeparated(DateScanner scanner) {
    const auto year = scanner.number(4, 4);
    if (!year) return std::nullopt;
    const auto separator = scanner.anyOf(u"-/.");
    if (!separator) return std::nullopt;
    const auto month = scanner.number(1, 2);
    if (!month) return std::nullopt;
    if (scanner.atEnd()) return validDate(*year, *month, 1);
    if (!scanner.skip(*separator)) return std::nullopt;
    const auto day = scanner.number(1, 2);
    if (!day || !scanner.atEnd()) return std::nullopt;
    return validDate(*year, *month, *day);
}

// 2026年3月5日 and 2026年3月.
std::optional<Date> parseChinese(DateScanner scanner) {
    const auto year = scanner.number(4, 4);
    if (!year || !scanner.skip(u'年')) return std::nullopt;
    const auto month = scanner.number(1, 2);
    if (!month || !scanner.skip(u'月')) return std::nullopt;
    if (scanner.atEnd()) return validDate(*year, *month, 1);
    const auto day = scanner.number(1, 2);
    if (!day || !scanner.skip(u'日') || !scanner.atEnd()) return std::nullopt;
    return validDate(*year, *month, *day);
}

std::optional<Date> fromYyyymmdd(long long number) {
    return validDate(static_cast<int>(number / 10000), static_cast<int>(number / 100 % 100),
                     static_cast<int>(number % 100));
}

constexpr Date kEarliestSerialDate{1990, 1, 1};
constexpr Date kLatestSerialDate{2100, 12, 31};

} // namespace

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

int daysInYear(int year) {
    return isLeapYear(year) ? 366 : 365;
}

bool isValidDate(const Date& date) {
    return date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
           date.day <= daysInMonth(date.year, date.month);
}

int dayOfYear(const Date& date) {
    return static_cast<int>(daysFromCivil(date.year, date.month, date.day) - daysFromCivil(date.year, 1, 1)) + 1;
}

long long toSerial(const Date& date, const Date& nullDate) {
    return daysFromCivil(date.year, date.month, date.day) - daysFromCivil(nullDate.year, nullDate.month, nullDate.day);
}

Date fromSerial(double serial, const Date& nullDate) {
    if (!std::isfinite(serial)) return nullDate;
    // Beyond ±10^9 days (2.7 million years) no date means anything; clamping
    // keeps the conversion to an integer defined.
    const double days = std::clamp(std::floor(serial), -1e9, 1e9);
    return civilFromDays(daysFromCivil(nullDate.year, nullDate.month, nullDate.day) + static_cast<long long>(days));
}

std::optional<Date> parseDateText(std::u16string_view text) {
    // NFKC makes full-width digits and separators (２０２６－０３) ASCII.
    std::u16string storage;
    const std::u16string_view value = trim(detail::toNfkcView(trim(text), storage));
    if (value.size() == 8 && allDigits(value)) return fromYyyymmdd(digitsValue(value));
    if (auto date = parseSeparated(DateScanner(value))) return date;
    return parseChinese(DateScanner(value));
}

DateReading readDate(const Cell& cell, const Date& nullDate) {
    using Status = DateReading::Status;
    switch (cell.kind) {
    case Cell::Kind::Empty: return {Status::Blank, {}};
    case Cell::Kind::Error: return {Status::ErrorValue, {}};
    case Cell::Kind::Text: {
        if (cell.isBlank()) return {Status::Blank, {}};
        const auto date = parseDateText(cell.text);
        return date ? DateReading{Status::Ok, *date} : DateReading{Status::Invalid, {}};
    }
    case Cell::Kind::Number:
    case Cell::Kind::Boolean: {
        const double number = cell.number;
        if (!std::isfinite(number)) return {Status::Invalid, {}};
        // WPS users type 20260305 as a number; no serial of 1990..2100 is that large.
        if (number == std::floor(number) && number >= 19000101 && number <= 21001231)
            if (const auto date = fromYyyymmdd(static_cast<long long>(number))) return {Status::Ok, *date};
        const Date date = fromSerial(number, nullDate);
        if (date < kEarliestSerialDate || date > kLatestSerialDate) return {Status::Invalid, {}};
        return {Status::Ok, date};
    }
    }
    return {Status::Invalid, {}};
}

} // namespace huibao
