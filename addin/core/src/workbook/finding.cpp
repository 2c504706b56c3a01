// Code strings and severities of the finding taxonomy (spec/validation.md).
#include "huibao/workbook/finding.hpp"

#include "huibao/workbook/finding_sink.hpp"

namespace huibao {
namespace {

struct CodeInfo {
    std::string_view name;
    Severity severity;
};

// Indexed by FindingCode; the order of validation.md's table.
constexpr CodeInfo kCodes[kFindingCodeCount] = {
    {"missing-header", Severity::Error},  {"missing-cell", Severity::Error},       {"type-error", Severity::Error},
    {"enum-error", Severity::Error},      {"constraint-error", Severity::Error},   {"unit-suspect", Severity::Warning},
    {"unknown-unit", Severity::Error},    {"future-date", Severity::Error},        {"date-order", Severity::Error},
    {"status-conflict", Severity::Error}, {"evidence-missing", Severity::Warning}, {"duplicate-row", Severity::Error},
    {"blank-row", Severity::Warning},     {"total-mismatch", Severity::Error},
};

} // namespace

std::string_view codeName(FindingCode code) {
    return kCodes[static_cast<int>(code)].name;
}

std::u16string codeName16(FindingCode code) {
    const auto name = codeName(code);
    return std::u16string(name.begin(), name.end());
}

Severity severityOf(FindingCode code) {
    return kCodes[static_cast<int>(code)].severity;
}

std::u16string severityName(Severity severity) {
    return severity == Severity::Error ? u"错误" : u"警告";
}

std::u16string protectedSheetNote() {
    return u"（工作表受保护，未在单元格上标记）";
}

void FindingSink::add(FindingCode code, int row, int column, std::u16string_view field, std::u16string message,
                      int fieldOrder) {
    Finding finding;
    finding.code = code;
    finding.severity = severityOf(code);
    finding.sheetIndex = sheetIndex_;
    finding.sheetName = sheetName_;
    finding.row = row;
    finding.column = column;
    finding.field = std::u16string(field);
    finding.message = std::move(message);
    finding.onProtectedSheet = isProtected_;
    if (isProtected_) finding.message += protectedSheetNote();
    finding.fieldOrder = fieldOrder;
    out_.push_back(std::move(finding));
}

} // namespace huibao
