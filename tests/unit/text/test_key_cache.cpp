// The fast normalizeKey used by validation must equal normalizeKey exactly.
#include "huibao/text/key_cache.hpp"

#include "huibao/text/text.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <thread>
#include <vector>

using namespace huibao;
using huibao::test::utf8;

TEST_CASE("fastKey equals normalizeKey on phrases, compatibility and combining characters", "[validation][key]") {
    const std::u16string samples[] = {u"",
                                      u"晋熙镇",
                                      u"晉熙鎮",
                                      u" 晋 熙\n镇　",
                                      u"ＡＢＣ１２３",
                                      u"Straße",
                                      u"單于",
                                      u"單 于",
                                      u"鮮于集团",
                                      u"于飛",
                                      u"茶餘飯後有限公司",
                                      u"生薑加工",
                                      u"崑山工業園",
                                      u"崑崙",
                                      u"乾隆",
                                      u"e\u0301",
                                      u"\u1100\u1161\u11A8",
                                      u"\uF900\uF901",
                                      u"\u2F08人",
                                      u"㊟意",
                                      u"ﷺ",
                                      u"備註：",
                                      u"合　計",
                                      u"「项目」",
                                      u"\U00020000"};
    for (const auto& sample : samples) {
        INFO(utf8(sample));
        CHECK(utf8(fastKey(sample)) == utf8(normalizeKey(sample)));
    }
}

TEST_CASE("fastKey equals normalizeKey for every BMP character in context", "[validation][key]") {
    int mismatches = 0;
    for (char32_t c = 1; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::u16string text = std::u16string(u"单") + char16_t(c) + u"于A";
        if (fastKey(text) != normalizeKey(text)) {
            ++mismatches;
            INFO(static_cast<unsigned>(c));
            CHECK(utf8(fastKey(text)) == utf8(normalizeKey(text)));
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("fastKey equals normalizeKey on random Chinese text", "[validation][key]") {
    const std::u16string pool = u"單于飛鮮薑生崑崙餘茶飯後乾坤中下金晉熙鎮镇乡街道有限公司項目產業園 　\nＡＢab1２";
    std::mt19937 random(42);
    for (int i = 0; i < 20000; ++i) {
        std::u16string text;
        const int length = 1 + static_cast<int>(random() % 12);
        for (int j = 0; j < length; ++j) text += pool[random() % pool.size()];
        if (fastKey(text) != normalizeKey(text)) {
            INFO(utf8(text));
            CHECK(utf8(fastKey(text)) == utf8(normalizeKey(text)));
        }
    }
}

TEST_CASE("prepareTextServices on another thread changes no key computed meanwhile", "[validation][key]") {
    // The adapter warms the tables up on a background thread while a first
    // command may already be computing keys: both must see the same keys.
    const std::u16string samples[] = {u"彌陀糧食烘干倉儲中心項目", u"晋熙镇 年产十万吨新材料项目", u"ＡＢＣ有限公司",
                                      u"單于", u"乾隆酒業"};
    std::thread warmUp(prepareTextServices);
    std::vector<std::u16string> meanwhile;
    for (int round = 0; round < 50; ++round)
        for (const auto& sample : samples) meanwhile.push_back(fastKey(sample));
    warmUp.join();
    prepareTextServices(); // again: a no-op in effect
    std::size_t i = 0;
    for (int round = 0; round < 50; ++round)
        for (const auto& sample : samples) CHECK(utf8(meanwhile[i++]) == utf8(normalizeKey(sample)));
}
