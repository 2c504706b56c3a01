// Recognising submission sheets on awkward layouts (spec/workbook.md §1).
#include "huibao/workbook/fields.hpp"
#include "huibao/workbook/submission_layout.hpp"
#include "validation/validation_fixture.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;
using Strings = std::vector<std::string>;

TEST_CASE("header cells match canonical headers and aliases after normalisation", "[validation][schema]") {
    CHECK(matchFieldKey(parseHeaderCell(u"项目名称").key)->id == FieldId::Name);
    CHECK(matchFieldKey(parseHeaderCell(u"项目名称").key)->canonical);
    CHECK(matchFieldKey(parseHeaderCell(u"項目名稱").key)->id == FieldId::Name);
    CHECK(matchFieldKey(parseHeaderCell(u" 项目\n名称 ").key)->id == FieldId::Name);
    CHECK_FALSE(matchFieldKey(parseHeaderCell(u"项目").key)->canonical);
    CHECK(matchFieldKey(parseHeaderCell(u"乡镇（单位）").key)->id == FieldId::Unit);
    CHECK(matchFieldKey(parseHeaderCell(u"引税额").key)->id == FieldId::HqTax);
    CHECK_FALSE(matchFieldKey(parseHeaderCell(u"联系人").key));
}

TEST_CASE("a bracketed unit is split off the header", "[validation][schema]") {
    auto header = parseHeaderCell(u"总投资（万元）");
    CHECK(utf8(header.key) == "总投资");
    CHECK(header.unit == AmountUnit::Wanyuan);
    header = parseHeaderCell(u"实际到位境外资金[万美元]");
    CHECK(utf8(header.key) == "实际到位境外资金");
    CHECK(header.unit == AmountUnit::WanUsd);
    header = parseHeaderCell(u"总投资(亿元)");
    CHECK(header.unit == AmountUnit::Yiyuan);
    header = parseHeaderCell(u"乡镇（单位）");
    CHECK(utf8(header.key) == "乡镇(单位)");
    CHECK_FALSE(header.unit);
}

TEST_CASE("the field table has the spec's 20 fields in order", "[validation][schema]") {
    REQUIRE(fieldSpecs().size() == 20);
    CHECK(utf8(fieldSpecs()[0].header) == "序号");
    CHECK(utf8(fieldSpecs()[19].header) == "备注");
    for (int i = 0; i < kFieldCount; ++i) CHECK(fieldIndex(fieldSpecs()[i].id) == i);
    CHECK(fieldSpec(FieldId::Investment).defaultUnit == AmountUnit::Yiyuan);
    CHECK(fieldSpec(FieldId::Foreign).defaultUnit == AmountUnit::WanUsd);
    CHECK(fieldSpec(FieldId::HqTax).defaultUnit == AmountUnit::Wanyuan);
}

TEST_CASE("header below title rows, columns shuffled, extra columns ignored", "[validation][layout]") {
    const Grid grid = makeGrid({
        {u"晋熙镇招商引资项目申报表"},
        {u"填报日期：2026年6月30日", u"", u"", u"单位：万元"},
        {u"联系人", u"投资方", u"项目名称", u"总投资", u"项目进展", u"建设性质", u"产业类别", u"备注二"},
        {u"张三", u"某公司", u"甲", 5000.0, u"在谈", u"新签约", u"工业", u"x"},
    });
    const auto layout = recognizeSubmission(grid);
    REQUIRE(layout);
    CHECK(layout->headerRow == 2);
    CHECK(layout->columns.column(FieldId::Name) == 2);
    CHECK(layout->columns.column(FieldId::Investor) == 1);
    CHECK(layout->columns.column(FieldId::Remark) == -1);
    CHECK(layout->unitNote == AmountUnit::Wanyuan);
    CHECK(layout->columns.unit(FieldId::Investment) == AmountUnit::Wanyuan);
    CHECK(layout->columns.unit(FieldId::Foreign) == AmountUnit::WanUsd); // USD columns keep their unit
    CHECK(layout->rows.projects == std::vector<int>{3});
}

