#include "huibao/values/chinese_numbers.hpp"

#include "decimal.hpp"

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <cmath>
#include <memory>
#include <mutex>
#include <string>

namespace huibao {
namespace {

// ---- 人民币大写 ---------------------------------------------------------

constexpr char16_t kUpperDigits[] = u"零壹贰叁肆伍陆柒捌玖";
constexpr char16_t kPositionUnits[] = {0, u'拾', u'佰', u'仟'}; // within a four-digit section
constexpr std::size_t kMaxIntegerDigits = 12;                   // below 10^12 (千亿)

// An amount rounded to 分, kept as decimal digits.
struct Fen {
    bool negative = false;
    std::string integerDigits; // no leading zeros; empty below 1 元
    int jiao = 0;
    int fen = 0;
    bool isZero() const { return integerDigits.empty() && jiao == 0 && fen == 0; }
};

// Adds one 分 to a decimal "integer digits + two fraction digits" string.
void incrementDigits(std::string& digits) {
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it != '9') {
            ++*it;
            return;
        }
        *it = '0';
    }
    digits.insert(digits.begin(), '1');
}

// Half-up to 分 on the shortest decimal of `amount`, so 1.005 (stored as
// 1.00499999999999989…) rounds as the cell shows it, to 1.01.
Fen roundToFen(double amount) {
    const std::string fixed = detail::shortestFixed(std::fabs(amount));
    const std::size_t point = fixed.find('.');
    std::string integerPart = fixed.substr(0, point);
    std::string fraction = point == std::string::npos ? std::string() : fixed.substr(point + 1);
    fraction.resize(std::max<std::size_t>(fraction.size(), 3), '0');

    std::string fenDigits = integerPart + fraction.substr(0, 2);
    if (fraction[2] >= '5') incrementDigits(fenDigits);

    Fen result;
    result.negative = std::signbit(amount);
    result.fen = fenDigits[fenDigits.size() - 1] - '0';
    result.jiao = fenDigits[fenDigits.size() - 2] - '0';
    result.integerDigits = fenDigits.substr(0, fenDigits.size() - 2);
    result.integerDigits.erase(0, result.integerDigits.find_first_not_of('0'));
    return result;
}

// The 元 part: sections of four digits (亿, 万, units). A zero run inside the
// number is one 零; the trailing zeros of a non-empty section are absorbed by
// its 万/亿 (105000 -> 壹拾万伍仟), a wholly empty section is part of a run.
std::u16string integerWords(const std::string& digits) {
    const std::string padded = std::string((4 - digits.size() % 4) % 4, '0') + digits;
    const std::size_t sections = padded.size() / 4;
    std::u16string words;
    bool pendingZero = false;
    for (std::size_t section = 0; section < sections; ++section) {
        bool sectionHasDigits = false;
        for (std::size_t offset = 0; offset < 4; ++offset) {
            const int digit = padded[section * 4 + offset] - '0';
            const std::size_t position = 3 - offset;
            if (digit == 0) {
                pendingZero = !words.empty();
                continue;
            }
            if (pendingZero) words += u'零';
            pendingZero = false;
            words += kUpperDigits[digit];
            if (position > 0) words += kPositionUnits[position];
            sectionHasDigits = true;
        }
        const std::size_t sectionsBelow = sections - 1 - section;
        if (sectionHasDigits) {
            if (sectionsBelow == 2) words += u'亿';
            if (sectionsBelow == 1) words += u'万';
            pendingZero = false;
        }
    }
    return words;
}

std::u16string upperWords(const Fen& amount) {
    if (amount.isZero()) return u"零元整";
    std::u16string words;
    if (amount.negative) words += u'负';
    const bool hasYuan = !amount.integerDigits.empty();
    if (hasYuan) {
        words += integerWords(amount.integerDigits);
        words += u'元';
    }
    if (amount.jiao == 0 && amount.fen == 0) return words + u'整';
    if (hasYuan) {
        const bool yuanDigitIsZero = amount.integerDigits.back() == '0';
        if ((yuanDigitIsZero && amount.jiao != 0) || amount.jiao == 0) words += u'零';
    }
    if (amount.jiao != 0) {
        words += kUpperDigits[amount.jiao];
        words += u'角';
    }
    if (amount.fen != 0) {
        words += kUpperDigits[amount.fen];
        words += u'分';
    }
    return words;
}

// ---- heading numerals -------------------------------------------------

// ICU's zh spell-out in the %spellout-cardinal rule set (the default set
// writes 一百〇五). format() is not documented as thread-safe: one shared
// instance behind a mutex.
class HeadingNumerals {
public:
    static HeadingNumerals& instance() {
        static HeadingNumerals shared;
        return shared;
    }

    std::optional<std::u16string> format(int64_t n) {
        if (!formatter_) return std::nullopt;
        icu::UnicodeString text;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            formatter_->format(n, text);
        }
        return std::u16string(text.getBuffer(), static_cast<std::size_t>(text.length()));
    }

private:
    HeadingNumerals() {
        UErrorCode status = U_ZERO_ERROR;
        formatter_ =
            std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale::getChinese(), status);
        if (U_SUCCESS(status)) formatter_->setDefaultRuleSet(icu::UnicodeString(u"%spellout-cardinal"), status);
        if (U_FAILURE(status)) formatter_.reset();
    }

    std::unique_ptr<icu::RuleBasedNumberFormat> formatter_;
    std::mutex mutex_;
};

} // namespace

std::optional<std::u16string> rmbUppercase(double amount) {
    if (!std::isfinite(amount)) return std::nullopt;
    // Anything this large cannot be below 10^12; skip formatting 300 digits.
    if (std::fabs(amount) >= 1e13) return std::nullopt;
    const Fen rounded = roundToFen(amount);
    if (rounded.integerDigits.size() > kMaxIntegerDigits) return std::nullopt;
    return upperWords(rounded);
}

std::optional<std::u16string> chineseNumeral(double n) {
    if (!std::isfinite(n) || n < 0 || n >= 1e8 || n != std::floor(n)) return std::nullopt;
    return HeadingNumerals::instance().format(static_cast<int64_t>(n));
}

} // namespace huibao
