// Whole workbooks: several sheets built from the fuzzer's bytes — submission
// sheets with headers and aliases in any order and unit, cells of every kind
// (errors, booleans, NaN, infinities, huge numbers, long and odd text), a
// 任务分解 sheet, a 参数 sheet, output sheets and others — through everything
// a button press runs: validateWorkbook, the marks and their record, the
// 校验结果 table, the assessment, the 单位考核 table and the report.
#include "fuzz_support.hpp"

#include "huibao/assessment/assessment.hpp"
#include "huibao/assessment/unit_assessment_table.hpp"
#include "huibao/report/report.hpp"
#include "huibao/validation/cell_marks.hpp"
#include "huibao/validation/findings_sheet.hpp"
#include "huibao/validation/validation.hpp"
#include "huibao/workbook/contract.hpp"
#include "huibao/workbook/fields.hpp"
#include "huibao/workbook/parameters.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstring>
#include <limits>

using namespace huibao;

namespace {

// Words a township's sheet is made of, so that most rows get past the header
// and the enum checks and reach the rules behind them.
constexpr std::u16string_view kWords[] = {
    u"晋熙镇",     u"牛镇镇",
    u"县农委",     u"开发区管委会",
    u"晋熙",       u"晋熙镇人民政府",
    u"城西乡",     u"新城街道",
    u"新签约",     u"新建",
    u"续建",       u"在谈",
    u"已签约",     u"已开工",
    u"在建",       u"已投产",
    u"工业",       u"农业",
    u"文旅",       u"其他",
    u"文旅康养",   u"是",
    u"否",         u"√",
    u"×",          u"Y",
    u"N",          u"2026-03-05",
    u"2026/3/5",   u"2026年3月",
    u"20260305",   u"２０２６－０３－０５",
    u"2099-12-31", u"1899-12-30",
    u"5",          u"1.5亿元",
    u"3,000万元",  u"１２万美元",
    u"-3",         u"3OO",
    u"合计",       u"总计",
    u"小计",       u"填表人：张三",
    u"单位：万元", u"金额单位：亿元",
    u"乡镇",       u"县直单位",
    u"部门",       u"按月",
    u"按日",       u"今天",
    u"无",         u"安徽某科技有限公司",
    u"甲项目",     u"乙项目",
    u"　",         u" ",
    u"\n",         u"（亿元）",
    u"(万美元)",   u"【元】",
    u"{县名}",     u"｛申报项目数｝",
    u"=1+1",       u"#N/A",
    u"乾",         u"單于",
    u"ｅ",         u"\u0301",
    u"\U0001F600", u"\xD800",
    u"\xDC00",     u"\uFEFF",
    u"\u0001",
};

constexpr double kNumbers[] = {
    0,
    -0.0,
    1,
    2,
    3,
    5,
    12,
    100,
    0.005,
    1e4,
    1e8,
    1e12,
    1e15,
    1e300,
    -1e300,
    45000,
    46086,
    20260305,
    2147483648.0,
    -2147483649.0,
    9.3e18,
    1e-320,
    std::numeric_limits<double>::quiet_NaN(),
    std::numeric_limits<double>::infinity(),
    -std::numeric_limits<double>::infinity(),
    std::numeric_limits<double>::max(),
    std::numeric_limits<double>::lowest(),
};

class Builder {
public:
    explicit Builder(FuzzedDataProvider& input) : in_(input) {}

    std::u16string text() {
        switch (in_.ConsumeIntegralInRange(0, 5)) {
        case 0: return fuzz::decodeLenient(in_.ConsumeRandomLengthString(24));
        case 1: return std::u16string(in_.PickValueInArray(kWords)) + std::u16string(in_.PickValueInArray(kWords));
        case 2: {
            // A long text: one word repeated (hundreds of characters).
            std::u16string word(in_.PickValueInArray(kWords));
            std::u16string result;
            for (int i = in_.ConsumeIntegralInRange(1, 200); i > 0; --i) result += word;
            return result;
        }
        default: return std::u16string(in_.PickValueInArray(kWords));
        }
    }

