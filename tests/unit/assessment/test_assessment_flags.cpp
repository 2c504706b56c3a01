#include "assessment/assessment_fixtures.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

namespace {

std::u16string formatIndex(int unit, int index) {
    return fromUtf8(std::to_string(unit) + "-" + std::to_string(index));
}

std::vector<UnitFlag> flagsOf(const Assessment& assessment, std::u16string_view name) {
    return unitNamed(assessment, name).flags;
}

} // namespace

TEST_CASE("flag codes are the public strings of assessment.md", "[assessment]") {
    CHECK(flagCode(UnitFlag::NoProjects) == "no-projects");
    CHECK(flagCode(UnitFlag::FewRecognized) == "few-recognized");
    CHECK(flagCode(UnitFlag::NoEvidence) == "no-evidence");
    CHECK(flagCode(UnitFlag::BehindSchedule) == "behind-schedule");
    CHECK(flagCode(UnitFlag::BehindProjects) == "behind-projects");
    CHECK(flagCode(UnitFlag::Unregistered) == "unregistered");
    CHECK(utf8(flagCode16(UnitFlag::NoEvidence)) == "no-evidence");
}

TEST_CASE("each unit of the sample county gets the flags worked out by hand", "[assessment]") {
    const Assessment assessment = SampleCounty().assess();
    using enum UnitFlag;
    // 资金 1/2 = 50% < 83.33%; 项目 3/4 = 75% < 83.33%; 认定 3 = 下限 3.
    CHECK(flagsOf(assessment, u"晋熙镇") == std::vector{BehindSchedule, BehindProjects});
    // 认定 0 < 3; 资金 90% is ahead; 项目 0/2 behind.
    CHECK(flagsOf(assessment, u"城西镇") == std::vector{FewRecognized, BehindProjects});
    // Registered, no submission: no-projects alone (no few-recognized, no no-evidence).
    CHECK(flagsOf(assessment, u"牛镇镇") == std::vector{NoProjects});
    CHECK(flagsOf(assessment, u"农委") == std::vector{NoProjects});
    // 资金 1/5 = 20%; 项目 1/2 = 50%; 认定 1 = 县直 下限 1.
    CHECK(flagsOf(assessment, u"开发区管委会") == std::vector{BehindSchedule, BehindProjects});
    // A township by its name: 下限 3; no funds at all.
    CHECK(flagsOf(assessment, u"城关街道") == std::vector{FewRecognized, NoEvidence, Unregistered});
    CHECK(flagsOf(assessment, u"县商务局") == std::vector{Unregistered});
}

TEST_CASE("说明 states every flag in Chinese, in flag order", "[assessment]") {
    const Assessment assessment = SampleCounty().assess();
    CHECK(utf8(unitNamed(assessment, u"晋熙镇").explanation) ==
          "资金完成率50.00%，落后序时进度33.33%；项目完成率75.00%，落后序时进度8.33%");
    CHECK(utf8(unitNamed(assessment, u"城西镇").explanation) ==
          "认定项目0个，不足下限3个；项目完成率0.00%，落后序时进度83.33%");
    CHECK(utf8(unitNamed(assessment, u"牛镇镇").explanation) == "未申报项目");
    CHECK(utf8(unitNamed(assessment, u"城关街道").explanation) ==
          "认定项目0个，不足下限3个；无到位资金及到资依据；未列入任务分解表");
    CHECK(utf8(unitNamed(assessment, u"县商务局").explanation) == "未列入任务分解表");
    CHECK_FALSE(unitNamed(assessment, u"县商务局").has(UnitFlag::NoEvidence));
}

TEST_CASE("the spec's example 说明", "[assessment]") {
    // 2 recognised of a township (下限 3), 资金 31.2% at 序时进度 10/12.
    const UnitRegistry registry({unit(u"弥陀镇", UnitType::Township, std::nullopt, 10.0)});
    const UnitRef ref = registeredRef(registry, 0);
    std::vector<ProjectRow> rows = {
        withFunds(project(ref, u"甲", Nature::NewlySigned, u"工业", 5, Status::Started, true), 3.12, u"回单1"),
        project(ref, u"乙", Nature::NewlySigned, u"工业", 5, Status::Started, true),
    };
    const Parameters params = parameters({{u"报告日期", u"2026-10-31"}});
    const Assessment assessment = assess(rows, registry, params, {});
    CHECK(utf8(assessment.units.front().explanation) ==
          "认定项目2个，不足下限3个；资金完成率31.20%，落后序时进度52.13%");
}

