// Cells merged down the rows of a submission: the merged value belongs to
// every project row it spans, except amounts, 序号 and 项目名称.
#include "huibao/workbook/merged_cells.hpp"
#include "validation/validation_fixture.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

namespace {

// A combined sheet: 县农委's three projects under one merged 申报单位 (C3:C5),
// their 项目进展 merged over J3:J4; 开发区管委会's merge (C7:C9) runs on
// over an empty numbered template row, which stays empty.
std::vector<Row> combinedSheet() {
    std::vector<Row> rows = {{u"县直单位招商引资项目汇总表"}, standardHeader()};
    rows.push_back(project(u"甲项目", {{u"申报单位", u"县农委"}, {u"项目进展", u"已开工"}}));
    rows.push_back(project(u"乙项目", {{u"申报单位", u""}, {u"项目进展", u""}}));
    rows.push_back(project(u"丙项目", {{u"申报单位", u""}}));
    rows.push_back(project(u"丁项目", {{u"申报单位", u"开发区管委会"}, {u"总投资", 8.0}}));
    rows.push_back(project(u"戊项目", {{u"申报单位", u""}, {u"总投资", u""}}));
    rows.push_back(Row{7}); // a numbered template row, still empty
    return rows;
}

// 0-based grid rows: the header is row 1, 甲项目 row 2 … 戊项目 row 6, the template row 7.
const std::vector<MergedArea> kMerges = {
    {0, 0, 0, 15}, // the title across the table
    {2, 2, 4, 2},  // 申报单位 县农委 over 甲乙丙
    {2, 9, 3, 9},  // 项目进展 over 甲乙
    {5, 2, 7, 2},  // 申报单位 开发区管委会 over 丁戊 and the template row
    {5, 6, 6, 6},  // 总投资 over 丁戊: one project's amount, not two
};

} // namespace

TEST_CASE("a merged 申报单位 and 项目进展 reach every project row they span", "[workbook][merged]") {
    Grid grid = makeGrid(combinedSheet());
    spreadMergedValues(grid, kMerges);
    CHECK(grid[3][2].text == u"县农委");
    CHECK(grid[4][2].text == u"县农委");
    CHECK(grid[3][9].text == u"已开工");
    CHECK(grid[6][2].text == u"开发区管委会");
    // An amount stays with its first row; a row with only its 序号 stays blank.
    CHECK(grid[6][6].isBlank());
    CHECK(grid[7][2].isBlank());
    // The title's merge is above the header: nothing below it changes.
    CHECK(grid[0][1].isBlank());
}

TEST_CASE("merges are looked for in the data rows of the columns that spread only", "[workbook][merged]") {
    const auto search = mergeSearch(makeGrid(combinedSheet()));
    REQUIRE(search);
    CHECK(search->firstRow == 2); // below the title and the header
    CHECK(search->lastRow == 7);
    // 申报单位 … 产业类别, 战略性新兴产业, then 项目进展 … 投资方: no 序号, 项目名称 or amount.
    CHECK(search->columns == std::vector<int>{2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15});
    CHECK_FALSE(mergeSearch(makeGrid({{u"说明"}, {u"第一条"}})));
    CHECK_FALSE(mergeSearch(makeGrid({standardHeader(), project(u"甲")}))); // one data row: nothing to spread
}

TEST_CASE("a merged 项目名称 or 序号 is not spread", "[workbook][merged]") {
    std::vector<Row> rows = {standardHeader(), project(u"甲项目"), project(u"", {{u"序号", u""}})};
    Grid grid = makeGrid(rows);
    spreadMergedValues(grid, std::vector<MergedArea>{{1, 1, 2, 1}, {1, 0, 2, 0}});
    CHECK(grid[2][1].isBlank());
    CHECK(grid[2][0].isBlank());
}

TEST_CASE("a value hidden under a merge is read as the sheet shows it", "[workbook][merged]") {
    // 新签约 merged over D3:D5 with 续建 and 扩建 still in the hidden cells;
    // 总投资 merged over G3:G4 with 2 hidden in G4.
    std::vector<Row> rows = {standardHeader(), project(u"甲", {{u"建设性质", u"新签约"}}),
                             project(u"乙", {{u"建设性质", u"续建"}, {u"总投资", 2.0}}),
                             project(u"丙", {{u"建设性质", u"扩建"}})};
    Grid grid = makeGrid(rows);
    spreadMergedValues(grid, std::vector<MergedArea>{{1, 3, 3, 3}, {1, 6, 2, 6}});
    CHECK(grid[2][3].text == u"新签约");
    CHECK(grid[3][3].text == u"新签约");
    CHECK(grid[2][6].isBlank());
    // A row whose only content is hidden under merges is no project.
    Grid template_ = makeGrid({standardHeader(), project(u"甲"), {2, u"", u"隐藏"}});
    spreadMergedValues(template_, std::vector<MergedArea>{{1, 2, 2, 2}});
    CHECK(template_[2][2].isBlank());
}

TEST_CASE("a sheet that is not a submission keeps its merges as they are", "[workbook][merged]") {
    Grid grid = makeGrid({{u"说明"}, {u"第一条"}, {u""}, {u"x"}});
    const Grid before = grid;
    spreadMergedValues(grid, std::vector<MergedArea>{{1, 0, 2, 0}});
    CHECK(grid == before);
}

TEST_CASE("a combined sheet with merged units validates clean and counts each unit's projects",
          "[workbook][merged][validation]") {
    Grid grid = makeGrid(combinedSheet());
    spreadMergedValues(grid, kMerges);
    // 戊项目 lost its 总投资 to 丁's merge: that one finding stays, on its own row.
    const auto result = validateWorkbook(makeWorkbook({targetsSheet(), Sheet{u"县直单位", grid, false}}), kToday);
    CHECK(describeAll(result.findings) == std::vector<std::string>{"县直单位!G7 missing-cell[总投资]"});
    int nongwei = 0, kaifaqu = 0;
    for (const auto& row : result.rows) {
        REQUIRE(row.unit);
        nongwei += row.unit->displayName == u"县农委";
        kaifaqu += row.unit->displayName == u"开发区管委会";
    }
    CHECK(nongwei == 3);
    CHECK(kaifaqu == 2);
}
