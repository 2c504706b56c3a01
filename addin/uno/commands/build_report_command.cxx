// huibao:BuildReport — validation, assessment, then the report 工作汇报 from
// the officer's template 汇报模板 (created with the default wording once).

#include "commands/build_report_command.hxx"

#include "commands/assess_command.hxx"
#include "commands/last_report.hxx"
#include "common/uno_conversions.hxx"
#include "document/document_properties.hxx"
#include "document/output_sheet.hxx"
#include "document/report_renderer.hxx"
#include "document/table_writer.hxx"
#include "document/workbook_reader.hxx"
#include "huibao/workbook/contract.hpp"

#include "huibao/assessment/unit_assessment_table.hpp"
#include "huibao/report/report.hpp"
#include "huibao/report/report_template.hpp"
#include "huibao/text/text.hpp"
#include "huibao/values/fingerprint.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>

#include <cstdio>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

// What Huibao last wrote into 工作汇报, to tell an officer's edits from it.
constexpr char kFingerprintProperty[] = "HuibaoReportFingerprint";

OUString fingerprintText(const Reference<css::sheet::XSpreadsheet>& sheet) {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(gridFingerprint(readSheetGrid(sheet))));
    return OUString::createFromAscii(text);
}

// A report the officer changed by hand is kept under a new name, never lost.
void keepEditedReport(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    auto sheets = document->getSheets();
    const OUString reportName = toOUString(contract::kReportSheet);
    if (!sheets->hasByName(reportName)) return;
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(reportName), UNO_QUERY_THROW);
    if (fingerprintText(sheet) == readDocumentNote(document, kFingerprintProperty)) return;
    for (int copy = 1;; ++copy) {
        std::u16string name = std::u16string(contract::kReportSheet) + u"（修改稿";
        if (copy > 1) name += fromUtf8(std::to_string(copy));
        name += u"）";
        if (!sheets->hasByName(toOUString(name))) {
            Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName(toOUString(name));
            return;
        }
    }
}

TemplateReading templateOf(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    auto sheets = document->getSheets();
    const OUString name = toOUString(contract::kReportTemplateSheet);
    if (sheets->hasByName(name))
        return readReportTemplate(
            readSheetGrid(Reference<css::sheet::XSpreadsheet>(sheets->getByName(name), UNO_QUERY_THROW)));

    TemplateReading reading{defaultReportTemplate(), {}};
    auto sheet = replaceOutputSheet(document, contract::kReportTemplateSheet, SAL_MAX_INT16);
    const Grid cells = reportTemplateSheet(reading.reportTemplate);
    css::uno::Sequence<css::uno::Sequence<Any>> rows(sal_Int32(cells.size()));
    auto* out = rows.getArray();
    const std::size_t width = cells.empty() ? 0 : cells.front().size();
    for (std::size_t r = 0; r < cells.size(); ++r) {
        css::uno::Sequence<Any> row(static_cast<sal_Int32>(width));
        auto* values = row.getArray();
        for (std::size_t c = 0; c < width; ++c)
            values[c] <<= c < cells[r].size() ? toOUString(cells[r][c].text) : OUString();
        out[r] = row;
    }
    writeRows(sheet, 0, 0, rows);
    Reference<css::table::XColumnRowRange> grid(sheet, UNO_QUERY_THROW);
    static constexpr sal_Int32 widths[] = {2400, 16000, 8000};
    for (sal_Int32 c = 0; c < sal_Int32(width) && c < 3; ++c)
        Reference<css::beans::XPropertySet>(grid->getColumns()->getByIndex(c), UNO_QUERY_THROW)
            ->setPropertyValue("Width", Any(widths[c]));
    Reference<css::beans::XPropertySet>(
        sheet->getCellRangeByPosition(0, 0, sal_Int32(width) - 1, sal_Int32(cells.size()) - 1), UNO_QUERY_THROW)
        ->setPropertyValue("IsTextWrapped", Any(true));
    return reading;
}

// The table's cells under its name (report.md calls the table 主要指标), so
// that a formula or a macro can find it as =INDEX(主要指标;…) wherever its
// rows fall. A rebuild replaces the name with the new sheet's.
void nameRange(const Reference<css::sheet::XSpreadsheetDocument>& document, const std::u16string& name,
               const css::table::CellRangeAddress& range) {
    Reference<css::sheet::XNamedRanges> names(
        Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)->getPropertyValue("NamedRanges"),
        UNO_QUERY_THROW);
    const OUString title = toOUString(name);
    if (names->hasByName(title)) names->removeByName(title);
    css::table::CellAddress origin;
    origin.Sheet = range.Sheet;
    // The table starts at A1 and is two columns wide (label, value).
    const OUString content = "$'" + toOUString(contract::kReportDataSheet) + "'.$A$" +
                             OUString::number(range.StartRow + 1) + ":$" +
                             OUString(sal_Unicode(u'A' + range.EndColumn)) + "$" + OUString::number(range.EndRow + 1);
    names->addNewByName(title, content, origin, 0);
}

