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

// Trim whitespace (isSpaceChar) at both ends, nothing else.
std::u16string_view trim(std::u16string_view text);

std::u16string fromUtf8(std::string_view utf8);
std::string toUtf8(std::u16string_view utf16);

} // namespace huibao
