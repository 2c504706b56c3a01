#include "huibao/findings_sheet.hpp"

#include <catch2/catch.hpp>

using namespace huibao;

namespace {
std::u16string text(const TableValue& value)
{
    const auto* t = std::get_if<std::u16string>(&value);
    return t ? *t : u"<not text>";
}
} // namespace

TEST_CASE("a clean workbook says so in A2")
{
    auto table = findingsSheetTable({});
    REQUIRE(table.size() == 2);
    CHECK(text(table[0][0]) == u"序号");
    CHECK(text(table[0][7]) == u"说明");
    CHECK(text(table[1][0]) == u"未发现问题");
    CHECK(std::holds_alternative<std::monostate>(table[1][1]));
}

TEST_CASE("one row per finding with the spec's columns")
{
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
    REQUIRE(table.size() == 3);
    const std::vector<std::u16string> header{u"序号", u"工作表", u"单元格", u"行", u"字段", u"代码", u"级别", u"说明"};
    for (std::size_t c = 0; c < header.size(); ++c)
        CHECK(text(table[0][c]) == header[c]);
    CHECK(std::get<double>(table[1][0]) == 1);
    CHECK(text(table[1][2]) == u"A12");
    CHECK(std::get<double>(table[1][3]) == 12);
    CHECK(text(table[1][5]) == u"blank-row");
    CHECK(text(table[1][6]) == u"警告");
    CHECK(std::get<double>(table[2][0]) == 2);
    CHECK(text(table[2][2]) == u"AB12");
    CHECK(text(table[2][4]) == u"总投资");
    CHECK(text(table[2][6]) == u"错误");
    CHECK(text(table[2][7]) == u"=1+1");
}
