// The 参数 sheet (spec/workbook.md §3).
#include "huibao/workbook/parameters.hpp"
#include "validation/validation_fixture.hpp"

#include <catch2/catch.hpp>

#include <limits>

using namespace huibao;
using namespace huibao::test;
using Strings = std::vector<std::string>;

TEST_CASE("parameters default without a 参数 sheet", "[validation][parameters]") {
    std::vector<Finding> findings;
    const Parameters parameters = readParameters(nullptr, -1, kToday, kDefaultNullDate, findings);
    CHECK(findings.empty());
    CHECK(utf8(parameters.countyName()) == "本县");
    CHECK(parameters.reportDate() == kToday);
    CHECK(parameters.year() == 2026);
    CHECK(parameters.scheduleBasis() == ScheduleBasis::ByMonth);
    CHECK(parameters.townshipThreshold() == 3);
    CHECK(parameters.departmentThreshold() == 1);
    CHECK_FALSE(parameters.fundsTarget());
    CHECK_FALSE(parameters.yiyuanProjectsTarget());
    CHECK(parameters.extraIndustries().empty());
    CHECK_FALSE(parameters.deadline());
    CHECK(parameters.contactPerson().empty());
    // spec/workbook.md §3, in its order.
    REQUIRE(parameterSpecs().size() == 25);
    CHECK(utf8(parameterSpecs()[0].name) == "县名");
    CHECK(utf8(parameterSpecs()[14].name) == "通知依据");
    CHECK(utf8(parameterSpecs()[19].name) == "万元小数位");
    CHECK(utf8(parameterSpecs()[20].name) == "报送截止日期");
    CHECK(utf8(parameterSpecs()[23].name) == "实时校验");
    CHECK(utf8(parameterSpecs()[24].name) == "其他产业类别");
}

TEST_CASE("every parameter is read from the sheet", "[validation][parameters]") {
    const Sheet sheet = makeSheet(
        u"参数",
        {
            {u"参数", u"值"},           {u"县名", u"岳西县"},           {u"报告日期", u"2025年12月31日"},
            {u"序时进度口径", u"按日"}, {u"乡镇认定项目下限", 4},       {u"县直单位认定项目下限", u"２"},
            {u"省外资金任务", 60.5},    {u"境外资金任务", u"1,200"},    {u"亿元以上项目任务", 20},
            {u"十亿元以上项目任务", 2}, {u"战略性新兴产业项目任务", 5}, {u"上年同期省外资金", 50},
            {u"上年同期境外资金", 900}, {u"上年同期申报项目数", 80},    {u"报送截止日期", u"2026年7月5日"},
            {u"联系人", u"王明"},       {u"联系电话", u"0556-1234567"}, {u"其他产业类别", u"房地产、商贸，基础设施"},
            {u"不认识的参数", u"忽略"},
        });
    std::vector<Finding> findings;
    const Parameters parameters = readParameters(&sheet, 3, kToday, kDefaultNullDate, findings);
    CHECK(findings.empty());
    CHECK(utf8(parameters.countyName()) == "岳西县");
    CHECK(parameters.reportDate() == Date{2025, 12, 31});
    CHECK(parameters.year() == 2025); // the year of 报告日期
    CHECK(parameters.scheduleBasis() == ScheduleBasis::ByDay);
    CHECK(parameters.townshipThreshold() == 4);
    CHECK(parameters.departmentThreshold() == 2);
    CHECK(parameters.fundsTarget() == Approx(60.5));
    CHECK(parameters.foreignTarget() == Approx(1200));
    CHECK(parameters.yiyuanProjectsTarget() == 20);
    CHECK(parameters.tenYiyuanProjectsTarget() == 2);
    CHECK(parameters.deadline() == Date{2026, 7, 5});
    CHECK(utf8(parameters.contactPerson()) == "王明");
    CHECK(utf8(parameters.contactPhone()) == "0556-1234567");
    CHECK(parameters.emergingProjectsTarget() == 5);
    CHECK(parameters.lastYearFunds() == 50);
    CHECK(parameters.lastYearForeign() == 900);
    CHECK(parameters.lastYearProjects() == 80);
    REQUIRE(parameters.extraIndustries().size() == 3);
    CHECK(utf8(parameters.extraIndustries()[2]) == "基础设施");
}

