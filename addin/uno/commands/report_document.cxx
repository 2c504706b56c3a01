#include "commands/report_document.hxx"

#include "commands/last_report.hxx"
#include "document/docx_face_names.hxx"
#include "document/writer_report.hxx"

namespace huibao::uno {

bool storeReport(CommandScope& scope, const std::shared_ptr<const BuiltReport>& built, const ::rtl::OUString& docxUrl,
                 const ::rtl::OUString& pdfUrl) {
    auto document = keptWriterDocument(built);
    const bool reused = document.is();
    if (!reused) {
        scope.trace(u"Writer 文档");
        document = makeReportDocument(scope.context(), built->report, built->fonts);
    }
    // Kept for the other export while the report is current; a report not
    // remembered (a document without undo) is written each time.
    const bool kept = reused || keepWriterDocument(built, document);
    struct Closed {
        css::uno::Reference<css::lang::XComponent> document;
        bool kept;
        ~Closed() {
            if (!kept) closeReportDocument(document);
        }
    } closed{document, kept};
    scope.trace(u"存储");
    storeReportDocument(document, docxUrl, pdfUrl);
    if (!docxUrl.isEmpty() && !built->fonts.standIns.empty()) {
        scope.trace(u"字体名称");
        nameOfficialFaces(scope.context(), docxUrl, built->fonts.standIns);
    }
    return reused;
}

} // namespace huibao::uno
