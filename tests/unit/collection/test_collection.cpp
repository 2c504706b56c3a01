// The collection layer (spec/collection.md): owners of submitted files, .csv
// reading, 报送登记, receipts and templates.
#include "huibao/collection/csv_reading.hpp"
#include "huibao/collection/receipt.hpp"
#include "huibao/collection/submission_log.hpp"
#include "huibao/collection/submission_owner.hpp"
#include "huibao/collection/template_layout.hpp"
#include "validation/validation_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace huibao;
using namespace huibao::test;

namespace {

UnitRegistry registry() {
    std::vector<Finding> findings;
    return readTargetsSheet(targetsSheet(), 0, findings);
}

std::string ownerOf(std::u16string_view file, std::u16string_view sheet, const std::vector<Row>& rows) {
    const Grid grid = makeGrid(rows);
    const auto layout = recognizeSubmission(grid);
    REQUIRE(layout);
    const auto owner = submissionOwner(registry(), file, sheet, grid, *layout);
    return utf8(owner.unitName) + (owner.registered ? "" : " (unregistered)");
}

Row unitless(std::u16string name) {
    Row row = project(std::move(name));
    row[2] = C(u"");
    return row;
}

} // namespace

TEST_CASE("a submission's unit: sheet name, 填报单位, column, title, file name", "[collection]") {
    // The sheet's name, unless generic.
    CHECK(ownerOf(u"x.xlsx", u"晋熙镇", {standardHeader(), unitless(u"甲")}) == "晋熙镇");
    CHECK(ownerOf(u"x.xlsx", u"晋熙", {standardHeader(), unitless(u"甲")}) == "晋熙镇");
    // A 填报单位： row above the header, in one cell or the next.
    CHECK(ownerOf(u"x.xlsx", u"Sheet1",
                  {{u"填报单位：县农委   填报日期：2026-06-01"}, standardHeader(), unitless(u"甲")}) == "县农委");
    CHECK(ownerOf(u"x.xlsx", u"工作表1", {{u"填报单位", u"开发区"}, standardHeader(), unitless(u"甲")}) ==
          "开发区管委会");
    // The 申报单位 column when every filled cell names one unit.
    CHECK(ownerOf(u"x.xlsx", u"Sheet1", {standardHeader(), project(u"甲"), project(u"乙")}) == "晋熙镇");
    Row other = project(u"乙");
    other[2] = C(u"牛镇镇");
    // Two units in the column: the title decides, then the file name.
    CHECK(ownerOf(u"x.xlsx", u"Sheet1",
                  {{u"牛镇镇2026年招商引资项目申报表"}, standardHeader(), project(u"甲"), other}) == "牛镇镇");
    CHECK(ownerOf(u"县农委_2026年申报表.xlsx", u"Sheet1", {standardHeader(), project(u"甲"), other}) == "县农委");
    // Nothing registered: the file name's first part.
    CHECK(ownerOf(u"某公司_申报.csv", u"Sheet1", {standardHeader(), unitless(u"甲")}) == "某公司 (unregistered)");
}

TEST_CASE("a file's unit: the first of its sheets that names one, for all its sheets", "[collection]") {
    const auto units = registry();
    auto owner = [&](std::u16string_view sheet) {
        const Grid grid = makeGrid({standardHeader(), unitless(u"甲")});
        return sheetOwner(units, sheet, grid, *recognizeSubmission(grid));
    };
    // 晋熙镇 and 晋熙镇(二) in shimen.ods: the second names no unit by itself.
    const auto first = owner(u"晋熙镇");
    const auto second = owner(u"晋熙镇(二)");
    REQUIRE(first);
    CHECK(utf8(*first) == "晋熙镇");
    CHECK_FALSE(second);
    auto file = fileOwner(units, u"shimen.ods", {second, first});
    CHECK(utf8(file.unitName) == "晋熙镇");
    CHECK(file.registered);
    // A sheet's own name comes before the file name.
    file = fileOwner(units, u"县农委_申报.xlsx", {std::nullopt, first});
    CHECK(utf8(file.unitName) == "晋熙镇");
    // None: the file name's first part, registered or not.
    file = fileOwner(units, u"县农委_申报.xlsx", {std::nullopt});
    CHECK(utf8(file.unitName) == "县农委");
    CHECK(file.registered);
    file = fileOwner(units, u"东山镇_申报.csv", {std::nullopt, std::nullopt});
    CHECK(utf8(file.unitName) == "东山镇");
    CHECK_FALSE(file.registered);
    // Sheets of one unit name it once; sheets of two units are named both.
    CHECK(unitsNamedBySheets({second, first, first}) == std::vector<std::u16string>{u"晋熙镇"});
    const auto other = owner(u"牛镇镇");
    REQUIRE(other);
    CHECK(unitsNamedBySheets({first, std::nullopt, other}) == std::vector<std::u16string>{u"晋熙镇", u"牛镇镇"});
    CHECK(utf8(severalUnitsReason({u"晋熙镇", u"牛镇镇"})) ==
          "文件含多个单位的申报表（晋熙镇、牛镇镇），请各单位分别报送");
}

