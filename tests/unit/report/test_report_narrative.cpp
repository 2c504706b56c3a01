// The phrase placeholders read naturally in every case the spec names: an
// empty list, one name, zero counts, ahead of / behind schedule, no targets
// sheet, more than ten project names.
#include "assessment/assessment_fixtures.hpp"
#include "huibao/report/placeholders.hpp"
#include "huibao/report/report.hpp"
#include "huibao/report/report_template.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

namespace {

std::string value(const Assessment& assessment, std::u16string_view name) {
    const PlaceholderValues values = placeholderValues(assessment);
    const std::u16string* found = values.find(name);
    REQUIRE(found != nullptr);
    return utf8(*found);
}

UnitAssessment listedUnit(std::u16string name, UnitType type, int recognized, int declared) {
    UnitAssessment unit;
    unit.shortName = shortUnitName(name);
    unit.name = std::move(name);
    unit.type = type;
    unit.registered = true;
    unit.figures.recognized = recognized;
    unit.figures.declared = declared;
    return unit;
}

UnitAssessment township(std::u16string name, int recognized) {
    return listedUnit(std::move(name), UnitType::Township, recognized, recognized + 1);
}

UnitAssessment department(std::u16string name, int recognized, int declared, bool documented = true) {
    UnitAssessment unit = listedUnit(std::move(name), UnitType::Department, recognized, declared);
    if (declared == 0)
        unit.flags.push_back(UnitFlag::NoProjects);
    else if (!documented)
        unit.flags.push_back(UnitFlag::NoEvidence);
    return unit;
}

Assessment withUnits(std::vector<UnitAssessment> units) {
    Assessment assessment;
    assessment.reportDate = {2026, 10, 31};
    assessment.year = 2026;
    assessment.scheduleProgress = 10.0 / 12;
    assessment.hasRegistry = true;
    assessment.units = std::move(units);
    return assessment;
}

// A county whose 亿元以上 projects are all at one stage.
Assessment largeProjectsAt(Status status, int count) {
    const UnitRef ref = unregisteredRef(u"晋熙镇");
    std::vector<ProjectRow> rows;
    for (int i = 1; i <= count; ++i)
        rows.push_back(project(ref, u"项目" + fromUtf8(std::to_string(i)), Nature::NewlySigned, u"工业", 2, status));
    return assess(rows, UnitRegistry(), parameters({{u"报告日期", u"2026-10-31"}}), {});
}

} // namespace

TEST_CASE("乡镇认定情况: both lists, named by short form as the seed does", "[report]") {
    const Assessment assessment =
        withUnits({township(u"晋熙镇", 5), township(u"城西镇", 3), township(u"弥陀镇", 4), township(u"天华镇", 3),
                   township(u"牛镇镇", 2), township(u"花亭乡", 0), department(u"农委", 1, 1)});
    CHECK(value(assessment, u"乡镇认定情况") == "从乡镇看，申报认定项目达到3个及以上的有晋熙、城西、弥陀、天华4个乡镇，"
                                                "但也有牛镇、花亭2个乡镇申报认定的项目不足3个。");
    CHECK(value(assessment, u"达标乡镇名单") == "晋熙、城西、弥陀、天华");
    CHECK(value(assessment, u"达标乡镇数") == "4");
    CHECK(value(assessment, u"未达标乡镇名单") == "牛镇、花亭");
}

TEST_CASE("乡镇认定情况: a single name on either side is written in full", "[report]") {
    const Assessment assessment = withUnits({township(u"晋熙镇", 3), township(u"牛镇镇", 1), township(u"城西镇", 0)});
    CHECK(value(assessment, u"乡镇认定情况") ==
          "从乡镇看，申报认定项目达到3个及以上的有晋熙1个乡镇，但也有牛镇、城西2个乡镇申报认定的项目不足3个。");
    const Assessment reversed = withUnits({township(u"晋熙镇", 3), township(u"城西镇", 4), township(u"牛镇镇", 1)});
    CHECK(value(reversed, u"乡镇认定情况") ==
          "从乡镇看，申报认定项目达到3个及以上的有晋熙、城西2个乡镇，但也有牛镇1个乡镇申报认定的项目不足3个。");
}