TEST_CASE("a header's own unit beats the 单位 note", "[validation][layout]") {
    const Grid grid = makeGrid({
        {u"金额单位：万元"},
        {u"项目名称", u"总投资（亿元）", u"实际到位省外资金", u"建设性质", u"投资方"},
    });
    const auto layout = recognizeSubmission(grid);
    REQUIRE(layout);
    CHECK(layout->columns.unit(FieldId::Investment) == AmountUnit::Yiyuan);
    CHECK(layout->columns.unit(FieldId::Funds) == AmountUnit::Wanyuan);
}

TEST_CASE("a 单位 note among other words on its line or in a title's brackets", "[validation][layout]") {
    CHECK(parseUnitNote(u"单位：万元") == AmountUnit::Wanyuan);
    CHECK(parseUnitNote(u"（金额单位：亿元）") == AmountUnit::Yiyuan);
    // WPS templates put the 填报单位 and the unit on one line.
    CHECK(parseUnitNote(u"填报单位：晋熙镇人民政府　　　　金额单位：万元") == AmountUnit::Wanyuan);
    CHECK(parseUnitNote(u"金额单位：万元　填报日期：2026年6月30日") == AmountUnit::Wanyuan);
    CHECK(parseUnitNote(u"金额单位：萬元") == AmountUnit::Wanyuan);
    CHECK(parseUnitNote(u"天华镇2026年招商引资项目申报表（单位：万元）") == AmountUnit::Wanyuan);
    CHECK(parseUnitNote(u"单位: 元") == AmountUnit::Yuan);
    CHECK(parseUnitNote(u"注：本表金额单位为万元") == AmountUnit::Wanyuan);
    CHECK(parseUnitNote(u"单位：元、万美元") == AmountUnit::Yuan);
    // A unit that is a township, not money; a USD note; no note at all.
    CHECK_FALSE(parseUnitNote(u"填报单位：元山镇"));
    CHECK_FALSE(parseUnitNote(u"填报单位：晋熙镇人民政府"));
    CHECK_FALSE(parseUnitNote(u"单位：万美元"));
    CHECK_FALSE(parseUnitNote(u"晋熙镇招商引资项目申报表"));

    const Grid grid = makeGrid({
        {u"填报单位：晋熙镇人民政府　　　　金额单位：万元"},
        {u"项目名称", u"总投资", u"实际到位省外资金", u"建设性质", u"投资方"},
        {u"甲", 30000.0, 5000.0, u"新建", u"某公司"},
    });
    const auto layout = recognizeSubmission(grid);
    REQUIRE(layout);
    CHECK(layout->columns.unit(FieldId::Investment) == AmountUnit::Wanyuan);
    CHECK(layout->columns.unit(FieldId::Funds) == AmountUnit::Wanyuan);
}

TEST_CASE("a sheet needs 4 known headers including 项目名称", "[validation][layout]") {
    CHECK_FALSE(recognizeSubmission(makeGrid({{u"项目名称", u"总投资", u"投资方"}})));
    CHECK_FALSE(recognizeSubmission(makeGrid({{u"序号", u"总投资", u"投资方", u"项目进展", u"建设性质"}})));
    CHECK(recognizeSubmission(makeGrid({{u"项目名称", u"总投资", u"投资方", u"项目进展"}})));
    // Beyond the first 15 rows nothing is a header.
    std::vector<Row> rows(15, Row{u"说明"});
    rows.push_back({u"项目名称", u"总投资", u"投资方", u"项目进展"});
    CHECK_FALSE(recognizeSubmission(makeGrid(rows)));
}

TEST_CASE("the row matching most headers wins; on a tie the upper one", "[validation][layout]") {
    const auto layout = recognizeSubmission(makeGrid({
        {u"项目名称", u"总投资", u"投资方", u"项目进展"},
        {u"项目名称", u"总投资", u"投资方", u"项目进展", u"建设性质"},
        {u"项目名称", u"总投资", u"投资方", u"项目进展", u"产业类别"},
    }));
    REQUIRE(layout);
    CHECK(layout->headerRow == 1);
}

TEST_CASE("two columns for one field: canonical beats alias, else leftmost", "[validation][layout]") {
    const ColumnMap map =
        mapColumns(makeGrid({{u"项目", u"项目名称", u"项目名", u"投资总额", u"计划总投资", u"外资", u"境外资金"}})[0]);
    CHECK(map.column(FieldId::Name) == 1);
    CHECK(map.column(FieldId::Investment) == 3);
    CHECK(map.column(FieldId::Foreign) == 5);
}