TEST_CASE("generic sheet names and unit sheet names", "[collection]") {
    CHECK(isGenericSheetName(u"Sheet1"));
    CHECK(isGenericSheetName(u"工作表3"));
    CHECK(isGenericSheetName(u"Ｓｈｅｅｔ２"));
    CHECK_FALSE(isGenericSheetName(u"晋熙镇"));
    CHECK(utf8(fileNameUnitPart(u"晋熙镇_2026年招商引资项目申报表.xlsx")) == "晋熙镇");
    CHECK(utf8(fileNameUnitPart(u"县农委.ods")) == "县农委");
    CHECK(utf8(unitSheetName(u"晋熙镇", 1)) == "晋熙镇");
    CHECK(utf8(unitSheetName(u"晋熙镇", 2)) == "晋熙镇（2）");
    // A file 工作汇报_….xlsx names no unit: its sheet must not be taken for Huibao's own.
    for (auto output : {u"工作汇报", u"汇报模板", u"校验结果", u"单位考核", u"报送登记", u"汇报数据"}) {
        CHECK_FALSE(isOutputSheetName(unitSheetName(output, 1)));
        CHECK_FALSE(isOutputSheetName(unitSheetName(output, 2)));
    }
    CHECK(utf8(unitSheetName(u"工作汇报", 2)) == "来件_工作汇报（2）");
}

TEST_CASE("csv: UTF-8 with or without BOM, else GB18030; quotes; every column text", "[collection][csv]") {
    // 晋熙镇 in GB18030: BD FA CE F5 D5 F2.
    const std::string gb = "\xBD\xFA\xCE\xF5\xD5\xF2,1.5\r\n";
    CHECK(detectCsvCharset(gb) == CsvCharset::Gb18030);
    auto reading = readCsv(gb, 10);
    REQUIRE(reading.what.empty());
    REQUIRE(reading.cells.size() == 1);
    CHECK(utf8(reading.cells[0][0].text) == "晋熙镇");
    CHECK(reading.cells[0][1].isText()); // 1.5 stays text
    CHECK(utf8(reading.cells[0][1].text) == "1.5");

    const std::string bom = "\xEF\xBB\xBF\xE6\x99\x8B,\"a,\"\"b\"\"\nc\"\n,x";
    CHECK(detectCsvCharset(bom) == CsvCharset::Utf8);
    reading = readCsv(bom, 10);
    REQUIRE(reading.cells.size() == 2);
    CHECK(utf8(reading.cells[0][0].text) == "晋");
    CHECK(utf8(reading.cells[0][1].text) == "a,\"b\"\nc");
    CHECK(reading.cells[1][0].kind == Cell::Kind::Empty);
    CHECK(utf8(reading.cells[1][1].text) == "x");

    CHECK(utf8(readCsv("", 10).what) == "文件为空");
    CHECK_FALSE(readCsv("a\nb\nc\n", 2).what.empty());
}

TEST_CASE("报送登记: newest first, history kept, 未报送 recomputed", "[collection]") {
    SubmissionRecord record{u"晋熙镇", u"晋熙镇.xlsx", 46000.5, 46001.25, u"晋熙镇", 3, 1, 0, u"已导入"};
    const Grid previous =
        makeGrid({{u"单位", u"文件", u"文件修改时间", u"导入时间", u"工作表", u"行数", u"错误", u"警告", u"状态"},
                  {u"牛镇镇", u"牛镇镇.xls", 45990.0, 45991.0, u"牛镇镇", 2, 0, 0, u"已导入"},
                  {u"县农委", u"", u"", u"", u"", u"", u"", u"", u"未报送"}});
    const std::vector<std::u16string> missing{u"县农委"};
    const auto table = submissionLogTable(std::span(&record, 1), previous, missing);
    REQUIRE(table.rows.size() == 3);
    CHECK(utf8(table.rows[0].cells[0].text) == "晋熙镇");
    CHECK(table.rows[0].cells[3].format == NumberFormat::DateTime);
    CHECK(utf8(table.rows[1].cells[0].text) == "牛镇镇");
    CHECK(table.rows[1].cells[2].number == 45990.0);
    CHECK(utf8(table.rows[2].cells[8].text) == "未报送");
}