TEST_CASE("乡镇认定情况: an empty side is not listed (never 有0个乡镇)", "[report]") {
    CHECK(value(withUnits({township(u"晋熙镇", 3), township(u"城西镇", 4)}), u"乡镇认定情况") ==
          "从乡镇看，全部2个乡镇申报认定项目均达到3个及以上。");
    CHECK(value(withUnits({township(u"晋熙镇", 1), township(u"城西镇", 0)}), u"乡镇认定情况") ==
          "从乡镇看，全部2个乡镇申报认定的项目均不足3个。");
    CHECK(value(withUnits({township(u"晋熙镇", 3)}), u"乡镇认定情况") == "从乡镇看，晋熙申报认定项目达到3个及以上。");
    CHECK(value(withUnits({township(u"晋熙镇", 2)}), u"乡镇认定情况") ==
          "从乡镇看，晋熙申报认定的项目不足3个。"); // short names (report.md)
    CHECK(value(withUnits({department(u"农委", 1, 1)}), u"乡镇认定情况").empty());
    CHECK(value(withUnits({department(u"农委", 1, 1)}), u"达标乡镇名单") == "无");
    CHECK(value(withUnits({department(u"农委", 1, 1)}), u"达标乡镇数") == "0");
}

TEST_CASE("县直单位认定情况: the seed's paragraph, figures filled in", "[report]") {
    const Assessment assessment =
        withUnits({department(u"开发区管委会", 3, 4), department(u"农委", 1, 2), department(u"城管执法局", 0, 2, false),
                   department(u"人社局", 0, 0), department(u"教育局", 0, 0), department(u"卫健委", 0, 1, false)});
    CHECK(value(assessment, u"县直单位认定情况") ==
          "从县直单位看，纳入考核的6个县直单位中，只有开发区管委会、农委2个单位申报认定项目达到1个及以上，"
          "还有2个单位没有申报项目，申报了项目的4个单位中有2个没有到资依据。");
    CHECK(value(assessment, u"未申报项目县直单位数") == "2");
    CHECK(value(assessment, u"无到资依据县直单位数") == "2");
    CHECK(value(assessment, u"达标县直单位名单") == "开发区管委会、农委");
}

TEST_CASE("县直单位认定情况: edge cases", "[report]") {
    CHECK(value(withUnits({department(u"人社局", 0, 0), department(u"农委", 0, 0)}), u"县直单位认定情况") ==
          "从县直单位看，纳入考核的2个县直单位均未申报项目。");
    CHECK(value(withUnits({department(u"人社局", 1, 1), department(u"农委", 2, 2)}), u"县直单位认定情况") ==
          "从县直单位看，纳入考核的2个县直单位中，各单位申报认定项目均达到1个及以上。");
    CHECK(value(withUnits({department(u"人社局", 0, 1, false), department(u"农委", 0, 0)}), u"县直单位认定情况") ==
          "从县直单位看，纳入考核的2个县直单位中，尚无单位申报认定项目达到1个及以上，还有1个单位没有申报项目，"
          "申报了项目的1个单位没有到资依据。");
    CHECK(value(withUnits({department(u"人社局", 1, 2, false)}), u"县直单位认定情况") ==
          "从县直单位看，人社局申报认定项目1个，达到1个及以上，申报的项目没有到资依据。");
    CHECK(value(withUnits({department(u"人社局", 0, 0)}), u"县直单位认定情况") == "从县直单位看，人社局尚未申报项目。");
    CHECK(value(withUnits({township(u"晋熙镇", 3)}), u"县直单位认定情况").empty());
}

TEST_CASE("a county with no project at all is described without zero counts", "[report]") {
    const Assessment assessment = assess({}, UnitRegistry(), parameters({{u"报告日期", u"2026-10-31"}}), {});
    CHECK(value(assessment, u"项目申报情况") == "截至2026年10月31日，全县尚未申报项目。");
    CHECK(value(assessment, u"项目质量情况") == "截至2026年10月31日，全县尚未申报项目。");
    CHECK(value(assessment, u"认定项目产业情况") == "从申报认定的项目看，尚无项目通过省、市平台认定。");
    CHECK(value(assessment, u"亿元以上项目情况") == "截至目前，尚未新引进亿元以上项目。");
    CHECK(value(assessment, u"亿元以上项目进展情况").empty());
    CHECK(value(assessment, u"总部经济情况") == "尚未签订总部经济项目。");
    CHECK(value(assessment, u"境外资金情况") == "境外资金方面，截至目前，全县尚无实际到位的境外资金。");
    // With a target: no "0万美元" and no "完成…的0.00%".
    const Assessment targeted =
        assess({}, UnitRegistry(), parameters({{u"报告日期", u"2026-10-31"}, {u"境外资金任务", u"100"}}), {});
    CHECK(value(targeted, u"境外资金情况") ==
          "境外资金方面，截至目前，全县尚无实际到位的境外资金（市下达任务100万美元，落后序时进度83.33个百分点），"
          "年内完成境外资金引进任务的压力较大。");
    CHECK(value(assessment, u"乡镇认定情况").empty());
    CHECK(value(assessment, u"县直单位认定情况").empty());
    CHECK(value(assessment, u"项目开工率") == "—");
    CHECK(value(assessment, u"校验情况").empty()); // the officer's note, in 汇报数据 only
}

