// The report as a 公文 (spec/report.md, 2nd edition): the opening, the plan
// section, prompts never printed, ordinals, names simplified and told apart,
// figures as officials write them, counts that add up, rankings with ties.
#include "assessment/assessment_fixtures.hpp"
#include "huibao/report/phrasing.hpp"
#include "huibao/report/placeholders.hpp"
#include "huibao/report/ranking.hpp"
#include "huibao/report/report.hpp"
#include "huibao/report/report_template.hpp"
#include "huibao/text/display_name.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

namespace {

Assessment sample(std::vector<std::pair<std::u16string, std::u16string>> extra = {}) {
    SampleCounty county;
    std::vector<std::pair<std::u16string, std::u16string>> entries{{u"县名", u"太湖县"}, {u"报告日期", u"2026-10-31"}};
    for (auto& entry : extra) entries.push_back(std::move(entry));
    county.params = parameters(entries);
    return county.assess();
}

std::string text(const Report& report) {
    std::string all;
    for (const auto& block : report.blocks) all += utf8(block.text) + "\n";
    return all;
}

std::string value(const Assessment& assessment, std::u16string_view name) {
    const PlaceholderValues values = placeholderValues(assessment);
    const std::u16string* found = values.find(name);
    REQUIRE(found != nullptr);
    return utf8(*found);
}

// A template with its 待填写 rows written (类型 turned to 正文).
ReportTemplate filledTemplate() {
    ReportTemplate filled = defaultReportTemplate();
    for (auto& entry : filled.entries) {
        if (entry.kind != TemplateEntryKind::Prompt) continue;
        entry.kind = TemplateEntryKind::Paragraph;
        entry.text = u"（9）第" + fromUtf8(std::to_string(entry.sheetRow)) + u"行写好的内容。正文。";
    }
    return filled;
}

UnitAssessment rated(std::u16string name, UnitType type, double rate) {
    UnitAssessment unit;
    unit.name = name;
    unit.shortName = shortUnitName(name);
    unit.type = type;
    unit.registered = true;
    unit.funds.rate = rate;
    unit.funds.ahead = rate - 0.5;
    return unit;
}

} // namespace

TEST_CASE("the opening: with and without 通知依据, 工作安排 only with the plan", "[report][document]") {
    const Report plain = buildReport(sample(), defaultReportTemplate());
    CHECK(utf8(plain.blocks[2].text) == "现将我局2026年招商引资工作情况简要汇报如下：");

    const Assessment noticed = sample({{u"通知依据", u"县政府办《关于报送工作总结的通知》太政办传〔2026〕12号文件"}});
    const Report filled = buildReport(noticed, filledTemplate());
    CHECK(utf8(filled.blocks[2].text) ==
          "根据县政府办《关于报送工作总结的通知》太政办传〔2026〕12号文件要求，现将我局2026年招商引资工作情况及2027年"
          "工作安排简要汇报如下：");
    // The plan section is printed, numbered 二、.
    const std::string all = text(filled);
    CHECK(all.find("二、2027年工作打算\n") != std::string::npos);
    CHECK(all.find("（二）2026年招商引资工作新做法\n") != std::string::npos);
    CHECK(all.find("（三）存在的问题\n") != std::string::npos);
    // Written prompts land in their sections, renumbered in order.
    CHECK(all.find("（3）第9行写好的内容。正文。\n（二）2026年招商引资工作新做法\n（1）第11行写好的内容。") !=
          std::string::npos);
    CHECK(all.find("（3）第15行写好的内容。正文。\n二、2027年工作打算\n（1）第17行写好的内容。") != std::string::npos);
    CHECK(filled.issues.empty());
}

TEST_CASE("待填写 rows are never printed; 汇报数据 lists them", "[report][document]") {
    const Report report = buildReport(sample(), defaultReportTemplate());
    const std::string all = text(report);
    CHECK(all.find("请") == std::string::npos);
    CHECK(all.find("工作打算") == std::string::npos); // its section held only a prompt
    CHECK(all.find("新做法") == std::string::npos);
    CHECK(all.find("及2027年工作安排") == std::string::npos);
    int prompts = 0;
    for (const auto& note : report.data.notes) prompts += utf8(note).find("待填写：请") != std::string::npos;
    CHECK(prompts == 4);
    REQUIRE(report.data.keyIndicators.rows.size() == 25);
}