    double number() {
        switch (in_.ConsumeIntegralInRange(0, 3)) {
        case 0: return in_.ConsumeFloatingPoint<double>();
        case 1: {
            double value;
            const auto bytes = in_.ConsumeBytes<std::uint8_t>(sizeof value);
            std::uint64_t bits = 0;
            for (std::size_t i = 0; i < bytes.size(); ++i) bits |= std::uint64_t{bytes[i]} << (8 * i);
            std::memcpy(&value, &bits, sizeof value);
            return value;
        }
        default: return in_.PickValueInArray(kNumbers);
        }
    }

    Cell cell() {
        switch (in_.ConsumeIntegralInRange(0, 9)) {
        case 0: return Cell::empty();
        case 1: return Cell::ofError();
        case 2: return Cell::ofBoolean(in_.ConsumeBool());
        case 3:
        case 4: return Cell::ofNumber(number());
        default: return Cell::ofText(text());
        }
    }

    std::u16string header() {
        const auto fields = fieldSpecs();
        const FieldSpec& spec = fields[in_.ConsumeIntegralInRange<std::size_t>(0, fields.size() - 1)];
        std::u16string result(spec.header);
        if (!spec.aliases.empty() && in_.ConsumeBool())
            result = spec.aliases[in_.ConsumeIntegralInRange<std::size_t>(0, spec.aliases.size() - 1)];
        switch (in_.ConsumeIntegralInRange(0, 7)) {
        case 0: result += u"（亿元）"; break;
        case 1: result += u"(万元)"; break;
        case 2: result += u"【万美元】"; break;
        case 3: result += u"(" + text() + u")"; break;
        case 4: result = text(); break;
        default: break;
        }
        return result;
    }

    Sheet submission() {
        Sheet sheet{in_.ConsumeBool() ? std::u16string(in_.PickValueInArray(kWords)) : text(), {}, in_.ConsumeBool()};
        const int width = in_.ConsumeIntegralInRange(1, 22);
        for (int i = in_.ConsumeIntegralInRange(0, 3); i > 0; --i) sheet.cells.push_back(row(width));
        if (in_.ConsumeBool()) {
            std::vector<Cell> note(width);
            note[0] = Cell::ofText(in_.ConsumeBool() ? u"单位：万元" : text());
            sheet.cells.push_back(std::move(note));
        }
        std::vector<Cell> headerRow;
        for (int column = 0; column < width; ++column) {
            headerRow.push_back(in_.ConsumeIntegralInRange(0, 9) == 0 ? cell() : Cell::ofText(header()));
        }
        sheet.cells.push_back(std::move(headerRow));
        for (int i = in_.ConsumeIntegralInRange(0, 12); i > 0; --i) sheet.cells.push_back(row(width));
        return sheet;
    }

    Sheet targets() {
        Sheet sheet{std::u16string(contract::kTargetsSheet), {}, in_.ConsumeBool()};
        constexpr std::u16string_view kHeaders[] = {
            u"单位名称", u"单位类型", u"招商团",       u"别名",
            u"项目任务", u"简称",     u"省外资金任务", u"境外资金任务（万美元）"};
        const int width = in_.ConsumeIntegralInRange(1, 8);
        if (in_.ConsumeBool()) sheet.cells.push_back(row(width));
        std::vector<Cell> headerRow;
        for (int column = 0; column < width; ++column) {
            headerRow.push_back(Cell::ofText(
                in_.ConsumeIntegralInRange(0, 7) == 0 ? text() : std::u16string(in_.PickValueInArray(kHeaders))));
        }
        sheet.cells.push_back(std::move(headerRow));
        for (int i = in_.ConsumeIntegralInRange(0, 8); i > 0; --i) sheet.cells.push_back(row(width));
        return sheet;
    }

    Sheet parameters() {
        Sheet sheet{std::u16string(contract::kParametersSheet), {}, in_.ConsumeBool()};
        sheet.cells.push_back({Cell::ofText(u"参数"), Cell::ofText(u"值")});
        const auto specs = parameterSpecs();
        for (int i = in_.ConsumeIntegralInRange(0, 12); i > 0; --i) {
            const auto& spec = specs[in_.ConsumeIntegralInRange<std::size_t>(0, specs.size() - 1)];
            sheet.cells.push_back(
                {in_.ConsumeIntegralInRange(0, 7) == 0 ? cell() : Cell::ofText(std::u16string(spec.name)), cell()});
        }
        return sheet;
    }