TEST_CASE("the sample county's narrative, every figure filled in", "[report]") {
    SampleCounty sample;
    sample.params = parameters({{u"县名", u"太湖县"},
                                {u"报告日期", u"2026-10-31"},
                                {u"上年同期申报项目数", u"10"},
                                {u"上年同期省外资金", u"2.5"}});
    const Assessment assessment = sample.assess();
    CHECK(value(assessment, u"项目申报情况") ==
          "截至2026年10月31日，全县共申报项目8个，同比下降20.00%，其中新签约或新建项目6个、续建项目2个。");
    CHECK(value(assessment, u"省外资金") == "3.00");
    CHECK(value(assessment, u"省外资金同比表述") == "，同比增长20.00%");
    CHECK(value(assessment, u"省外资金完成表述") == "，仅完成年度任务8.00亿元的37.50%（落后序时进度45.83个百分点）");
    CHECK(value(assessment, u"亿元以上项目情况") ==
          "截至目前，新引进亿元以上项目3个，其中十亿元以上项目1个、战略性新兴产业项目1个。");
    CHECK(value(assessment, u"亿元以上项目进展情况") ==
          "上述亿元以上项目中，目前已开工建设1个，已投产1个（总部大厦项目），"
          "未开工建设1个（针织品研发与加工项目）。");
    CHECK(value(assessment, u"总部经济情况") == "签订总部经济项目1个，总引税额301万元。");
    CHECK(value(assessment, u"项目质量情况") ==
          "截至2026年10月31日，全县共申报项目8个，其中2个为续建项目。新签约或新建的6个项目中，已有3个项目落地。");
    CHECK(value(assessment, u"认定项目产业情况") ==
          "从申报认定的项目看，共认定项目5个，其中农业项目1个、工业项目1个、科技型项目1个、其他2个。");
    CHECK(value(assessment, u"境外资金情况") == "境外资金方面，截至目前，全县实际利用境外资金50万美元，仅完成年度任务10"
                                                "0万美元的50.00%（落后序时进度33.33个百分点），"
                                                "年内完成境外资金引进任务的压力较大。");
    CHECK(value(assessment, u"单位任务完成情况") ==
          "对照任务分解，省外资金完成率落后序时进度的有晋熙、开发区管委会2个单位；"
          "认定项目完成率落后序时进度的有晋熙、城西、开发区管委会3个单位。"); // townships by short name
    // The officer's notes are never in the report: 汇报数据 has them.
    CHECK(value(assessment, u"未列入任务分解单位情况").empty());
    CHECK(value(assessment, u"校验情况").empty());
    const Report report = buildReport(assessment, defaultReportTemplate());
    std::string notes;
    for (const auto& note : report.data.notes) notes += utf8(note) + "\n";
    CHECK(notes.find("申报单位城关街道、县商务局（2个）未列入任务分解表") != std::string::npos);
    CHECK(notes.find("以上数据经校验，尚有错误2处、警告1处待核实修正。") != std::string::npos);
    for (const auto& block : report.blocks) {
        CHECK(utf8(block.text).find("校验") == std::string::npos);
        CHECK(utf8(block.text).find("未列入任务分解") == std::string::npos);
    }
    CHECK(value(assessment, u"序时进度") == "83.33%");
    CHECK(value(assessment, u"工业认定项目数") == "1");
    CHECK(value(assessment, u"申报项目同比") == "同比下降20.00%");
    CHECK(value(assessment, u"境外资金同比").empty());
    CHECK(value(assessment, u"境外资金同比表述").empty());
}

TEST_CASE("汇报数据 says when there is no targets sheet, and only then", "[report]") {
    auto notesOf = [](const Assessment& assessment) {
        std::string notes;
        for (const auto& note : buildReport(assessment, defaultReportTemplate()).data.notes) notes += utf8(note) + "\n";
        return notes;
    };
    const Assessment without = largeProjectsAt(Status::Started, 2);
    REQUIRE_FALSE(without.hasRegistry);
    CHECK(notesOf(without).find("未找到任务分解表：各单位取自申报表，没有任务目标") != std::string::npos);
    CHECK(notesOf(withUnits({township(u"晋熙镇", 5)})).find("未找到任务分解表") == std::string::npos);
    for (const auto& block : buildReport(without, defaultReportTemplate()).blocks)
        CHECK(utf8(block.text).find("未找到任务分解表") == std::string::npos); // never sent upward
}