TEST_CASE("total, subtotal, footer and blank rows", "[validation][layout]") {
    const Grid grid = makeGrid({
        {u"序号", u"项目名称", u"总投资", u"投资方", u"项目进展"},
        {1, u"甲", 1.0, u"a", u"在谈"},
        {u"", u"", u"", u"", u""},
        {2, u"乙", 1.0, u"b", u"在谈"},
        {u"小计", u"", 2.0},
        {3, u"丙", 1.0, u"c", u"在谈"},
        {u"", u""},
        {u"合　计", u"", 3.0},
        {4, u"丁", 1.0, u"d", u"在谈"},
    });
    const auto layout = recognizeSubmission(grid);
    REQUIRE(layout);
    CHECK(layout->rows.projects == std::vector<int>{1, 3, 5});
    CHECK(layout->rows.blankBetween == std::vector<int>{2}); // row 7 is not between projects
    CHECK(layout->rows.totalRow == 7);
}

TEST_CASE("a total in 项目名称, traditional 總計, and footers end the data", "[validation][layout]") {
    auto rowsOf = [](std::vector<Row> body) {
        body.insert(body.begin(), Row{u"序号", u"项目名称", u"总投资", u"投资方", u"项目进展"});
        return recognizeSubmission(makeGrid(body))->rows;
    };
    auto rows = rowsOf({{1, u"甲"}, {u"", u"總計"}, {2, u"乙"}});
    CHECK(rows.projects == std::vector<int>{1});
    CHECK(rows.totalRow == 2);
    rows = rowsOf({{1, u"甲"}, {u"填表人：李四", u"", u"联系电话：123"}, {2, u"乙"}});
    CHECK(rows.projects == std::vector<int>{1});
    CHECK_FALSE(rows.totalRow);
    rows = rowsOf({{1, u"甲"}, {u"", u"備註：金额为万元"}, {2, u"乙"}});
    CHECK(rows.projects == std::vector<int>{1});
    rows = rowsOf({{1, u"甲"}, {u"", u"注：以上为预估"}});
    CHECK(rows.projects == std::vector<int>{1});
    // Words merely containing the markers are projects.
    rows = rowsOf({{1, u"人工智能产业园"}, {2, u"备注管理系统"}, {3, u"合计划外项目"}});
    CHECK(rows.projects == std::vector<int>{1, 2}); // 合计划… starts with 合计: the spec's rule
}

TEST_CASE("the signatures township forms put under the table end the data too", "[validation][layout]") {
    auto rowsOf = [](std::vector<Row> body) {
        body.insert(body.begin(), Row{u"序号", u"项目名称", u"总投资", u"投资方", u"项目进展"});
        return recognizeSubmission(makeGrid(body))->rows;
    };
    for (const char16_t* footer : {u"审核：赵六", u"制表：钱七", u"单位负责人：孙八", u"负责人：周九", u"联系人：吴十",
                                   u"分管领导：郑一", u"填报日期：2026年6月30日"}) {
        CHECK(rowsOf({{1, u"甲"}, {footer}, {2, u"乙"}}).projects == std::vector<int>{1});
    }
    // Projects whose names only hold these words stay projects.
    CHECK(rowsOf({{1, u"审核中心大楼"}, {2, u"表面处理厂"}, {3, u"智能制造期货交割库"}}).projects ==
          std::vector<int>{1, 2, 3});
}

TEST_CASE("traditional characters throughout a sheet", "[validation][layout]") {
    std::vector<Row> rows = {
        {u"晉熙鎮招商引資項目申報表"},
        {u"序號", u"項目名稱", u"申報單位", u"建設性質", u"產業類別", u"總投資（萬元）", u"項目進展", u"簽約日期",
         u"投資方"},
        {1, u"智慧農業園", u"晉熙鎮", u"新簽約", u"現代農業", 8000.0, u"已簽約", u"2026年3月5日", u"某農業公司"},
        {u"合計", u"", u"", u"", u"", 8000.0},
    };
    const auto result = validateWorkbook(makeWorkbook({targetsSheet(), makeSheet(u"晉熙鎮", rows)}), kToday);
    CHECK(describeAll(result.findings).empty());
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].unit->registered == 0);
    CHECK(result.rows[0].investment == Approx(0.8));
    CHECK(utf8(result.rows[0].industry) == "农业");
    CHECK(utf8(result.rows[0].name) == "智慧農業園"); // shown as written
}

