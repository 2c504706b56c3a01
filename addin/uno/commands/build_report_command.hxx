// The report build as a step the exports start with: the Writer document
// and the PDF are made from the same report model as the 工作汇报 sheet.
#pragma once

#include "commands/command_scope.hxx"
#include "document/report_fonts.hxx"

#include "huibao/report/report.hpp"

namespace huibao::uno {

struct BuiltReport {
    Report report;
    ReportFonts fonts;
    Results results; // what BuildReport returns
};

// Validates, assesses and (re)writes 工作汇报, 汇报数据 and 单位考核.
BuiltReport buildReportSheets(CommandScope& scope);

} // namespace huibao::uno