TEST_CASE("ahead of schedule against the 市下达任务 of the parameters", "[report]") {
    SampleCounty sample;
    sample.params = parameters({{u"报告日期", u"2026-06-30"},
                                {u"省外资金任务", u"5"},
                                {u"亿元以上项目任务", u"4"},
                                {u"十亿元以上项目任务", u"1"},
                                {u"战略性新兴产业项目任务", u"2"}});
    const Assessment assessment = sample.assess(); // 序时进度 50%
    CHECK(value(assessment, u"省外资金完成表述") == "，完成市下达任务5.00亿元的60.00%（超序时进度10.00个百分点）");
    CHECK(value(assessment, u"省外资金进度表述") == "超序时进度10.00个百分点");
    CHECK(value(assessment, u"省外资金超序时进度") == "10.00%");
    CHECK(value(assessment, u"亿元以上项目情况") ==
          "截至目前，新引进亿元以上项目3个，完成年度任务4个的75.00%（超序时进度25.00个百分点），其中十亿元以上项目1个，"
          "完成年度任务1个的100.00%（超序时进度50.00个百分点）；战略性新兴产业项目1个，完成年度任务2个的50.00%"
          "（与序时进度持平）。");
}

TEST_CASE("behind schedule: 落后序时进度 and a signed figure", "[report]") {
    SampleCounty sample;
    sample.params = parameters({{u"报告日期", u"2026-10-31"}, {u"省外资金任务", u"5"}});
    const Assessment assessment = sample.assess();
    CHECK(value(assessment, u"省外资金进度表述") == "落后序时进度23.33个百分点");
    CHECK(value(assessment, u"省外资金超序时进度") == "-23.33%");
    CHECK(value(assessment, u"省外资金完成率") == "60.00%");
}

TEST_CASE("without a targets sheet the report says so", "[report]") {
    const Assessment assessment = largeProjectsAt(Status::Started, 2);
    CHECK(value(assessment, u"省外资金完成表述") == "（未提供任务分解表，暂不计算完成率）");
    CHECK(value(assessment, u"单位任务完成情况") == "因未提供任务分解表，本次未对各单位的任务完成情况进行考核。");
    CHECK(value(assessment, u"未列入任务分解单位情况").empty());
    CHECK(value(assessment, u"省外资金完成率") == "—");
    CHECK(value(assessment, u"省外资金进度表述") == "未设定任务");
}

TEST_CASE("a targets sheet without targets is not mistaken for a missing one", "[report]") {
    const UnitRegistry registry({unit(u"晋熙镇", UnitType::Township)});
    const Assessment assessment = assess({}, registry, parameters({{u"报告日期", u"2026-10-31"}}), {});
    CHECK(value(assessment, u"省外资金完成表述") == "（未设定省外资金任务，暂不计算完成率）");
    CHECK(value(assessment, u"单位任务完成情况") ==
          "任务分解表未设定各单位任务，本次未对各单位的任务完成情况进行考核。");
}

TEST_CASE("亿元以上 projects all at one stage", "[report]") {
    CHECK(value(largeProjectsAt(Status::Started, 2), u"亿元以上项目进展情况") ==
          "上述亿元以上项目中，目前均已开工建设。");
    CHECK(value(largeProjectsAt(Status::Producing, 1), u"亿元以上项目进展情况") == "该项目目前已投产（项目1）。");
    CHECK(value(largeProjectsAt(Status::Signed, 2), u"亿元以上未开工项目名单") == "（项目1、项目2）");
    // For the plan the officer writes around it: no brackets.
    CHECK(value(largeProjectsAt(Status::Signed, 2), u"未开工亿元以上项目名单") == "项目1、项目2");
    CHECK(value(largeProjectsAt(Status::Signed, 12), u"未开工亿元以上项目名单").ends_with("项目9、项目10等12个项目"));
    CHECK(value(largeProjectsAt(Status::Started, 2), u"未开工亿元以上项目名单").empty());
}

