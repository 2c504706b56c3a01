// Quoting a value in a message (spec/validation.md, last section): at most
// its first 50 code points, then `…`, a surrogate pair never split.
#include "huibao/values/message_text.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

namespace {

std::u16string times(std::u16string_view piece, int count) {
    std::u16string text;
    for (int i = 0; i < count; ++i) text += piece;
    return text;
}

} // namespace

TEST_CASE("a short value is quoted whole", "[values][message]") {
    CHECK(utf8(message::quoted(u"3OO")) == "\"3OO\"");
    CHECK(utf8(message::quoted(u"")) == "\"\"");
    // Exactly 50 code points: nothing left out, no ellipsis.
    CHECK(message::quoted(times(u"项", 50)) == u"\"" + times(u"项", 50) + u"\"");
}

TEST_CASE("a long value is quoted by its first 50 code points and an ellipsis", "[values][message]") {
    CHECK(message::quoted(times(u"项", 51)) == u"\"" + times(u"项", 50) + u"…\"");
    CHECK(message::quoted(times(u"1234567890", 3200)) == u"\"" + times(u"1234567890", 5) + u"…\"");
    CHECK(message::clipped(times(u"ab", 30), 7) == u"abababa…");
}

TEST_CASE("clipping counts code points and never splits a surrogate pair", "[values][message]") {
    // 😀 is one code point in two code units.
    const std::u16string emoji = times(u"\U0001F600", 60);
    const std::u16string quoted = message::quoted(emoji);
    CHECK(quoted == u"\"" + times(u"\U0001F600", 50) + u"…\"");
    // An odd cut: 49 BMP characters then pairs; the 50th code point is a whole pair.
    const std::u16string mixed = times(u"a", 49) + times(u"\U0001F3ED", 3);
    CHECK(message::clipped(mixed) == times(u"a", 49) + u"\U0001F3ED…");
    // A lone surrogate (broken text from elsewhere) counts as one code point.
    const std::u16string lone = std::u16string(1, char16_t(0xD83D)) + times(u"b", 60);
    CHECK(message::clipped(lone).size() == 50 + 1);
    // Combining marks are code points of their own.
    CHECK(message::clipped(times(u"e\u0301", 30)) == times(u"e\u0301", 25) + u"…");
}
