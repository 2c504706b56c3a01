// Each row-level rule of spec/validation.md: cases that must fire and cases
// that must not.
#include "validation/validation_fixture.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;
using Strings = std::vector<std::string>;

TEST_CASE("a correct row gives no finding and a fully typed project", "[validation][rules]") {
    const auto result = validateRows({project(u"智能制造产业园")});
    CHECK(describeAll(result.findings).empty());
    REQUIRE(result.rows.size() == 1);
    const ProjectRow& row = result.rows[0];
    CHECK(row.sheetIndex == 0);
    CHECK(row.row == 2);
    CHECK(row.seq == 1);
    CHECK(utf8(row.name) == "智能制造产业园");
    REQUIRE(row.unit);
    CHECK(utf8(row.unit->displayName) == "晋熙镇");
    CHECK_FALSE(row.unit->isRegistered());
    CHECK(row.nature == Nature::NewlySigned);
    CHECK(utf8(row.industry) == "工业");
    CHECK(row.emerging == false);
    CHECK(row.investment == Approx(5.0));
    CHECK(row.funds == Approx(1.0));
    CHECK_FALSE(row.foreign);
    CHECK(row.status == Status::Started);
    CHECK(row.signedOn == Date{2026, 2, 1});
    CHECK(row.startedOn == Date{2026, 3, 1});
    CHECK_FALSE(row.producingOn);
    CHECK(row.recognized == true);
    CHECK(utf8(row.evidence) == "进账单001");
    CHECK(utf8(row.investor) == "安徽某科技有限公司");
    CHECK(row.counts());
}

TEST_CASE("missing-cell for each required field left blank", "[validation][rules]") {
    const auto result = validateRows({project(
        u"", {{u"建设性质", u""}, {u"产业类别", u"　"}, {u"总投资", u""}, {u"项目进展", u""}, {u"投资方", u""}})});
    CHECK(describeAll(result.findings) ==
          Strings{"晋熙镇!B2 missing-cell[项目名称]", "晋熙镇!D2 missing-cell[建设性质]",
                  "晋熙镇!E2 missing-cell[产业类别]", "晋熙镇!G2 missing-cell[总投资]",
                  "晋熙镇!J2 missing-cell[项目进展]", "晋熙镇!P2 missing-cell[投资方]"});
    // A blank status gives no status-conflict, blank funds need no evidence.
}

TEST_CASE("optional fields may be blank", "[validation][rules]") {
    const auto result = validateRows({project(u"甲", {{u"序号", u""},
                                                      {u"战略性新兴产业", u""},
                                                      {u"实际到位省外资金", u""},
                                                      {u"平台认定", u""},
                                                      {u"到资依据", u""}})});
    CHECK(result.findings.empty());
    CHECK(result.rows[0].emerging == false); // blank = 否
    CHECK(result.rows[0].recognized == false);
    CHECK_FALSE(result.rows[0].funds); // blank counts as 0
}

TEST_CASE("type-error on amounts, dates, yes/no, 序号 and error cells", "[validation][rules]") {
    const auto result = validateRows({project(u"甲", {{u"序号", u"一"},
                                                      {u"总投资", u"3OO"},
                                                      {u"实际到位境外资金", u"5亿元"},
                                                      {u"签约日期", u"2026-02-30"},
                                                      {u"开工日期", 12.0},
                                                      {u"平台认定", u"有"},
                                                      {u"投资方", Cell::ofError()}})});
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!A2 type-error[序号]", "晋熙镇!G2 type-error[总投资]",
                                                  "晋熙镇!I2 type-error[实际到位境外资金]",
                                                  "晋熙镇!K2 type-error[签约日期]", "晋熙镇!L2 type-error[开工日期]",
                                                  "晋熙镇!N2 type-error[平台认定]", "晋熙镇!P2 type-error[投资方]"});
    CHECK(utf8(result.findings[1].message).find("总投资 \"3OO\" 不是数字") == 0);
    // Unreadable values count as blank for assessment; the row still counts.
    const ProjectRow& row = result.rows[0];
    CHECK_FALSE(row.investment);
    CHECK_FALSE(row.signedOn);
    CHECK_FALSE(row.recognized);
    CHECK(row.counts());
}

