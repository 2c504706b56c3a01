// Long and odd cells (spec/validation.md, last section): every check costs
// time in proportion to a value's length, and a message quotes at most the
// first 50 characters of a value. Builds in memory a county whose one
// submission sheet holds a row per kind of long cell (a project name pasted
// many times, a long 投资方 and its duplicate, a "date", an "amount" of
// digits, an unregistered 申报单位, traditional characters, combining marks,
// emoji, whitespace runs, a long enum value …), each `length` code units
// long, and times validation, the findings sheet, the marks, assessment and
// the report on it for growing lengths. Linear cost doubles the time when
// the length doubles; quadratic cost quadruples it.
//
//   huibao_long_cell_bench [runs [row]]   (row: only the rows whose description holds it)
//
// Exits 1 when a message or note is longer than the 50-character quoting
// allows, or when a 32,000-character row costs more than kBudgetMs.
#include "validation/validation_fixture.hpp"

#include "huibao/assessment/assessment.hpp"
#include "huibao/report/report.hpp"
#include "huibao/validation/cell_marks.hpp"
#include "huibao/validation/findings_sheet.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

using namespace huibao;
using namespace huibao::test;

namespace {

// `piece` repeated up to `length` code units (a surrogate pair is never cut).
std::u16string repeated(std::u16string_view piece, std::size_t length) {
    std::u16string text;
    text.reserve(length + piece.size());
    while (text.size() + piece.size() <= length) text += piece;
    return text;
}

struct LongRow {
    const char* what;
    const char16_t* field; // the canonical header of the long cell
    std::u16string_view piece;
};

// Each row of the sheet: a valid project whose one cell is long.
const LongRow kRows[] = {
    {"project name pasted over and over", u"项目名称", u"晋熙镇年产十万吨新材料智能制造产业园项目"},
    {"traditional characters (ICU path)", u"项目名称", u"晉熙鎮單于開發區項目"},
    {"combining marks", u"项目名称", u"e\u0301a\u0308"},
    {"emoji (surrogate pairs)", u"项目名称", u"\U0001F600\U0001F3ED"},
    {"right-to-left text", u"项目名称", u"\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 "},
    {"a phrase start and whitespace", u"项目名称", u"單        "},
    {"long investor", u"投资方", u"安徽某某新材料科技股份有限公司"},
    {"long investor, duplicated", u"投资方", u"安徽某某新材料科技股份有限公司"},
    {"date text", u"签约日期", u"2026-03-05"},
    {"amount of digits", u"总投资", u"1234567890"},
    {"amount of full-width digits", u"实际到位省外资金", u"１２３４５６７８９０"},
    {"amount with separators", u"总投资", u"123,"},
    {"unregistered unit", u"申报单位", u"某某县某某镇人民政府"},
    {"unregistered unit, whitespace", u"申报单位", u"晋 熙 "},
    {"enum value", u"项目进展", u"开工建设中"},
    {"yes/no value", u"平台认定", u"是否"},
    {"序号 text", u"序号", u"一二三"},
    {"evidence", u"到资依据", u"进账单"},
};

// The sheet with the rows of kRows[first, last).
Workbook longCellWorkbook(std::size_t length, std::size_t first = 0, std::size_t last = std::size(kRows)) {
    std::vector<Row> rows = {{u"晋熙镇招商引资项目申报表"}, standardHeader()};
    int n = 0;
    for (std::size_t i = first; i < last; ++i) {
        const LongRow& spec = kRows[i];
        // Names differ so that only the pair meant as duplicates is one.
        const std::u16string name = u"项目" + std::u16string(1, char16_t(u'甲' + n++));
        rows.push_back(project(name, {{spec.field, C(repeated(spec.piece, length))}}));
        if (i > first && std::string_view(spec.what).ends_with("duplicated")) {
            rows.back()[1] = rows[rows.size() - 2][1]; // same name as the row before: a duplicate
        }
    }
    rows.push_back({u"填表人：张三"});
    return makeWorkbook({targetsSheet(), makeSheet(u"晋熙镇", rows)});
}

double secondsOf(const std::function<void()>& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Code points of a UTF-16 text.
std::size_t codePoints(std::u16string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i, ++count) {
        if (text[i] >= 0xD800 && text[i] <= 0xDBFF && i + 1 < text.size()) ++i;
    }
    return count;
}

struct Timing {
    double validate = 0, findingsSheet = 0, marks = 0, assessment = 0, report = 0;
    double fastestTotal = 0;        // the fastest run, all stages: least disturbed by other work
    std::size_t longestMessage = 0; // code points
    std::size_t longestNote = 0;
    std::size_t findings = 0;
    double total() const { return validate + findingsSheet + marks + assessment + report; }
};

Timing measure(const Workbook& workbook, int runs) {
    std::vector<double> validate, sheet, marks, assessment, report;
    Timing timing;
    for (int run = 0; run < runs; ++run) {
        std::optional<ValidationResult> result;
        validate.push_back(secondsOf([&] { result.emplace(validateWorkbook(workbook, kToday)); }));
        sheet.push_back(secondsOf([&] { (void)findingsSheetTable(result->findings); }));
        std::vector<CellMark> cellMarks;
        marks.push_back(secondsOf([&] { cellMarks = marksFor(result->findings); }));
        std::optional<Assessment> assessed;
        assessment.push_back(secondsOf([&] {
            assessed.emplace(assess(result->rows, result->registry, result->parameters,
                                    {result->errorCount(), result->warningCount()}));
        }));
        report.push_back(secondsOf([&] { (void)buildReport(*assessed, defaultReportTemplate()); }));
        const double total = validate.back() + sheet.back() + marks.back() + assessment.back() + report.back();
        timing.fastestTotal = run == 0 ? total : std::min(timing.fastestTotal, total);
        timing.findings = result->findings.size();
        for (const Finding& f : result->findings)
            timing.longestMessage = std::max(timing.longestMessage, codePoints(f.message));
        for (const CellMark& m : cellMarks) timing.longestNote = std::max(timing.longestNote, codePoints(m.noteText));
    }
    timing.validate = median(validate);
    timing.findingsSheet = median(sheet);
    timing.marks = median(marks);
    timing.assessment = median(assessment);
    timing.report = median(report);
    return timing;
}

// A message is fixed text plus at most two quoted values of 50 code points
// and an ellipsis each; the longest fixed text is under 100.
constexpr std::size_t kLongestMessage = 2 * 51 + 100;
// The long row's whole cost (every stage) at 32,000 code units.
constexpr double kBudgetMs = 1000;
// Each row alone is timed at 8,000 and 32,000 code units: linear cost grows
// 4 times, quadratic 16 times; the line between allows for a shared machine.
constexpr double kMaxRatio = 8;

} // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const std::size_t lengths[] = {4000, 8000, 16000, 32000};
    std::cout << "long cells: " << std::size(kRows) << " rows, each with one cell of the given length (UTF-16 code "
              << "units); median of " << runs << " runs, milliseconds\n";
    std::cout << std::setw(7) << "length" << std::setw(10) << "validate" << std::setw(10) << "sheet" << std::setw(10)
              << "marks" << std::setw(10) << "assess" << std::setw(10) << "report" << std::setw(10) << "total"
              << std::setw(10) << "ratio" << std::setw(10) << "findings" << std::setw(14) << "longest msg"
              << "\n";
    std::cout << std::fixed << std::setprecision(2);
    int status = 0;
    double previous = 0;
    for (std::size_t length : lengths) {
        const Timing t = measure(longCellWorkbook(length), runs);
        const double ratio = previous > 0 ? t.total() / previous : 0.0;
        std::cout << std::setw(7) << length << std::setw(10) << t.validate * 1e3 << std::setw(10)
                  << t.findingsSheet * 1e3 << std::setw(10) << t.marks * 1e3 << std::setw(10) << t.assessment * 1e3
                  << std::setw(10) << t.report * 1e3 << std::setw(10) << t.total() * 1e3 << std::setw(10) << ratio
                  << std::setw(10) << t.findings << std::setw(14) << std::max(t.longestMessage, t.longestNote) << "\n";
        previous = t.total();
        if (t.longestMessage > kLongestMessage || t.longestNote > kLongestMessage + 20) {
            std::cerr << "a message quotes more than 50 characters of a value (" << t.longestMessage << ", note "
                      << t.longestNote << " code points)\n";
            status = 1;
        }
        if (length == 32000 && t.total() * 1e3 > kBudgetMs) {
            std::cerr << "32,000-character cells took " << t.total() * 1e3 << " ms (budget " << kBudgetMs << ")\n";
            status = 1;
        }
    }
    std::cout << "ratio: total time over that of half the length (linear: about 2, quadratic: about 4)\n\n";
    // (each row alone below: ratio of 32,000 over 8,000, linear about 4, quadratic about 16)

    // Each kind alone, so that one quadratic check cannot hide among the others.
    std::cout << "each row alone (all stages, fastest run), milliseconds\n"
              << std::setw(36) << "row" << std::setw(10) << "8,000" << std::setw(10) << "32,000" << std::setw(10)
              << "ratio\n";
    const std::string_view only = argc > 2 ? argv[2] : "";
    for (std::size_t i = 0; i < std::size(kRows); ++i) {
        if (std::string_view(kRows[i].what).find(only) == std::string_view::npos) continue;
        // The duplicated investor needs the row before it.
        const std::size_t first = std::string_view(kRows[i].what).ends_with("duplicated") ? i - 1 : i;
        const double quarter = measure(longCellWorkbook(8000, first, i + 1), runs).fastestTotal;
        const double full = measure(longCellWorkbook(32000, first, i + 1), runs).fastestTotal;
        std::cout << std::setw(36) << kRows[i].what << std::setw(10) << quarter * 1e3 << std::setw(10) << full * 1e3
                  << std::setw(10) << full / quarter << "\n";
        // Below 20 ms the ratio is noise on a shared machine (page faults of
        // fresh 64 KB strings); quadratic cost at 32,000 would be seconds.
        if (full > 20e-3 && full / quarter > kMaxRatio) {
            std::cerr << kRows[i].what << ": the cost grows faster than the length (" << full / quarter << "x)\n";
            status = 1;
        }
    }
    return status;
}
