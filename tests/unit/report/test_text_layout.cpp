#include "huibao/report/name_lines.hpp"
#include "huibao/report/text_layout.hpp"
#include "huibao/values/fingerprint.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

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

TEST_CASE("the fingerprint of a number is the one a saved and reopened file gives", "[layout]") {
    // 0.1 + 0.2 and a sum of amounts such as 3.1350000000000002 come back
    // from .ods and .xlsx with 15 significant digits.
    Grid written{{Cell::ofNumber(0.935 + 2.2), Cell::ofNumber(0.1 + 0.2), Cell::ofNumber(-0.0)}};
    Grid reopened{{Cell::ofNumber(3.135), Cell::ofNumber(0.3), Cell::ofNumber(0.0)}};
    REQUIRE(written[0][0].number != 3.135);
    REQUIRE(written[0][1].number != 0.3);
    CHECK(gridFingerprint(written) == gridFingerprint(reopened));
    Grid edited = reopened;
    edited[0][0] = Cell::ofNumber(3.1350000001); // an edit in the 10th digit still counts
    CHECK(gridFingerprint(written) != gridFingerprint(edited));
}

TEST_CASE("line breaking follows the Chinese rules (禁则)", "[layout]") {
    // 26 characters then a comma: the comma may not start a line, so the
    // 26th character comes down with it.
    const std::u16string text = std::u16string(26, u'汇') + u"，" + std::u16string(10, u'报') + u"。";
    auto lines = breakLines(text, 26, 26);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == std::u16string(25, u'汇'));
    CHECK(lines[1] == u"汇，" + std::u16string(10, u'报') + u"。");
    // Nothing lost or added, and no line starts with a closing mark.
    std::u16string paragraph;
    for (int i = 0; i < 12; ++i) paragraph += u"截至目前，全县共申报项目348个（其中69.30亿元）、完成23.28%。";
    lines = breakLines(paragraph, 26, 28);
    std::u16string joined;
    for (const auto& line : lines) {
        joined += line;
        REQUIRE_FALSE(line.empty());
        CHECK(std::u16string_view(u"、，。；：？！）》」』”’%").find(line.front()) == std::u16string_view::npos);
        CHECK(std::u16string_view(u"（《「『“‘").find(line.back()) == std::u16string_view::npos);
        CHECK(displayWidth(line) <= 28.0001);
    }
    CHECK(joined == paragraph);
    CHECK(displayWidth(lines[0]) <= 26.0001); // the first line leaves room for the indent
    // A number stays whole with its unit.
    CHECK_FALSE(mayBreakBetween(u'6', u'9'));
    CHECK_FALSE(mayBreakBetween(u'3', u'.'));
    CHECK_FALSE(mayBreakBetween(u'8', u'%'));
    CHECK_FALSE(mayBreakBetween(u'0', u'亿'));
    CHECK_FALSE(mayBreakBetween(u'亿', u'元'));
    CHECK_FALSE(mayBreakBetween(u'（', u'汇'));
    CHECK(mayBreakBetween(u'汇', u'报'));
    CHECK(mayBreakBetween(u'。', u'汇'));
    // Line breaks in the text start new lines; an empty text is one empty line.
    CHECK(breakLines(u"甲\n乙", 26, 28) == std::vector<std::u16string>{u"甲", u"乙"});
    CHECK(breakLines(u"", 26, 28) == std::vector<std::u16string>{u""});
}

TEST_CASE("a table's column titles break only between their words", "[layout]") {
    const std::vector<std::u16string> declared{u"申报", u"项目数"};
    // Too narrow for the whole title: 申报 / 项目数, never 申报项 / 目数.
    CHECK(titleLines(declared, 3.5) == std::vector<std::u16string>{u"申报", u"项目数"});
    CHECK(titleLines(declared, 5) == std::vector<std::u16string>{u"申报项目数"});
    // A word wider than the box stands alone rather than being cut.
    CHECK(titleLines({u"战略性", u"新兴产业"}, 3) == std::vector<std::u16string>{u"战略性", u"新兴产业"});
    // The narrowest box for two lines: the widest word, or a run of words
    // where the words are many.
    CHECK(titleWidth(declared, 2) == Approx(3));
    CHECK(titleWidth(declared, 1) == Approx(5));
    CHECK(titleWidth({u"超序时", u"进度", u"(百分点)"}, 2) == Approx(5));
    CHECK(titleLines({u"超序时", u"进度", u"(百分点)"}, titleWidth({u"超序时", u"进度", u"(百分点)"}, 2)) ==
          std::vector<std::u16string>{u"超序时进度", u"(百分点)"});
    CHECK(titleWidth({u"名次"}, 2) == Approx(2));
    CHECK(joinLines({u"申报", u"项目数"}) == u"申报\n项目数");
}

