// The core's Report as a Writer document (spec/report.md, "Form"): real
// paragraphs indented by two characters, the Chinese line-breaking rules on,
// A4 with the GB/T 9704 type area and a 22 × 28 text grid, `— N —` page
// numbers odd right / even left, 附件 tables with repeated header rows, each
// 附件 on a new page, the chart as a chart object (a Word chart in the .docx). Stored as .docx (and, when asked, as PDF with its fonts
// embedded) from one hidden document that is closed afterwards.
#pragma once

#include "document/report_fonts.hxx"

#include "huibao/report/report.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace huibao::uno {

// Writes `report` to docxUrl (MS Word 2007 XML) and to pdfUrl
// (writer_pdf_Export); an empty URL is skipped.
void writeReportDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const Report& report,
                         const ReportFonts& fonts, const ::rtl::OUString& docxUrl, const ::rtl::OUString& pdfUrl);

} // namespace huibao::uno