TEST_CASE("amounts read in text, other units and full-width digits", "[validation][rules]") {
    const auto result = validateRows({project(
        u"甲", {{u"总投资", u"３０００万元"}, {u"实际到位省外资金", u"1,000万"}, {u"实际到位境外资金", u"12万美元"}})});
    CHECK(result.findings.empty());
    CHECK(result.rows[0].investment == Approx(0.3));
    CHECK(result.rows[0].funds == Approx(0.1));
    CHECK(result.rows[0].foreign == Approx(12));
}

TEST_CASE("enum-error quotes the value and lists the choices", "[validation][rules]") {
    const auto result = validateRows(
        {project(u"甲", {{u"建设性质", u"扩建"}, {u"产业类别", u"房地产"}, {u"项目进展", u"开工建设中"}})});
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!D2 enum-error[建设性质]", "晋熙镇!E2 enum-error[产业类别]",
                                                  "晋熙镇!J2 enum-error[项目进展]"});
    CHECK(utf8(result.findings[2].message) == "\"开工建设中\" 不是有效的项目进展，可选：在谈、已签约、已开工、已投产");
    CHECK(utf8(result.findings[0].message) == "\"扩建\" 不是有效的建设性质，可选：新签约、新建、续建");
}

TEST_CASE("synonyms and traditional characters are accepted values", "[validation][rules]") {
    const auto result = validateRows({project(
        u"甲", {{u"建设性质", u"新簽"}, {u"产业类别", u"文化旅游"}, {u"项目进展", u"在建"}, {u"平台认定", u"√"}})});
    CHECK(result.findings.empty());
    CHECK(result.rows[0].nature == Nature::NewlySigned);
    CHECK(utf8(result.rows[0].industry) == "文旅");
    CHECK(result.rows[0].status == Status::Started);
}

TEST_CASE("其他产业类别 of the parameters sheet are accepted industries", "[validation][rules]") {
    std::vector<Row> rows = {standardHeader(), project(u"甲", {{u"产业类别", u"房地产"}})};
    auto withParameter =
        validateWorkbook(makeWorkbook({makeSheet(u"参数", {{u"参数", u"值"}, {u"其他产业类别", u"房地产、商贸"}}),
                                       makeSheet(u"晋熙镇", rows)}),
                         kToday);
    CHECK(withParameter.findings.empty());
    CHECK(utf8(withParameter.rows[0].industry) == "房地产");
}

TEST_CASE("constraint-error: negative, zero investment, funds above investment", "[validation][rules]") {
    const auto result = validateRows({
        project(u"甲", {{u"实际到位省外资金", -1.0}}), project(u"乙", {{u"总投资", 0.0}}),
        project(u"丙", {{u"总投资", 2.0}, {u"实际到位省外资金", 3.0}}),
        project(u"丁", {{u"总投资", 3.0}, {u"实际到位省外资金", 3.0}}), // equal is fine
    });
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!H2 constraint-error[实际到位省外资金]",
                                                  "晋熙镇!G3 constraint-error[总投资]",
                                                  "晋熙镇!H4 constraint-error[实际到位省外资金]"});
}

TEST_CASE("funds are compared with investment in 亿元 whatever the columns' units", "[validation][rules]") {
    std::vector<Row> rows = {
        {u"项目名称", u"申报单位", u"建设性质", u"产业类别", u"总投资（万元）", u"实际到位省外资金", u"项目进展",
         u"签约日期", u"投资方", u"到资依据"},
        {u"甲", u"晋熙镇", u"新签约", u"工业", 5000.0, 0.4, u"已签约", u"2026-01-05", u"某公司", u"凭证"},
        {u"乙", u"晋熙镇", u"新签约", u"工业", 5000.0, 0.6, u"已签约", u"2026-01-05", u"某公司", u"凭证"}};
    const auto result = validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", rows)}), kToday);
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!F3 constraint-error[实际到位省外资金]"});
    CHECK(result.rows[0].investment == Approx(0.5));
}

TEST_CASE("unit-suspect only in 亿元 columns from 100 up", "[validation][rules]") {
    const auto result = validateRows({
        project(u"甲", {{u"总投资", 100.0}, {u"实际到位省外资金", 1.0}}),
        project(u"乙", {{u"总投资", 99.99}}),
    });
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!G2 unit-suspect[总投资]"});
    CHECK(result.findings[0].severity == Severity::Warning);
    CHECK(result.rows[0].investment == Approx(100)); // still counted as read

    std::vector<Row> wanyuan = {
        {u"单位：万元"}, standardHeader(), project(u"丙", {{u"总投资", 50000.0}, {u"实际到位省外资金", 100.0}})};
    const auto noteResult = validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", wanyuan)}), kToday);
    CHECK(noteResult.findings.empty());
    CHECK(noteResult.rows[0].investment == Approx(5));
}

