#include "assessment/assessment_fixtures.hpp"
#include "huibao/assessment/unit_assessment_table.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

namespace {

const FormattedCell& cell(const FormattedTable& table, std::size_t row, std::u16string_view column) {
    const int index = table.columnOf(column);
    REQUIRE(index >= 0);
    return table.rows.at(row).cells.at(index);
}

} // namespace

TEST_CASE("单位考核 has the spec's header, in order", "[assessment]") {
    const FormattedTable table = buildUnitAssessmentTable(SampleCounty().assess());
    std::string header;
    for (const auto& title : table.header) header += utf8(title) + " ";
    CHECK(header == "单位名称 单位类型 招商团 申报项目数 新签约或新建 续建 认定项目数 落地项目数 亿元以上项目数 "
                    "省外资金(亿元) 省外资金任务(亿元) 完成率 超序时进度 境外资金(万美元) 项目任务 问题 说明 ");
    CHECK(utf8(table.name) == "单位考核");
    for (const auto& row : table.rows) CHECK(row.cells.size() == table.header.size());
}

TEST_CASE("单位考核: one row per unit, typed and formatted", "[assessment]") {
    const FormattedTable table = buildUnitAssessmentTable(SampleCounty().assess());
    REQUIRE(table.rows.size() == 8); // 7 units + 全县合计

    CHECK(utf8(cell(table, 0, u"单位名称").text) == "晋熙镇");
    CHECK(utf8(cell(table, 0, u"单位类型").text) == "乡镇");
    CHECK(utf8(cell(table, 0, u"招商团").text) == "一团");
    CHECK(cell(table, 0, u"申报项目数").number == 3);
    CHECK(cell(table, 0, u"申报项目数").format == NumberFormat::Integer);
    CHECK(cell(table, 0, u"落地项目数").number == 1);
    CHECK(cell(table, 0, u"省外资金(亿元)").number == Approx(1.0));
    CHECK(cell(table, 0, u"省外资金(亿元)").format == NumberFormat::Yiyuan);
    CHECK(cell(table, 0, u"省外资金任务(亿元)").number == 2.0);
    CHECK(cell(table, 0, u"完成率").number == Approx(0.5));
    CHECK(cell(table, 0, u"完成率").format == NumberFormat::Percent);
    CHECK(cell(table, 0, u"超序时进度").number == Approx(0.5 - 10.0 / 12));
    CHECK(cell(table, 0, u"境外资金(万美元)").format == NumberFormat::Wan);
    CHECK(cell(table, 0, u"项目任务").number == 4);
    CHECK(utf8(cell(table, 0, u"问题").text) == "behind-schedule, behind-projects");
    CHECK(table.rows[0].highlighted);

    // 农委: no targets -> blank rate cells that keep their format; blank 招商团.
    CHECK(cell(table, 4, u"招商团").isBlank());
    CHECK(cell(table, 4, u"省外资金任务(亿元)").isBlank());
    CHECK(cell(table, 4, u"完成率").isBlank());
    CHECK(cell(table, 4, u"完成率").format == NumberFormat::Percent);
    CHECK(cell(table, 4, u"超序时进度").isBlank());
    CHECK(cell(table, 4, u"项目任务").isBlank());
    CHECK(utf8(cell(table, 4, u"问题").text) == "no-projects");

    // 县商务局: unregistered department.
    CHECK(utf8(cell(table, 6, u"单位类型").text) == "县直单位");
    CHECK(utf8(cell(table, 6, u"说明").text) == "未列入任务分解表");
}

TEST_CASE("单位考核: unflagged units are not highlighted and have empty 问题", "[assessment]") {
    const UnitRegistry registry({unit(u"人社局", UnitType::Department, 1, 1.0)});
    const std::vector rows = {
        withFunds(project(registeredRef(registry, 0), u"甲", Nature::NewlySigned, u"工业", 1, Status::Started, true),
                  1.0, u"回单")};
    const FormattedTable table =
        buildUnitAssessmentTable(assess(rows, registry, parameters({{u"报告日期", u"2026-10-31"}}), {}));
    CHECK_FALSE(table.rows[0].highlighted);
    CHECK(cell(table, 0, u"问题").isBlank());
    CHECK(cell(table, 0, u"说明").isBlank());
    CHECK(cell(table, 0, u"超序时进度").number == Approx(1 - 10.0 / 12));
}

TEST_CASE("全县合计 is the last row, with the county figures and the sum of 项目任务", "[assessment]") {
    const FormattedTable table = buildUnitAssessmentTable(SampleCounty().assess());
    const std::size_t last = table.rows.size() - 1;
    CHECK(table.rows[last].isTotal);
    CHECK_FALSE(table.rows[last].highlighted);
    CHECK(utf8(cell(table, last, u"单位名称").text) == "全县合计");
    CHECK(cell(table, last, u"单位类型").isBlank());
    CHECK(cell(table, last, u"申报项目数").number == 8);
    CHECK(cell(table, last, u"新签约或新建").number == 6);
    CHECK(cell(table, last, u"续建").number == 2);
    CHECK(cell(table, last, u"认定项目数").number == 5);
    CHECK(cell(table, last, u"落地项目数").number == 3);
    CHECK(cell(table, last, u"亿元以上项目数").number == 3);
    CHECK(cell(table, last, u"省外资金(亿元)").number == Approx(3.0));
    CHECK(cell(table, last, u"省外资金任务(亿元)").number == Approx(8.0));
    CHECK(cell(table, last, u"完成率").number == Approx(0.375));
    CHECK(cell(table, last, u"境外资金(万美元)").number == Approx(50));
    CHECK(cell(table, last, u"项目任务").number == 8);
    CHECK(cell(table, last, u"问题").isBlank());
    CHECK(cell(table, last, u"说明").isBlank());
}

TEST_CASE("全县合计 rate uses the 参数 county target when given", "[assessment]") {
    SampleCounty sample;
    sample.params = parameters({{u"报告日期", u"2026-10-31"}, {u"省外资金任务", u"12"}});
    const FormattedTable table = buildUnitAssessmentTable(sample.assess());
    const std::size_t last = table.rows.size() - 1;
    CHECK(cell(table, last, u"省外资金任务(亿元)").number == Approx(12));
    CHECK(cell(table, last, u"完成率").number == Approx(0.25));
    CHECK(cell(table, last, u"项目任务").number == 8); // still the units' sum
}

TEST_CASE("number format codes", "[assessment]") {
    CHECK(utf8(numberFormatCode(NumberFormat::Integer)) == "0");
    CHECK(utf8(numberFormatCode(NumberFormat::Yiyuan)) == "0.0000");
    CHECK(utf8(numberFormatCode(NumberFormat::Wan)) == "0.00");
    CHECK(utf8(numberFormatCode(NumberFormat::Percent)) == "0.00%");
}
