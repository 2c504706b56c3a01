// huibao:ExportDocument — the report as a Writer document
// <document name>_工作汇报.docx next to the workbook, made from the same
// report model as the 工作汇报 sheet: the one BuildReport made when the
// workbook has not changed since, else the sheets are rebuilt first, so the
// two agree.

#include "commands/build_report_command.hxx"
#include "commands/commands.hxx"
#include "commands/export_target.hxx"
#include "commands/report_document.hxx"

namespace huibao::uno {

Results runExportDocument(CommandScope& scope) {
    const auto target = exportTarget(scope, {u"_工作汇报.docx", u"Word文档", u"Word document", u"工作汇报.docx"});
    bool rebuilt = false;
    const auto built = reportToExport(scope, rebuilt);
    scope.progress({u"汇报助手：正在导出Word文档……", u"汇报助手: exporting the Word document…"}, 95);
    const bool reused = storeReport(scope, built, target, {});
    Results results = built->results;
    addResult(results, "ReportRebuilt", sal_Int32(rebuilt));
    addResult(results, "WriterDocumentReused", sal_Int32(reused));
    addResult(results, "File", systemPath(target));
    return results;
}

} // namespace huibao::uno
