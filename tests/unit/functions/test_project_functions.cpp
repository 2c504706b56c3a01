// CHECKPROJECT, COUNTPROJECTS and SUMPROJECTS in the core (spec/functions.md).
#include "huibao/functions/project_functions.hpp"
#include "validation/validation_fixture.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

namespace {

std::vector<Cell> cells(const Row& row) {
    return makeGrid({row})[0];
}

ProjectCriterion criterion(C field, C value) {
    return {field.cell, value.cell};
}

Grid projectData() {
    return makeGrid({
        {u"序号", u"项目名称", u"申报单位", u"建设性质", u"产业类别", u"战略性新兴产业", u"总投资（万元）",
         u"实际到位省外资金", u"项目进展", u"签约日期", u"投资方"},
        {1, u"甲", u"晋熙镇", u"新签约", u"工业", u"是", 20000.0, 1.5, u"已开工", u"2026-01-05", u"a"},
        {2, u"乙", u"晋熙", u"新建", u"科技型", u"否", 5000.0, 0.5, u"在建", u"2026-03-05", u"b"},
        {3, u"丙", u"晋熙镇政府", u"续建", u"工业", u"", 100000.0, u"三亿", u"已签约", u"2025-12-01", u"c"},
        {u"小计", u"", u"", u"", u"", u"", 125000.0},
        {4, u"丁", u"牛镇镇", u"新签", u"房地产", u"否", 8000.0, u"", u"洽谈中", u"", u"d"},
        {u"合计", u"", u"", u"", u"", u"", 133000.0},
        {5, u"戊", u"牛镇镇", u"新签约", u"工业", u"是", 8000.0, 1.0, u"已开工", u"", u"e"},
    });
}

} // namespace

TEST_CASE("CHECKPROJECT: empty for a good row", "[validation][functions]") {
    CHECK(checkProject(cells(project(u"甲")), cells(standardHeader())) == std::u16string());
}

TEST_CASE("CHECKPROJECT lists row-level findings as code[字段] message joined by ；", "[validation][functions]") {
    const auto result = checkProject(cells(project(u"甲", {{u"总投资", u"3OO"}, {u"项目进展", u"开工建设中"}})),
                                     cells(standardHeader()));
    REQUIRE(result);
    CHECK(utf8(*result) ==
          "type-error[总投资] 总投资 \"3OO\" 不是数字，请填写金额（亿元），如 1.5；"
          "enum-error[项目进展] \"开工建设中\" 不是有效的项目进展，可选：在谈、已签约、已开工、已投产");
}

TEST_CASE("CHECKPROJECT skips rules that need other rows, the registry or the report date", "[validation][functions]") {
    // A date in 2099 and an unknown unit are not its business.
    const auto result = checkProject(
        cells(project(u"甲", {{u"开工日期", u"2099-01-01"}, {u"申报单位", u"不存在的镇"}})), cells(standardHeader()));
    CHECK(result == std::u16string());
    // A blank 申报单位 is allowed: per-unit sheets leave it out.
    CHECK(checkProject(cells(project(u"甲", {{u"申报单位", u""}})), cells(standardHeader())) == std::u16string());
}

TEST_CASE("CHECKPROJECT reports required columns missing from the header", "[validation][functions]") {
    const Row header = {u"项目名称", u"总投资", u"项目进展", u"建设性质", u"产业类别"};
    const Row row = {u"甲", 2.0, u"在谈", u"新建", u"工业"};
    const auto result = checkProject(cells(row), cells(header));
    REQUIRE(result);
    CHECK(utf8(*result) == "missing-header[投资方] 表头中缺少必填列 投资方");
}

TEST_CASE("CHECKPROJECT: wrong widths or no header are argument errors", "[validation][functions]") {
    CHECK_FALSE(checkProject(cells({u"甲"}), cells(standardHeader())));
    CHECK_FALSE(checkProject(cells({u"甲", u"乙"}), cells({u"姓名", u"电话"})));
}

