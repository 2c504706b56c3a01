#include "huibao/validation/findings_sheet.hpp"

#include <catch2/catch.hpp>

using namespace huibao;

TEST_CASE("a clean workbook says so in A2") {
    auto table = findingsSheetTable({});
    CHECK(table.header.front() == u"序号");
    CHECK(table.header.back() == u"说明");
    CHECK(table.rows.empty());
    CHECK(table.emptyNote == u"未发现问题");
}

TEST_CASE("one row per finding with the spec's columns") {
    Finding f;
    f.code = FindingCode::BlankRow;
    f.severity = severityOf(f.code);
    f.sheetName = u"晋熙镇";
    f.row = 12;
    f.column = -1;
    f.message = u"空行";
    Finding g = f;
    g.code = FindingCode::TypeError;
    g.severity = severityOf(g.code);
    g.column = 27;
    g.field = u"总投资";
    g.message = u"=1+1";
    auto table = findingsSheetTable({f, g});
    const std::vector<std::u16string> header{u"序号", u"工作表", u"单元格", u"行", u"字段", u"代码", u"级别", u"说明"};
    CHECK(table.header == header);
    REQUIRE(table.rows.size() == 2);
    const auto& first = table.rows[0].cells;
    REQUIRE(first.size() == 8);
    CHECK(first[0].number == 1);
    CHECK(first[0].isNumber());
    CHECK(first[2].text == u"A12");
    CHECK(first[3].number == 12);
    CHECK(first[5].text == u"blank-row");
    CHECK(first[6].text == u"警告");
    const auto& second = table.rows[1].cells;
    CHECK(second[0].number == 2);
    CHECK(second[2].text == u"AB12");
    CHECK(second[4].text == u"总投资");
    CHECK(second[6].text == u"错误");
    CHECK(second[7].isText());
    CHECK(second[7].text == u"=1+1"); // text, never a formula
}
