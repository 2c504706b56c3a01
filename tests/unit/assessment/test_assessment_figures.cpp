#include "assessment/assessment_fixtures.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

TEST_CASE("units are listed 乡镇 first, then 县直单位, then unregistered names", "[assessment]") {
    const Assessment assessment = SampleCounty().assess();
    std::vector<std::string> names;
    for (const auto& unit : assessment.units) names.push_back(utf8(unit.name));
    CHECK(names ==
          std::vector<std::string>{"晋熙镇", "城西镇", "牛镇镇", "开发区管委会", "农委", "城关街道", "县商务局"});
    CHECK(utf8(unitNamed(assessment, u"牛镇镇").shortName) == "牛镇");
    CHECK(utf8(unitNamed(assessment, u"城关街道").shortName) == "城关");
    CHECK(utf8(unitNamed(assessment, u"开发区管委会").shortName) == "开发区管委会");
    CHECK(unitNamed(assessment, u"城关街道").type == UnitType::Township); // inferred from 街道
    CHECK(unitNamed(assessment, u"县商务局").type == UnitType::Department);
    CHECK_FALSE(unitNamed(assessment, u"县商务局").registered);
    CHECK(utf8(unitNamed(assessment, u"晋熙镇").group) == "一团");
}

TEST_CASE("two units sharing a short form are named in full in lists", "[assessment]") {
    // 牛镇镇 and 牛镇乡 both shorten to 牛镇: the report's lists and chart
    // would name two units alike (found by the spec-only review).
    SampleCounty county;
    county.registry = UnitRegistry({unit(u"晋熙镇", UnitType::Township, 4, 2.0), unit(u"牛镇镇", UnitType::Township),
                                    unit(u"牛镇乡", UnitType::Township), unit(u"彌陀鎮", UnitType::Township),
                                    unit(u"弥陀乡", UnitType::Township)});
    county.rows.clear();
    const Assessment assessment = county.assess();
    CHECK(utf8(unitNamed(assessment, u"牛镇镇").shortName) == "牛镇镇");
    CHECK(utf8(unitNamed(assessment, u"牛镇乡").shortName) == "牛镇乡");
    CHECK(utf8(unitNamed(assessment, u"彌陀鎮").shortName) == "彌陀鎮"); // alike once simplified
    CHECK(utf8(unitNamed(assessment, u"弥陀乡").shortName) == "弥陀乡");
    CHECK(utf8(unitNamed(assessment, u"晋熙镇").shortName) == "晋熙");
}

TEST_CASE("a unit's figures count its rows once, duplicates skipped", "[assessment]") {
    const Assessment assessment = SampleCounty().assess();
    const Figures& jinxi = unitNamed(assessment, u"晋熙镇").figures;
    CHECK(jinxi.declared == 3); // r1 r2 r3; r4 repeats r1
    CHECK(jinxi.newProjects == 2);
    CHECK(jinxi.continued == 1);
    CHECK(jinxi.recognized == 3);
    CHECK(jinxi.landed == 1); // r1 已开工; r3 only 已签约
    CHECK(jinxi.large == 2);  // r1 1.5亿, r3 12亿
    CHECK(jinxi.veryLarge == 1);
    CHECK(jinxi.emerging == 1);
    CHECK(jinxi.largeStarted == 1);
    CHECK(jinxi.largeProducing == 0);
    CHECK(jinxi.largeNotStarted == 1);
    CHECK(jinxi.funds == Approx(1.0));
    CHECK(jinxi.documentedFunds == 1);
    CHECK(jinxi.startRate() == Approx(0.5));
    CHECK(jinxi.recognizedIn(u"工业") == 1);
    CHECK(jinxi.recognizedIn(u"农业") == 1);
    CHECK(jinxi.recognizedIn(u"科技") == 1);

    const Figures& niuzhen = unitNamed(assessment, u"牛镇镇").figures;
    CHECK(niuzhen.declared == 0);
    CHECK(niuzhen.funds == 0);
    CHECK_FALSE(niuzhen.startRate());
}

