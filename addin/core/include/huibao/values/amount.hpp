// Money amounts: the five units of spec/functions.md and the reading of amount
// cells per spec/workbook.md ("Amounts").
#pragma once

#include "huibao/values/cell.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace huibao {

enum class AmountUnit { Yuan, Wanyuan, Yiyuan, Usd, WanUsd };

bool isUsd(AmountUnit unit);

// Two amounts the same up to binary rounding (relative 1e-9): a 总投资
// written as =0.7+0.2+0.1 is 0.9999999999999999 and shows 1, as Calc's own
// comparisons take it.
bool nearlyEqual(double a, double b);
// value ≥ threshold, with nearlyEqual's tolerance: the 亿元以上 line.
inline bool atLeast(double value, double threshold) {
    return value > threshold || nearlyEqual(value, threshold);
}
// How many yuan (or dollars, for USD units) one of this unit is: 1, 1e4, 1e8.
double unitScale(AmountUnit unit);
// The unit's Chinese name as written in headers and text: 元 万元 亿元 美元 万美元.
std::u16string unitName(AmountUnit unit);

// A unit name as a user or a header writes it, compared after normalizeKey:
// 元 万元 亿元 美元 万美元, and yuan wanyuan yiyuan usd wanusd.
std::optional<AmountUnit> parseUnitName(std::u16string_view name);

// value in `from` expressed in `to`. rateYuanPerUsd is required (> 0) when the
// currencies differ; nullopt when it is missing or not positive, or when
// value is not finite.
std::optional<double> convertAmount(double value, AmountUnit from, AmountUnit to,
                                    std::optional<double> rateYuanPerUsd = std::nullopt);

struct AmountReading {
    enum class Status { Ok, Blank, NotANumber, WrongCurrency, ErrorValue };
    Status status = Status::Blank;
    double value = 0; // in the column's unit when Ok
};

// A cell of an amount column whose unit is `columnUnit`. A number is taken as
// is; text may hold full-width digits, a sign, thousands separators (, ，),
// a decimal point and one trailing unit word (元 万元 亿元 美元 万美元, or
// 万/亿 alone: 万元/亿元 in an RMB column, 万美元 in a USD column), converted
// into columnUnit. A unit word of the other currency is WrongCurrency.
AmountReading readAmount(const Cell& cell, AmountUnit columnUnit);

} // namespace huibao
