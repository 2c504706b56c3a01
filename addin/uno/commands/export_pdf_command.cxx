// huibao:ExportPdf — the report as <document name>_工作汇报.pdf next to the
// document: the Writer document of ExportDocument exported with its fonts
// embedded, so the PDF is the same document as the .docx; where Writer is
// not available, the 工作汇报 sheet's print area. An unsaved document: the
// GUI asks where; headless it is an error.

#include "commands/build_report_command.hxx"
#include "commands/commands.hxx"
#include "commands/export_target.hxx"
#include "commands/report_document.hxx"
#include "common/uno_conversions.hxx"
#include "huibao/text/text.hpp"
#include "huibao/workbook/contract.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <cstdio>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

// The 工作汇报 sheet's print area as PDF (Calc's own export).
void exportSheet(const Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& target) {
    Reference<css::sheet::XPrintAreas> printAreas(document->getSheets()->getByName(toOUString(contract::kReportSheet)),
                                                  UNO_QUERY_THROW);
    Reference<css::table::XCellRange> sheetRange(printAreas, UNO_QUERY_THROW);
    const auto areas = printAreas->getPrintAreas();
    Any selection;
    if (areas.hasElements()) {
        const auto& a = areas[0];
        selection <<= sheetRange->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow);
    } else {
        selection <<= sheetRange;
    }
    const css::beans::PropertyValue filterData[] = {property("Selection", selection)};
    const css::beans::PropertyValue arguments[] = {
        property("FilterName", Any(OUString("calc_pdf_Export"))),
        property("FilterData", Any(css::uno::Sequence<css::beans::PropertyValue>(filterData, 1))),
    };
    Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)
        ->storeToURL(target, css::uno::Sequence<css::beans::PropertyValue>(arguments, 2));
}

} // namespace

Results runExportPdf(CommandScope& scope) {
    const auto target = exportTarget(scope, {u"_工作汇报.pdf", u"PDF", u"PDF", u"工作汇报.pdf"});
    bool rebuilt = false;
    const auto built = reportToExport(scope, rebuilt);
    scope.progress({u"汇报助手：正在导出PDF……", u"汇报助手: exporting the PDF…"}, 95);
    bool reused = false;
    try {
        reused = storeReport(scope, built, {}, target);
    } catch (const css::uno::Exception& error) {
        // No Writer (a Calc-only installation): the sheet, laid out for print.
        const auto message = toUtf8(view(error.Message));
        std::fprintf(stderr, "汇报助手：Writer 无法导出，改由工作表导出PDF（%s）\n", message.c_str());
        exportSheet(scope.document(), target);
    }
    Results results = built->results;
    addResult(results, "ReportRebuilt", sal_Int32(rebuilt));
    addResult(results, "WriterDocumentReused", sal_Int32(reused));
    addResult(results, "File", systemPath(target));
    return results;
}

} // namespace huibao::uno