TEST_CASE("headings: typed ordinals dropped, Huibao's written after empty sections", "[report][document]") {
    CHECK(utf8(withoutOrdinal(u"一、工作开展情况")) == "工作开展情况");
    CHECK(utf8(withoutOrdinal(u"（三）存在的问题")) == "存在的问题");
    CHECK(utf8(withoutOrdinal(u"(2) 问题")) == "问题");
    CHECK(utf8(withoutOrdinal(u"3. 问题")) == "问题");
    CHECK(utf8(withoutOrdinal(u"2026年工作开展情况")) == "2026年工作开展情况");
    CHECK(utf8(chineseNumeral(1)) == "一");
    CHECK(utf8(chineseNumeral(10)) == "十");
    CHECK(utf8(chineseNumeral(12)) == "十二");
    CHECK(utf8(chineseNumeral(21)) == "二十一");

    ReportTemplate reportTemplate;
    int row = 2;
    auto add = [&](TemplateEntryKind kind, std::u16string content) {
        reportTemplate.entries.push_back({kind, std::move(content), {}, row++});
    };
    add(TemplateEntryKind::Heading1, u"一、甲");
    add(TemplateEntryKind::Heading2, u"（一）空的");
    add(TemplateEntryKind::Prompt, u"请填写");
    add(TemplateEntryKind::Heading2, u"（二）乙");
    add(TemplateEntryKind::Paragraph, u"正文。");
    add(TemplateEntryKind::Heading1, u"三、丙");
    add(TemplateEntryKind::Paragraph, u"正文。");
    const Report report = buildReport(sample(), reportTemplate);
    CHECK(text(report) == "一、甲\n（一）乙\n正文。\n二、丙\n正文。\n");
}

TEST_CASE("附件说明 and 落款: the attachments that exist, the issuing office and date", "[report][document]") {
    const Assessment assessment = sample({{u"报告单位", u"太湖县投资促进中心"}, {u"成文日期", u"2026-12-02"}});
    const Report report = buildReport(assessment, defaultReportTemplate());
    const std::string all = text(report);
    CHECK(all.find("附件：1. 2026年各单位招商引资任务完成情况表\n2. 2026年新引进亿元以上项目清单\n"
                   "太湖县投资促进中心\n2026年12月2日\n2026年各单位招商引资任务完成情况表\n") != std::string::npos);

    // Without 亿元以上 projects 附件2 does not exist and is not announced.
    SampleCounty small;
    small.params = parameters({{u"报告日期", u"2026-10-31"}});
    small.rows.clear();
    const Report none = buildReport(small.assess(), defaultReportTemplate());
    const std::string noneText = text(none);
    CHECK(noneText.find("附件：1. 2026年各单位招商引资任务完成情况表\n本县招商局\n") != std::string::npos);
    CHECK(noneText.find("亿元以上项目清单") == std::string::npos);
}

