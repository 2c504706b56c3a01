// normalizeKey for hot loops: validation compares tens of thousands of
// project names, investors and enum words, most of them repeated. Internal.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace huibao {

// Exactly normalizeKey(text), computed faster where possible.
std::u16string fastKey(std::u16string_view text);
// Appends fastKey(text) to out (no allocation when out has room).
void appendFastKey(std::u16string_view text, std::u16string& out);
// The first code unit of fastKey(text) when it is cheap to know; nullopt
// when it is not (or the key is empty): then compute the key.
std::optional<char16_t> fastKeyFirstUnit(std::u16string_view text);

// Loads the ICU data and tables the functions above use (about 0.1-0.3 s of
// CPU), so that the first validation of a session does not wait for them.
// Safe to call from any thread, at any time, more than once.
void prepareTextServices();

} // namespace huibao
