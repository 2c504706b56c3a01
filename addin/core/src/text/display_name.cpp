#include "huibao/text/display_name.hpp"

#include "huibao/text/text.hpp"
#include "traditional_to_simplified.hpp"

#include <unicode/ucnv.h>
#include <unicode/uniset.h>

#include <memory>

namespace huibao {
namespace {

// GB 2312's repertoire, from ICU's converter (its round-trip set).
const icu::UnicodeSet& gb2312() {
    static const std::unique_ptr<icu::UnicodeSet> set = [] {
        auto result = std::make_unique<icu::UnicodeSet>();
        UErrorCode status = U_ZERO_ERROR;
        UConverter* converter = ucnv_open("GB2312", &status);
        if (U_SUCCESS(status)) {
            ucnv_getUnicodeSet(converter, result->toUSet(), UCNV_ROUNDTRIP_SET, &status);
            ucnv_close(converter);
        }
        result->add(0, 0x7F);
        result->freeze();
        return result;
    }();
    return *set;
}

bool isCjk(char16_t c) {
    return c >= 0x2E80 && c != 0x3000;
}

} // namespace

bool isInGb2312(char32_t c) {
    return gb2312().contains(static_cast<UChar32>(c));
}

std::u16string simplifiedName(std::u16string_view name) {
    // Whitespace: trimmed, runs collapsed, dropped between CJK characters.
    std::u16string spaced;
    const std::u16string_view trimmed = trim(name);
    for (std::size_t i = 0; i < trimmed.size(); ++i) {
        if (!isSpaceChar(trimmed[i])) {
            spaced += trimmed[i];
            continue;
        }
        std::size_t next = i;
        while (next < trimmed.size() && isSpaceChar(trimmed[next])) ++next;
        const bool betweenCjk =
            !spaced.empty() && isCjk(spaced.back()) && next < trimmed.size() && isCjk(trimmed[next]);
        if (!betweenCjk) spaced += u' ';
        i = next - 1;
    }
    if (!detail::mayHaveTraditionalCharacters(spaced)) return spaced;

    const icu::UnicodeString text(false, spaced.data(), static_cast<int32_t>(spaced.size()));
    icu::UnicodeString result;
    for (int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        const int32_t width = U16_LENGTH(c);
        if (isInGb2312(static_cast<char32_t>(c))) {
            result.append(c);
        } else {
            icu::UnicodeString one(c);
            detail::toSimplified(one);
            bool allInGb = one.length() > 0;
            for (int32_t j = 0; j < one.length(); j += U16_LENGTH(one.char32At(j)))
                allInGb = allInGb && isInGb2312(static_cast<char32_t>(one.char32At(j)));
            result.append(allInGb ? one : icu::UnicodeString(c));
        }
        i += width;
    }
    return std::u16string(result.getBuffer(), static_cast<std::size_t>(result.length()));
}

} // namespace huibao
