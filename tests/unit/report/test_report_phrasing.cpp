#include "huibao/assessment/figure_text.hpp"
#include "huibao/report/phrasing.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

TEST_CASE("figures in text: 亿元 4 decimals, 万 2, percentages 2, rounded as read", "[report]") {
    CHECK(utf8(formatYiyuan(12.3456)) == "12.3456");
    CHECK(utf8(formatYiyuan(3)) == "3.0000");
    CHECK(utf8(formatYiyuan(0.00005)) == "0.0001");
    CHECK(utf8(formatWan(1234.5)) == "1234.50");
    CHECK(utf8(formatWan(1.005)) == "1.01"); // stored as 1.00499…, read as 1.005
    CHECK(utf8(formatPercent(0.312)) == "31.20%");
    CHECK(utf8(formatPercent(10.0 / 12)) == "83.33%");
    CHECK(utf8(formatPercent(-0.00001)) == "0.00%"); // never -0.00%
    CHECK(utf8(formatPercentMagnitude(-0.031)) == "3.10%");
    CHECK(utf8(formatChineseDate({2026, 10, 31})) == "2026年10月31日");
    CHECK(utf8(formatChineseDate({2026, 3, 5})) == "2026年3月5日");
    CHECK(percentHundredths(0.05204) == 520);
}

TEST_CASE("ahead of / behind schedule wording", "[report]") {
    // A difference of two rates is in percentage points (report.md) …
    CHECK(utf8(schedulePhrase(0.052)) == "超序时进度5.20个百分点");
    CHECK(utf8(schedulePhrase(-0.031)) == "落后序时进度3.10个百分点");
    // … or, with 进度差表述 = %, as the seed writes it.
    CHECK(utf8(schedulePhrase(0.2328, false)) == "超序时进度23.28%");
    CHECK(utf8(schedulePhrase(-0.031, false)) == "落后序时进度3.10%");
    CHECK(utf8(schedulePhrase(0.00001)) == "与序时进度持平");
    CHECK(utf8(schedulePhrase(-0.00004)) == "与序时进度持平");
}

TEST_CASE("同比 wording", "[report]") {
    CHECK(utf8(yearOnYearPhrase(0.123)) == "同比增长12.30%");
    CHECK(utf8(yearOnYearPhrase(-0.041)) == "同比下降4.10%");
    CHECK(utf8(yearOnYearPhrase(0)) == "与上年同期持平");
}

TEST_CASE("threshold wording: 达到N个及以上 / 不足N个", "[report]") {
    CHECK(utf8(reachesThreshold(3)) == "达到3个及以上");
    CHECK(utf8(missesThreshold(3)) == "不足3个");
}

TEST_CASE("names with their count: none, one, several", "[report]") {
    const std::vector<std::u16string> four = {u"晋熙", u"城西", u"弥陀", u"天华"};
    CHECK(utf8(countedNames(four, u"个乡镇")) == "晋熙、城西、弥陀、天华4个乡镇");
    CHECK(utf8(countedNames({u"牛镇"}, u"个乡镇")) == "牛镇1个乡镇"); // short names in every list
    CHECK(utf8(countedNames({}, u"个乡镇")).empty());
    CHECK(utf8(joinEnumeration({u"甲", u"乙"})) == "甲、乙");
    CHECK(utf8(joinEnumeration({})).empty());
}

TEST_CASE("project names in brackets, at most 10 then 等N个项目", "[report]") {
    CHECK(utf8(bracketedProjectNames({})).empty());
    CHECK(utf8(bracketedProjectNames({u"花海观光旅游综合开发项目"})) == "（花海观光旅游综合开发项目）");
    CHECK(utf8(bracketedProjectNames({u"甲项目", u""})) == "（甲项目、未命名项目）");
    std::vector<std::u16string> names;
    for (int i = 1; i <= 10; ++i) names.push_back(u"项目" + fromUtf8(std::to_string(i)));
    CHECK(utf8(bracketedProjectNames(names)) ==
          "（项目1、项目2、项目3、项目4、项目5、项目6、项目7、项目8、项目9、项目10）");
    names.push_back(u"项目11");
    names.push_back(u"项目12");
    CHECK(utf8(bracketedProjectNames(names)) ==
          "（项目1、项目2、项目3、项目4、项目5、项目6、项目7、项目8、项目9、项目10等12个项目）");
}
