// Calendar dates, spreadsheet serials and the date forms of spec/workbook.md.
#pragma once

#include "huibao/values/cell.hpp"

#include <optional>
#include <string_view>

namespace huibao {

struct Date {
    int year = 1899, month = 12, day = 30;
    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date&, const Date&) = default;
};

inline constexpr Date kDefaultNullDate{1899, 12, 30};

bool isLeapYear(int year);
int daysInMonth(int year, int month);
int daysInYear(int year);
bool isValidDate(const Date& date);
int dayOfYear(const Date& date); // 1 .. 366

// Days since the document's null date (Calc's serial); exact for any valid date.
long long toSerial(const Date& date, const Date& nullDate = kDefaultNullDate);
// The date of an integral serial (the fraction, a time of day, is dropped).
Date fromSerial(double serial, const Date& nullDate = kDefaultNullDate);

// Text in one of the forms 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日,
// 20260305, and month precision 2026-03, 2026.3, 2026年3月 (the 1st).
// Full-width digits and surrounding spaces are accepted. nullopt for anything
// else or an impossible date.
std::optional<Date> parseDateText(std::u16string_view text);

struct DateReading {
    enum class Status { Ok, Blank, Invalid, ErrorValue };
    Status status = Status::Blank;
    Date date;
};

// A date cell: a number is a serial against nullDate, except an integer that
// is a valid YYYYMMDD between 19000101 and 21001231; a serial whose date is
// before 1990 or after 2100 is Invalid. Text per parseDateText.
DateReading readDate(const Cell& cell, const Date& nullDate = kDefaultNullDate);

} // namespace huibao
