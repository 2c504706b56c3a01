// Internal: Unicode NFKC, which turns full-width digits, letters and
// punctuation (２０２６，ＡＢＣ) into ASCII before anything parses them.
#pragma once

#include <string>
#include <string_view>

namespace huibao::detail {

std::u16string toNfkc(std::u16string_view text);

} // namespace huibao::detail