TEST_CASE("COUNTPROJECTS counts project rows only, with synonyms", "[validation][functions]") {
    const Grid data = projectData();
    CHECK(countProjects(data, {}) == 4); // 小计 skipped, rows after 合计 not projects
    CHECK(countProjects(data, {criterion(u"项目进展", u"已开工")}) == 2);
    CHECK(countProjects(data, {criterion(u"进展情况", u"在建")}) == 2);   // alias and synonym
    CHECK(countProjects(data, {criterion(u"項目進展", u"已簽約")}) == 1); // traditional
    CHECK(countProjects(data, {criterion(u"建设性质", u"新签约")}) == 2);
    CHECK(countProjects(data, {criterion(u"产业类别", u"科技")}) == 1);
    CHECK(countProjects(data, {criterion(u"产业类别", u"房地产")}) == 1);   // a county category, as text
    CHECK(countProjects(data, {criterion(u"战略性新兴产业", u"否")}) == 3); // blank = 否
    CHECK(countProjects(data, {criterion(u"战略性新兴产业", 1)}) == 1);
    CHECK(countProjects(data, {criterion(u"申报单位", u"晋熙镇")}) == 3); // 晋熙, 晋熙镇政府 too
    CHECK(countProjects(data, {criterion(u"投资方", u"Ａ")}) == 1);
    CHECK(countProjects(data, {criterion(u"项目进展", u"已开工"), criterion(u"建设性质", u"新建")}) == 1);
}

TEST_CASE("COUNTPROJECTS amount criteria are in the field's default unit", "[validation][functions]") {
    const Grid data = projectData();
    CHECK(countProjects(data, {criterion(u"总投资", u">=1")}) == 2);  // 2 and 10 亿元
    CHECK(countProjects(data, {criterion(u"总投资", u"<0.8")}) == 1); // 0.5
    CHECK(countProjects(data, {criterion(u"总投资", u"<=0.8")}) == 2);
    CHECK(countProjects(data, {criterion(u"总投资", 10)}) == 1); // number: equality
    CHECK(countProjects(data, {criterion(u"总投资", u"＞＝５０００万元")}) == 4);
    CHECK(countProjects(data, {criterion(u"总投资", u"<>2")}) == 3);
    CHECK(countProjects(data, {criterion(u"实际到位省外资金", u">0")}) == 2); // 三亿 is unreadable
    CHECK(countProjects(data, {criterion(u"签约日期", u">=2026-01-01")}) == 2);
    CHECK(countProjects(data, {criterion(u"实际到位省外资金", u"")}) == 1); // blank matches blank
}

TEST_CASE("COUNTPROJECTS argument errors", "[validation][functions]") {
    const Grid data = projectData();
    CHECK_FALSE(countProjects(data, {criterion(u"联系人", u"张三")}));         // unknown field
    CHECK_FALSE(countProjects(data, {criterion(u"平台认定", u"是")}));         // field not in the data
    CHECK_FALSE(countProjects(data, {criterion(u"项目进展", u"开工建设中")})); // not a status
    CHECK_FALSE(countProjects(data, {criterion(u"总投资", u">=很多")}));
    CHECK_FALSE(countProjects(Grid{}, {}));
}

TEST_CASE("SUMPROJECTS sums an amount field in its default unit", "[validation][functions]") {
    const Grid data = projectData();
    CHECK(*sumProjects(data, Cell::ofText(u"总投资"), {}) == Approx(13.3));
    CHECK(*sumProjects(data, Cell::ofText(u"投资总额"), {criterion(u"申报单位", u"晋熙")}) == Approx(12.5));
    CHECK(*sumProjects(data, Cell::ofText(u"实际到位省外资金"), {}) == Approx(2.0));
    CHECK(*sumProjects(data, Cell::ofText(u"总投资"), {criterion(u"项目进展", u"在谈")}) == Approx(0.8));
    CHECK_FALSE(sumProjects(data, Cell::ofText(u"项目名称"), {}));       // not an amount
    CHECK_FALSE(sumProjects(data, Cell::ofText(u"总部经济引税额"), {})); // not in the data
}