// 汇报数据: 主要指标 (numbers), then the officer's notes, one per row.
void writeReportData(const Reference<css::sheet::XSpreadsheetDocument>& document, const Report& report,
                     const ReportFonts& fonts) {
    auto sheet =
        replaceOutputSheet(document, contract::kReportDataSheet, positionAfter(document, contract::kReportSheet));
    const auto written = writeFormattedTable(document, sheet, report.data.keyIndicators, 0, 0);
    nameRange(document, report.data.keyIndicators.name, written);
    std::vector<std::u16string> notes = report.data.notes;
    for (const auto& substitution : fonts.substitutions) notes.push_back(u"字体：" + substitution);
    css::uno::Sequence<css::uno::Sequence<Any>> rows(sal_Int32(notes.size() + 1));
    auto* out = rows.getArray();
    const Any heading(toOUString(u"说明（仅供本局核对，不随汇报报送）"));
    out[0] = css::uno::Sequence<Any>(&heading, 1);
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const Any note(toOUString(notes[i]));
        out[i + 1] = css::uno::Sequence<Any>(&note, 1);
    }
    writeRows(sheet, written.EndRow + 2, 0, rows);
    Reference<css::table::XColumnRowRange> grid(sheet, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(grid->getColumns()->getByIndex(0), UNO_QUERY_THROW)
        ->setPropertyValue("Width", Any(sal_Int32(6000)));
    Reference<css::beans::XPropertySet>(grid->getColumns()->getByIndex(1), UNO_QUERY_THROW)
        ->setPropertyValue("Width", Any(sal_Int32(3500)));
}

} // namespace

std::shared_ptr<const BuiltReport> buildReportSheets(CommandScope& scope) {
    const auto& document = scope.document();
    // Everything that could refuse is asked before anything changes.
    ensureReplaceable(document, contract::kReportSheet);
    ensureReplaceable(document, contract::kUnitAssessmentSheet);
    ensureReplaceable(document, contract::kReportDataSheet);
    // 汇报模板 is only read once it exists (report.md): the officer may
    // protect it against edits; when it is made, the structure protection
    // asked above is what could refuse.

    const auto run = assessDocument(scope);
    scope.progress({u"汇报助手：正在撰写工作汇报……", u"汇报助手: writing the report…"}, 92);
    auto reading = templateOf(document);
    auto made = std::make_shared<BuiltReport>(
        BuiltReport{buildReport(run.assessment, reading.reportTemplate, std::move(reading.issues)),
                    chooseReportFonts(scope.context()),
                    {}});
    BuiltReport& built = *made;
    const Report& report = built.report;
    const ReportFonts& fonts = built.fonts;

    scope.progress({u"汇报助手：正在排版工作汇报……", u"汇报助手: laying out the report…"}, 95);
    keepEditedReport(document);
    scope.trace(u"report sheet");
    auto sheet =
        replaceOutputSheet(document, contract::kReportSheet, positionAfter(document, contract::kUnitAssessmentSheet));
    renderReport(document, sheet, report, fonts);
    scope.trace(u"report fingerprint");
    writeDocumentNote(document, kFingerprintProperty, fingerprintText(sheet));
    scope.progress({u"汇报助手：正在写入汇报数据……", u"汇报助手: writing 汇报数据…"}, 98);
    writeReportData(document, report, fonts);
    // Not switching the view to the new sheet here: Calc 7.4 then leaves the
    // sheet insertions out of the undo step.

    built.results = assessmentResults(run);
    addResult(built.results, "TemplateIssues", sal_Int32(report.issues.size()));
    for (const auto& issue : report.issues) {
        const auto text = toUtf8(issue.message);
        std::fprintf(stderr, "汇报助手（汇报模板）: %s\n", text.c_str());
    }
    rememberReport(scope, made);
    return made;
}

std::shared_ptr<const BuiltReport> reportToExport(CommandScope& scope, bool& rebuilt) {
    auto remembered = rememberedReport(scope);
    rebuilt = !remembered;
    if (remembered) scope.writesNothing();
    return remembered ? remembered : buildReportSheets(scope);
}

Results runBuildReport(CommandScope& scope) {
    return buildReportSheets(scope)->results;
}

} // namespace huibao::uno
