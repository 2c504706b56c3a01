// Text normalisation: normalizeKey, normalizeDisplay, NFKC, trimming and the
// UTF conversions on any text, and the key cache (fastKey) differentially
// against normalizeKey, which it must equal exactly.
#include "fuzz_support.hpp"

#include "huibao/text/key_cache.hpp"
#include "huibao/text/nfkc.hpp"
#include "huibao/text/text.hpp"

using namespace huibao;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // maybeSpaceChar may only rule out characters that are not whitespace.
    for (char32_t c = 0; c <= 0xFFFF; ++c) {
        const auto unit = static_cast<char16_t>(c);
        if (isSpaceChar(unit)) HUIBAO_FUZZ_CHECK(detail::maybeSpaceChar(unit));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::u16string text = fuzz::decodeLenient(data, size);

    const std::u16string key = normalizeKey(text);
    HUIBAO_FUZZ_CHECK(fastKey(text) == key);
    std::u16string appended = u"前缀";
    appendFastKey(text, appended);
    HUIBAO_FUZZ_CHECK(appended == u"前缀" + key);
    if (const auto first = fastKeyFirstUnit(text)) {
        HUIBAO_FUZZ_CHECK(!key.empty() && key.front() == *first);
    }
    for (char16_t c : key) HUIBAO_FUZZ_CHECK(!isSpaceChar(c));

    const std::u16string display = normalizeDisplay(text);
    HUIBAO_FUZZ_CHECK(trim(display) == std::u16string_view(display));

    const std::u16string_view trimmed = trim(text);
    HUIBAO_FUZZ_CHECK(trimmed == detail::trimSlow(text));
    HUIBAO_FUZZ_CHECK(trimmed.empty() || (!isSpaceChar(trimmed.front()) && !isSpaceChar(trimmed.back())));

    const std::u16string nfkc = detail::toNfkc(text);
    std::u16string storage;
    HUIBAO_FUZZ_CHECK(detail::toNfkcView(text, storage) == std::u16string_view(nfkc));

    // Conversions never fail; well-formed text survives the round trip.
    const std::string utf8 = toUtf8(text);
    const std::u16string back = fromUtf8(utf8);
    bool wellFormed = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char16_t c = text[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] < 0xE000) {
            ++i;
        } else if (c >= 0xD800 && c < 0xE000) {
            wellFormed = false;
        }
    }
    if (wellFormed) HUIBAO_FUZZ_CHECK(back == text);
    (void)fromUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
