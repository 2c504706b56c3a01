#include "assessment/assessment_fixtures.hpp"
#include "huibao/report/report.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

namespace {

Assessment sampleAssessment() {
    SampleCounty sample;
    sample.params = parameters({{u"县名", u"太湖县"}, {u"报告日期", u"2026-10-31"}, {u"上年同期申报项目数", u"10"}});
    return sample.assess();
}

ReportTemplate templateOf(std::vector<std::pair<TemplateEntryKind, std::u16string>> entries) {
    ReportTemplate result;
    int row = 2;
    for (auto& [kind, text] : entries) result.entries.push_back({kind, std::move(text), {}, row++});
    return result;
}

const ReportBlock& onlyBlock(const Report& report) {
    REQUIRE(report.blocks.size() == 1);
    return report.blocks.front();
}

std::string cellText(const FormattedCell& cell) {
    return cell.isText() ? utf8(cell.text) : std::string();
}

} // namespace

TEST_CASE("the default report: block sequence, title and date line", "[report]") {
    const Report report = buildReport(sampleAssessment(), defaultReportTemplate());
    using enum BlockKind;
    std::vector<BlockKind> kinds;
    for (const auto& block : report.blocks) kinds.push_back(block.kind);
    // 新做法 and the plan are unwritten prompts: their headings are left out.
    CHECK(kinds == std::vector{Title, DateLine, Paragraph, Heading, Heading, Paragraph, Paragraph, Heading, Paragraph,
                               Paragraph, AttachmentNote, AttachmentNote, Signature, Signature, Attachment, Table,
                               Chart, Attachment, Table});
    CHECK(utf8(report.blocks[0].text) == "太湖县2026年招商引资工作情况汇报");
    CHECK(utf8(report.blocks[1].text) == "（截至2026年10月31日）");
    CHECK(utf8(report.blocks[2].text) == "现将我局2026年招商引资工作情况简要汇报如下：");
    CHECK(report.blocks[3].level == 1);
    CHECK(utf8(report.blocks[3].text) == "一、2026年工作开展情况");
    CHECK(report.blocks[4].level == 2);
    CHECK(utf8(report.blocks[4].text) == "（一）全县招商引资工作任务完成情况");
    CHECK(report.blocks[5].runInLength == 10); // （1）项目完成情况。
    CHECK(utf8(report.blocks[5].text)
              .starts_with("（1）项目完成情况。截至2026年10月31日，全县共申报项目8个，同比下降20.00%"
                           "，其中新签约或新建项目6个、续建项目2个。"
                           "根据省、市招商引资统计平台认定：截至目前，我县实际利用省外市外资金3."
                           "00亿元，仅完成年度任务8.00亿元的37.50%"
                           "（落后序时进度45.83个百分点）。根据市统计：截至目前，新引进亿元以上项目3个"));
    // （二）新做法 left out: 存在的问题 becomes （二）.
    CHECK(utf8(report.blocks[7].text) == "（二）存在的问题");
    CHECK(utf8(report.blocks[10].text) == "附件：1. 2026年各单位招商引资任务完成情况表");
    CHECK(utf8(report.blocks[11].text) == "2. 2026年新引进亿元以上项目清单");
    CHECK(utf8(report.blocks[12].text) == "太湖县招商局");
    CHECK(utf8(report.blocks[13].text) == "2026年1月1日"); // 成文日期: the build day
    CHECK(report.blocks[14].level == 1);
    CHECK(report.blocks[17].level == 2);
    CHECK(report.unknownPlaceholders.empty());
    // The four 待填写 rows are what the officer is told, and 汇报数据 lists them.
    REQUIRE(report.issues.size() == 4);
    CHECK(report.issues[0].sheetRow == 9);
    CHECK(utf8(report.issues[1].message).find("新做法") != std::string::npos);
    int listed = 0;
    for (const auto& note : report.data.notes) listed += utf8(note).find("待填写") != std::string::npos;
    CHECK(listed == 4);
}

