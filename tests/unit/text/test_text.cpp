#include "huibao/text/text.hpp"
#include "huibao/values/cell.hpp"

#include "utf8_view.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>
#include <vector>

using namespace huibao;
using huibao::test::utf8;

TEST_CASE("normalizeKey turns traditional characters into simplified ones", "[text]") {
    CHECK(utf8(normalizeKey(u"晉熙鎮")) == "晋熙镇");
    CHECK(utf8(normalizeKey(u"項目名稱")) == "项目名称");
    CHECK(utf8(normalizeKey(u"實際到位省外資金")) == "实际到位省外资金");
    CHECK(utf8(normalizeKey(u"合計")) == "合计");
    CHECK(utf8(normalizeKey(u"萬元")) == "万元");
    CHECK(normalizeKey(u"晉熙鎮") == normalizeKey(u"晋熙镇"));
}

TEST_CASE("normalizeKey leaves simplified text unchanged", "[text]") {
    CHECK(utf8(normalizeKey(u"晋熙镇")) == "晋熙镇");
    CHECK(utf8(normalizeKey(u"总部经济引税额")) == "总部经济引税额");
    CHECK(utf8(normalizeKey(u"已开工")) == "已开工");
}

TEST_CASE("normalizeKey removes every kind of whitespace", "[text]") {
    CHECK(utf8(normalizeKey(u"合　计")) == "合计");         // U+3000
    CHECK(utf8(normalizeKey(u"合\u00A0计")) == "合计");     // NBSP
    CHECK(utf8(normalizeKey(u"项目\n名称")) == "项目名称"); // line break inside a cell
    CHECK(utf8(normalizeKey(u"项目\r\n名称")) == "项目名称");
    CHECK(utf8(normalizeKey(u"\t项 目 名 称 ")) == "项目名称");
    CHECK(utf8(normalizeKey(u"合\u2002计\u202F")) == "合计");
    CHECK(utf8(normalizeKey(u"合\u200B计")) == "合计"); // zero-width space from pasted text
    CHECK(utf8(normalizeKey(u" a b\tc ")) == "abc");
}

TEST_CASE("normalizeKey folds full-width and Latin case", "[text]") {
    CHECK(utf8(normalizeKey(u"ＡＢＣ")) == "abc");
    CHECK(utf8(normalizeKey(u"ABC")) == "abc");
    CHECK(utf8(normalizeKey(u"Yes")) == "yes");
    CHECK(utf8(normalizeKey(u"ＹＥＳ")) == "yes");
    CHECK(utf8(normalizeKey(u"１２３")) == "123");
    CHECK(utf8(normalizeKey(u"总投资（亿元）")) == "总投资(亿元)"); // full-width brackets become ASCII
    CHECK(utf8(normalizeKey(u"WanUSD")) == "wanusd");
    CHECK(utf8(normalizeKey(u"Ärger")) == "ärger");
}

TEST_CASE("normalizeKey of empty and blank text is empty", "[text]") {
    CHECK(normalizeKey(u"").empty());
    CHECK(normalizeKey(u"   ").empty());
    CHECK(normalizeKey(u"　　").empty());
    CHECK(normalizeKey(u"\n\t\r").empty());
}

TEST_CASE("normalizeKey maps 乾 to 干: it is for comparing only", "[text]") {
    CHECK(utf8(normalizeKey(u"乾")) == "干");
}

TEST_CASE("normalizeKey converts corner brackets as the transliterator does", "[text]") {
    // 「」 are among the few non-Han characters the rules rewrite; the fast
    // path must not skip them.
    CHECK(utf8(normalizeKey(u"「项目」")) == utf8(normalizeKey(u"“项目”")));
}

