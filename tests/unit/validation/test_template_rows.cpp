// Township templates (spec/workbook.md, "Data rows"): rows already numbered,
// bordered or holding formulas that show nothing are blank, not projects.
#include "validation/validation_fixture.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;
using Strings = std::vector<std::string>;

namespace {

// A filled project numbered `seq`, with a distinct name.
Row numbered(int seq) {
    Row row = project(u"项目" + std::u16string(1, char16_t(u'甲' + seq)));
    row[0] = seq;
    return row;
}

// A pre-numbered template row: only its 序号 (borders are not content).
Row numberOnly(int seq) {
    return {seq};
}

// What getDataArray gives for =IF(B5="","",…) in every computed column: "".
Row emptyFormulas(int seq) {
    Row row = numberOnly(seq);
    row.resize(standardHeader().size(), C(Cell::ofText(u"")));
    row[0] = seq;
    return row;
}

// The usual template: a title, 4 projects, 46 numbered empty rows, a 合计 row
// with =SUM(…) results, a 填表人 footer.
std::vector<Row> templateSheet(Row (*empty)(int)) {
    std::vector<Row> rows = {{u"晋熙镇招商引资项目申报表"}, {u"单位：亿元"}, standardHeader()};
    for (int seq = 1; seq <= 4; ++seq) rows.push_back(numbered(seq));
    for (int seq = 5; seq <= 50; ++seq) rows.push_back(empty(seq));
    rows.push_back({u"合计", u"", u"", u"", u"", u"", 20.0, 4.0, 0.0});
    rows.push_back({u"填表人：张三", u"", u"", u"", u"审核人：李四"});
    return rows;
}

ValidationResult validateSheet(std::vector<Row> rows) {
    return validateWorkbook(makeWorkbook({targetsSheet(), makeSheet(u"晋熙镇", rows)}), kToday);
}

} // namespace

TEST_CASE("a template with pre-numbered empty rows gives no finding", "[validation][template]") {
    const auto result = validateSheet(templateSheet(numberOnly));
    CHECK(describeAll(result.findings) == Strings{});
    CHECK(result.rows.size() == 4);
}

TEST_CASE("formulas that show nothing and rows of spaces are blank", "[validation][template]") {
    CHECK(describeAll(validateSheet(templateSheet(emptyFormulas)).findings) == Strings{});

    auto spaces = templateSheet(numberOnly);
    spaces[10] = {6, u"   ", u"\u3000", u"\u00a0", u"\t"};
    spaces[11] = {}; // a merged empty row reads as empty cells
    const auto result = validateSheet(spaces);
    CHECK(describeAll(result.findings) == Strings{});
    CHECK(result.rows.size() == 4);
}

TEST_CASE("a numbered empty row between two filled rows is one blank-row", "[validation][template]") {
    auto rows = templateSheet(numberOnly);
    rows[5] = numberOnly(3); // grid row 6: the third project emptied, the fourth still filled
    const auto result = validateSheet(rows);
    CHECK(describeAll(result.findings) == Strings{"晋熙镇!A6 blank-row[]", "晋熙镇!G54 total-mismatch[总投资]",
                                                  "晋熙镇!H54 total-mismatch[实际到位省外资金]"});
    CHECK(result.rows.size() == 3);

    // Without the stale total the gap alone remains.
    rows[53] = {u"合计"};
    CHECK(describeAll(validateSheet(rows).findings) == Strings{"晋熙镇!A6 blank-row[]"});
}

TEST_CASE("a number-only row is a project when the sheet has no 序号 column", "[validation][template]") {
    Row header = standardHeader();
    header[0] = u"排序"; // not a header Huibao knows: column A is not the 序号
    const auto result = validateSheet({header, project(u"甲"), {7}});
    // The row holds content outside any 序号 column: a project with every required cell missing.
    CHECK(result.rows.size() == 2);
}

TEST_CASE("a total or footer word in the 序号 column still ends the data", "[validation][template]") {
    auto rows = templateSheet(numberOnly);
    rows[7] = {u"合 计"}; // right after the four projects, with nothing else in the row
    rows.push_back(project(u"之后"));
    const auto total = validateSheet(rows);
    CHECK(total.rows.size() == 4);
    CHECK(describeAll(total.findings) == Strings{});

    auto footer = templateSheet(numberOnly);
    footer[7] = {u"填表人：王五"};
    footer.push_back(project(u"之后"));
    CHECK(validateSheet(footer).rows.size() == 4);
}
