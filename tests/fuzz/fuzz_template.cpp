// The report template (汇报模板) is the officer's text: readReportTemplate on
// any sheet, then the whole report built from it for a small county, and the
// text pieces on their own (placeholders, run-in headings, line estimates,
// line breaking by the Chinese rules). The input is the sheet as text (gridFromText).
#include "fuzz_support.hpp"

#include "huibao/assessment/assessment.hpp"
#include "huibao/report/placeholders.hpp"
#include "huibao/report/report.hpp"
#include "huibao/report/text_layout.hpp"
#include "validation/validation_fixture.hpp"

using namespace huibao;

namespace {

const Assessment& county() {
    static const Assessment assessment = [] {
        Workbook workbook;
        workbook.sheets.push_back(test::targetsSheet());
        workbook.sheets.push_back(test::makeSheet(u"晋熙镇", {test::standardHeader(), test::project(u"甲项目"),
                                                              test::project(u"乙项目", {{u"总投资", 12.0}})}));
        const ValidationResult result = validateWorkbook(workbook, test::kToday);
        return assess(result.rows, result.registry, result.parameters, {result.errorCount(), result.warningCount()});
    }();
    return assessment;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::u16string text = fuzz::decodeLenient(data, size);
    static const PlaceholderValues values = placeholderValues(county());

    std::vector<std::u16string> unknown;
    (void)fillPlaceholders(text, values, unknown);
    const int runIn = runInHeadingLength(text);
    HUIBAO_FUZZ_CHECK(runIn >= 0 && runIn <= static_cast<int>(text.size()));
    HUIBAO_FUZZ_CHECK(estimateLines(text, 30) >= 1);
    (void)displayWidth(text);
    for (double width : {4.0, 28.0}) {
        // Lines are the paragraph cut, never longer than it.
        std::size_t total = 0;
        for (const auto& line : breakLines(text, width - 2, width)) total += line.size();
        HUIBAO_FUZZ_CHECK(total <= text.size());
    }

    const TemplateReading reading = readReportTemplate(fuzz::gridFromText(text, 40, 6));
    const Report report = buildReport(county(), reading.reportTemplate, reading.issues);
    for (const ReportBlock& block : report.blocks) {
        HUIBAO_FUZZ_CHECK(block.runInLength >= 0 && block.runInLength <= static_cast<int>(block.text.size()));
    }
    return 0;
}