TEST_CASE("an explicit 年度 and a numeric report date", "[validation][parameters]") {
    const Sheet sheet = makeSheet(u"参数", {{u"年度", u"2026年"}, {u"报告日期", 46203.0}}); // serial of 2026-06-30
    std::vector<Finding> findings;
    const Parameters parameters = readParameters(&sheet, 0, Date{2027, 1, 5}, kDefaultNullDate, findings);
    CHECK(findings.empty());
    CHECK(parameters.year() == 2026);
    CHECK(parameters.reportDate() == Date{2026, 6, 30});
}

TEST_CASE("bad parameter values are findings on column B and fall back", "[validation][parameters]") {
    const Sheet sheet = makeSheet(u"参数", {
                                               {u"参数", u"值"},
                                               {u"报告日期", u"明天"},
                                               {u"序时进度口径", u"按季"},
                                               {u"乡镇认定项目下限", u"三个"},
                                               {u"省外资金任务", -5},
                                               {u"年度", u"去年"},
                                           });
    std::vector<Finding> findings;
    const Parameters parameters = readParameters(&sheet, 2, kToday, kDefaultNullDate, findings);
    CHECK(describeAll(findings) == Strings{"参数!B2 type-error[报告日期]", "参数!B3 enum-error[序时进度口径]",
                                           "参数!B4 type-error[乡镇认定项目下限]", "参数!B5 type-error[省外资金任务]",
                                           "参数!B6 type-error[年度]"});
    CHECK(parameters.reportDate() == kToday);
    CHECK(parameters.year() == 2026);
    CHECK(parameters.scheduleBasis() == ScheduleBasis::ByMonth);
    CHECK(parameters.townshipThreshold() == 3);
    CHECK_FALSE(parameters.fundsTarget());
    CHECK(utf8(findings[0].message).find("\"明天\"") != std::string::npos);
    CHECK(findings[0].sheetIndex == 2);
}

TEST_CASE("huge numbers for a threshold or a year", "[validation][parameters]") {
    // Found by fuzz_workbook: 1e12 and 1e300 were converted to int and long long.
    const Sheet sheet = makeSheet(u"参数", {
                                               {u"参数", u"值"},
                                               {u"乡镇认定项目下限", 1e12},
                                               {u"县直单位认定项目下限", u"99999999999个"},
                                               {u"年度", 1e300},
                                           });
    std::vector<Finding> findings;
    const Parameters parameters = readParameters(&sheet, 0, kToday, kDefaultNullDate, findings);
    CHECK(describeAll(findings) == Strings{"参数!B4 type-error[年度]"});
    CHECK(parameters.townshipThreshold() == std::numeric_limits<int>::max());
    CHECK(parameters.departmentThreshold() == std::numeric_limits<int>::max());
    CHECK(parameters.year() == 2026);
}

TEST_CASE("name lists split on every separator", "[validation][parameters]") {
    const auto names = splitNameList(u"晋熙、晋熙镇政府,晋熙镇人民政府；熙镇 /x;y　z");
    REQUIRE(names.size() == 7);
    CHECK(utf8(names[0]) == "晋熙");
    CHECK(utf8(names[3]) == "熙镇");
    CHECK(utf8(names[6]) == "z");
}

TEST_CASE("实时校验 is 是 by default and read as yes/no", "[validation][parameters]") {
    std::vector<Finding> findings;
    CHECK(readParameters(nullptr, -1, kToday, kDefaultNullDate, findings).liveValidation());
    const Sheet off = makeSheet(u"参数", {{u"实时校验", u"否"}});
    CHECK_FALSE(readParameters(&off, 0, kToday, kDefaultNullDate, findings).liveValidation());
    CHECK(findings.empty());
    const Sheet bad = makeSheet(u"参数", {{u"实时校验", u"有时"}});
    CHECK(readParameters(&bad, 0, kToday, kDefaultNullDate, findings).liveValidation());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == FindingCode::EnumError);
}
