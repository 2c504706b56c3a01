// The targets sheet and unit-name matching (spec/workbook.md §2).
#include "huibao/text/text.hpp"
#include "huibao/workbook/unit_registry.hpp"
#include "validation/validation_fixture.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;
using Strings = std::vector<std::string>;

namespace {

UnitRegistry registryOf(std::vector<std::u16string> names) {
    std::vector<RegisteredUnit> units;
    for (auto& name : names) units.push_back(RegisteredUnit{std::move(name)});
    return UnitRegistry(std::move(units));
}

} // namespace

TEST_CASE("short forms drop one trailing 镇, 乡 or 街道", "[validation][registry]") {
    CHECK(utf8(shortFormKey(u"晋熙镇")) == "晋熙");
    CHECK(utf8(shortFormKey(u"牛镇镇")) == "牛镇");
    CHECK(utf8(shortFormKey(u"城关街道")) == "城关");
    CHECK(utf8(shortFormKey(u"县农委")) == "县农委");
    CHECK(utf8(shortFormKey(u"镇")) == "镇");
    CHECK(inferUnitType(u"城关街道") == UnitType::Township);
    CHECK(inferUnitType(u"梅河乡") == UnitType::Township);
    CHECK(inferUnitType(u"县人社局") == UnitType::Department);
}

TEST_CASE("unit names match by name, alias, short form and 政府 form", "[validation][registry]") {
    std::vector<RegisteredUnit> units = {{u"晋熙镇"}, {u"牛镇镇"}, {u"县农委"}};
    units[2].aliases = {u"农委", u"农业农村局"};
    const UnitRegistry registry(std::move(units));
    CHECK(registry.match(u"晋熙镇") == 0);
    CHECK(registry.match(u" 晉熙鎮 ") == 0);
    CHECK(registry.match(u"晋熙") == 0);
    CHECK(registry.match(u"晋熙镇政府") == 0);
    CHECK(registry.match(u"晋熙政府") == 0);
    CHECK(registry.match(u"牛镇") == 1);
    CHECK(registry.match(u"牛镇镇政府") == 1);
    CHECK(registry.match(u"农业农村局") == 2);
    CHECK(registry.match(u"县农委政府") == 2);
    CHECK_FALSE(registry.match(u"晋溪镇"));
    CHECK_FALSE(registry.match(u"牛"));
    CHECK_FALSE(registry.match(u""));
}

TEST_CASE("a short form shared by two units matches neither; full names still do", "[validation][registry]") {
    const UnitRegistry registry = registryOf({u"梅河镇", u"梅河乡", u"城关街道"});
    CHECK_FALSE(registry.match(u"梅河"));
    CHECK_FALSE(registry.match(u"梅河政府"));
    CHECK(registry.match(u"梅河镇") == 0);
    CHECK(registry.match(u"梅河乡") == 1);
    CHECK(registry.match(u"城关") == 2);
    // The name on a township's forms and seal: 人民政府, 办事处.
    CHECK(registry.match(u"城关街道办事处") == 2);
    CHECK(registry.match(u"梅河镇人民政府") == 0);
    CHECK_FALSE(registry.match(u"梅河人民政府")); // shared short form: still neither
    CHECK_FALSE(registry.match(u"人民政府"));
}

TEST_CASE("closest registered name for suggestions", "[validation][registry]") {
    const UnitRegistry registry = registryOf({u"晋熙镇", u"牛镇镇", u"开发区管委会"});
    CHECK(registry.closest(u"晋溪镇") == 0);
    CHECK(registry.closest(u"开发区") == 2);
    CHECK(registry.closest(u"牛真镇") == 1);
    CHECK_FALSE(UnitRegistry{}.closest(u"x"));

    // Short forms against the written name's short form: 城关 ~ 城西.
    const UnitRegistry towns = registryOf({u"晋熙镇", u"城西乡"});
    CHECK(towns.closest(normalizeKey(u"城關鎮")) == 1);

    // On a tie a unit's own name wins over an alias the message would not show.
    std::vector<RegisteredUnit> units{RegisteredUnit{u"开发区管委会", UnitType::Department, u"", {u"经开区"}},
                                      RegisteredUnit{u"人社局"}, RegisteredUnit{u"商务局"}};
    const UnitRegistry departments(std::move(units));
    CHECK(departments.closest(u"经信局") == 1);
}

