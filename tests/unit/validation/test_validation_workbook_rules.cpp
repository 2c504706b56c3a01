// Rules across rows and sheets, sorting, protected sheets (spec/validation.md).
#include "validation/validation_fixture.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;
using Strings = std::vector<std::string>;

TEST_CASE("duplicate-row within a sheet and across sheets names the first occurrence", "[validation][workbook]") {
    std::vector<Row> first = {standardHeader(), project(u"智能制造产业园"), project(u"光伏电站")};
    std::vector<Row> second = {{u"县农委招商项目表"},
                               standardHeader(),
                               project(u"智能制造 产业园", {{u"申报单位", u"县农委"}}), // same after normalisation
                               project(u"智能製造產業園", {{u"申报单位", u"县农委"}}),  // traditional
                               project(u"光伏电站", {{u"投资方", u"另一家公司"}}),      // other investor
                               project(u"光伏电站", {{u"投资方", u""}}),                // blank investor is a value
                               project(u"光伏电站", {{u"投资方", u"  "}})};
    const auto result =
        validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", first), makeSheet(u"县农委", second)}), kToday);
    CHECK(describeAll(result.findings) == Strings{"县农委!B3 duplicate-row[项目名称]",
                                                  "县农委!B4 duplicate-row[项目名称]", "县农委!P6 missing-cell[投资方]",
                                                  "县农委!B7 duplicate-row[项目名称]",
                                                  "县农委!P7 missing-cell[投资方]"});
    Strings duplicates;
    for (const auto& f : result.findings) {
        if (f.code == FindingCode::DuplicateRow) duplicates.push_back(describe(f) + " " + utf8(f.message));
    }
    CHECK(
        duplicates ==
        Strings{
            "县农委!B3 duplicate-row[项目名称] 与 晋熙镇!B2 重复（项目名称和投资方相同），请删除重复行或区分项目名称",
            "县农委!B4 duplicate-row[项目名称] 与 晋熙镇!B2 重复（项目名称和投资方相同），请删除重复行或区分项目名称",
            "县农委!B7 duplicate-row[项目名称] 与 县农委!B6 重复（项目名称和投资方相同），请删除重复行或区分项目名称"});
    REQUIRE(result.rows.size() == 7);
    CHECK(result.rows[2].isDuplicate);
    CHECK(result.rows[2].firstOccurrence == 0);
    CHECK_FALSE(result.rows[0].isDuplicate);
    CHECK_FALSE(result.rows[4].isDuplicate);
    CHECK(result.rows[6].firstOccurrence == 5);
    CHECK_FALSE(result.rows[6].counts());
}

TEST_CASE("duplicate-row ignores blank names and quotes sheet names that need it", "[validation][workbook]") {
    std::vector<Row> rows = {standardHeader(), project(u""), project(u""), project(u"甲"), project(u"甲")};
    const auto result = validateWorkbook(makeWorkbook({makeSheet(u"My Sheet", rows)}), kToday);
    Strings duplicates;
    for (const auto& f : result.findings) {
        if (f.code == FindingCode::DuplicateRow) duplicates.push_back(describe(f));
    }
    CHECK(duplicates == Strings{"My Sheet!B5 duplicate-row[项目名称]"});
    CHECK(utf8(result.findings.back().message).find("与 'My Sheet'!B4 重复") == 0);
}

TEST_CASE("blank-row between two data rows only", "[validation][workbook]") {
    const auto result =
        validateRows({project(u"甲"), {}, {}, project(u"乙"), {}, {u"合计", u"", u"", u"", u"", u"", 10.0}});
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!A3 blank-row[]", "晋熙镇!A4 blank-row[]"});
    CHECK(result.findings[0].severity == Severity::Warning);
    CHECK(result.rows.size() == 2);
}

TEST_CASE("a group title typed into 序号 is a blank-row that says what it holds", "[validation][workbook]") {
    const auto result = validateRows({project(u"甲"), {u"二、续建项目"}, project(u"乙"), {3}, project(u"丙")});
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!A3 blank-row[]", "晋熙镇!A5 blank-row[]"});
    CHECK(utf8(result.findings[0].message) ==
          "此行只有序号栏的\"二、续建项目\"，不是项目：分组标题请移到表格之外或删除该行（以下的项目仍会读取）");
    CHECK(utf8(result.findings[1].message) == "数据中间有空行，请删除该行（空行以下的项目仍会读取）");
}

