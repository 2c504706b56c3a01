#include "commands/live_resume.hxx"

#include "commands/current_workbook.hxx"
#include "commands/live_validation.hxx"
#include "common/today.hxx"
#include "common/uno_conversions.hxx"
#include "document/findings_reader.hxx"
#include "document/marks_in_place.hxx"

#include "huibao/validation/cell_marks.hpp"
#include "huibao/workbook/cell_reference.hpp"
#include "huibao/workbook/contract.hpp"

#include <com/sun/star/container/XNameAccess.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <tuple>

namespace huibao::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

// The same marks in any order (the stored record need not keep marksFor's).
bool sameMarks(std::vector<CellMark> a, std::vector<CellMark> b) {
    auto byPlace = [](const CellMark& x, const CellMark& y) {
        return std::tie(x.sheet, x.row, x.column) < std::tie(y.sheet, y.row, y.column);
    };
    std::sort(a.begin(), a.end(), byPlace);
    std::sort(b.begin(), b.end(), byPlace);
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), showsSame);
}

ListedFinding listed(const Finding& finding) {
    return {finding.sheetName,
            cellReference(finding.row, finding.targetColumn()),
            finding.field,
            codeName16(finding.code),
            severityName(finding.severity),
            finding.message};
}

} // namespace

bool showsAsSaved(const Reference<css::sheet::XSpreadsheetDocument>& document, const LiveValidator& validated) {
    const auto& findings = validated.result().findings;
    const FindingsListing listing = readFindingsSheet(document);
    if (!listing.sheetExists || listing.findings.size() != findings.size()) return false;
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (!(listed(findings[i]) == listing.findings[i])) return false;
    return sameMarks(recordedMarks(document), marksFor(findings));
}

void resumeSavedLiveValidation(const Reference<css::sheet::XSpreadsheetDocument>& document,
                               const Reference<css::uno::XComponentContext>& context) {
    try {
        if (commandRunning() || liveValidator(document)) return;
        Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
        if (!sheets->hasByName(toOUString(contract::kFindingsSheet))) return; // never validated
        auto validator = validatorOfDocument(document, today(), InputCells::AsLiveValidationHolds);
        const bool resumed = showsAsSaved(document, *validator);
        if (std::getenv("HUIBAO_TRACE"))
            std::fprintf(stderr, "huibao-trace reopened validated workbook: %s\n",
                         resumed ? "live again" : "differs from its 校验结果, not live");
        if (!resumed) return;
        startLiveValidation(document, context, std::move(validator));
        watchLiveRows(document);
    } catch (...) {
        // Not live: the next Validate starts it.
    }
}

} // namespace huibao::uno