TEST_CASE("unknown-unit only with a targets sheet, suggesting the closest name", "[validation][rules]") {
    const Row row = project(u"甲", {{u"申报单位", u"晋溪镇"}});
    const auto without = validateRows({row});
    CHECK(without.findings.empty());

    const auto with =
        validateRows({row, project(u"乙", {{u"申报单位", u"晋熙"}}), project(u"丙", {{u"申报单位", u"晋熙镇政府"}}),
                      project(u"丁", {{u"申报单位", u"農委"}})},
                     true);
    CHECK(describeAll(with.findings) == Strings{"晋熙镇!C2 unknown-unit[申报单位]"});
    CHECK(utf8(with.findings[0].message).find("\"晋溪镇\" 不在任务分解表中，是否应为 \"晋熙镇\"") != std::string::npos);
    REQUIRE(with.rows.size() == 4);
    CHECK_FALSE(with.rows[0].unit->isRegistered());
    CHECK(with.rows[1].unit->registered == 0);
    CHECK(with.rows[2].unit->registered == 0);
    CHECK(with.rows[3].unit->registered == 2);
    CHECK(utf8(with.rows[3].unit->displayName) == "县农委");
}

TEST_CASE("future-date against the report date", "[validation][rules]") {
    const auto result =
        validateRows({project(u"甲", {{u"开工日期", u"2026-07-01"}}), project(u"乙", {{u"开工日期", u"2026-06-30"}})});
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!L2 future-date[开工日期]"});

    // The report date comes from the parameters sheet when it has one.
    std::vector<Row> rows = {standardHeader(), project(u"甲", {{u"开工日期", u"2026-05-01"}})};
    const auto earlier = validateWorkbook(
        makeWorkbook({makeSheet(u"参数", {{u"报告日期", u"2026年3月31日"}}), makeSheet(u"晋熙镇", rows)}), kToday);
    CHECK(describeAll(earlier.findings) == Strings{"晋熙镇!L2 future-date[开工日期]"});
}

TEST_CASE("date-order on the later field", "[validation][rules]") {
    const auto result = validateRows({
        project(u"甲", {{u"签约日期", u"2026-03-05"}, {u"开工日期", u"2026-03-04"}}),
        project(u"乙", {{u"项目进展", u"已投产"}, {u"开工日期", u"2026-03-01"}, {u"投产日期", u"2026-02-28"}}),
        project(u"丙", {{u"签约日期", u"2026-03-01"}, {u"开工日期", u"2026-03-01"}}), // same day is fine
    });
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!L2 date-order[开工日期]", "晋熙镇!M3 date-order[投产日期]"});
}

TEST_CASE("an unreadable date is a type-error only", "[validation][rules]") {
    const auto result = validateRows({project(u"甲", {{u"签约日期", u"下月"}, {u"开工日期", u"2026-01-01"}})});
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!K2 type-error[签约日期]"});
}

TEST_CASE("status-conflict: stages reached without dates, dates of stages not reached", "[validation][rules]") {
    const auto result = validateRows({
        project(u"甲", {{u"项目进展", u"已签约"}, {u"签约日期", u""}, {u"开工日期", u""}}),
        project(u"乙", {{u"项目进展", u"已开工"}, {u"开工日期", u""}}), project(u"丙", {{u"项目进展", u"已投产"}}),
        project(u"丁", {{u"项目进展", u"在谈"}, {u"签约日期", u""}}),
        project(u"戊", {{u"项目进展", u"已开工"}, {u"投产日期", u"2026-05-01"}}),
        project(u"己", {{u"项目进展", u"在谈"}, {u"签约日期", u"2026-01-01"}, {u"开工日期", u""}}), // allowed
    });
    CHECK(describeAll(result.findings) ==
          Strings{"晋熙镇!K2 status-conflict[签约日期]", "晋熙镇!L3 status-conflict[开工日期]",
                  "晋熙镇!M4 status-conflict[投产日期]", "晋熙镇!L5 status-conflict[开工日期]",
                  "晋熙镇!M6 status-conflict[投产日期]"});
}

