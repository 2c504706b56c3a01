// The report build as a step the exports start with: the Writer document
// and the PDF are made from the same report model as the 工作汇报 sheet.
#pragma once

#include "commands/command_scope.hxx"
#include "document/report_fonts.hxx"

#include "huibao/report/report.hpp"

#include <memory>

namespace huibao::uno {

struct BuiltReport {
    Report report;
    ReportFonts fonts;
    Results results; // what BuildReport returns
};

// Validates, assesses and (re)writes 工作汇报, 汇报数据 and 单位考核, and
// remembers the result for the exports (last_report.hxx).
std::shared_ptr<const BuiltReport> buildReportSheets(CommandScope& scope);

// What the exports start with: the report BuildReport (or an export) last
// made when the document has not changed since, else a new build. `rebuilt`
// tells which (the sheets were written again).
std::shared_ptr<const BuiltReport> reportToExport(CommandScope& scope, bool& rebuilt);

} // namespace huibao::uno
