// Text normalisation (spec/workbook.md, "Normalisation") and UTF conversions.
// All text in the core is UTF-16, as in LibreOffice and ICU.
#pragma once

#include <string>
#include <string_view>

namespace huibao {

// The comparison key of a text: NFKC, Traditional -> Simplified, every
// whitespace character (incl. U+3000, NBSP, line breaks) removed, Latin case
// folded. For matching only; never display it (ICU maps 乾 -> 干).
std::u16string normalizeKey(std::u16string_view text);

// What NORMALIZETEXT shows: NFKC, Traditional -> Simplified, trimmed, runs of
// whitespace collapsed to one ASCII space, case kept.
std::u16string normalizeDisplay(std::u16string_view text);

// True for every character normalisation treats as whitespace.
bool isSpaceChar(char16_t c);

namespace detail {
// False only for characters that are certainly not isSpaceChar: printable
// ASCII below U+0085, and everything above U+3000 but U+FEFF (CJK text).
inline bool maybeSpaceChar(char16_t c) {
    return !((c > 0x20 && c < 0x85) || (c > 0x3000 && c != 0xFEFF));
}
std::u16string_view trimSlow(std::u16string_view text);
} // namespace detail

// Trim whitespace (isSpaceChar) at both ends, nothing else.
inline std::u16string_view trim(std::u16string_view text) {
    // Most cells need no trimming: decided from the two ends alone.
    if (text.empty() || (!detail::maybeSpaceChar(text.front()) && !detail::maybeSpaceChar(text.back()))) return text;
    return detail::trimSlow(text);
}

std::u16string fromUtf8(std::string_view utf8);
std::string toUtf8(std::u16string_view utf16);

} // namespace huibao
