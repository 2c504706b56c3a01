// normalizeKey for hot loops: validation compares tens of thousands of
// project names, investors and enum words, most of them repeated. Internal.
#pragma once

#include <string>
#include <string_view>

namespace huibao {

// Exactly normalizeKey(text), computed faster where possible.
std::u16string fastKey(std::u16string_view text);
// Appends fastKey(text) to out (no allocation when out has room).
void appendFastKey(std::u16string_view text, std::u16string& out);

} // namespace huibao