TEST_CASE("more than ten 已投产 projects: ten names then 等N个项目", "[report]") {
    const Assessment assessment = largeProjectsAt(Status::Producing, 12);
    CHECK(value(assessment, u"亿元以上项目进展情况") ==
          "上述亿元以上项目中，目前均已投产（项目1、项目2、项目3、项目4、项目5、项目6、项目7、"
          "项目8、项目9、项目10等12个项目）。");
    CHECK(value(assessment, u"亿元以上已开工项目名单").empty());
}

TEST_CASE("认定项目产业情况: the seed's sentence when 农业 > 工业 > 科技 > 0", "[report]") {
    const UnitRef ref = unregisteredRef(u"晋熙镇");
    std::vector<ProjectRow> rows;
    auto add = [&](std::u16string industry, int count) {
        for (int i = 0; i < count; ++i)
            rows.push_back(project(ref, industry + fromUtf8(std::to_string(i)), Nature::NewlySigned, industry, 0.5,
                                   Status::Signed, true));
    };
    add(u"农业", 5);
    add(u"工业", 2);
    add(u"科技", 1);
    const Parameters params = parameters({{u"报告日期", u"2026-10-31"}});
    CHECK(value(assess(rows, UnitRegistry(), params, {}), u"认定项目产业情况") ==
          "从申报认定的项目看，共认定项目8个，其中农业项目多，有5个；工业项目少，只有2个；科技型项目更少，只有1个，项目"
          "结构不优。");
    add(u"工业", 4); // 工业 6 > 农业 5: no longer the seed's complaint
    CHECK(value(assess(rows, UnitRegistry(), params, {}), u"认定项目产业情况") ==
          "从申报认定的项目看，共认定项目12个，其中农业项目5个、工业项目6个、科技型项目1个。");
    rows.erase(rows.begin() + 5, rows.begin() + 8); // the 工业 2 and 科技 1 of the first batch
    CHECK(value(assess(rows, UnitRegistry(), params, {}), u"认定项目产业情况") ==
          "从申报认定的项目看，共认定项目9个，其中农业项目5个、工业项目4个，没有科技型项目。");
}

TEST_CASE("项目质量情况 wording follows the landed share", "[report]") {
    const UnitRef ref = unregisteredRef(u"晋熙镇");
    const Parameters params = parameters({{u"报告日期", u"2026-10-31"}});
    std::vector<ProjectRow> rows = {project(ref, u"甲", Nature::NewlySigned, u"工业", 0.5, Status::Signed),
                                    project(ref, u"乙", Nature::NewlySigned, u"工业", 0.5, Status::Signed),
                                    project(ref, u"丙", Nature::NewlySigned, u"工业", 0.5, Status::Started)};
    CHECK(value(assess(rows, UnitRegistry(), params, {}), u"项目质量情况") ==
          "截至2026年10月31日，全县共申报项目3个。新签约或新建的3个项目中，只有1个项目落地。");
    rows.pop_back();
    CHECK(value(assess(rows, UnitRegistry(), params, {}), u"项目质量情况") ==
          "截至2026年10月31日，全县共申报项目2个。新签约或新建的2个项目中，尚无项目落地。");
    rows = {project(ref, u"丁", Nature::Continued, u"工业", 0.5, Status::Started)};
    CHECK(value(assess(rows, UnitRegistry(), params, {}), u"项目质量情况") ==
          "截至2026年10月31日，全县共申报项目1个，均为续建项目，没有新签约或新建项目。");
    CHECK(value(assess(rows, UnitRegistry(), params, {}), u"项目申报情况") ==
          "截至2026年10月31日，全县共申报项目1个，均为续建项目。");
}

TEST_CASE("no phrase ever announces an empty list", "[report]") {
    std::vector<Assessment> cases = {
        SampleCounty().assess(),
        assess({}, UnitRegistry(), parameters({{u"报告日期", u"2026-10-31"}}), {}),
        withUnits({township(u"晋熙镇", 0)}),
        withUnits({department(u"农委", 0, 0)}),
        largeProjectsAt(Status::Signed, 1),
    };
    for (const auto& assessment : cases) {
        const PlaceholderValues values = placeholderValues(assessment);
        for (const auto& info : placeholderCatalog()) {
            const std::string text = utf8(*values.find(info.name));
            INFO(utf8(info.name) << " = " << text);
            CHECK(text.find("有0个") == std::string::npos);
            CHECK(text.find("0个乡镇") == std::string::npos);
            CHECK(text.find("0个单位") == std::string::npos);
            CHECK(text.find("：") == std::string::npos);
            CHECK(text.find("（）") == std::string::npos);
        }
    }
}
