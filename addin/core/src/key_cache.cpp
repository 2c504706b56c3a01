#include "key_cache.hpp"

#include "huibao/text.hpp"

namespace huibao {

std::u16string fastKey(std::u16string_view text) { return normalizeKey(text); }

void appendFastKey(std::u16string_view text, std::u16string& out) { out += normalizeKey(text); }

} // namespace huibao
