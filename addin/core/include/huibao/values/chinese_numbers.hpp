// Numbers written in Chinese: 人民币大写 (RMBUPPER) and heading numerals (CNNUMERAL).
#pragma once

#include <optional>
#include <string>

namespace huibao {

// Financial uppercase per the People's Bank rules as spec/functions.md fixes
// them; rounded half-up to 分 as the decimal reads (1.005 -> 1.01).
// nullopt for NaN, infinities and |amount| >= 10^12 (after rounding).
std::optional<std::u16string> rmbUppercase(double amount);

// Integer 0 <= n < 10^8 in Chinese numerals as in headings: 一 十二 二十 一百零五.
// nullopt for a fraction, a negative or a too-large value.
std::optional<std::u16string> chineseNumeral(double n);

} // namespace huibao
