// The core's Report as a Writer document (spec/report.md, "Form"): real
// paragraphs indented by two characters, the Chinese line-breaking rules on,
// A4 with the GB/T 9704 type area and a 22 × 28 text grid, `— N —` page
// numbers odd right / even left, 附件 tables with repeated header rows, each
// 附件 on a new page, the chart as a chart object (a Word chart in the .docx). Stored as .docx and as PDF with its fonts
// embedded from one hidden document, which the exports keep while the report
// is current (commands/report_document.hxx).
#pragma once

#include "document/report_fonts.hxx"

#include "huibao/report/report.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace huibao::uno {

// A hidden Writer document holding `report`, laid out as above. The caller
// stores it (storeReportDocument, as often as it likes) and closes it
// (closeReportDocument).
css::uno::Reference<css::lang::XComponent>
makeReportDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const Report& report,
                   const ReportFonts& fonts);

// Stores the document to docxUrl (MS Word 2007 XML, with the grid of
// characters Word reads) and to pdfUrl (writer_pdf_Export, fonts embedded);
// an empty URL is skipped.
void storeReportDocument(const css::uno::Reference<css::lang::XComponent>& document, const ::rtl::OUString& docxUrl,
                         const ::rtl::OUString& pdfUrl);

void closeReportDocument(const css::uno::Reference<css::lang::XComponent>& document) noexcept;

} // namespace huibao::uno
