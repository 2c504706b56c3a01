// Long and odd values (spec/validation.md, last section): read and checked
// like any other, and quoted by at most 50 code points in messages. The cost
// in time is measured by bench/long_cell_bench.cpp.
#include "validation/validation_fixture.hpp"

#include "huibao/validation/cell_marks.hpp"
#include "huibao/values/message_text.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;
using Strings = std::vector<std::string>;

namespace {

std::u16string repeated(std::u16string_view piece, std::size_t length) {
    std::u16string text;
    while (text.size() + piece.size() <= length) text += piece;
    return text;
}

// Code points of a UTF-16 text.
std::size_t codePoints(std::u16string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i, ++count) {
        if (text[i] >= 0xD800 && text[i] <= 0xDBFF && i + 1 < text.size()) ++i;
    }
    return count;
}

bool contains(const std::u16string& text, std::u16string_view part) {
    return text.find(part) != std::u16string::npos;
}

} // namespace

TEST_CASE("32,000-character cells are checked and quoted by their first 50 characters", "[validation][long]") {
    const std::u16string amount = repeated(u"1234567890", 32000);
    const std::u16string date = repeated(u"2026-03-05", 32000);
    const std::u16string unit = repeated(u"某某县某某镇人民政府", 32000);
    const std::u16string status = repeated(u"开工建设中", 32000);
    const auto result = validateRows(
        {
            project(u"甲", {{u"总投资", amount}}),
            project(u"乙", {{u"签约日期", date}}),
            project(u"丙", {{u"申报单位", unit}}),
            project(u"丁", {{u"项目进展", status}}),
        },
        true);
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!G2 type-error[总投资]", "晋熙镇!K3 type-error[签约日期]",
                                                  "晋熙镇!C4 unknown-unit[申报单位]",
                                                  "晋熙镇!J5 enum-error[项目进展]"});
    for (const Finding& finding : result.findings) {
        INFO(utf8(finding.message));
        CHECK(codePoints(finding.message) < 160);
    }
    CHECK(contains(result.findings[0].message, u"\"" + amount.substr(0, 50) + u"…\""));
    CHECK(contains(result.findings[1].message, u"\"" + date.substr(0, 50) + u"…\""));
    CHECK(contains(result.findings[2].message, u"\"" + unit.substr(0, 50) + u"…\""));
    // The suggestion is still a registered unit (the closest on the first characters).
    CHECK(contains(result.findings[2].message, u"是否应为 \""));
    CHECK(contains(result.findings[3].message, u"\"" + status.substr(0, 50) + u"…\""));
    // The notes are made of the messages: as short.
    for (const CellMark& mark : marksFor(result.findings)) CHECK(codePoints(mark.noteText) < 200);
}

TEST_CASE("long names and investors are read whole and compared whole", "[validation][long]") {
    const std::u16string name = repeated(u"晋熙镇年产十万吨新材料智能制造产业园项目", 32000);
    const std::u16string investor = repeated(u"安徽某某新材料科技股份有限公司", 32000);
    std::u16string other = name;
    other.back() = u'甲'; // differs only in its last character
    const auto result = validateRows({
        project(name, {{u"投资方", investor}}),
        project(name, {{u"投资方", investor}}),
        project(other, {{u"投资方", investor}}),
    });
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!B3 duplicate-row[项目名称]"});
    REQUIRE(result.rows.size() == 3);
    CHECK(result.rows[0].name == name);
    CHECK(result.rows[0].investor == investor);
}

TEST_CASE("emoji, combining marks and right-to-left text are values like any other", "[validation][long]") {
    const std::u16string emoji = repeated(u"\U0001F600\U0001F3ED", 32000);
    const auto result = validateRows({
        project(emoji),
        project(repeated(u"e\u0301", 32000)),
        project(u"\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627"),
        project(u"甲", {{u"建设性质", emoji}}),
    });
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!D5 enum-error[建设性质]"});
    // 50 code points of emoji: 100 code units, the pair never split.
    CHECK(contains(result.findings[0].message, u"\"" + emoji.substr(0, 100) + u"…\""));
}

TEST_CASE("thousands of 其他产业类别 are all accepted and the choices stay short", "[validation][long]") {
    std::u16string extra;
    for (int i = 0; i < 5000; ++i) extra += u"类别" + message::number(i) + u"、";
    std::vector<Row> rows = {standardHeader(), project(u"甲", {{u"产业类别", u"类别4999"}}),
                             project(u"乙", {{u"产业类别", u"矿业"}})};
    const auto result = validateWorkbook(
        makeWorkbook({makeSheet(u"参数", {{u"其他产业类别", extra}}), makeSheet(u"晋熙镇", rows)}), kToday);
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!E3 enum-error[产业类别]"});
    CHECK(codePoints(result.findings[0].message) < 160);
    CHECK(contains(result.findings[0].message, u"可选：工业、农业"));
}

TEST_CASE("a header is found among long cells; whitespace does not make a header long", "[validation][long]") {
    CHECK(parseHeaderCell(repeated(u"项目名称", 32000)).key.empty());
    CHECK(utf8(parseHeaderCell(u"项目" + std::u16string(1000, u' ') + u"名称（万元）").key) == "项目名称");
    // A sheet whose first rows hold long values still has its header found below them.
    std::vector<Row> rows = {{repeated(u"晋熙镇招商引资项目申报表", 32000)},
                             {repeated(u"项目名称", 32000)},
                             standardHeader(),
                             project(u"甲", {{u"项目进展", u"完工"}})};
    const auto result = validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", rows)}), kToday);
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!J4 enum-error[项目进展]"});
}
