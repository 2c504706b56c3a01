// Live validation of an edit below the header rows (spec/validation.md, "Live
// validation"): the edited rows alone are checked again and the cross-sheet
// rules re-joined from an index kept across edits. After every edit of a
// random sequence, the kept result must be exactly what a full validation of
// the edited cells gives: findings, rows (units, duplicates), sheet units and
// the unregistered units in their order of appearance.
#include "huibao/validation/live_validation.hpp"
#include "validation_fixture.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace huibao;
using namespace huibao::test;

namespace {

std::string unitText(const std::optional<UnitRef>& unit) {
    if (!unit) return "-";
    return std::to_string(unit->registered) + "/" + utf8(unit->key) + "/" + utf8(unit->displayName);
}

// Everything validation returns that live validation keeps, as text.
std::vector<std::string> describeAll(const ValidationResult& result) {
    std::vector<std::string> out;
    for (const auto& f : result.findings) {
        out.push_back("finding " + std::to_string(f.sheetIndex) + " " + utf8(f.sheetName) + " " +
                      std::to_string(f.row) + ":" + std::to_string(f.column) + " " + std::string(codeName(f.code)) +
                      " " + utf8(f.field) + " " + std::to_string(f.fieldOrder) + " " +
                      std::to_string(f.onProtectedSheet) + " " + utf8(f.message));
    }
    for (const auto& r : result.rows) {
        out.push_back("row " + std::to_string(r.sheetIndex) + ":" + std::to_string(r.row) + " " +
                      utf8(r.name.value_or(u"-")) + " " + utf8(r.investor.value_or(u"-")) +
                      " unit=" + unitText(r.unit) + " dup=" + std::to_string(r.isDuplicate) + "/" +
                      std::to_string(r.firstOccurrence) + " inv=" + std::to_string(r.investment.value_or(-1)) +
                      " funds=" + std::to_string(r.funds.value_or(-1)));
    }
    for (std::size_t i = 0; i < result.sheets.size(); ++i) {
        const SheetInfo& info = result.sheets[i];
        out.push_back("sheet " + std::to_string(i) + " role=" + std::to_string(int(info.role)) +
                      " unit=" + unitText(info.sheetUnit) +
                      (info.layout ? " projects=" + std::to_string(info.layout->rows.projects.size()) +
                                         " blanks=" + std::to_string(info.layout->rows.blankBetween.size()) +
                                         " total=" + std::to_string(info.layout->rows.totalRow.value_or(-1))
                                   : std::string()));
    }
    for (const auto& u : result.unregisteredUnits)
        out.push_back("unregistered " + utf8(u.key) + " " + utf8(u.displayName) + " " + std::to_string(int(u.type)));
    return out;
}

void requireSameAsFull(const LiveValidator& live) {
    const auto full = describeAll(validateWorkbook(live.workbook(), kToday));
    const auto kept = describeAll(live.result());
    // The first difference, readable.
    for (std::size_t i = 0; i < std::min(full.size(), kept.size()); ++i) {
        INFO("line " << i);
        REQUIRE(kept[i] == full[i]);
    }
    REQUIRE(kept.size() == full.size());
}

const char16_t* const kUnitSheets[] = {u"晋熙镇", u"牛镇镇", u"县农委"};
constexpr int kHeaderRow = 3; // a title, a unit note and a blank row above it
constexpr int kProjects = 30; // rows 4..33, with a blank row at 20
constexpr int kBlankRow = 20;
constexpr int kWidth = 16;

Row projectRow(const std::u16string& name, C unit, int seed) {
    return project(name, {{u"申报单位", unit}, {u"总投资", C(5.0)}, {u"序号", C(seed + 1)}});
}

// A unit sheet: title, `单位：万元`, the header at row 3, 30 projects with a
// blank row among them, a total row and a footer. Some names are shared
// between sheets (duplicates from the start).
Sheet unitSheet(const std::u16string& unit, int sheet, bool withUnitColumn) {
    std::vector<Row> rows = {{u"2026年招商引资项目表"}, {u"单位：万元"}, {u""}, standardHeader()};
    double total = 0;
    for (int i = 0, project = 0; rows.size() < kHeaderRow + 1 + kProjects + 1; ++i) {
        if (static_cast<int>(rows.size()) == kBlankRow) {
            rows.push_back({project + 1}); // only a 序号: a blank row
            continue;
        }
        // Every fifth project exists on every sheet.
        const std::u16string name = project % 5 == 0 ? u"共同项目" + std::u16string(1, char16_t(u'A' + project / 5))
                                                     : unit + u"项目" + std::u16string(1, char16_t(u'A' + project));
        Row row = projectRow(name, withUnitColumn ? C(unit) : C(u""), sheet + project);
        total += 5.0;
        rows.push_back(std::move(row));
        ++project;
    }
    rows.push_back({u"合计", u"", u"", u"", u"", u"", total, 1.0 * (kProjects)});
    rows.push_back({u"填表人：张三"});
    return makeSheet(unit, rows);
}

// County workbook with or without a targets sheet (without one, every unit is
// unregistered and the sheet names name them: the order of appearance matters).
Workbook county(bool withTargets) {
    Workbook workbook;
    if (withTargets) workbook.sheets.push_back(targetsSheet());
    workbook.sheets.push_back(makeSheet(u"参数", {{u"参数", u"值"}, {u"县名", u"岳西县"}}));
    for (int s = 0; s < 3; ++s) workbook.sheets.push_back(unitSheet(kUnitSheets[s], s, withTargets || s == 1));
    return workbook;
}

Cell text(const std::u16string& value) {
    return value.empty() ? Cell{} : Cell::ofText(value);
}

// Unit spellings: registered names and an alias, unregistered names written
// two ways (spaces and case fold into one key: the first spelling met is the
// one shown), a number, a blank.
const std::u16string kUnits[] = {u"晋熙镇", u"牛镇镇",  u"开发区",       u"新单位", u"新 单位",
                                 u"Ab公司", u"AB 公司", u"不存在的单位", u"",       u"县农委"};
const std::u16string kNames[] = {u"共同项目A", u"共同项目B", u"晋熙镇项目B", u"牛镇镇项目C", u"新项目", u"项目Z", u""};

// One random edit: the sheet index, the first row and the rows written.
struct Edit {
    int sheet = 0;
    int row = 0;
    Grid rows;
};

Edit randomEdit(std::mt19937& random, const LiveValidator& live, int firstUnitSheet) {
    Edit edit;
    edit.sheet = firstUnitSheet + static_cast<int>(random() % 3);
    const Grid& cells = live.workbook().sheets[edit.sheet].cells;
    const int kind = static_cast<int>(random() % 20);
    // Mostly rows below the header search (the row-by-row path), sometimes above.
    edit.row = kind == 19 ? 1 + static_cast<int>(random() % 14) : 15 + static_cast<int>(random() % (cells.size() - 14));
    const int count = kind == 18 ? 2 + static_cast<int>(random() % 2) : 1;
    for (int r = edit.row; r < edit.row + count; ++r) {
        std::vector<Cell> row = r < static_cast<int>(cells.size()) ? cells[r] : std::vector<Cell>();
        row.resize(kWidth);
        edit.rows.push_back(std::move(row));
    }
    std::vector<Cell>& row = edit.rows.front();
    switch (kind) {
    case 0: row[1] = text(kNames[random() % 7]); break; // a name: duplicates made, removed
    case 1: row[15] = text(random() % 2 ? u"安徽某科技有限公司" : u"另一家公司"); break; // the investor
    case 2:
    case 3:
    case 4: row[2] = text(kUnits[random() % 10]); break; // the unit, across units and spellings
    case 5: row[2] = Cell::ofNumber(double(random() % 3)); break;
    case 6: row[6] = Cell::ofNumber(double(random() % 20)); break; // the total no longer adds up
    case 7: row[6] = Cell::ofText(u"五亿"); break;
    case 8: row[7] = random() % 2 ? Cell::ofNumber(double(random() % 8) - 1) : Cell{}; break;
    case 9: row[9] = text(random() % 2 ? u"已开工" : u"没开工"); break;
    case 10: {
        // A row copied from another sheet: a duplicate across sheets, its unit with it.
        const Grid& other = live.workbook().sheets[firstUnitSheet + static_cast<int>(random() % 3)].cells;
        row = other[static_cast<std::size_t>(kHeaderRow + 1 + random() % kProjects)];
        row.resize(kWidth);
        break;
    }
    case 11: row.assign(kWidth, Cell{}); break;                             // cleared: blank or a trailing row
    case 12: row.assign(kWidth, Cell{}), row[0] = Cell::ofNumber(7); break; // only a 序号
    case 13: row[1] = text(random() % 2 ? u"合计" : u"小计"); break;        // the layout changes
    case 14: row[0] = text(u"备注：无"), row[1] = Cell{}; break;
    case 15: row[1] = text(kNames[random() % 6] + u" "); break; // the same key, spelled apart
    case 16: row[15] = Cell::ofError(); break;                  // an unreadable investor: no key
    case 17: row[10] = Cell::ofNumber(double(45000 + random() % 1000)); break;
    default: row[1] = text(kNames[random() % 7]), row[2] = text(kUnits[random() % 10]); break;
    }
    for (std::size_t r = 1; r < edit.rows.size(); ++r) edit.rows[r][6] = Cell::ofNumber(double(random() % 9));
    return edit;
}

void runSequences(bool withTargets, unsigned seeds, int steps) {
    int rowEdits = 0;
    for (unsigned seed = 1; seed <= seeds; ++seed) {
        std::mt19937 random(seed);
        LiveValidator live(county(withTargets), kToday);
        const int firstUnitSheet = withTargets ? 2 : 1;
        requireSameAsFull(live);
        for (int step = 0; step < steps; ++step) {
            Edit edit = randomEdit(random, live, firstUnitSheet);
            INFO("seed " << seed << " step " << step << " sheet " << edit.sheet << " row " << edit.row);
            live.replaceRows(edit.sheet, edit.row, std::move(edit.rows));
            requireSameAsFull(live);
        }
        rowEdits += live.rowEdits();
    }
    // Most edits took the row-by-row path (the rest changed the layout).
    CHECK(rowEdits > static_cast<int>(seeds) * steps / 2);
}

} // namespace

