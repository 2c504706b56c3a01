#include "huibao/report/text_layout.hpp"
#include "huibao/values/fingerprint.hpp"

#include <catch2/catch.hpp>

using namespace huibao;

TEST_CASE("display width counts CJK as one em and ASCII narrower", "[layout]") {
    CHECK(displayWidth(u"") == 0);
    CHECK(displayWidth(u"汇报") == Approx(2));
    CHECK(displayWidth(u"2026年") == Approx(4 * 0.55 + 1));
    CHECK(displayWidth(u"，。（）") == Approx(4));
}

TEST_CASE("lines wrap at the box width and at line breaks", "[layout]") {
    CHECK(estimateLines(u"", 27) == 1);
    CHECK(estimateLines(std::u16string(27, u'汇'), 27) == 1);
    CHECK(estimateLines(std::u16string(28, u'汇'), 27) == 2);
    CHECK(estimateLines(u"一\n二\n三", 27) == 3);
    CHECK(estimateLines(std::u16string(10, u'汇'), 0) == 10); // a box narrower than one em
}

TEST_CASE("the fingerprint sees every change but not trailing blanks", "[layout]") {
    Grid a{{Cell::ofText(u"标题"), Cell::empty()}, {Cell::ofNumber(1.5), Cell::ofText(u"x")}};
    Grid same = a;
    same.push_back({Cell::empty(), Cell::empty()});
    for (auto& row : same) row.push_back(Cell::empty());
    CHECK(gridFingerprint(a) == gridFingerprint(same));

    Grid text = a;
    text[1][1] = Cell::ofText(u"y");
    CHECK(gridFingerprint(a) != gridFingerprint(text));
    Grid number = a;
    number[1][0] = Cell::ofNumber(1.5000001);
    CHECK(gridFingerprint(a) != gridFingerprint(number));
    Grid moved{{Cell::ofText(u"标题")}, {Cell::empty(), Cell::ofNumber(1.5), Cell::ofText(u"x")}};
    CHECK(gridFingerprint(a) != gridFingerprint(moved));
}

TEST_CASE("long paragraphs are cut at sentence ends only", "[layout]") {
    const std::u16string sentence = std::u16string(26, u'汇') + u"。"; // one line of 27 ems
    std::u16string paragraph;
    for (int i = 0; i < 10; ++i) paragraph += sentence;
    auto pieces = paragraphPieces(paragraph, 27, 4);
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0] == sentence + sentence + sentence + sentence);
    CHECK(pieces[2] == sentence + sentence);
    std::u16string joined;
    for (const auto& piece : pieces) joined += piece;
    CHECK(joined == paragraph); // nothing lost or added

    CHECK(paragraphPieces(u"短句。", 27, 4) == std::vector<std::u16string>{u"短句。"});
    CHECK(paragraphPieces(u"", 27, 4) == std::vector<std::u16string>{u""});
    // A sentence longer than the limit is cut at its commas only; a clause
    // longer than the limit stays whole; a quote stays with its mark.
    const std::u16string longClause = std::u16string(200, u'汇') + u"。";
    CHECK(paragraphPieces(longClause, 27, 4).size() == 1);
    std::u16string longSentence;
    for (int i = 0; i < 6; ++i) longSentence += std::u16string(26, u'汇') + u"，";
    longSentence += u"完。";
    auto cut = paragraphPieces(longSentence, 27, 4);
    REQUIRE(cut.size() == 2);
    CHECK(cut[0].back() == u'，');
    CHECK(cut[0] + cut[1] == longSentence);
    auto quoted = paragraphPieces(std::u16string(100, u'汇') + u"。”后文", 27, 2);
    REQUIRE(quoted.size() == 2);
    CHECK(quoted[1] == u"后文");
}
