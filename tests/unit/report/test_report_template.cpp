#include "huibao/report/report_template.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

namespace {

Grid sheet(std::vector<std::vector<std::u16string>> rows) {
    Grid cells;
    for (const auto& row : rows) {
        std::vector<Cell> line;
        for (const auto& text : row) line.push_back(text.empty() ? Cell::empty() : Cell::ofText(text));
        line.resize(3);
        cells.push_back(std::move(line));
    }
    return cells;
}

} // namespace

TEST_CASE("the default template follows report.md's order", "[report]") {
    const ReportTemplate reportTemplate = defaultReportTemplate();
    const auto& entries = reportTemplate.entries;
    using enum TemplateEntryKind;
    std::vector<TemplateEntryKind> kinds;
    for (const auto& entry : entries) kinds.push_back(entry.kind);
    CHECK(kinds == std::vector{Title,     DateLine,  Paragraph,  Heading1,  Heading2,  Paragraph,  Paragraph, Prompt,
                               Heading2,  Prompt,    Heading2,   Paragraph, Paragraph, Prompt,     Heading1,  Prompt,
                               Signature, Signature, Attachment, Table,     Chart,     Attachment, Table});
    CHECK(utf8(entries[0].text) == "{县名}{年度}年招商引资工作情况汇报");
    CHECK(entries[0].sheetRow == 2);
    CHECK(utf8(entries[1].text) == "（截至{报告日期}）");
    CHECK(utf8(entries[2].text) == "{通知依据表述}现将我局{年度}年招商引资工作情况{工作安排表述}简要汇报如下：");
    CHECK(utf8(entries[3].text) == "{年度}年工作开展情况"); // ordinals are Huibao's
    CHECK(utf8(entries[5].text).starts_with("（1）项目完成情况。"));
    CHECK(utf8(entries[8].text) == "{年度}年招商引资工作新做法");
    CHECK(utf8(entries[14].text) == "{次年}年工作打算");
    CHECK(utf8(entries[16].text) == "{报告单位}");
    CHECK(utf8(entries[17].text) == "{成文日期}");
    CHECK(utf8(entries[19].text) == "单位考核情况");
    CHECK(utf8(entries[22].text) == "亿元以上项目清单");
}

TEST_CASE("an earlier version's （请…） 正文 row reads as 待填写", "[report]") {
    Grid cells{
        {Cell::ofText(u"类型"), Cell::ofText(u"内容")},
        {Cell::ofText(u"正文"), Cell::ofText(u"（请在“汇报模板”工作表中填写本年度招商引资工作新做法，每行一段。）")},
        {Cell::ofText(u"正文"), Cell::ofText(u"（1）营造全县招商浓厚氛围。建立分团招商制度。")},
        {Cell::ofText(u"待填写"), Cell::ofText(u"请填写工作打算")}};
    const auto reading = readReportTemplate(cells);
    REQUIRE(reading.reportTemplate.entries.size() == 3);
    CHECK(reading.reportTemplate.entries[0].kind == TemplateEntryKind::Prompt);
    CHECK(reading.reportTemplate.entries[1].kind == TemplateEntryKind::Paragraph);
    CHECK(reading.reportTemplate.entries[2].kind == TemplateEntryKind::Prompt);
    CHECK(isBracketedPrompt(u"（请填写）"));
    CHECK_FALSE(isBracketedPrompt(u"（1）请填写。"));
}

TEST_CASE("the template sheet is written as 类型 · 内容 · 说明 and reads back unchanged", "[report]") {
    const ReportTemplate original = defaultReportTemplate();
    const Grid cells = reportTemplateSheet(original);
    REQUIRE(cells.size() == original.entries.size() + 1);
    CHECK(utf8(cells[0][0].text) == "类型");
    CHECK(utf8(cells[0][1].text) == "内容");
    CHECK(utf8(cells[0][2].text) == "说明");
    CHECK(utf8(cells[1][0].text) == "标题");
    CHECK(utf8(cells[4][0].text) == "一级标题");
    CHECK(utf8(cells[5][0].text) == "二级标题");

    const TemplateReading reading = readReportTemplate(cells);
    CHECK(reading.issues.empty());
    REQUIRE(reading.reportTemplate.entries.size() == original.entries.size());
    for (std::size_t i = 0; i < original.entries.size(); ++i) {
        CHECK(reading.reportTemplate.entries[i].kind == original.entries[i].kind);
        CHECK(reading.reportTemplate.entries[i].text == original.entries[i].text);
        CHECK(reading.reportTemplate.entries[i].sheetRow == original.entries[i].sheetRow);
    }
}

TEST_CASE("reading an edited template: blank rows skipped, blank 类型 is 正文, unknown 类型 kept and reported",
          "[report]") {
    const TemplateReading reading = readReportTemplate(sheet({
        {u"类型", u"内容", u"说明"},
        {u"标题", u"{县名}招商工作汇报"},
        {u"", u""},
        {u"", u"我局自己写的一段话。"},
        {u"小标题", u"（四）其他"},
        {u" 日期行 ", u"（截至{报告日期}）"},
    }));
    const auto& entries = reading.reportTemplate.entries;
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].kind == TemplateEntryKind::Title);
    CHECK(entries[1].kind == TemplateEntryKind::Paragraph);
    CHECK(utf8(entries[1].text) == "我局自己写的一段话。");
    CHECK(entries[1].sheetRow == 4);
    CHECK(entries[2].kind == TemplateEntryKind::Paragraph); // 小标题 is not a 类型: text kept
    CHECK(utf8(entries[2].text) == "（四）其他");
    CHECK(entries[3].kind == TemplateEntryKind::DateLine);
    REQUIRE(reading.issues.size() == 1);
    CHECK(reading.issues[0].sheetRow == 5);
    CHECK(utf8(reading.issues[0].message).find("小标题") != std::string::npos);
}

TEST_CASE("an empty template sheet falls back to the default, and says so", "[report]") {
    const TemplateReading reading = readReportTemplate(sheet({{u"类型", u"内容", u"说明"}}));
    CHECK(reading.reportTemplate.entries.size() == defaultReportTemplate().entries.size());
    REQUIRE(reading.issues.size() == 1);
    CHECK(utf8(reading.issues[0].message) == "汇报模板为空，已使用默认模板");
    CHECK(readReportTemplate(Grid{}).issues.size() == 1);
}

TEST_CASE("a template without the header row is read from row 1", "[report]") {
    const TemplateReading reading = readReportTemplate(sheet({{u"正文", u"第一段"}, {u"正文", u"第二段"}}));
    REQUIRE(reading.reportTemplate.entries.size() == 2);
    CHECK(reading.reportTemplate.entries[0].sheetRow == 1);
}
