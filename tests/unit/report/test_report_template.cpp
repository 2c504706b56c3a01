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
    REQUIRE(entries.size() == 17);
    CHECK(entries[0].kind == TemplateEntryKind::Title);
    CHECK(utf8(entries[0].text) == "{县名}{年度}年招商引资工作情况汇报");
    CHECK(entries[0].sheetRow == 2);
    CHECK(entries[1].kind == TemplateEntryKind::DateLine);
    CHECK(utf8(entries[1].text) == "（截至{报告日期}）");
    CHECK(utf8(entries[2].text) == "现将我局{年度}年招商引资工作情况简要汇报如下：");
    CHECK(utf8(entries[3].text) == "一、{年度}年工作开展情况");
    CHECK(utf8(entries[4].text) == "（一）全县招商引资工作任务完成情况");
    CHECK(utf8(entries[5].text).starts_with("（1）项目完成情况。"));
    CHECK(utf8(entries[6].text).starts_with("（2）总部经济工作开展情况。"));
    CHECK(utf8(entries[7].text) == "（二）{年度}年招商引资工作新做法");
    CHECK(entries[8].text == newPracticesPrompt());
    CHECK(utf8(entries[9].text) == "（三）存在的问题");
    CHECK(entries[13].kind == TemplateEntryKind::Table);
    CHECK(utf8(entries[13].text) == "主要指标");
    CHECK(utf8(entries[14].text) == "单位考核情况");
    CHECK(utf8(entries[15].text) == "亿元以上项目清单");
    CHECK(entries[16].kind == TemplateEntryKind::Chart);
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
