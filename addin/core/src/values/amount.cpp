#include "huibao/values/amount.hpp"

#include "huibao/text/text.hpp"

#include "decimal.hpp"
#include "huibao/text/nfkc.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace huibao {
namespace {

// Power of ten of one unit in its currency's base unit (元 or 美元).
int unitExponent(AmountUnit unit) {
    switch (unit) {
    case AmountUnit::Yuan:
    case AmountUnit::Usd: return 0;
    case AmountUnit::Wanyuan:
    case AmountUnit::WanUsd: return 4;
    case AmountUnit::Yiyuan: return 8;
    }
    return 0;
}

struct UnitSpelling {
    std::u16string_view key; // as normalizeKey leaves it
    AmountUnit unit;
};

constexpr std::array kUnitSpellings{
    UnitSpelling{u"元", AmountUnit::Yuan},         UnitSpelling{u"万元", AmountUnit::Wanyuan},
    UnitSpelling{u"亿元", AmountUnit::Yiyuan},     UnitSpelling{u"美元", AmountUnit::Usd},
    UnitSpelling{u"万美元", AmountUnit::WanUsd},   UnitSpelling{u"yuan", AmountUnit::Yuan},
    UnitSpelling{u"wanyuan", AmountUnit::Wanyuan}, UnitSpelling{u"yiyuan", AmountUnit::Yiyuan},
    UnitSpelling{u"usd", AmountUnit::Usd},         UnitSpelling{u"wanusd", AmountUnit::WanUsd},
};

std::optional<AmountUnit> unitOfKey(std::u16string_view key) {
    for (const auto& spelling : kUnitSpellings)
        if (spelling.key == key) return spelling.unit;
    return std::nullopt;
}

// The unit a trailing word of an amount cell stands for in a column of
// `columnUnit`; 万 alone follows the column's currency, 亿 alone is 亿元.
std::optional<AmountUnit> unitWordIn(std::u16string_view word, AmountUnit columnUnit) {
    const std::u16string key = normalizeKey(word);
    if (key == u"万") return isUsd(columnUnit) ? AmountUnit::WanUsd : AmountUnit::Wanyuan;
    if (key == u"亿") return AmountUnit::Yiyuan;
    return unitOfKey(key);
}

bool isDigit(char16_t c) {
    return c >= u'0' && c <= u'9';
}

// The leading number of an amount text: sign, digits with optional
// thousands separators (groups of three, so a European "1,5" is refused
// rather than read as 15), optional decimal part. Returns the plain ASCII
// decimal ("-1234.5") and how many characters it used; nullopt when the
// text does not start with such a number.
struct NumberPrefix {
    std::string decimal;
    std::size_t length = 0;
};

std::optional<NumberPrefix> numberPrefix(std::u16string_view text) {
    NumberPrefix number;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'\u2212')) {
        number.decimal += '-';
        ++i;
    } else if (i < text.size() && text[i] == u'+') {
        ++i;
    }
    std::size_t digits = 0;
    std::size_t groupLength = 0;
    bool grouped = false;
    for (; i < text.size(); ++i) {
        if (isDigit(text[i])) {
            number.decimal += static_cast<char>(text[i]);
            ++digits;
            ++groupLength;
        } else if (text[i] == u',') {
            const bool validGroup = grouped ? groupLength == 3 : (groupLength >= 1 && groupLength <= 3);
            if (!validGroup || i + 1 >= text.size() || !isDigit(text[i + 1])) return std::nullopt;
            grouped = true;
            groupLength = 0;
        } else {
            break;
        }
    }
    if (grouped && groupLength != 3) return std::nullopt;
    if (i < text.size() && text[i] == u'.') {
        number.decimal += '.';
        for (++i; i < text.size() && isDigit(text[i]); ++i) {
            number.decimal += static_cast<char>(text[i]);
            ++digits;
        }
    }
    if (digits == 0) return std::nullopt;
    number.length = i;
    return number;
}

AmountReading readAmountText(std::u16string_view raw, AmountUnit columnUnit) {
    using Status = AmountReading::Status;
    // NFKC turns full-width digits, signs, commas and points into ASCII.
    std::u16string storage;
    const std::u16string_view text = trim(detail::toNfkcView(trim(raw), storage));
    if (text.empty()) return {Status::Blank, 0};
    const auto number = numberPrefix(text);
    if (!number) return {Status::NotANumber, 0};

    AmountUnit written = columnUnit;
    const std::u16string_view unitWord = trim(text.substr(number->length));
    if (!unitWord.empty()) {
        const auto unit = unitWordIn(unitWord, columnUnit);
        if (!unit) return {Status::NotANumber, 0};
        if (isUsd(*unit) != isUsd(columnUnit)) return {Status::WrongCurrency, 0};
        written = *unit;
    }
    double value = detail::decimalTimesPowerOfTen(number->decimal, unitExponent(written) - unitExponent(columnUnit));
    if (!std::isfinite(value)) return {Status::NotANumber, 0};
    if (value == 0) value = 0; // no -0 for "-0"
    return {Status::Ok, value};
}

} // namespace

bool isUsd(AmountUnit unit) {
    return unit == AmountUnit::Usd || unit == AmountUnit::WanUsd;
}

double unitScale(AmountUnit unit) {
    switch (unitExponent(unit)) {
    case 4: return 1e4;
    case 8: return 1e8;
    default: return 1;
    }
}

std::u16string unitName(AmountUnit unit) {
    switch (unit) {
    case AmountUnit::Yuan: return u"元";
    case AmountUnit::Wanyuan: return u"万元";
    case AmountUnit::Yiyuan: return u"亿元";
    case AmountUnit::Usd: return u"美元";
    case AmountUnit::WanUsd: return u"万美元";
    }
    return {};
}

std::optional<AmountUnit> parseUnitName(std::u16string_view name) {
    return unitOfKey(normalizeKey(name));
}

bool nearlyEqual(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

std::optional<double> convertAmount(double value, AmountUnit from, AmountUnit to,
                                    std::optional<double> rateYuanPerUsd) {
    if (!std::isfinite(value)) return std::nullopt;
    // Shift the decimal point first (exact), then apply the rate (one rounding).
    double result = detail::scaleByPowerOfTen(value, unitExponent(from) - unitExponent(to));
    if (isUsd(from) != isUsd(to)) {
        if (!rateYuanPerUsd || !std::isfinite(*rateYuanPerUsd) || *rateYuanPerUsd <= 0) return std::nullopt;
        result = isUsd(from) ? result * *rateYuanPerUsd : result / *rateYuanPerUsd;
    }
    if (!std::isfinite(result)) return std::nullopt;
    return result;
}

AmountReading readAmount(const Cell& cell, AmountUnit columnUnit) {
    using Status = AmountReading::Status;
    switch (cell.kind) {
    case Cell::Kind::Empty: return {Status::Blank, 0};
    case Cell::Kind::Error: return {Status::ErrorValue, 0};
    case Cell::Kind::Number:
    case Cell::Kind::Boolean:
        if (!std::isfinite(cell.number)) return {Status::NotANumber, 0};
        return {Status::Ok, cell.number};
    case Cell::Kind::Text: return readAmountText(cell.text, columnUnit);
    }
    return {Status::NotANumber, 0};
}

} // namespace huibao
