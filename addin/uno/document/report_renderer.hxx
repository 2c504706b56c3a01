// Lays the core's Report out on the 工作汇报 sheet as an official document:
// A4 portrait, 156 mm of text width, GB/T 9704 fonts and sizes, tables with
// borders, the chart, row heights computed for every wrapped line.
#pragma once

#include "document/report_fonts.hxx"

#include "huibao/report/report.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace huibao::uno {

void renderReport(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Report& report,
                  const ReportFonts& fonts);

} // namespace huibao::uno