TEST_CASE("county figures take every counting row, also one without a unit", "[assessment]") {
    const Assessment assessment = SampleCounty().assess();
    const CountyAssessment& county = assessment.county;
    const Figures& figures = county.figures;
    CHECK(figures.declared == 8);
    CHECK(figures.newProjects == 6);
    CHECK(figures.continued == 2);
    CHECK(figures.recognized == 5);
    CHECK(figures.landed == 3); // r1, r6, r7
    CHECK(figures.large == 3);  // r1, r3, r6 (r9 is 在谈)
    CHECK(figures.veryLarge == 1);
    CHECK(figures.emerging == 1);
    CHECK(figures.largeStarted == 1);
    CHECK(figures.largeProducing == 1);
    CHECK(figures.largeNotStarted == 1);
    CHECK(figures.funds == Approx(3.0));
    CHECK(figures.foreign == Approx(50));
    CHECK(figures.headquarters == 1);
    CHECK(figures.headquartersTax == Approx(300.5));
    CHECK(figures.startRate() == Approx(0.75)); // 3 landed of r1 r3 r6 r7
    CHECK(county.rowsWithoutUnit == 1);
    CHECK(figures.recognizedIn(u"服务业") == 1);
    CHECK(figures.recognizedIn(u"总部经济") == 1);
    CHECK(figures.recognizedIn(u"文旅") == 0);
    // Every category of the catalogue is listed, in its order.
    REQUIRE(figures.recognizedByIndustry.size() == 7);
    CHECK(utf8(figures.recognizedByIndustry.front().industry) == "工业");

    REQUIRE(assessment.largeProjects.size() == 3);
    CHECK(utf8(assessment.largeProjects[1].name) == "针织品研发与加工项目");
    CHECK(utf8(assessment.largeProjects[1].unit) == "晋熙镇");
    CHECK(assessment.largeProjects[1].investment == 12);
    CHECK(assessment.largeProjects[1].status == Status::Signed);
    CHECK(assessment.largeProjects[0].emerging);
}

TEST_CASE("schedule progress comes from the parameters", "[assessment]") {
    SampleCounty county;
    CHECK(county.assess().scheduleProgress == Approx(10.0 / 12));
    county.params = parameters({{u"报告日期", u"2026-06-30"}, {u"序时进度口径", u"按日"}});
    CHECK(county.assess().scheduleProgress == Approx(181.0 / 365));
    county.params = parameters({{u"报告日期", u"2027-01-15"}, {u"年度", u"2026"}});
    CHECK(county.assess().scheduleProgress == 1);
    CHECK(county.assess().year == 2026);
}

TEST_CASE("unit completion rates only where the target is positive", "[assessment]") {
    const Assessment assessment = SampleCounty().assess();
    const UnitAssessment& jinxi = unitNamed(assessment, u"晋熙镇");
    CHECK(jinxi.funds.rate == Approx(0.5));
    CHECK(*jinxi.funds.ahead == Approx(0.5 - 10.0 / 12));
    CHECK(jinxi.projects.rate == Approx(0.75));
    CHECK(jinxi.foreign.rate == Approx(0));
    const UnitAssessment& chengxi = unitNamed(assessment, u"城西镇");
    CHECK(*chengxi.funds.ahead == Approx(0.9 - 10.0 / 12));
    CHECK_FALSE(chengxi.foreign.rate);
    CHECK_FALSE(unitNamed(assessment, u"农委").funds.rate);
    CHECK_FALSE(unitNamed(assessment, u"县商务局").funds.target);

    SampleCounty zeroTarget;
    zeroTarget.registry = UnitRegistry({unit(u"晋熙镇", UnitType::Township, 0, 0.0)});
    zeroTarget.rows = {withFunds(
        project(registeredRef(zeroTarget.registry, 0), u"甲", Nature::NewlySigned, u"工业", 1, Status::Signed, true),
        0.5, u"回单")};
    // A copy: a reference into the temporary assessment would dangle (ASan).
    const UnitAssessment zero = zeroTarget.assess().units.front();
    CHECK(zero.funds.target == 0.0);
    CHECK_FALSE(zero.funds.rate);
    CHECK_FALSE(zero.projects.rate);
}

TEST_CASE("county targets: the sum of unit targets, or the parameter", "[assessment]") {
    SampleCounty sample;
    const CountyAssessment county = sample.assess().county;
    CHECK(county.funds.target == Approx(8.0)); // 2 + 1 + 5
    CHECK(county.funds.rate == Approx(3.0 / 8));
    CHECK(*county.funds.ahead == Approx(3.0 / 8 - 10.0 / 12));
    CHECK_FALSE(county.fundsTargetFromParameters);
    CHECK(county.foreign.target == Approx(100));
    CHECK(county.foreign.rate == Approx(0.5));
    CHECK(county.projects.target == Approx(8)); // 4 + 2 + 2
    CHECK(county.projects.rate == Approx(5.0 / 8));
    CHECK_FALSE(county.large.target);
    CHECK_FALSE(county.large.rate);

    sample.params = parameters({{u"报告日期", u"2026-10-31"},
                                {u"省外资金任务", u"6"},
                                {u"境外资金任务", u"40"},
                                {u"亿元以上项目任务", u"4"},
                                {u"十亿元以上项目任务", u"1"}});
    const CountyAssessment set = sample.assess().county;
    CHECK(set.funds.rate == Approx(0.5));
    CHECK(set.fundsTargetFromParameters);
    CHECK(set.foreign.rate == Approx(1.25));
    CHECK(set.large.rate == Approx(0.75));
    CHECK(set.veryLarge.rate == Approx(1.0));
    CHECK(set.projects.target == Approx(8)); // 项目任务 is always the sum
}