TEST_CASE("a 合计 row right under the header heads the projects", "[validation][workbook]") {
    // Statistical forms put the total first; read as the end of the data the
    // sheet would count nothing (accept8).
    const Row total = {u"合计", u"", u"", u"", u"", u"", 10.0, 2.0};
    auto result = validateRows({total, project(u"甲"), project(u"乙"), {}, {u"填表人：张三"}});
    CHECK(describeAll(result.findings).empty());
    CHECK(result.rows.size() == 2);
    // Its sums are checked against the projects below it.
    result = validateRows({{u"合计", u"", u"", u"", u"", u"", 12.0}, project(u"甲"), project(u"乙")});
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!G2 total-mismatch[总投资]"});
    // Further down, a 合计 still ends the data.
    result = validateRows({project(u"甲"), total, project(u"乙")});
    CHECK(result.rows.size() == 1);
}

TEST_CASE("a total or subtotal named after what it sums", "[validation][workbook]") {
    // 全镇合计 counted as a project doubled the township's money (accept8).
    auto result = validateRows({project(u"甲"),
                                {u"", u"工业小计", u"", u"", u"", u"", 5.0},
                                project(u"乙"),
                                {u"", u"全镇合计", u"", u"", u"", u"", 11.0},
                                project(u"丙")});
    CHECK(result.rows.size() == 2);
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!G5 total-mismatch[总投资]"});
    result = validateRows({project(u"甲"), {u"全縣總計"}, project(u"乙")});
    CHECK(result.rows.size() == 1);
    // A long name that happens to end so is a project.
    result = validateRows({project(u"甲"), project(u"县城区集中供热管网改造工程合计")});
    CHECK(result.rows.size() == 2);
}

TEST_CASE("total-mismatch compares the total row with the column sums", "[validation][workbook]") {
    Row total = {u"合计", u"", u"", u"", u"", u"", 10.006, 2.0, u"/"};
    const auto result = validateRows({project(u"甲"), project(u"乙", {{u"实际到位省外资金", u"abc"}}), total});
    // 5 + 5 = 10 vs 10.006: off by more than 0.005; funds 1 + (unreadable = 0) = 1 vs 2.
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!H3 type-error[实际到位省外资金]",
                                                  "晋熙镇!G4 total-mismatch[总投资]",
                                                  "晋熙镇!H4 total-mismatch[实际到位省外资金]"});
    CHECK(utf8(result.findings[1].message).find("10.006") != std::string::npos);

    const auto within = validateRows({project(u"甲"), project(u"乙"), {u"合计", u"", u"", u"", u"", u"", 10.004, u""}});
    CHECK(within.findings.empty());
}

TEST_CASE("total-mismatch in the column's own unit", "[validation][workbook]") {
    std::vector<Row> rows = {
        {u"单位：万元"},
        {u"序号", u"项目名称", u"申报单位", u"建设性质", u"产业类别", u"总投资", u"项目进展", u"投资方"},
        {1, u"甲", u"晋熙镇", u"续建", u"工业", 12000.0, u"在谈", u"a"},
        {2, u"乙", u"晋熙镇", u"续建", u"工业", u"0.3亿元", u"在谈", u"b"},
        {u"小计", u"", u"", u"", u"", 15000.0},
        {3, u"丙", u"晋熙镇", u"续建", u"工业", 1000.0, u"在谈", u"c"},
        {u"总计", u"", u"", u"", u"", 16000.0}};
    const auto result = validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", rows)}), kToday);
    CHECK(result.findings.empty());
    CHECK(result.rows.size() == 3);
    CHECK(result.rows[1].investment == Approx(0.3));
    rows.back()[5] = C(16000.01);
    const auto off = validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", rows)}), kToday);
    CHECK(describeAll(off.findings) == Strings{"晋熙镇!F7 total-mismatch[总投资]"});
}

TEST_CASE("rows after the total row are ignored", "[validation][workbook]") {
    const auto result = validateRows({project(u"甲"), {u"合计"}, project(u"乙", {{u"总投资", u"坏"}})});
    CHECK(result.findings.empty());
    CHECK(result.rows.size() == 1);
}

TEST_CASE("findings sort: targets and parameters first, then sheet, row, column, code", "[validation][workbook]") {
    std::vector<Row> a = {standardHeader(), project(u"甲", {{u"总投资", 0.0}, {u"实际到位省外资金", 0.0}}),
                          project(u"乙", {{u"总投资", u"x"}, {u"申报单位", u"不存在"}})};
    std::vector<Row> b = {{u"项目名称", u"申报单位", u"总投资", u"项目进展"}, {u"丙", u"晋熙镇", 1.0, u"在谈"}};
    const Sheet parameters = makeSheet(u"参数", {{u"乡镇认定项目下限", u"很多"}});
    Sheet targets = targetsSheet();
    targets.cells[3][1] = Cell::ofText(u"村");
    const auto result =
        validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", a), makeSheet(u"汇总", b), parameters, targets}), kToday);
    const Strings described = describeAll(result.findings);
    REQUIRE(described.size() == 8);
    CHECK(described[0] == "参数!B1 type-error[乡镇认定项目下限]");
    CHECK(described[1] == "任务分解!B4 enum-error[单位类型]");
    CHECK(described[2] == "晋熙镇!G2 constraint-error[总投资]");
    CHECK(described[3] == "晋熙镇!C3 unknown-unit[申报单位]");
    CHECK(described[4] == "晋熙镇!G3 type-error[总投资]");
    // missing-header in the order of the field table
    CHECK(described[5] == "汇总!A1 missing-header[建设性质]");
    CHECK(described[6] == "汇总!A1 missing-header[产业类别]");
    CHECK(described[7] == "汇总!A1 missing-header[投资方]");
    CHECK(result.errorCount() == 8);
    CHECK(result.warningCount() == 0);
}