TEST_CASE("receipt summary", "[collection][receipt]") {
    CHECK(utf8(receiptSummary(3, 1, Date{2026, 7, 5})) == "共发现错误3处、警告1处，请于2026年7月5日前修改后重新报送。");
    CHECK(utf8(receiptSummary(0, 2, std::nullopt)) == "共发现错误0处、警告2处，请修改后重新报送。");
    CHECK(utf8(receiptSummary(0, 0, std::nullopt)) == "校验通过，未发现问题。");
    CHECK(utf8(receiptFileName(u"a/b")) == "a_b_校验回执.xlsx");
}

TEST_CASE("receipts: one per unit, a combined sheet cut to the unit's rows", "[collection][receipt]") {
    Row other = project(u"乙", {{u"总投资", u"abc"}});
    other[2] = C(u"牛镇镇");
    std::vector<Sheet> sheets;
    sheets.push_back(targetsSheet());
    sheets.push_back(makeSheet(u"晋熙镇", {standardHeader(), unitless(u"甲"), project(u"丙", {{u"项目名称", u""}})}));
    sheets.push_back(makeSheet(u"汇总", {standardHeader(), project(u"丁"), other}));
    const Workbook workbook = makeWorkbook(std::move(sheets));
    const auto result = validateWorkbook(workbook, kToday);
    const auto receipts = planReceipts(workbook, result);
    REQUIRE(receipts.size() == 2);
    CHECK(utf8(receipts[0].unit) == "晋熙镇");
    REQUIRE(receipts[0].sheets.size() == 2);
    CHECK(receipts[0].sheets[0].keptRows.empty());
    CHECK(receipts[0].sheets[1].keptRows == std::vector<int>{0, 1});
    CHECK(receipts[0].errors == 1); // the missing 项目名称
    CHECK(utf8(receipts[1].unit) == "牛镇镇");
    CHECK(receipts[1].sheets[0].keptRows == std::vector<int>{0, 2});
    REQUIRE(receipts[1].findings.size() == 1);
    CHECK(receipts[1].findings[0].row == 2); // row 3 of 汇总 is row 2 of the cut sheet
    CHECK(utf8(receipts[1].summary).starts_with("共发现错误1处"));
}

TEST_CASE("receipts: a combined sheet with a two-row header keeps both header rows", "[collection][receipt]") {
    Row header = standardHeader();
    header[7] = C(u"实际到位资金"); // merged over H:I, its sub-headers below
    header[8] = C(u"");
    Row subHeaders(header.size(), C(u""));
    subHeaders[7] = C(u"省外资金");
    subHeaders[8] = C(u"境外资金");
    Row other = project(u"乙", {{u"总投资", u"abc"}});
    other[2] = C(u"牛镇镇");
    std::vector<Sheet> sheets;
    sheets.push_back(targetsSheet());
    sheets.push_back(makeSheet(u"汇总", {header, subHeaders, project(u"丁"), other}));
    const Workbook workbook = makeWorkbook(std::move(sheets));
    const auto result = validateWorkbook(workbook, kToday);
    const auto receipts = planReceipts(workbook, result);
    REQUIRE(receipts.size() == 2);
    CHECK(utf8(receipts[1].unit) == "牛镇镇");
    CHECK(receipts[1].sheets[0].keptRows == std::vector<int>{0, 1, 3});
    REQUIRE(receipts[1].findings.size() == 1);
    CHECK(receipts[1].findings[0].row == 3); // row 4 of 汇总 is row 3 of the cut sheet
    CHECK(receipts[0].errors == 0);
}

TEST_CASE("receipts: a unit written by its name and by an alias gets one cut sheet", "[collection][receipt]") {
    Row byAlias = project(u"乙");
    byAlias[2] = C(u"开发区"); // 开发区管委会's alias
    Row byName = project(u"丙");
    byName[2] = C(u"开发区管委会");
    std::vector<Sheet> sheets;
    sheets.push_back(targetsSheet());
    sheets.push_back(makeSheet(u"县直单位汇总", {standardHeader(), byName, project(u"丁"), byAlias}));
    const Workbook workbook = makeWorkbook(std::move(sheets));
    const auto result = validateWorkbook(workbook, kToday);
    const auto receipts = planReceipts(workbook, result);
    REQUIRE(receipts.size() == 2);
    const auto zone =
        std::find_if(receipts.begin(), receipts.end(), [](const Receipt& r) { return utf8(r.unit) == "开发区管委会"; });
    REQUIRE(zone != receipts.end());
    REQUIRE(zone->sheets.size() == 1);
    CHECK(zone->sheets[0].keptRows == std::vector<int>{0, 1, 3});
}