    Sheet other() {
        std::u16string name =
            in_.ConsumeBool() ? std::u16string(in_.PickValueInArray(contract::kOutputSheets)) : text();
        Sheet sheet{std::move(name), {}, in_.ConsumeBool()};
        const int width = in_.ConsumeIntegralInRange(1, 4);
        for (int i = in_.ConsumeIntegralInRange(0, 4); i > 0; --i) sheet.cells.push_back(row(width));
        return sheet;
    }

    std::vector<Cell> row(int width) {
        std::vector<Cell> cells;
        for (int column = 0; column < width; ++column) cells.push_back(cell());
        return cells;
    }

    Date date() {
        return Date{in_.ConsumeIntegralInRange(1990, 2100), in_.ConsumeIntegralInRange(1, 12),
                    in_.ConsumeIntegralInRange(1, 28)};
    }

private:
    FuzzedDataProvider& in_;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    Builder build(input);

    Workbook workbook;
    constexpr Date kNullDates[] = {kDefaultNullDate, Date{1900, 1, 1}, Date{1904, 1, 1}};
    workbook.nullDate = input.PickValueInArray(kNullDates);
    const Date today = input.ConsumeBool() ? Date{2026, 6, 30} : build.date();
    for (int i = input.ConsumeIntegralInRange(1, 5); i > 0 && input.remaining_bytes() > 0; --i) {
        switch (input.ConsumeIntegralInRange(0, 5)) {
        case 0: workbook.sheets.push_back(build.targets()); break;
        case 1: workbook.sheets.push_back(build.parameters()); break;
        case 2: workbook.sheets.push_back(build.other()); break;
        default: workbook.sheets.push_back(build.submission()); break;
        }
    }

    const ValidationResult result = validateWorkbook(workbook, today);
    HUIBAO_FUZZ_CHECK(result.sheets.size() == workbook.sheets.size());
    for (const Finding& finding : result.findings) {
        HUIBAO_FUZZ_CHECK(finding.sheetIndex >= 0 && finding.sheetIndex < static_cast<int>(workbook.sheets.size()));
        HUIBAO_FUZZ_CHECK(finding.row >= 1 && finding.column >= -1 && !finding.message.empty());
        HUIBAO_FUZZ_CHECK(finding.severity == severityOf(finding.code));
    }
    for (const ProjectRow& row : result.rows) {
        HUIBAO_FUZZ_CHECK(row.sheetIndex >= 0 && row.sheetIndex < static_cast<int>(workbook.sheets.size()));
        for (const auto& amount : {row.investment, row.funds, row.foreign, row.hqTax})
            if (amount) HUIBAO_FUZZ_CHECK(std::isfinite(*amount));
        if (row.isDuplicate)
            HUIBAO_FUZZ_CHECK(row.firstOccurrence >= 0 && row.firstOccurrence < static_cast<int>(result.rows.size()));
    }

    const std::vector<CellMark> marks = marksFor(result.findings);
    const auto parsed = parseMarks(serializeMarks(marks));
    HUIBAO_FUZZ_CHECK(parsed && parsed->size() == marks.size());
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const CellMark& a = marks[i];
        const CellMark& b = (*parsed)[i];
        HUIBAO_FUZZ_CHECK(a.row == b.row && a.column == b.column && a.fill == b.fill);
        HUIBAO_FUZZ_CHECK(a.ownFill == b.ownFill && a.appendedToOwnNote == b.appendedToOwnNote);
    }
    const FormattedTable findingsTable = findingsSheetTable(result.findings);
    (void)findingsTable;

    const Assessment assessment =
        assess(result.rows, result.registry, result.parameters, {result.errorCount(), result.warningCount()});
    for (const UnitAssessment& unit : assessment.units) HUIBAO_FUZZ_CHECK(!unit.name.empty());
    const FormattedTable unitTable = buildUnitAssessmentTable(assessment);
    HUIBAO_FUZZ_CHECK(unitTable.rows.size() == assessment.units.size() + 1);
    const Report report = buildReport(assessment, defaultReportTemplate());
    HUIBAO_FUZZ_CHECK(!report.blocks.empty());
    return 0;
}