TEST_CASE("主要指标 has exactly the 25 labels of report.md, values typed", "[report]") {
    const FormattedTable table = buildKeyIndicatorsTable(sampleAssessment());
    const std::vector<std::string> expected = {
        "申报项目数",       "新签约或新建项目数",   "续建项目数",       "认定项目数",         "落地项目数",
        "省外资金(亿元)",   "省外资金完成率",       "序时进度",         "省外资金超序时进度", "亿元以上项目数",
        "十亿元以上项目数", "战略性新兴产业项目数", "亿元以上已开工",   "亿元以上已投产",     "亿元以上未开工",
        "总部经济项目数",   "总部经济引税额(万元)", "境外资金(万美元)", "境外资金完成率",     "校验错误数",
        "校验警告数",       "项目开工率",           "申报项目同比",     "省外资金同比",       "境外资金同比"};
    std::vector<std::string> labels;
    for (const auto& row : table.rows) labels.push_back(cellText(row.cells[0]));
    CHECK(labels == expected);
    CHECK(keyIndicatorLabels().size() == 25);
    CHECK(utf8(table.name) == "主要指标");

    auto valueOf = [&](std::string_view label) -> const FormattedCell& {
        for (const auto& row : table.rows)
            if (cellText(row.cells[0]) == label) return row.cells[1];
        FAIL("no label " << label);
        throw;
    };
    CHECK(valueOf("申报项目数").number == 8);
    CHECK(valueOf("申报项目数").format == NumberFormat::Integer);
    CHECK(valueOf("省外资金(亿元)").number == Approx(3.0));
    CHECK(valueOf("省外资金(亿元)").format == NumberFormat::Yiyuan);
    CHECK(valueOf("省外资金完成率").number == Approx(0.375));
    CHECK(valueOf("省外资金完成率").format == NumberFormat::Percent);
    CHECK(valueOf("序时进度").number == Approx(10.0 / 12));
    CHECK(valueOf("省外资金超序时进度").number == Approx(0.375 - 10.0 / 12));
    CHECK(valueOf("总部经济引税额(万元)").number == Approx(300.5));
    CHECK(valueOf("总部经济引税额(万元)").format == NumberFormat::Wan);
    CHECK(valueOf("境外资金完成率").number == Approx(0.5));
    CHECK(valueOf("校验错误数").number == 2);
    CHECK(valueOf("校验警告数").number == 1);
    CHECK(valueOf("项目开工率").number == Approx(0.75));
    CHECK(valueOf("申报项目同比").number == Approx(-0.2));
    CHECK(valueOf("省外资金同比").isBlank()); // no 上年同期省外资金
    CHECK(valueOf("省外资金同比").format == NumberFormat::Percent);
    CHECK(valueOf("境外资金同比").isBlank());

    // Without any target the rates are blank too.
    const Assessment bare = assess({}, UnitRegistry(), parameters({{u"报告日期", u"2026-10-31"}}), {});
    const FormattedTable empty = buildKeyIndicatorsTable(bare);
    CHECK(empty.rows[6].cells[1].isBlank());  // 省外资金完成率
    CHECK(empty.rows[8].cells[1].isBlank());  // 省外资金超序时进度
    CHECK(empty.rows[18].cells[1].isBlank()); // 境外资金完成率
    CHECK(empty.rows[21].cells[1].isBlank()); // 项目开工率
    CHECK(empty.rows[0].cells[1].number == 0);
}