TEST_CASE("a 说明 wraps after a 、, its phrases whole", "[layout]") {
    const std::u16string text = u"认定项目不足、无到资依据、资金落后进度、项目落后进度";
    CHECK(cellLines(text, 14) ==
          std::vector<std::u16string>{u"认定项目不足、无到资依据、", u"资金落后进度、项目落后进度"});
    CHECK(cellLines(text, 30) == std::vector<std::u16string>{text});
    // A phrase wider than the box: broken by the 禁则, 、 never first.
    const auto narrow = cellLines(text, 6);
    std::u16string joined;
    for (const auto& line : narrow) {
        joined += line;
        CHECK(displayWidth(line) <= 6.0001);
        CHECK(line.front() != u'、');
    }
    CHECK(joined == text);
    CHECK(cellLines(u"", 6) == std::vector<std::u16string>{u""});
}

TEST_CASE("the 落款: the date 右空四字, the office centred on it", "[layout]") {
    const auto indents = signatureIndents({u"太湖县招商局", u"2026年12月2日"});
    REQUIRE(indents.size() == 2);
    CHECK(indents[1] == Approx(4));
    // Both lines' middles on one axis.
    CHECK(indents[0] + displayWidth(u"太湖县招商局") / 2 == Approx(indents[1] + displayWidth(u"2026年12月2日") / 2));
    // A long name reaches further right than the date, never past the margin.
    const auto longName = signatureIndents({u"太湖县投资促进服务中心", u"2026年12月2日"});
    CHECK(longName[0] < 4);
    CHECK(signatureIndents({std::u16string(30, u'局'), u"2026年12月2日"})[0] == 0);
    CHECK(signatureIndents({}).empty());
}

TEST_CASE("a name in a table cell breaks between its words", "[layout]") {
    // Dictionary words, brackets and numbered names stay whole.
    const auto words = nameWords(u"城西智能装备产业园（二期）6号");
    CHECK(std::find(words.begin(), words.end(), u"（二期）6号") != words.end());
    std::u16string joined;
    for (const auto& word : words) joined += word;
    CHECK(joined == u"城西智能装备产业园（二期）6号");
    CHECK(nameLines(u"弥陀粮食烘干仓储中心项目", 13) == std::vector<std::u16string>{u"弥陀粮食烘干仓储中心项目"});
    for (const auto* name :
         {u"财政局农产品冷链物流中心5号", u"自然资源局农产品冷链物流中心1号", u"青岛远景生态农业粮食烘干仓储中心项目",
          u"太湖县汽车销售服务4S店项目", u"文旅局智能装备产业园（二期）6号"}) {
        const std::u16string_view view(name);
        const auto lines = nameLines(view, 11);
        REQUIRE(lines.size() == 2);
        for (const auto& line : lines) CHECK(displayWidth(line) <= 11);
        // The break falls between two words: neither line ends or starts inside one.
        const auto parts = nameWords(view);
        std::size_t at = 0;
        bool onBoundary = false;
        for (const auto& part : parts) {
            at += part.size();
            if (at == lines[0].size()) onBoundary = true;
        }
        CHECK(onBoundary);
        CHECK(lines[0] + lines[1] == view);
    }
    // Lines as even as whole words allow; a single character not cut off.
    CHECK(nameLines(u"小池农产品冷链物流中心1号", 12) ==
          std::vector<std::u16string>{u"小池农产品冷链", u"物流中心1号"});
    CHECK(nameLines(u"生态茶园综合体（二期）6号", 10) ==
          std::vector<std::u16string>{u"生态茶园综合体", u"（二期）6号"});
    CHECK(nameLines(u"开发区管委会", 6) == std::vector<std::u16string>{u"开发区管委会"});
    CHECK(nameLines(u"开发区管委会", 4) == std::vector<std::u16string>{u"开发区", u"管委会"});
    CHECK(nameLines(u"", 5) == std::vector<std::u16string>{u""});
}