TEST_CASE("the targets sheet is read with its header, aliases, types and targets", "[validation][registry]") {
    std::vector<Finding> findings;
    const UnitRegistry registry = readTargetsSheet(targetsSheet(), 0, findings);
    CHECK(findings.empty());
    REQUIRE(registry.units().size() == 4);
    const RegisteredUnit& jinxi = registry.units()[0];
    CHECK(utf8(jinxi.name) == "晋熙镇");
    CHECK(jinxi.type == UnitType::Township);
    CHECK(utf8(jinxi.group) == "第一招商团");
    CHECK(jinxi.projectTarget == 3);
    CHECK(jinxi.fundsTarget == Approx(2.5));
    CHECK(jinxi.foreignTarget == Approx(100));
    CHECK(jinxi.sheetRow == 3);
    CHECK(registry.units()[2].type == UnitType::Department);
    CHECK(registry.units()[2].aliases.size() == 2);
    CHECK(registry.units()[3].type == UnitType::Department); // 部门
    CHECK_FALSE(registry.units()[1].foreignTarget);
    CHECK(registry.match(u"晋熙镇人民政府") == 0);
}

TEST_CASE("targets in other units, totals and footers of the targets sheet", "[validation][registry]") {
    const Sheet sheet = makeSheet(u"任务分解", {
                                                   {u"单位", u"类型", u"省外资金任务（万元）", u"外资任务"},
                                                   {u"晋熙镇", u"乡镇", 25000.0, u""},
                                                   {u"", u""},
                                                   {u"合计", u"", 25000.0},
                                                   {u"城关街道", u"街道", 100.0},
                                                   {u"填表人：王五"},
                                                   {u"梅河乡", u"乡"},
                                               });
    std::vector<Finding> findings;
    const UnitRegistry registry = readTargetsSheet(sheet, 0, findings);
    CHECK(findings.empty());
    REQUIRE(registry.units().size() == 2);
    CHECK(registry.units()[0].fundsTarget == Approx(2.5));
    CHECK(registry.units()[1].fundsTarget == Approx(0.01));
}

TEST_CASE("bad cells of the targets sheet are findings there, defaults used", "[validation][registry]") {
    const Sheet sheet = makeSheet(u"任务分解", {
                                                   {u"单位名称", u"单位类型", u"项目任务", u"省外资金任务"},
                                                   {u"晋熙镇", u"村", u"五个", u"2亿"},
                                                   {u"县农委", u"", 2, u"多"},
                                                   {u"", u"乡镇", 3},
                                               });
    std::vector<Finding> findings;
    const UnitRegistry registry = readTargetsSheet(sheet, 0, findings);
    CHECK(describeAll(findings) == Strings{"任务分解!B2 enum-error[单位类型]", "任务分解!C2 type-error[项目任务]",
                                           "任务分解!B3 missing-cell[单位类型]", "任务分解!D3 type-error[省外资金任务]",
                                           "任务分解!A4 missing-cell[单位名称]"});
    REQUIRE(registry.units().size() == 2);
    CHECK(registry.units()[0].type == UnitType::Township); // from the name
    CHECK_FALSE(registry.units()[0].projectTarget);
    CHECK(registry.units()[0].fundsTarget == Approx(2));
    CHECK(registry.units()[1].type == UnitType::Department);
    CHECK(registry.units()[1].projectTarget == 2);
    CHECK(utf8(findings[1].message).find("\"五个\"") != std::string::npos);
}

TEST_CASE("a sheet named 任务分解 without a header is reported", "[validation][registry]") {
    std::vector<Finding> findings;
    const UnitRegistry registry = readTargetsSheet(makeSheet(u"任务分解", {{u"名称", u"任务"}}), 0, findings);
    CHECK(registry.empty());
    CHECK(codesOf(findings) == Strings{"missing-header", "missing-header"});
}