TEST_CASE("the report's unit table, 亿元以上项目清单 and chart", "[report]") {
    const Assessment assessment = sampleAssessment();
    const ReportTable units = buildReportUnitTable(assessment);
    CHECK(units.header.size() == 9);
    CHECK(utf8(units.header[7]) == "名次");
    CHECK(utf8(units.header.back()) == "说明");
    REQUIRE(units.rows.size() == 8);
    CHECK(units.rows[0].highlighted);
    CHECK(units.rows.back().isTotal);
    CHECK(utf8(units.rows.back().cells[0].text) == "全县合计");
    CHECK(utf8(units.rows[2].cells[8].text) == "未申报项目");
    CHECK(utf8(units.rows[0].cells[4].text) == "1.00"); // 亿元, 2 decimals
    CHECK(units.rows[0].cells[4].number == Approx(1.0));
    CHECK(utf8(units.rows[0].cells[4].formatCode) == "0.00");

    const ReportTable large = buildLargeProjectTable(assessment);
    std::string header;
    for (const auto& title : large.header) header += utf8(title) + " ";
    CHECK(header == "序号 项目名称 申报单位 总投资(亿元) 项目进展 战略性新兴产业 ");
    // The titles come word by word: the places a header may break.
    for (int c = 0; c < units.columnCount(); ++c) {
        std::u16string joined;
        for (const auto& word : units.titleWords(c)) joined += word;
        CHECK(joined == units.header[c]);
    }
    CHECK(units.titleWords(2) == std::vector<std::u16string>{u"申报", u"项目数"});
    CHECK(large.titleWords(5) == std::vector<std::u16string>{u"战略性", u"新兴产业"});
    REQUIRE(large.rows.size() == 3);
    // Sorted by 总投资 from largest: 12亿 first.
    CHECK(utf8(large.rows[0].cells[0].text) == "1");
    CHECK(large.rows[0].cells[3].number == 12);
    CHECK(utf8(large.rows[0].cells[3].text) == "12.00");
    CHECK(large.rows[1].cells[3].number >= large.rows[2].cells[3].number);

    const CompletionChart chart = buildTownshipCompletionChart(assessment);
    // Only townships with a 省外资金任务, by short name, highest rate first.
    REQUIRE(chart.categories.size() == 2);
    CHECK(utf8(chart.categories[0]) == "城西");
    CHECK(utf8(chart.categories[1]) == "晋熙");
    CHECK(chart.completionRates[0] == Approx(0.9));
    CHECK(chart.completionRates[1] == Approx(0.5));
    CHECK(chart.scheduleProgress == Approx(10.0 / 12));
    CHECK(utf8(chart.barSeriesName) == "完成率");
    CHECK(utf8(chart.lineSeriesName) == "序时进度");
}

TEST_CASE("building twice from the same input gives the same report", "[report]") {
    const Assessment assessment = sampleAssessment();
    const Report first = buildReport(assessment, defaultReportTemplate());
    const Report second = buildReport(assessment, defaultReportTemplate());
    CHECK(first == second);
    CHECK(buildReport(sampleAssessment(), defaultReportTemplate()) == first);
}

TEST_CASE("editing the template changes the report", "[report]") {
    ReportTemplate edited = defaultReportTemplate();
    edited.entries[0].text = u"关于{县名}{年度}年度招商引资工作的报告";
    // The officer writes 新做法 and turns the 待填写 row into 正文.
    edited.entries[9].kind = TemplateEntryKind::Paragraph;
    edited.entries[9].text = u"（1）营造全县招商浓厚氛围。建立分团招商制度。\n（3）建立招商引资风险金制度。";
    const Report report = buildReport(sampleAssessment(), edited);
    CHECK(utf8(report.blocks[0].text) == "关于太湖县2026年度招商引资工作的报告");
    // The section is printed now, numbered （二）; the officer's text kept word
    // for word, one paragraph per line, its run-in ordinals consecutive.
    CHECK(utf8(report.blocks[7].text) == "（二）2026年招商引资工作新做法");
    CHECK(utf8(report.blocks[8].text) == "（1）营造全县招商浓厚氛围。建立分团招商制度。");
    CHECK(report.blocks[8].runInLength == 14);
    CHECK(utf8(report.blocks[9].text) == "（2）建立招商引资风险金制度。");
    CHECK(utf8(report.blocks[10].text) == "（三）存在的问题");
    CHECK(report.issues.size() == 3); // the three other 待填写 rows
}