TEST_CASE("no-evidence: funds without 到资依据 or no funds at all", "[assessment]") {
    const UnitRef ref = unregisteredRef(u"农委");
    const Parameters params = parameters({{u"报告日期", u"2026-10-31"}});
    SECTION("funds arrived but none documented") {
        const std::vector rows = {
            withFunds(project(ref, u"甲", Nature::NewlySigned, u"工业", 1, Status::Started, true), 2.0)};
        const Assessment assessment = assess(rows, UnitRegistry(), params, {});
        CHECK(assessment.units.front().flags == std::vector{UnitFlag::NoEvidence});
        CHECK(utf8(assessment.units.front().explanation) == "到位资金均无到资依据");
    }
    SECTION("a 到资依据 on a row without funds does not count") {
        const std::vector rows = {
            withFunds(project(ref, u"甲", Nature::NewlySigned, u"工业", 1, Status::Started, true), 0, u"回单")};
        CHECK(assess(rows, UnitRegistry(), params, {}).units.front().has(UnitFlag::NoEvidence));
    }
    SECTION("one documented row is enough") {
        const std::vector rows = {
            withFunds(project(ref, u"甲", Nature::NewlySigned, u"工业", 1, Status::Started, true), 2.0),
            withFunds(project(ref, u"乙", Nature::NewlySigned, u"工业", 1, Status::Started, true), 0.1, u"回单"),
        };
        CHECK(assess(rows, UnitRegistry(), params, {}).units.front().flags.empty());
    }
}

TEST_CASE("few-recognized uses the threshold of the unit's type from the parameters", "[assessment]") {
    const UnitRegistry registry({unit(u"晋熙镇", UnitType::Township), unit(u"人社局", UnitType::Department)});
    std::vector<ProjectRow> rows;
    for (int index : {0, 1}) {
        for (int i = 0; i < 2; ++i)
            rows.push_back(withFunds(project(registeredRef(registry, index), u"项目" + formatIndex(index, i),
                                             Nature::NewlySigned, u"工业", 1, Status::Started, true),
                                     0.1, u"回单"));
    }
    const Assessment defaults = assess(rows, registry, parameters({{u"报告日期", u"2026-10-31"}}), {});
    CHECK(defaults.units[0].has(UnitFlag::FewRecognized));       // 2 < 3
    CHECK_FALSE(defaults.units[1].has(UnitFlag::FewRecognized)); // 2 >= 1
    const Assessment raised = assess(
        rows, registry,
        parameters({{u"报告日期", u"2026-10-31"}, {u"乡镇认定项目下限", u"2"}, {u"县直单位认定项目下限", u"3"}}), {});
    CHECK_FALSE(raised.units[0].has(UnitFlag::FewRecognized));
    CHECK(raised.units[1].has(UnitFlag::FewRecognized));
    CHECK(utf8(raised.units[1].explanation) == "认定项目2个，不足下限3个");
}

TEST_CASE("behind flags compare with 序时进度, not with the whole year", "[assessment]") {
    const UnitRegistry registry({unit(u"晋熙镇", UnitType::Township, 4, 2.0)});
    const UnitRef ref = registeredRef(registry, 0);
    std::vector<ProjectRow> rows;
    for (int i = 0; i < 3; ++i)
        rows.push_back(
            withFunds(project(ref, u"项目" + formatIndex(0, i), Nature::NewlySigned, u"工业", 1, Status::Started, true),
                      0.5, u"回单"));
    // 认定 3/4 = 75%, 资金 1.5/2 = 75%.
    const Assessment june = assess(rows, registry, parameters({{u"报告日期", u"2026-06-30"}}), {}); // 50%
    CHECK_FALSE(june.units[0].has(UnitFlag::BehindSchedule));
    CHECK_FALSE(june.units[0].has(UnitFlag::BehindProjects));
    CHECK(*june.units[0].funds.ahead == Approx(0.25));
    const Assessment september = assess(rows, registry, parameters({{u"报告日期", u"2026-09-30"}}), {}); // 75%
    CHECK_FALSE(september.units[0].has(UnitFlag::BehindSchedule)); // equal is not behind
    const Assessment october = assess(rows, registry, parameters({{u"报告日期", u"2026-10-31"}}), {});
    CHECK(october.units[0].has(UnitFlag::BehindSchedule));
    CHECK(october.units[0].has(UnitFlag::BehindProjects));
}