TEST_CASE("receipts: a unit's sheet listing another unit's row gives that row to the other", "[collection][receipt]") {
    // collection.md: nothing of another unit is in a unit's receipt.
    Row theirs = project(u"乙");
    theirs[2] = C(u"牛镇镇");
    std::vector<Sheet> sheets;
    sheets.push_back(targetsSheet());
    sheets.push_back(makeSheet(u"晋熙镇", {standardHeader(), unitless(u"甲"), theirs, unitless(u"丙")}));
    const Workbook workbook = makeWorkbook(std::move(sheets));
    const auto result = validateWorkbook(workbook, kToday);
    const auto receipts = planReceipts(workbook, result);
    REQUIRE(receipts.size() == 2);
    CHECK(utf8(receipts[0].unit) == "晋熙镇");
    REQUIRE(receipts[0].sheets.size() == 1);
    CHECK(receipts[0].sheets[0].keptRows == std::vector<int>{0, 1, 3});
    CHECK(utf8(receipts[1].unit) == "牛镇镇");
    CHECK(receipts[1].sheets[0].keptRows == std::vector<int>{0, 2});
}

TEST_CASE("collection state from validation: registered units submitted or not", "[collection]") {
    Row other = project(u"乙");
    other[2] = C(u"牛镇镇");
    std::vector<Sheet> sheets;
    sheets.push_back(targetsSheet());
    sheets.push_back(makeSheet(u"晋熙镇", {standardHeader(), unitless(u"甲")}));
    sheets.push_back(makeSheet(u"汇总", {standardHeader(), other}));           // 牛镇镇 on a combined sheet
    sheets.push_back(makeSheet(u"外县", {standardHeader(), unitless(u"丙")})); // not registered: not counted
    const auto state = collectionState(validateWorkbook(makeWorkbook(std::move(sheets)), kToday));
    CHECK(state.registered == 4);
    CHECK(state.registeredSubmitted() == 2);
    REQUIRE(state.submitted.size() == 2);
    CHECK(utf8(state.submitted[0]) == "晋熙镇");
    CHECK(utf8(state.submitted[1]) == "牛镇镇");
    REQUIRE(state.missing.size() == 2);
    CHECK(utf8(state.missing[0]) == "县农委");
    CHECK(utf8(state.missing[1]) == "开发区管委会");
}

TEST_CASE("template layout: canonical header with units, lists, instructions", "[collection][template]") {
    std::vector<Finding> findings;
    const Sheet parametersSheet = makeSheet(
        u"参数",
        {{u"年度", 2026}, {u"报送截止日期", u"2026-07-05"}, {u"联系人", u"王明"}, {u"其他产业类别", u"房地产"}});
    const Parameters parameters = readParameters(&parametersSheet, 1, kToday, kDefaultNullDate, findings);
    const auto units = registry();
    const TemplateLayout layout = templateFor(units.units()[0], parameters);
    CHECK(utf8(layout.fileName) == "晋熙镇_2026年招商引资项目申报表.xlsx");
    CHECK(utf8(layout.title) == "晋熙镇2026年招商引资项目申报表");
    REQUIRE(layout.columns.size() == static_cast<std::size_t>(kFieldCount));
    CHECK(utf8(layout.columns[fieldIndex(FieldId::Investment)].header) == "总投资（亿元）");
    CHECK(utf8(layout.columns[fieldIndex(FieldId::Foreign)].header) == "实际到位境外资金（万美元）");
    const auto& industry = layout.columns[fieldIndex(FieldId::Industry)];
    CHECK(industry.validity == ValidityKind::List);
    CHECK(utf8(industry.choices.back()) == "房地产");
    CHECK(layout.columns[fieldIndex(FieldId::SignedOn)].validity == ValidityKind::Date);
    bool deadline = false;
    for (const auto& row : layout.instructions)
        if (row.size() == 2 && utf8(row[1]) == "2026年7月5日") deadline = true;
    CHECK(deadline);

    // Filled in correctly, the template validates with no finding.
    std::vector<Row> rows{{C(layout.title)}, {C(layout.filledBy)}, {}};
    for (const auto& column : layout.columns) rows[2].push_back(C(column.header));
    Row filled(layout.columns.size(), C(u""));
    auto set = [&](FieldId id, C value) { filled[fieldIndex(id)] = value; };
    set(FieldId::Seq, 1);
    set(FieldId::Name, C(u"智能装备产业园"));
    set(FieldId::Nature, C(u"新签约"));
    set(FieldId::Industry, C(u"工业"));
    set(FieldId::Investment, 2.5);
    set(FieldId::Status, C(u"已签约"));
    set(FieldId::SignedOn, 46100.0);
    set(FieldId::Investor, C(u"安徽某科技有限公司"));
    rows.push_back(filled);
    std::vector<Sheet> sheets;
    sheets.push_back(makeSheet(layout.sheetName, rows));
    const auto result = validateWorkbook(makeWorkbook(std::move(sheets)), kToday);
    CHECK(describeAll(result.findings).empty());
    REQUIRE(result.rows.size() == 1);
}
