#include "huibao/text/text.hpp"

#include "huibao/text/nfkc.hpp"
#include "traditional_to_simplified.hpp"

#include <unicode/unistr.h>

#include <algorithm>

namespace huibao {
namespace {

bool isAscii(std::u16string_view text) {
    return std::all_of(text.begin(), text.end(), [](char16_t c) { return c < 0x80; });
}

icu::UnicodeString asIcu(std::u16string_view text) {
    return icu::UnicodeString(text.data(), static_cast<int32_t>(text.size()));
}

std::u16string_view asView(const icu::UnicodeString& text) {
    return {text.getBuffer(), static_cast<std::size_t>(text.length())};
}

// NFKC then Traditional -> Simplified: the part of normalisation that needs ICU.
icu::UnicodeString compatibleSimplified(std::u16string_view text) {
    const std::u16string normalised = detail::toNfkc(text);
    icu::UnicodeString result(normalised.data(), static_cast<int32_t>(normalised.size()));
    if (detail::mayHaveTraditionalCharacters(normalised)) detail::toSimplified(result);
    return result;
}

std::u16string withoutSpaces(std::u16string_view text) {
    std::u16string result;
    result.reserve(text.size());
    for (char16_t c : text)
        if (!isSpaceChar(c)) result.push_back(c);
    return result;
}

std::u16string collapsedSpaces(std::u16string_view text) {
    text = trim(text);
    std::u16string result;
    result.reserve(text.size());
    bool inSpaceRun = false;
    for (char16_t c : text) {
        if (isSpaceChar(c)) {
            if (!inSpaceRun) result.push_back(u' ');
            inSpaceRun = true;
        } else {
            result.push_back(c);
            inSpaceRun = false;
        }
    }
    return result;
}

} // namespace

bool isSpaceChar(char16_t c) {
    switch (c) {
    // Unicode White_Space (every member is in the BMP)
    case 0x0009:
    case 0x000A:
    case 0x000B:
    case 0x000C:
    case 0x000D:
    case 0x0020:
    case 0x0085:
    case 0x00A0:
    case 0x1680:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    // Invisible characters that text pasted from web pages and WeChat
    // carries; they are never meant as content.
    case 0x200B:
    case 0x2060:
    case 0xFEFF: return true;
    default: return false;
    }
}

std::u16string_view detail::trimSlow(std::u16string_view text) {
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && isSpaceChar(text[begin])) ++begin;
    while (end > begin && isSpaceChar(text[end - 1])) --end;
    return text.substr(begin, end - begin);
}

std::u16string normalizeKey(std::u16string_view text) {
    if (isAscii(text)) {
        // ASCII is already NFKC and has nothing to simplify: most cells of a
        // sheet (numbers, codes, Latin words) take only this path.
        std::u16string result;
        result.reserve(text.size());
        for (char16_t c : text) {
            if (isSpaceChar(c)) continue;
            result.push_back(c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c - u'A' + u'a') : c);
        }
        return result;
    }
    icu::UnicodeString simplified = compatibleSimplified(text);
    simplified.foldCase();
    return withoutSpaces(asView(simplified));
}

std::u16string normalizeDisplay(std::u16string_view text) {
    if (isAscii(text)) return collapsedSpaces(text);
    icu::UnicodeString simplified = compatibleSimplified(text);
    return collapsedSpaces(asView(simplified));
}

std::u16string fromUtf8(std::string_view utf8) {
    icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    return std::u16string(asView(text));
}

std::string toUtf8(std::u16string_view utf16) {
    std::string result;
    asIcu(utf16).toUTF8String(result);
    return result;
}

} // namespace huibao
