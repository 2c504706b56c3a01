// The Writer document the exports store: ExportDocument and ExportPdf both
// store the report's Writer document (writer_report.hxx). Made once per
// report: while the report is current (the undo-stack stamp of
// last_report.hxx), the second export stores the document the first one
// made instead of writing it again.
#pragma once

#include "commands/build_report_command.hxx"

#include <rtl/ustring.hxx>

#include <memory>

namespace huibao::uno {

// Stores `built` as .docx (docxUrl) and/or PDF (pdfUrl); an empty URL is
// skipped. True when a kept document was stored rather than a new one made.
bool storeReport(CommandScope& scope, const std::shared_ptr<const BuiltReport>& built, const ::rtl::OUString& docxUrl,
                 const ::rtl::OUString& pdfUrl);

} // namespace huibao::uno
