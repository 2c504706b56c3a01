// CHECKPROJECT: the row-level rules of validation for one row and its header.
#include "huibao/functions/project_functions.hpp"

#include "huibao/validation/row_checker.hpp"
#include "huibao/workbook/finding_sink.hpp"
#include "huibao/workbook/submission_layout.hpp"

#include <algorithm>

namespace huibao {

std::optional<std::u16string> checkProject(const std::vector<Cell>& row, const std::vector<Cell>& header,
                                           const Date& nullDate) {
    if (row.size() != header.size()) return std::nullopt;
    const ColumnMap columns = mapColumns(header);
    if (columns.matchedFields == 0) return std::nullopt;

    std::vector<Finding> findings;
    FindingSink sink(findings, 0, u"", false);
    for (const FieldSpec& spec : fieldSpecs()) {
        if (spec.requirement != Requirement::Required || columns.has(spec.id)) continue;
        sink.add(FindingCode::MissingHeader, 1, -1, spec.header, u"表头中缺少必填列 " + std::u16string(spec.header),
                 fieldIndex(spec.id));
    }

    const IndustryCatalog industries;
    RowContext context;
    context.columns = &columns;
    context.industries = &industries;
    context.nullDate = nullDate;
    context.unitRequired = false; // a per-unit sheet may have no 申报单位
    UnitResolver units(nullptr);
    RowChecker checker(context, units, sink);
    checker.check(row, 0);

    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tuple(a.targetColumn(), static_cast<int>(a.code), a.fieldOrder) <
               std::tuple(b.targetColumn(), static_cast<int>(b.code), b.fieldOrder);
    });
    std::u16string joined;
    for (const Finding& finding : findings) {
        if (!joined.empty()) joined += u'；';
        joined += codeName16(finding.code);
        joined += u'[';
        joined += finding.field;
        joined += u"] ";
        joined += finding.message;
    }
    return joined;
}

} // namespace huibao