TEST_CASE("status-conflict goes on 项目进展 when the date column is absent", "[validation][rules]") {
    std::vector<Row> rows = {{u"项目名称", u"申报单位", u"建设性质", u"产业类别", u"总投资", u"项目进展", u"投资方"},
                             {u"甲", u"晋熙镇", u"新建", u"工业", 2.0, u"已开工", u"某公司"}};
    const auto result = validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", rows)}), kToday);
    CHECK(describeAll(result.findings) ==
          Strings{"晋熙镇!F2 status-conflict[项目进展]", "晋熙镇!F2 status-conflict[项目进展]"});
    CHECK(utf8(result.findings[0].message).find("签约日期") != std::string::npos);
    CHECK(utf8(result.findings[1].message).find("开工日期") != std::string::npos);
}

TEST_CASE("an invalid or blank status gives no status-conflict", "[validation][rules]") {
    const auto result =
        validateRows({project(u"甲", {{u"项目进展", u"完工"}, {u"签约日期", u""}, {u"开工日期", u""}})});
    CHECK(codesOf(result.findings) == Strings{"enum-error"});
}

TEST_CASE("evidence-missing when funds arrived without 到资依据", "[validation][rules]") {
    const auto result = validateRows({
        project(u"甲", {{u"到资依据", u""}}), project(u"乙", {{u"到资依据", u""}, {u"实际到位省外资金", 0.0}}),
        project(u"丙", {{u"到资依据", u""}, {u"实际到位省外资金", u"三亿"}}), // type-error only
    });
    CHECK(describeAll(result.findings) ==
          Strings{"晋熙镇!O2 evidence-missing[到资依据]", "晋熙镇!H4 type-error[实际到位省外资金]"});
    CHECK(result.findings[0].severity == Severity::Warning);

    std::vector<Row> rows = {
        {u"项目名称", u"申报单位", u"建设性质", u"产业类别", u"总投资", u"实际到位资金", u"项目进展", u"投资方"},
        {u"甲", u"晋熙镇", u"续建", u"工业", 2.0, 1.0, u"在谈", u"某公司"}};
    const auto absent = validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", rows)}), kToday);
    CHECK(describeAll(absent.findings) == Strings{"晋熙镇!F2 evidence-missing[实际到位省外资金]"});
}

TEST_CASE("funds exceeding 总投资 leave both readable: evidence-missing still applies", "[validation][rules]") {
    // spec/validation.md, "dependencies": a broken relation between two
    // readable values is not an unreadable value.
    const auto result = validateRows({
        project(u"甲", {{u"总投资", 2.0}, {u"实际到位省外资金", 3.0}, {u"到资依据", u""}}),
        project(u"乙", {{u"总投资", 2.0}, {u"实际到位省外资金", 3.0}}), // evidence given: the constraint only
    });
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!H2 constraint-error[实际到位省外资金]",
                                                  "晋熙镇!O2 evidence-missing[到资依据]",
                                                  "晋熙镇!H3 constraint-error[实际到位省外资金]"});
    // Both amounts stay on the row for assessment.
    CHECK(result.rows[0].investment == Approx(2.0));
    CHECK(result.rows[0].funds == Approx(3.0));

    // The same without a 到资依据 column: the warning goes on the funds.
    std::vector<Row> rows = {
        {u"项目名称", u"申报单位", u"建设性质", u"产业类别", u"总投资", u"实际到位资金", u"项目进展", u"投资方"},
        {u"甲", u"晋熙镇", u"续建", u"工业", 2.0, 3.0, u"在谈", u"某公司"}};
    const auto absent = validateWorkbook(makeWorkbook({makeSheet(u"晋熙镇", rows)}), kToday);
    CHECK(describeAll(absent.findings) ==
          Strings{"晋熙镇!F2 constraint-error[实际到位省外资金]", "晋熙镇!F2 evidence-missing[实际到位省外资金]"});
}

TEST_CASE("error values in any cell are type-errors", "[validation][rules]") {
    const auto result = validateRows({project(
        u"甲", {{u"总投资", Cell::ofError()}, {u"项目进展", Cell::ofError()}, {u"申报单位", Cell::ofError()}})});
    CHECK(describeAll(result.findings) ==
          Strings{"晋熙镇!C2 type-error[申报单位]", "晋熙镇!G2 type-error[总投资]", "晋熙镇!J2 type-error[项目进展]"});
    // The bad status is not compared with the dates; the unit stays unknown.
    CHECK_FALSE(result.rows[0].unit);
}