TEST_CASE("figures: decimals parameters and 进度差表述", "[report][document]") {
    CHECK(utf8(yiyuanText(69.2997, {})) == "69.30");
    CHECK(utf8(wanText(1968.0, {})) == "1968");
    CHECK(utf8(yiyuanText(69.2997, {4, 0, true})) == "69.2997");
    CHECK(utf8(wanText(1968.456, {2, 2, true})) == "1968.46");

    const Assessment seedStyle = sample({{u"进度差表述", u"%"}, {u"亿元小数位", u"4"}, {u"万元小数位", u"2"}});
    CHECK(value(seedStyle, u"省外资金") == "3.0000");
    CHECK(value(seedStyle, u"省外资金完成表述").find("（落后序时进度45.83%）") != std::string::npos);
    CHECK(value(seedStyle, u"总部经济情况") == "签订总部经济项目1个，总引税额300.50万元。");
    const Assessment official = sample();
    CHECK(value(official, u"省外资金") == "3.00");
    CHECK(value(official, u"省外资金完成表述").find("（落后序时进度45.83个百分点）") != std::string::npos);
    // A bad value falls back to the default and is reported on 参数.
    Sheet sheet;
    sheet.name = u"参数";
    sheet.cells = {{Cell::ofText(u"进度差表述"), Cell::ofText(u"百分之")},
                   {Cell::ofText(u"亿元小数位"), Cell::ofText(u"9")}};
    std::vector<Finding> findings;
    const Parameters bad = readParameters(&sheet, 0, Date{2026, 12, 2}, kDefaultNullDate, findings);
    CHECK(bad.gapInPercentagePoints());
    CHECK(bad.yiyuanDecimals() == 2);
    CHECK(findings.size() == 2);
    // Only the two forms workbook.md names: 百分比 is no synonym for %.
    for (const char16_t* nearMiss : {u"百分比", u"百分点"}) {
        sheet.cells = {{Cell::ofText(u"进度差表述"), Cell::ofText(nearMiss)}};
        findings.clear();
        CHECK(readParameters(&sheet, 0, Date{2026, 12, 2}, kDefaultNullDate, findings).gapInPercentagePoints());
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].code == FindingCode::EnumError);
    }
    sheet.cells = {{Cell::ofText(u"进度差表述"), Cell::ofText(u"％")}}; // full width, as typed with a Chinese IME
    findings.clear();
    CHECK_FALSE(readParameters(&sheet, 0, Date{2026, 12, 2}, kDefaultNullDate, findings).gapInPercentagePoints());
    CHECK(findings.empty());
    CHECK(bad.issueDate() == Date{2026, 12, 2});
    CHECK(utf8(bad.issuingOffice()) == "本县招商局");
    CHECK_FALSE(bad.notice());
}

TEST_CASE("names in simplified characters; GB 2312 characters stay", "[report][document]") {
    CHECK(utf8(simplifiedName(u"彌陀糧食烘干倉儲中心項目")) == "弥陀粮食烘干仓储中心项目");
    CHECK(utf8(simplifiedName(u"乾元路著名於家項目")) == "乾元路著名於家项目"); // 乾 著 於 are GB 2312
    CHECK(utf8(simplifiedName(u"  晋熙镇　 光伏  项目 ")) == "晋熙镇光伏项目");
    CHECK(utf8(simplifiedName(u"ABC  Solar 项目")) == "ABC Solar 项目");
    CHECK(isInGb2312(U'弥'));
    CHECK_FALSE(isInGb2312(U'彌'));
}

TEST_CASE("two listed projects with the same name are told apart by their unit", "[report][document]") {
    const UnitRef niu = unregisteredRef(u"牛镇镇");
    const UnitRef west = unregisteredRef(u"城西镇");
    std::vector<ProjectRow> rows{
        project(niu, u"鋁合金門窗生產項目", Nature::NewlySigned, u"工业", 2, Status::Signed),
        project(west, u"铝合金门窗生产项目", Nature::NewlySigned, u"工业", 3, Status::Signed),
        project(west, u"彌陀糧食烘干倉儲中心項目", Nature::NewlySigned, u"农业", 1.5, Status::Producing),
    };
    const Assessment assessment = assess(rows, UnitRegistry(), parameters({{u"报告日期", u"2026-10-31"}}), {});
    CHECK(value(assessment, u"亿元以上未开工项目名单") == "（牛镇铝合金门窗生产项目、城西铝合金门窗生产项目）");
    CHECK(value(assessment, u"亿元以上已投产项目名单") == "（弥陀粮食烘干仓储中心项目）");
    const ReportTable table = buildLargeProjectTable(assessment);
    REQUIRE(table.rows.size() == 3);
    CHECK(utf8(table.rows[0].cells[1].text) == "城西铝合金门窗生产项目"); // 3 亿元 first
    CHECK(utf8(table.rows[1].cells[1].text) == "牛镇铝合金门窗生产项目");
}