TEST_CASE("a combined sheet with a 申报单位 column", "[validation][layout]") {
    std::vector<Row> rows = {standardHeader(), project(u"甲", {{u"申报单位", u"晋熙镇"}}),
                             project(u"乙", {{u"申报单位", u"牛镇"}}), project(u"丙", {{u"申报单位", u"开发区"}}),
                             project(u"丁", {{u"申报单位", u""}})};
    const auto result = validateWorkbook(makeWorkbook({targetsSheet(), makeSheet(u"全县汇总", rows)}), kToday);
    CHECK(describeAll(result.findings) == Strings{"全县汇总!C5 missing-cell[申报单位]"});
    CHECK(result.rows[0].unit->registered == 0);
    CHECK(result.rows[1].unit->registered == 1);
    CHECK(result.rows[2].unit->registered == 3);
    CHECK_FALSE(result.rows[3].unit);
    CHECK_FALSE(result.sheets[1].sheetUnit);
}

TEST_CASE("a sheet named after its unit: blank 申报单位 cells or no such column", "[validation][layout]") {
    std::vector<Row> withColumn = {standardHeader(), project(u"甲", {{u"申报单位", u""}})};
    std::vector<Row> withoutColumn = {{u"项目名称", u"建设性质", u"产业类别", u"总投资", u"项目进展", u"投资方"},
                                      {u"乙", u"续建", u"工业", 1.0, u"在谈", u"某公司"}};
    const auto result = validateWorkbook(
        makeWorkbook({targetsSheet(), makeSheet(u"晋熙镇", withColumn), makeSheet(u"县农委", withoutColumn)}), kToday);
    CHECK(result.findings.empty());
    CHECK(result.rows[0].unit->registered == 0);
    CHECK(result.rows[1].unit->registered == 2);
    CHECK(result.sheets[2].sheetUnit->registered == 2);

    // With a targets sheet, a sheet not named after a unit must have the column.
    const auto unnamed = validateWorkbook(makeWorkbook({targetsSheet(), makeSheet(u"Sheet1", withoutColumn)}), kToday);
    CHECK(describeAll(unnamed.findings) == Strings{"Sheet1!A1 missing-header[申报单位]"});
}

TEST_CASE("a unit's second and third sheets: trailing （2）, (2) or -2 is ignored", "[validation][layout]") {
    CHECK(utf8(std::u16string(withoutSheetOrdinal(u"孚玉镇（2）"))) == "孚玉镇");
    CHECK(utf8(std::u16string(withoutSheetOrdinal(u"孚玉镇(2)"))) == "孚玉镇");
    CHECK(utf8(std::u16string(withoutSheetOrdinal(u"孚玉镇-2"))) == "孚玉镇");
    CHECK(utf8(std::u16string(withoutSheetOrdinal(u"复兴镇 (3)"))) == "复兴镇");
    CHECK(utf8(std::u16string(withoutSheetOrdinal(u"县农委（１２）"))) == "县农委");
    CHECK(utf8(std::u16string(withoutSheetOrdinal(u"（2）"))) == "（2）");               // nothing would be left
    CHECK(utf8(std::u16string(withoutSheetOrdinal(u"孚玉镇（二）"))) == "孚玉镇（二）"); // not digits
    CHECK(utf8(std::u16string(withoutSheetOrdinal(u"孚玉镇(2）"))) == "孚玉镇(2）");     // brackets do not pair
    CHECK(utf8(std::u16string(withoutSheetOrdinal(u"2026"))) == "2026");

    std::vector<Row> withoutColumn = {{u"项目名称", u"建设性质", u"产业类别", u"总投资", u"项目进展", u"投资方"},
                                      {u"乙", u"续建", u"工业", 1.0, u"在谈", u"某公司"}};
    std::vector<Row> other = {{u"项目名称", u"建设性质", u"产业类别", u"总投资", u"项目进展", u"投资方"},
                              {u"丙", u"续建", u"工业", 1.0, u"在谈", u"某公司"}};
    const auto result =
        validateWorkbook(makeWorkbook({targetsSheet(), makeSheet(u"晋熙镇", withoutColumn),
                                       makeSheet(u"晋熙镇（2）", other), makeSheet(u"牛镇镇 (3)", other)}),
                         kToday);
    CHECK(describeAll(result.findings) == Strings{"牛镇镇 (3)!A2 duplicate-row[项目名称]"});
    REQUIRE(result.rows.size() == 3);
    CHECK(result.rows[1].unit->registered == 0);
    CHECK(result.rows[2].unit->registered == 1);
    CHECK(result.sheets[2].sheetUnit->registered == 0);
    CHECK(result.unregisteredUnits.empty());

    // Without a targets sheet both sheets are the same unit.
    const auto loose =
        validateWorkbook(makeWorkbook({makeSheet(u"城西乡", withoutColumn), makeSheet(u"城西乡-2", other)}), kToday);
    CHECK(utf8(loose.rows[1].unit->displayName) == "城西乡");
    CHECK(loose.unregisteredUnits.size() == 1);
}