TEST_CASE("同比 where 上年同期 exists and is not 0", "[assessment]") {
    SampleCounty sample;
    CHECK_FALSE(sample.assess().county.declaredYearOnYear);
    sample.params = parameters({{u"报告日期", u"2026-10-31"},
                                {u"上年同期申报项目数", u"10"},
                                {u"上年同期省外资金", u"2.5"},
                                {u"上年同期境外资金", u"0"}});
    const CountyAssessment county = sample.assess().county;
    CHECK(county.declaredYearOnYear == Approx(-0.2));
    CHECK(county.fundsYearOnYear == Approx(0.2));
    CHECK_FALSE(county.foreignYearOnYear); // last year 0: blank
}

TEST_CASE("亿元以上 needs a new project past 在谈 of at least 1 亿元", "[assessment]") {
    const UnitRef ref = unregisteredRef(u"晋熙镇");
    CHECK(isLargeProject(project(ref, u"a", Nature::NewlySigned, u"工业", 1.0, Status::Signed)));
    CHECK_FALSE(isLargeProject(project(ref, u"b", Nature::NewlySigned, u"工业", 0.9999, Status::Signed)));
    CHECK_FALSE(isLargeProject(project(ref, u"c", Nature::Continued, u"工业", 5, Status::Started)));
    CHECK_FALSE(isLargeProject(project(ref, u"d", Nature::NewlyBuilt, u"工业", 5, Status::Negotiating)));
    ProjectRow noStatus = project(ref, u"e", Nature::NewlyBuilt, u"工业", 5, Status::Started);
    noStatus.status.reset();
    CHECK_FALSE(isLargeProject(noStatus));
    CHECK(isLargeProject(project(ref, u"f", Nature::NewlyBuilt, u"工业", 10, Status::Producing), 10.0));
    // A 总投资 summed by a formula (=0.7+0.2+0.1) shows 1 and is 0.9999999999999999:
    // 亿元以上 as the officer and COUNTPROJECTS(…;">=1") see it.
    CHECK(isLargeProject(project(ref, u"g", Nature::NewlySigned, u"工业", 0.7 + 0.2 + 0.1, Status::Signed)));
    CHECK(
        isLargeProject(project(ref, u"h", Nature::NewlySigned, u"工业", (0.7 + 0.2 + 0.1) * 10, Status::Signed), 10.0));
}

TEST_CASE("without a registry units come from submissions with inferred types", "[assessment]") {
    SampleCounty sample;
    std::vector<ProjectRow> rows;
    for (ProjectRow row : sample.rows) {
        if (row.unit) row.unit = unregisteredRef(row.unit->displayName);
        rows.push_back(row);
    }
    const Assessment assessment = assess(rows, UnitRegistry(), sample.params, {});
    CHECK_FALSE(assessment.hasRegistry);
    std::vector<std::string> names;
    for (const auto& unit : assessment.units) names.push_back(utf8(unit.name));
    // 乡镇 first, in order of first appearance; registered-only units are absent.
    CHECK(names == std::vector<std::string>{"晋熙镇", "城西镇", "城关街道", "开发区管委会", "县商务局"});
    for (const auto& unit : assessment.units) {
        CHECK_FALSE(unit.funds.target);
        CHECK_FALSE(unit.has(UnitFlag::Unregistered));
        CHECK_FALSE(unit.has(UnitFlag::BehindSchedule));
        CHECK_FALSE(unit.has(UnitFlag::BehindProjects));
    }
    CHECK_FALSE(assessment.county.funds.target);
    CHECK(assessment.county.figures.declared == 8);
    // Thresholds still apply by inferred type.
    CHECK(unitNamed(assessment, u"城关街道").has(UnitFlag::FewRecognized));
    CHECK_FALSE(unitNamed(assessment, u"县商务局").has(UnitFlag::FewRecognized));
}

TEST_CASE("shortUnitName drops one trailing 镇, 乡 or 街道 as written", "[assessment]") {
    CHECK(utf8(shortUnitName(u"晋熙镇")) == "晋熙");
    CHECK(utf8(shortUnitName(u"牛镇镇")) == "牛镇");
    CHECK(utf8(shortUnitName(u"花亭乡")) == "花亭");
    CHECK(utf8(shortUnitName(u"城关街道")) == "城关");
    CHECK(utf8(shortUnitName(u"晉熙鎮")) == "晉熙");
    CHECK(utf8(shortUnitName(u" 晋熙镇 ")) == "晋熙");
    CHECK(utf8(shortUnitName(u"镇")) == "镇");
    CHECK(utf8(shortUnitName(u"农委")) == "农委");
}
