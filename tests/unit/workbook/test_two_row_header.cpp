// Two-row headers: a parent merged across columns over its sub-headers, the
// other headers merged down both rows (spec/workbook.md §1, "Header row").
#include "huibao/workbook/submission_layout.hpp"
#include "validation/validation_fixture.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;
using Strings = std::vector<std::string>;

namespace {

// A township's sheet as sent: title, unit note, then the header on rows 3-4
// with 实际到位资金 merged over F3:G3 and every other header merged over
// rows 3-4 (a merge keeps its text in its top-left cell; the others read
// empty).
std::vector<Row> townshipSheet() {
    return {
        {u"晋熙镇招商引资项目申报表"},
        {u"单位：亿元"},
        {u"序号", u"项目名称", u"建设性质", u"产业类别", u"总投资", u"实际到位资金", u"", u"项目进展", u"签约日期",
         u"平台认定", u"到资依据", u"投资方"},
        {u"", u"", u"", u"", u"", u"省外资金", u"境外资金（万美元）"},
        {1, u"甲项目", u"新建", u"工业", 2.0, 0.5, 10.0, u"已签约", u"2026-03-01", u"是", u"凭证", u"a公司"},
        {2, u"乙项目", u"新建", u"工业", 1.0, 0.2, 5.0, u"已签约", u"2026-03-01", u"是", u"凭证", u"b公司"},
    };
}

} // namespace

TEST_CASE("a parent merged over two sub-headers: the columns under it are matched", "[validation][layout]") {
    const auto layout = recognizeSubmission(makeGrid(townshipSheet()));
    REQUIRE(layout);
    CHECK(layout->headerRow == 2);
    CHECK(layout->headerRowCount == 2);
    CHECK(layout->lastHeaderRow() == 3);
    CHECK(layout->columns.column(FieldId::Funds) == 5);
    CHECK(layout->columns.column(FieldId::Foreign) == 6);
    CHECK(layout->columns.unit(FieldId::Funds) == AmountUnit::Yiyuan);
    CHECK(layout->columns.unit(FieldId::Foreign) == AmountUnit::WanUsd);
    // Merged down both rows: the lower cell is empty, the upper header stands.
    CHECK(layout->columns.column(FieldId::Seq) == 0);
    CHECK(layout->columns.column(FieldId::Name) == 1);
    CHECK(layout->columns.column(FieldId::Investment) == 4);
    CHECK(layout->columns.column(FieldId::Investor) == 11);
    CHECK(layout->rows.projects == std::vector<int>{4, 5});
}

TEST_CASE("a two-row header validates clean and reads the funds under the parent", "[validation][layout]") {
    const auto result = validateWorkbook(makeWorkbook({targetsSheet(), makeSheet(u"晋熙镇", townshipSheet())}), kToday);
    CHECK(describeAll(result.findings).empty());
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].funds == Approx(0.5));
    CHECK(result.rows[0].foreign == Approx(10.0));
    CHECK(result.rows[1].foreign == Approx(5.0));
    CHECK(result.rows[1].row == 6); // 1-based sheet row of 乙项目
}

TEST_CASE("a two-row header: findings name the rows below it and missing-header both its rows",
          "[validation][layout]") {
    auto rows = townshipSheet();
    rows[4][2] = C(u"扩建"); // not a nature
    rows[2][11] = C(u"");    // no 投资方 column
    const auto result = validateWorkbook(makeWorkbook({targetsSheet(), makeSheet(u"晋熙镇", rows)}), kToday);
    CHECK(describeAll(result.findings) ==
          Strings{"晋熙镇!A3 missing-header[投资方]", "晋熙镇!C5 enum-error[建设性质]"});
    const auto missing = std::find_if(result.findings.begin(), result.findings.end(),
                                      [](const Finding& f) { return f.code == FindingCode::MissingHeader; });
    REQUIRE(missing != result.findings.end());
    CHECK(utf8(missing->message).find("表头在第3至4行") != std::string::npos);
}