TEST_CASE("without a targets sheet every sheet names its unit", "[validation][layout]") {
    std::vector<Row> rows = {standardHeader(), project(u"甲", {{u"申报单位", u""}}),
                             project(u"乙", {{u"申报单位", u"晋熙"}})};
    const auto result = validateWorkbook(makeWorkbook({makeSheet(u"牛镇镇", rows)}), kToday);
    CHECK(result.findings.empty());
    CHECK_FALSE(result.hasTargetsSheet());
    CHECK(utf8(result.rows[0].unit->displayName) == "牛镇镇");
    CHECK(utf8(result.rows[1].unit->displayName) == "晋熙");
    REQUIRE(result.unregisteredUnits.size() == 2);
    CHECK(utf8(result.unregisteredUnits[0].displayName) == "牛镇镇");
    CHECK(result.unregisteredUnits[0].type == UnitType::Township);
    CHECK(result.unregisteredUnits[1].type == UnitType::Department);
}

TEST_CASE("missing-header lists absent required columns; their cells are not missing", "[validation][layout]") {
    std::vector<Row> rows = {{u"项目名称", u"申报单位", u"总投资", u"项目进展", u"签约日期", u"开工日期"},
                             {u"甲", u"晋熙镇", 1.0, u"已开工", u"2026-01-01", u"2026-02-01"}};
    const auto result = validateWorkbook(makeWorkbook({makeSheet(u"汇总", rows)}), kToday);
    CHECK(describeAll(result.findings) == Strings{"汇总!A1 missing-header[建设性质]",
                                                  "汇总!A1 missing-header[产业类别]",
                                                  "汇总!A1 missing-header[投资方]"});
    CHECK(result.rows.size() == 1);
}

TEST_CASE("sheet roles: output sheets and copies are never input", "[validation][layout]") {
    std::vector<Row> rows = {standardHeader(), project(u"甲")};
    const auto result = validateWorkbook(
        makeWorkbook({makeSheet(u"晋熙镇", rows), makeSheet(u"校验结果", rows), makeSheet(u"工作汇报（修改稿）", rows),
                      makeSheet(u"单位考核", rows), makeSheet(u"汇报模板", rows), makeSheet(u"说明", {{u"本表说明"}})}),
        kToday);
    CHECK(result.rows.size() == 1);
    CHECK(result.findings.empty());
    CHECK(result.sheets[0].role == SheetRole::Submission);
    CHECK(result.sheets[1].role == SheetRole::Output);
    CHECK(result.sheets[2].role == SheetRole::Output);
    CHECK(result.sheets[5].role == SheetRole::Other);
    CHECK(isOutputSheetName(u"工作汇报 (2)"));
    CHECK_FALSE(isOutputSheetName(u"汇报"));
}

TEST_CASE("a targets sheet found by its header when not named 任务分解", "[validation][layout]") {
    Sheet targets = targetsSheet();
    targets.name = u"2026年任务";
    std::vector<Row> rows = {standardHeader(), project(u"甲", {{u"申报单位", u"晋熙"}})};
    const auto result = validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", rows), targets}), kToday);
    CHECK(result.targetsSheet == 1);
    CHECK(result.registry.units().size() == 4);
    CHECK(result.rows[0].unit->registered == 0);
}