TEST_CASE("normalizeDisplay trims, collapses spaces and simplifies", "[text]") {
    CHECK(utf8(normalizeDisplay(u" 晉熙鎮 ")) == "晋熙镇");
    CHECK(utf8(normalizeDisplay(u"ＡＢＣ１２３")) == "ABC123");
    CHECK(utf8(normalizeDisplay(u"  Hello   World  ")) == "Hello World");
    CHECK(utf8(normalizeDisplay(u"晋熙镇　　招商\n\n项目")) == "晋熙镇 招商 项目");
    CHECK(utf8(normalizeDisplay(u"a\u00A0\u3000b")) == "a b");
    CHECK(utf8(normalizeDisplay(u"Mixed Case")) == "Mixed Case");
    CHECK(normalizeDisplay(u"").empty());
    CHECK(normalizeDisplay(u" \u3000\t ").empty());
}

TEST_CASE("isSpaceChar knows Unicode whitespace", "[text]") {
    for (char16_t c : std::u16string(u" \t\n\r\v\f\u00A0\u3000\u2003\u2028\u2029\u202F\u205F\u1680\u0085"))
        CHECK(isSpaceChar(c));
    for (char16_t c : std::u16string(u"a0_-.合，。")) CHECK_FALSE(isSpaceChar(c));
}

TEST_CASE("trim removes whitespace at both ends only", "[text]") {
    CHECK(utf8(trim(u"  a b  ")) == "a b");
    CHECK(utf8(trim(u"\u3000合 计\u3000")) == "合 计");
    CHECK(trim(u"   ").empty());
    CHECK(trim(u"").empty());
    CHECK(utf8(trim(u"x")) == "x");
}

TEST_CASE("UTF-8 and UTF-16 convert both ways", "[text]") {
    CHECK(fromUtf8("晋熙镇") == u"晋熙镇");
    CHECK(toUtf8(u"晋熙镇") == "晋熙镇");
    CHECK(fromUtf8("") == u"");
    CHECK(toUtf8(u"") == "");
    CHECK(toUtf8(fromUtf8("ascii 123 𠀀")) == "ascii 123 𠀀"); // outside the BMP
    CHECK(fromUtf8("\xFF") == u"\uFFFD");                      // malformed input is replaced, not dropped
}

TEST_CASE("Cell::isBlank", "[text][cell]") {
    CHECK(Cell::empty().isBlank());
    CHECK(Cell::ofText(u"").isBlank());
    CHECK(Cell::ofText(u"　").isBlank());
    CHECK(Cell::ofText(u" \n\t").isBlank());
    CHECK_FALSE(Cell::ofText(u"x").isBlank());
    CHECK_FALSE(Cell::ofNumber(0).isBlank());
    CHECK_FALSE(Cell::ofBoolean(false).isBlank());
    CHECK_FALSE(Cell::ofError().isBlank());
}

TEST_CASE("normalizeKey is safe to call from many threads", "[text]") {
    std::vector<std::thread> threads;
    std::vector<int> failures(8, 0);
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([t, &failures] {
            for (int i = 0; i < 500; ++i) {
                if (normalizeKey(u"晉熙鎮 項目") != u"晋熙镇项目") ++failures[t];
                if (normalizeKey(u"實際到位資金" + std::u16string(1, static_cast<char16_t>(u'0' + i % 10))) !=
                    u"实际到位资金" + std::u16string(1, static_cast<char16_t>(u'0' + i % 10)))
                    ++failures[t];
            }
        });
    }
    for (auto& thread : threads) thread.join();
    for (int count : failures) CHECK(count == 0);
}

TEST_CASE("normalizeKey is fast enough for 100,000-row sheets", "[text][speed]") {
    const std::vector<std::u16string> cells{u"12345", u"已开工",           u"晉熙鎮",     u"Some Company Ltd",
                                            u"",      u"实际到位省外资金", u"2026-03-05", u"是"};
    const auto start = std::chrono::steady_clock::now();
    std::size_t total = 0;
    for (int row = 0; row < 100000; ++row)
        for (const auto& cell : cells) total += normalizeKey(cell).size();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(total > 0);
    // 800,000 keys; generous bound so a loaded machine does not fail it.
    CHECK(seconds < 5.0);
}