TEST_CASE("edits below the header re-check their rows alone, as a full validation would",
          "[validation][live][property]") {
    SECTION("with a targets sheet: registered and unknown units") {
        runSequences(true, 40, 60);
    }
    SECTION("without one: every unit unregistered, in order of appearance") {
        runSequences(false, 40, 60);
    }
}

TEST_CASE("a duplicate across two sheets is made and removed row by row", "[validation][live]") {
    LiveValidator live(county(true), kToday);
    const int a = 2, b = 3; // 晋熙镇, 牛镇镇
    const auto duplicates = [&] {
        int n = 0;
        for (const auto& f : live.result().findings) n += f.code == FindingCode::DuplicateRow;
        return n;
    };
    const int before = duplicates();
    REQUIRE(before > 0); // the shared 共同项目 rows
    // 牛镇镇's row 16 takes 晋熙镇's project name: a new duplicate on sheet b.
    Grid edited{live.workbook().sheets[b].cells[16]};
    const Grid original = edited;
    edited[0][1] = live.workbook().sheets[a].cells[17][1];
    live.replaceRows(b, 16, edited);
    CHECK(live.rowEdits() == 1);
    CHECK(duplicates() == before + 1);
    const ProjectRow& row = *std::find_if(live.result().rows.begin(), live.result().rows.end(),
                                          [&](const ProjectRow& r) { return r.sheetIndex == b && r.row == 17; });
    CHECK(row.isDuplicate);
    requireSameAsFull(live);
    // The first occurrence renamed: the copy on the later sheet becomes the first and loses its finding.
    Grid renamed{live.workbook().sheets[a].cells[17]};
    renamed[0][1] = Cell::ofText(u"改名项目");
    live.replaceRows(a, 17, renamed);
    CHECK(duplicates() == before);
    requireSameAsFull(live);
    live.replaceRows(b, 16, original);
    CHECK(live.rowEdits() == 3);
    requireSameAsFull(live);
}

TEST_CASE("a row moved between units and a broken total, row by row", "[validation][live]") {
    LiveValidator live(county(false), kToday); // the units are the sheets' names, in order
    const int b = 2;                           // 牛镇镇, with a 申报单位 column filled in
    Grid moved{live.workbook().sheets[b].cells[16]};
    moved[0][2] = Cell::ofText(u"县 农委"); // 县农委 appears here before its own sheet: shown as written here
    live.replaceRows(b, 16, moved);
    requireSameAsFull(live);
    const auto& units = live.result().unregisteredUnits;
    REQUIRE(units.size() == 3);
    CHECK(utf8(units[2].displayName) == "县 农委");
    moved[0][6] = Cell::ofNumber(50); // 总投资 no longer adds up to the total row
    live.replaceRows(b, 16, moved);
    CHECK(std::any_of(live.result().findings.begin(), live.result().findings.end(),
                      [](const Finding& f) { return f.code == FindingCode::TotalMismatch; }));
    requireSameAsFull(live);
    CHECK(live.rowEdits() == 2);
}
