// Live validation (spec/validation.md): after any sequence of edits, the
// kept result is the one a full validation of the edited workbook gives.
#include "huibao/validation/finding_groups.hpp"
#include "huibao/validation/live_validation.hpp"
#include "validation_fixture.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace huibao;
using namespace huibao::test;

namespace {

// Everything a finding shows, as text, in order.
std::vector<std::string> describe(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) {
        out.push_back(std::to_string(f.sheetIndex) + " " + std::to_string(f.row) + ":" +
                      std::to_string(f.targetColumn()) + " " + std::string(codeName(f.code)) + " " + utf8(f.message));
    }
    return out;
}

std::vector<std::string> describe(const std::vector<ProjectRow>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) {
        out.push_back(std::to_string(r.sheetIndex) + ":" + std::to_string(r.row) + " " + utf8(r.name.value_or(u"-")) +
                      " unit=" + (r.unit ? utf8(r.unit->displayName) : "-") + " dup=" +
                      std::to_string(r.firstOccurrence) + " inv=" + std::to_string(r.investment.value_or(-1)));
    }
    return out;
}

void requireSameAsFull(const LiveValidator& live) {
    const ValidationResult full = validateWorkbook(live.workbook(), kToday);
    const ValidationResult& kept = live.result();
    REQUIRE(describe(kept.findings) == describe(full.findings));
    REQUIRE(describe(kept.rows) == describe(full.rows));
    REQUIRE(kept.unregisteredUnits.size() == full.unregisteredUnits.size());
    for (std::size_t i = 0; i < full.unregisteredUnits.size(); ++i)
        CHECK(kept.unregisteredUnits[i].key == full.unregisteredUnits[i].key);
}

// A county workbook: targets, 参数, three unit sheets sharing some projects.
Workbook countyWorkbook() {
    Workbook workbook;
    workbook.sheets.push_back(targetsSheet());
    workbook.sheets.push_back(makeSheet(u"参数", {{u"参数", u"值"}, {u"县名", u"岳西县"}}));
    const char16_t* units[] = {u"晋熙镇", u"牛镇镇", u"县农委"};
    for (const char16_t* unit : units) {
        std::vector<Row> rows = {standardHeader()};
        for (int i = 0; i < 8; ++i) {
            rows.push_back(project(std::u16string(unit) + u"项目" + std::u16string(1, char16_t(u'A' + i)),
                                   {{u"申报单位", C(unit)}}));
        }
        rows.push_back({u"合计", u"", u"", u"", u"", u"", 40.0, 8.0});
        workbook.sheets.push_back(makeSheet(unit, rows));
    }
    return workbook;
}

// One random edit of a submission cell: a fix, a break, a duplicate, a blank.
Cell randomValue(std::mt19937& random, int column) {
    const std::u16string names[] = {u"晋熙镇项目A", u"牛镇镇项目B", u"项目Z", u"新项目", u""};
    const std::u16string units[] = {u"晋熙镇", u"牛镇镇", u"不存在的单位", u"", u"县农委"};
    switch (column) {
    case 1: return C(names[random() % 5]).cell;
    case 2: return C(units[random() % 5]).cell;
    case 3: return C(random() % 2 ? u"新签约" : u"新开发").cell;
    case 6: return random() % 3 ? Cell::ofNumber(double(random() % 20)) : Cell::ofText(u"五亿");
    case 7: return Cell::ofNumber(double(random() % 8) - 1);
    case 9: return C(random() % 2 ? u"已开工" : u"没开工").cell;
    case 15: return C(random() % 2 ? u"安徽某科技有限公司" : u"").cell;
    default: return random() % 4 ? Cell::ofNumber(double(random() % 100)) : Cell{};
    }
}

} // namespace

TEST_CASE("live validation equals a full validation after random edits", "[validation][live]") {
    for (unsigned seed = 1; seed <= 12; ++seed) {
        std::mt19937 random(seed);
        LiveValidator live(countyWorkbook(), kToday);
        requireSameAsFull(live);
        for (int step = 0; step < 60; ++step) {
            const int sheet = 2 + static_cast<int>(random() % 3);
            const Grid& cells = live.workbook().sheets[sheet].cells;
            const int row = 1 + static_cast<int>(random() % (cells.size() + 1)); // sometimes past the end
            const int width = 16;
            std::vector<Cell> edited(width);
            if (row < static_cast<int>(cells.size())) edited = cells[row];
            edited.resize(width);
            const int kind = static_cast<int>(random() % 10);
            if (kind == 0) {
                edited.assign(width, Cell{}); // a cleared row
            } else if (kind == 1 && row < static_cast<int>(cells.size())) {
                // a row copied from another sheet: a duplicate across sheets
                const Grid& other = live.workbook().sheets[2 + (sheet - 1) % 3].cells;
                edited = other[1 + random() % (other.size() - 1)];
            } else {
                const int column = static_cast<int>(random() % width);
                edited[column] = randomValue(random, column);
            }
            Grid block;
            block.push_back(edited);
            live.replaceRows(sheet, row, std::move(block));
            INFO("seed " << seed << " step " << step << " sheet " << sheet << " row " << row);
            requireSameAsFull(live);
        }
    }
}