TEST_CASE("an unknown placeholder stays visible and is reported once", "[report]") {
    const Report report = buildReport(
        sampleAssessment(),
        templateOf({{TemplateEntryKind::Heading1, u"{标题二}"},
                    {TemplateEntryKind::Paragraph, u"共{申报项目数量}个，又{申报项目数量}个，{申报项目数}个。"}}));
    REQUIRE(report.blocks.size() == 2);
    CHECK(utf8(report.blocks[0].text) == "一、{标题二}");
    CHECK(utf8(report.blocks[1].text) == "共{申报项目数量}个，又{申报项目数量}个，8个。");
    REQUIRE(report.unknownPlaceholders.size() == 2);
    CHECK(utf8(report.unknownPlaceholders[0]) == "{标题二}");
    CHECK(utf8(report.unknownPlaceholders[1]) == "{申报项目数量}");
    REQUIRE(report.issues.size() == 3); // one per occurrence, with its row
    CHECK(report.issues[0].sheetRow == 2);
    CHECK(utf8(report.issues[1].message) == "汇报模板第3行：占位符 {申报项目数量} 无法识别，已原样保留");
    CHECK(report.issues[2].sheetRow == 3);
}

TEST_CASE("placeholders: full-width braces, spaces and traditional characters inside", "[report]") {
    const Report report = buildReport(
        sampleAssessment(),
        templateOf({{TemplateEntryKind::Paragraph, u"｛申报项目数｝/{ 认定项目数 }/{申報項目數}/{}/{未闭合"}}));
    CHECK(utf8(onlyBlock(report).text) == "8/5/8/{}/{未闭合");
    CHECK(report.unknownPlaceholders.empty());
}

TEST_CASE("a paragraph whose phrases say nothing is left out", "[report]") {
    const Assessment noRegistry = assess({}, UnitRegistry(), parameters({{u"报告日期", u"2026-10-31"}}), {});
    const Report report =
        buildReport(noRegistry, templateOf({{TemplateEntryKind::Paragraph, u"{未列入任务分解单位情况}"},
                                            {TemplateEntryKind::Paragraph, u"{乡镇认定情况}"}}));
    CHECK(report.blocks.empty());
}

TEST_CASE("unknown table or chart names are reported and left out", "[report]") {
    const Report report = buildReport(sampleAssessment(), templateOf({{TemplateEntryKind::Table, u"项目明细"},
                                                                      {TemplateEntryKind::Chart, u"饼图"},
                                                                      {TemplateEntryKind::Table, u"单位考核"}}));
    const ReportBlock& table = onlyBlock(report);
    CHECK(table.kind == BlockKind::Table);
    CHECK(utf8(table.text) == "单位考核情况");
    REQUIRE(report.issues.size() == 2);
    CHECK(utf8(report.issues[0].message).find("项目明细") != std::string::npos);
    CHECK(report.issues[1].sheetRow == 3);
}

TEST_CASE("no chart without township targets, and the report says why", "[report]") {
    const Assessment noRegistry = assess({}, UnitRegistry(), parameters({{u"报告日期", u"2026-10-31"}}), {});
    const Report report = buildReport(noRegistry, templateOf({{TemplateEntryKind::Chart, u"乡镇省外资金完成率"},
                                                              {TemplateEntryKind::Table, u"亿元以上项目清单"}}));
    CHECK(report.blocks.empty()); // no chart, and no empty project list
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues[0].sheetRow == 2);
}

TEST_CASE("run-in headings: （1）…。 at the start of a paragraph", "[report]") {
    CHECK(runInHeadingLength(u"（1）项目完成情况。截至目前") == 10);
    CHECK(runInHeadingLength(u"(2)总部经济工作开展情况。签订") == 14);
    CHECK(runInHeadingLength(u"（十二）其他。正文") == 7);
    CHECK(runInHeadingLength(u"截至目前。") == 0);
    CHECK(runInHeadingLength(u"（一）没有句号") == 0);
    CHECK(runInHeadingLength(u"（注）说明。") == 0);
    CHECK(runInHeadingLength(u"（1）" + std::u16string(50, u'长') + u"。") == 0);
}