TEST_CASE("one cell with two findings sorts by code order", "[validation][workbook]") {
    std::vector<Finding> findings(3);
    findings[0].code = FindingCode::TotalMismatch;
    findings[1].code = FindingCode::MissingHeader;
    findings[1].column = -1;
    findings[2].code = FindingCode::TypeError;
    findings[2].column = 0;
    sortFindings(findings, {});
    CHECK(codesOf(findings) == Strings{"missing-header", "type-error", "total-mismatch"});
}

TEST_CASE("protected sheets are validated and listed but not marked", "[validation][workbook]") {
    std::vector<Row> rows = {standardHeader(), project(u"甲", {{u"总投资", u"很多"}})};
    const auto result = validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", rows, true)}), kToday);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].onProtectedSheet);
    CHECK_FALSE(result.findings[0].shouldMarkCell());
    CHECK(utf8(result.findings[0].message).find("工作表受保护，未在单元格上标记") != std::string::npos);

    const auto unprotected = validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", rows, false)}), kToday);
    CHECK(unprotected.findings[0].shouldMarkCell());
}

TEST_CASE("finding codes, severities and names follow the spec's table", "[validation][workbook]") {
    const Strings names = {"missing-header",   "missing-cell",  "type-error",  "enum-error",    "constraint-error",
                           "unit-suspect",     "unknown-unit",  "future-date", "date-order",    "status-conflict",
                           "evidence-missing", "duplicate-row", "blank-row",   "total-mismatch"};
    for (int i = 0; i < kFindingCodeCount; ++i) {
        const auto code = static_cast<FindingCode>(i);
        CHECK(std::string(codeName(code)) == names[i]);
        const bool warning = names[i] == "unit-suspect" || names[i] == "evidence-missing" || names[i] == "blank-row";
        CHECK(severityOf(code) == (warning ? Severity::Warning : Severity::Error));
    }
    CHECK(utf8(severityName(Severity::Error)) == "错误");
    CHECK(utf8(severityName(Severity::Warning)) == "警告");
}

TEST_CASE("registered units, unregistered names and the registry in the result", "[validation][workbook]") {
    std::vector<Row> rows = {standardHeader(), project(u"甲", {{u"申报单位", u"晋熙"}}),
                             project(u"乙", {{u"申报单位", u"新村镇"}}), project(u"丙", {{u"申报单位", u"新村鎮"}}),
                             project(u"丁", {{u"申报单位", u"县文旅局"}})};
    const auto result = validateWorkbook(makeWorkbook({targetsSheet(), makeSheet(u"汇总", rows)}), kToday);
    CHECK(result.hasTargetsSheet());
    CHECK(result.sheets[0].role == SheetRole::Targets);
    REQUIRE(result.unregisteredUnits.size() == 2);
    CHECK(utf8(result.unregisteredUnits[0].displayName) == "新村镇");
    CHECK(result.unregisteredUnits[0].type == UnitType::Township);
    CHECK(utf8(result.unregisteredUnits[1].displayName) == "县文旅局");
    CHECK(result.unregisteredUnits[1].type == UnitType::Department);
    CHECK(result.rows[2].unit->key == result.rows[1].unit->key); // grouped by normalised text
    CHECK(utf8(result.rows[2].unit->displayName) == "新村镇");
    CHECK(codesOf(result.findings) == Strings{"unknown-unit", "unknown-unit", "unknown-unit"});
}

TEST_CASE("an empty workbook and a workbook without submissions", "[validation][workbook]") {
    CHECK(validateWorkbook(makeWorkbook({}), kToday).findings.empty());
    const auto result =
        validateWorkbook(makeWorkbook({targetsSheet(), makeSheet(u"参数", {{u"县名", u"太湖县"}})}), kToday);
    CHECK(result.findings.empty());
    CHECK(result.rows.empty());
    CHECK(utf8(result.parameters.countyName()) == "太湖县");
}