TEST_CASE("a cell edit re-checks its sheet alone; 参数 and 任务分解 edits the workbook", "[validation][live]") {
    LiveValidator live(countyWorkbook(), kToday);
    REQUIRE(live.result().findings.empty());

    // A fix and a break on one sheet.
    Grid broken{live.workbook().sheets[2].cells[3]};
    broken[0][6] = Cell::ofText(u"很多");
    CHECK(live.replaceRows(2, 3, broken) == LiveValidator::Scope::Sheet);
    REQUIRE(live.result().findings.size() == 2); // the type error and the total that no longer adds up
    CHECK(live.result().findings[0].code == FindingCode::TypeError);
    CHECK(live.result().findings[0].row == 4);
    broken[0][6] = Cell::ofNumber(5);
    live.replaceRows(2, 3, broken);
    CHECK(live.result().findings.empty());

    // The same project on two sheets is a duplicate; renaming it drops it.
    Grid copied{live.workbook().sheets[2].cells[1]};
    copied[0][2] = Cell::ofText(u"牛镇镇");
    Grid original{live.workbook().sheets[3].cells[1]};
    CHECK(live.replaceRows(3, 1, copied) == LiveValidator::Scope::Sheet);
    REQUIRE(live.result().findings.size() == 1);
    CHECK(live.result().findings[0].code == FindingCode::DuplicateRow);
    CHECK(live.result().findings[0].sheetIndex == 3);
    live.replaceRows(3, 1, original);
    CHECK(live.result().findings.empty());
    requireSameAsFull(live);

    // 参数 and 任务分解 change every sheet's rules.
    CHECK(live.replaceRows(1, 2, Grid{{Cell::ofText(u"其他产业类别"), Cell::ofText(u"房地产")}}) ==
          LiveValidator::Scope::Workbook);
    CHECK(live.replaceRows(0, 6,
                           Grid{{Cell::ofText(u"新单位"), Cell::ofText(u"乡镇"), Cell{}, Cell{}, Cell::ofNumber(1)}}) ==
          LiveValidator::Scope::Workbook);
    requireSameAsFull(live);
}

TEST_CASE("a sheet that becomes a submission is validated with the workbook", "[validation][live]") {
    Workbook workbook = countyWorkbook();
    workbook.sheets.push_back(makeSheet(u"备注", {{u"说明"}}));
    LiveValidator live(std::move(workbook), kToday);
    CHECK(live.replaceRows(5, 0, Grid{{Cell::ofText(u"随便写写")}}) == LiveValidator::Scope::Sheet);
    Grid table = makeGrid({standardHeader(), project(u"新项目", {{u"申报单位", C(u"开发区管委会")}})});
    CHECK(live.replaceSheet(5, table) == LiveValidator::Scope::Workbook);
    CHECK(live.result().rows.size() == 25);
    requireSameAsFull(live);
}

TEST_CASE("findings grouped by unit, worst first", "[validation][live]") {
    const std::vector<GroupedFinding> findings = {
        {u"晋熙镇", false}, {u"牛镇镇", true},  {u"县农委", false},
        {u"晋熙镇", false}, {u"牛镇镇", false}, {u"参数", true},
    };
    const auto groups = groupByUnit(findings);
    REQUIRE(groups.size() == 4);
    CHECK(utf8(groups[0].unit) == "牛镇镇"); // 1 error, 1 warning
    CHECK(groups[0].errors == 1);
    CHECK(groups[0].warnings == 1);
    CHECK(groups[0].findings == std::vector<std::size_t>{1, 4});
    CHECK(utf8(groups[1].unit) == "参数");   // 1 error
    CHECK(utf8(groups[2].unit) == "晋熙镇"); // 2 warnings
    CHECK(utf8(groups[3].unit) == "县农委");
}

TEST_CASE("the unit of a finding's row", "[validation][live]") {
    Workbook workbook = countyWorkbook();
    workbook.sheets[2].cells[2][2] = Cell::ofText(u"开发区");
    LiveValidator live(std::move(workbook), kToday);
    CHECK(utf8(live.unitAt(u"晋熙镇", 3)) == "开发区管委会"); // the row's own unit, by its alias
    CHECK(utf8(live.unitAt(u"晋熙镇", 1)) == "晋熙镇");       // the header: the sheet's unit
    CHECK(live.unitAt(u"参数", 2).empty());
}

TEST_CASE("the kept cells handed over validate as the live result", "[validation][live]") {
    LiveValidator live(countyWorkbook(), kToday);
    Grid broken{live.workbook().sheets[2].cells[3]};
    broken[0][6] = Cell::ofText(u"很多");
    live.replaceRows(2, 3, broken);
    const auto expected = describe(live.result().findings);
    REQUIRE(expected.size() == 2);

    Workbook released = live.releaseWorkbook();
    REQUIRE(released.sheets.size() == 5);
    CHECK(released.sheets[2].cells[3][6].text == u"很多");
    CHECK(describe(validateWorkbook(released, kToday).findings) == expected);
}

TEST_CASE("an edit below a 合计 that heads the projects is checked", "[validation][live]") {
    std::vector<Row> rows = {standardHeader(), {u"合计", u"", u"", u"", u"", u"", 150.0}};
    for (int i = 0; i < 30; ++i) rows.push_back(project(u"项目" + std::u16string(1, char16_t(u'A' + i))));
    LiveValidator live(makeWorkbook({makeSheet(u"晋熙镇", rows)}), kToday);
    REQUIRE(live.result().findings.empty());
    Row broken = project(u"项目X", {{u"建设性质", u"随便"}});
    live.replaceRows(0, 25, makeGrid({broken}));
    requireSameAsFull(live);
    CHECK(describe(live.result().findings).size() == 1); // the enum-error (the sums stay 150)
}