TEST_CASE("every count adds up: natures, industries, 亿元以上 stages", "[report][document]") {
    const UnitRef ref = unregisteredRef(u"晋熙镇");
    std::vector<ProjectRow> rows;
    for (int i = 0; i < 5; ++i)
        rows.push_back(project(ref, u"新" + fromUtf8(std::to_string(i)), Nature::NewlySigned, u"农业", 0.5,
                               Status::Started, true));
    for (int i = 0; i < 2; ++i)
        rows.push_back(
            project(ref, u"续" + fromUtf8(std::to_string(i)), Nature::Continued, u"工业", 0.5, Status::Started, true));
    ProjectRow unknownNature = project(ref, u"不明", Nature::NewlySigned, u"文旅", 0.5, Status::Started, true);
    unknownNature.nature.reset();
    rows.push_back(unknownNature);
    const Assessment assessment = assess(rows, UnitRegistry(), parameters({{u"报告日期", u"2026-10-31"}}), {});
    CHECK(value(assessment, u"项目申报情况") ==
          "截至2026年10月31日，全县共申报项目8个，其中新签约或新建项目5个、续建项目2个、其他项目1个。");
    CHECK(value(assessment, u"认定项目产业情况") ==
          "从申报认定的项目看，共认定项目8个，其中农业项目5个、工业项目2个、文旅项目1个，没有科技型项目。");
}

TEST_CASE("rankings: by displayed rate, ties share a rank, type by type", "[report][document]") {
    Assessment assessment;
    assessment.units = {
        rated(u"甲镇", UnitType::Township, 0.80),     rated(u"乙镇", UnitType::Township, 0.900004),
        rated(u"丙镇", UnitType::Township, 0.899996), rated(u"丁镇", UnitType::Township, 0.5),
        rated(u"戊镇", UnitType::Township, 1.2),      rated(u"己镇", UnitType::Township, 0.1),
        rated(u"庚镇", UnitType::Township, 0.3),      rated(u"农委", UnitType::Department, 0.2),
        rated(u"商务局", UnitType::Department, 0.7),
    };
    UnitAssessment untargeted = rated(u"辛镇", UnitType::Township, 0);
    untargeted.funds.rate.reset();
    untargeted.funds.ahead.reset();
    assessment.units.push_back(untargeted);

    const auto townships = rankUnits(assessment, UnitType::Township);
    REQUIRE(townships.size() == 7);
    std::vector<int> ranks;
    std::string names;
    for (const auto& ranked : townships) {
        ranks.push_back(ranked.rank);
        names += utf8(ranked.unit->shortName);
    }
    // 乙 and 丙 both show 90.00%: rank 2 each, registry order; then 4.
    CHECK(ranks == std::vector<int>{1, 2, 2, 4, 5, 6, 7});
    CHECK(names == "戊乙丙甲丁庚己");
    const auto all = unitRanks(assessment);
    CHECK(all[7] == 2); // 农委 ranked among 县直单位 only
    CHECK(all[8] == 1);
    CHECK(all[9] == 0); // no target, no rank

    const TopAndBottom ends = topAndBottom(townships);
    REQUIRE(ends.top.size() == 3);
    REQUIRE(ends.bottom.size() == 3);
    CHECK(utf8(ends.bottom[0].unit->shortName) == "己"); // lowest first
    // Fewer than six: halves, never overlapping.
    const TopAndBottom two = topAndBottom(rankUnits(assessment, UnitType::Department));
    REQUIRE(two.top.size() == 1);
    REQUIRE(two.bottom.size() == 1);
    CHECK(two.top[0].unit != two.bottom[0].unit);
    CHECK(topAndBottom({}).top.empty());

    const std::string sentence = value(assessment, u"单位排名情况");
    CHECK(sentence == "从省外资金完成率看，乡镇前三位是戊（120.00%）、乙（90.00%）、丙（90.00%），"
                      "后三位是己（10.00%）、庚（30.00%）、丁（50.00%）；"
                      "县直单位完成率较高的是商务局（70.00%），较低的是农委（20.00%）。");
    CHECK(value(assessment, u"名次前三") == "戊、乙、丙；商务局");
}

