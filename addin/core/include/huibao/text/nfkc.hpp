// Internal: Unicode NFKC, which turns full-width digits, letters and
// punctuation (２０２６，ＡＢＣ) into ASCII before anything parses them.
#pragma once

#include <string>
#include <string_view>

namespace huibao::detail {

std::u16string toNfkc(std::u16string_view text);

// toNfkc(text) without a copy when the text is already NFKC (all ASCII text
// is): returns `text` itself, or the normalised text held in `storage`.
std::u16string_view toNfkcView(std::u16string_view text, std::u16string& storage);

} // namespace huibao::detail
