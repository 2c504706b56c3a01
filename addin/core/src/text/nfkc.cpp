#include "huibao/text/nfkc.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace huibao::detail {

std::u16string toNfkc(std::u16string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) return std::u16string(text);
    const icu::UnicodeString source(false, text.data(), static_cast<int32_t>(text.size())); // read-only alias
    if (normalizer->isNormalized(source, status) && U_SUCCESS(status)) return std::u16string(text);
    status = U_ZERO_ERROR;
    const icu::UnicodeString result = normalizer->normalize(source, status);
    if (U_FAILURE(status)) return std::u16string(text);
    return std::u16string(result.getBuffer(), static_cast<std::size_t>(result.length()));
}

std::u16string_view toNfkcView(std::u16string_view text, std::u16string& storage) {
    // ASCII has no decompositions and no combining marks: it is NFKC as is.
    bool ascii = true;
    for (char16_t c : text) {
        if (c >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) return text;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) return text;
    const icu::UnicodeString source(false, text.data(), static_cast<int32_t>(text.size())); // read-only alias
    if (normalizer->isNormalized(source, status) && U_SUCCESS(status)) return text;
    storage = toNfkc(text);
    return storage;
}

} // namespace huibao::detail