TEST_CASE("rankings: three each side from six units, ties in registry order; halves below six", "[report][document]") {
    auto names = [](const std::vector<RankedUnit>& units) {
        std::string text;
        for (const auto& ranked : units) text += utf8(ranked.unit->shortName);
        return text;
    };
    // Three townships, two tied at 50.00%: the tie goes to the lower side
    // whole, listed in registry order.
    Assessment three;
    three.units = {rated(u"甲镇", UnitType::Township, 0.5), rated(u"乙镇", UnitType::Township, 0.6),
                   rated(u"丙镇", UnitType::Township, 0.5)};
    auto ends = topAndBottom(rankUnits(three, UnitType::Township));
    CHECK(names(ends.top) == "乙");
    CHECK(names(ends.bottom) == "甲丙");
    CHECK(value(three, u"单位排名情况") == "从省外资金完成率看，乡镇完成率较高的是乙（60.00%），"
                                           "较低的是甲（50.00%）、丙（50.00%）。");

    // Tied at the bottom of six or more: lowest first, ties in registry order.
    Assessment six;
    six.units = {rated(u"甲镇", UnitType::Township, 0.0), rated(u"乙镇", UnitType::Township, 0.9),
                 rated(u"丙镇", UnitType::Township, 0.8), rated(u"丁镇", UnitType::Township, 0.0),
                 rated(u"戊镇", UnitType::Township, 0.7), rated(u"己镇", UnitType::Township, 0.1)};
    ends = topAndBottom(rankUnits(six, UnitType::Township));
    CHECK(names(ends.top) == "乙丙戊");
    CHECK(names(ends.bottom) == "甲丁己");

    // A tie across the edge of the first three: still three, the first in
    // registry order (report.md: "the three units with the highest").
    six.units[5] = rated(u"己镇", UnitType::Township, 0.7);
    six.units.push_back(rated(u"庚镇", UnitType::Township, 0.2));
    ends = topAndBottom(rankUnits(six, UnitType::Township));
    CHECK(names(ends.top) == "乙丙戊");
    CHECK(names(ends.bottom) == "甲丁庚");
    // The reviewers' county: 90, 50, 50, 10, 10, 5, 0 %: 后三位 names three.
    Assessment seven;
    const std::pair<const char16_t*, double> rates[] = {{u"甲镇", 0.9}, {u"乙镇", 0.5},  {u"丙镇", 0.5}, {u"丁镇", 0.1},
                                                        {u"戊镇", 0.1}, {u"己镇", 0.05}, {u"庚镇", 0.0}};
    for (const auto& [name, rate] : rates) seven.units.push_back(rated(name, UnitType::Township, rate));
    CHECK(value(seven, u"单位排名情况") == "从省外资金完成率看，乡镇前三位是甲（90.00%）、乙（50.00%）、丙（50.00%），"
                                           "后三位是庚（0.00%）、己（5.00%）、戊（10.00%）。");

    // All alike: nobody is higher or lower.
    Assessment same;
    same.units = {rated(u"甲镇", UnitType::Township, 0.5), rated(u"乙镇", UnitType::Township, 0.5)};
    ends = topAndBottom(rankUnits(same, UnitType::Township));
    CHECK(ends.top.empty());
    CHECK(ends.bottom.empty());
    CHECK(value(same, u"单位排名情况") == "从省外资金完成率看，乡镇完成率均为50.00%。");
    CHECK(value(same, u"名次前三").empty());

    // A tie from third place down: three and three all the same, never four.
    Assessment tiedThird;
    tiedThird.units = {rated(u"甲镇", UnitType::Township, 0.9), rated(u"乙镇", UnitType::Township, 0.8),
                       rated(u"丙镇", UnitType::Township, 0.5), rated(u"丁镇", UnitType::Township, 0.5),
                       rated(u"戊镇", UnitType::Township, 0.5), rated(u"己镇", UnitType::Township, 0.5)};
    ends = topAndBottom(rankUnits(tiedThird, UnitType::Township));
    CHECK(names(ends.top) == "甲乙丙");
    CHECK(names(ends.bottom) == "丁戊己");

    // Six or more all alike: nobody is higher or lower.
    for (auto& unit : tiedThird.units) unit = rated(unit.name, UnitType::Township, 0.5);
    CHECK(topAndBottom(rankUnits(tiedThird, UnitType::Township)).top.empty());
}

TEST_CASE("zero, one, many: no sentence announces an empty list", "[report][document]") {
    SampleCounty empty;
    empty.params = parameters({{u"报告日期", u"2026-10-31"}});
    empty.rows.clear();
    const Report report = buildReport(empty.assess(), defaultReportTemplate());
    const std::string all = text(report);
    CHECK(all.find("有0个") == std::string::npos);
    CHECK(all.find("0个乡镇") == std::string::npos);
    CHECK(all.find("：。") == std::string::npos);
    CHECK(all.find("（）") == std::string::npos);
}
