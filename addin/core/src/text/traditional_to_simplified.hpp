// Internal: ICU's Traditional -> Simplified transliteration, shared by every
// caller. Building the transliterator costs milliseconds and transliterate()
// mutates internal state, so there is one instance behind a mutex.
#pragma once

#include <unicode/unistr.h>

#include <string_view>

namespace huibao::detail {

// False when no character of `text` can be changed by the transliterator
// (plain ASCII, Latin, digits …): the caller can skip the ICU call.
bool mayHaveTraditionalCharacters(std::u16string_view text);

// Rewrites `text` in Simplified characters, in place.
void toSimplified(icu::UnicodeString& text);

} // namespace huibao::detail