TEST_CASE("sub-headers read with their parent, with a unit of their own or only a unit", "[validation][layout]") {
    // 实际到位资金 + 省外 reads 实际到位省外资金; 境外 with its unit; a sub-header
    // naming nothing (小计) leaves its column without a field; 总投资 over （万元）.
    const auto layout = recognizeSubmission(makeGrid({
        {u"序号", u"项目名称", u"总投资", u"实际到位资金", u"", u"", u"项目进展", u"投资方"},
        {u"", u"", u"（万元）", u"小计", u"省外（万元）", u"境外", u""},
        {1, u"甲", 20000.0, 6000.0, 5000.0, 10.0, u"在谈", u"a"},
    }));
    REQUIRE(layout);
    CHECK(layout->headerRowCount == 2);
    CHECK(layout->columns.column(FieldId::Investment) == 2);
    CHECK(layout->columns.unit(FieldId::Investment) == AmountUnit::Wanyuan);
    CHECK(layout->columns.column(FieldId::Funds) == 4);
    CHECK(layout->columns.unit(FieldId::Funds) == AmountUnit::Wanyuan);
    CHECK(layout->columns.column(FieldId::Foreign) == 5);
    CHECK(layout->columns.unit(FieldId::Foreign) == AmountUnit::WanUsd);
    CHECK(layout->rows.projects == std::vector<int>{2});
}

TEST_CASE("a single-row header keeps its first data row", "[validation][layout]") {
    const std::vector<Row> header = {{u"序号", u"项目名称", u"建设性质", u"总投资", u"实际到位资金", u"投资方"}};
    auto layoutOf = [&](Row first) {
        std::vector<Row> rows = header;
        rows.push_back(std::move(first));
        rows.push_back({2, u"乙", u"新建", 1.0, 0.5, u"b"});
        return *recognizeSubmission(makeGrid(rows));
    };
    // A project.
    auto layout = layoutOf({1, u"甲", u"新建", 2.0, 0.5, u"a"});
    CHECK(layout.headerRowCount == 1);
    CHECK(layout.rows.projects == std::vector<int>{1, 2});
    // A project whose name was forgotten: still data (its number, its amounts).
    layout = layoutOf({1, u"", u"新建", 2.0, 0.5, u"a"});
    CHECK(layout.headerRowCount == 1);
    CHECK(layout.rows.projects == std::vector<int>{1, 2});
    // Only texts, none a header.
    layout = layoutOf({u"", u"", u"新建", u"", u"", u"某公司"});
    CHECK(layout.headerRowCount == 1);
    CHECK(layout.rows.projects == std::vector<int>{1, 2});
    // A value that happens to be a header word of another field (外资 as the investor).
    layout = layoutOf({u"", u"", u"", u"", u"", u"外资"});
    CHECK(layout.headerRowCount == 1);
    CHECK(layout.rows.projects == std::vector<int>{1, 2});
}

TEST_CASE("a row under a merged parent that is really data stays data", "[validation][layout]") {
    auto rows = townshipSheet();
    rows.erase(rows.begin() + 3); // no sub-header row: the first project is right below
    auto layout = recognizeSubmission(makeGrid(rows));
    REQUIRE(layout);
    CHECK(layout->headerRowCount == 1);
    CHECK(layout->rows.projects == std::vector<int>{3, 4});
    CHECK(layout->columns.column(FieldId::Funds) == 5); // 实际到位资金 is an alias

    // Header words in the row, but a project name too.
    rows = townshipSheet();
    rows[3][1] = C(u"甲项目");
    layout = recognizeSubmission(makeGrid(rows));
    REQUIRE(layout);
    CHECK(layout->headerRowCount == 1);
    CHECK(layout->rows.projects == std::vector<int>{3, 4, 5});

    // Header words and a number.
    rows = townshipSheet();
    rows[3][4] = C(2.0);
    layout = recognizeSubmission(makeGrid(rows));
    REQUIRE(layout);
    CHECK(layout->headerRowCount == 1);

    // A footer or a note right under the header.
    rows = townshipSheet();
    rows[3] = {u"填表人：张三"};
    layout = recognizeSubmission(makeGrid(rows));
    REQUIRE(layout);
    CHECK(layout->headerRowCount == 1);
    CHECK(layout->rows.projects.empty());
}

TEST_CASE("a second row of units only sets the units of the headers above", "[validation][layout]") {
    const auto layout = recognizeSubmission(makeGrid({
        {u"项目名称", u"建设性质", u"总投资", u"实际到位省外资金", u"实际到位境外资金", u"项目进展", u"联系人"},
        {u"", u"", u"万元", u"（万元）", u"万美元", u"", u"（元）"},
        {u"甲", u"新建", 20000.0, 5000.0, 10.0, u"在谈", u"张三"},
    }));
    REQUIRE(layout);
    CHECK(layout->headerRowCount == 2);
    CHECK(layout->columns.unit(FieldId::Investment) == AmountUnit::Wanyuan);
    CHECK(layout->columns.unit(FieldId::Funds) == AmountUnit::Wanyuan);
    CHECK(layout->columns.unit(FieldId::Foreign) == AmountUnit::WanUsd);
    CHECK(layout->rows.projects == std::vector<int>{2});
}
