// The row-level Calc functions CHECKPROJECT, COUNTPROJECTS and SUMPROJECTS
// (spec/functions.md) over plain cells: the adapter only converts arguments.
// nullopt means the arguments are wrong and the cell should show #VALUE!.
#pragma once

#include "huibao/values/cell.hpp"
#include "huibao/values/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace huibao {

// CHECKPROJECT(row; header): "" when the row passes every row-level rule,
// else its findings written `code[字段] message`, joined by `；`, in column
// then code order. Rules needing other rows, sheets, the registry or the
// report date (duplicate-row, blank-row, total-mismatch, unknown-unit,
// future-date) are not applied. A required column absent from the header is
// reported as missing-header — except 申报单位, which a per-unit sheet may
// leave out. nullopt when the widths differ or the header holds no known
// field.
std::optional<std::u16string> checkProject(const std::vector<Cell>& row, const std::vector<Cell>& header,
                                           const Date& nullDate = kDefaultNullDate);

// One field/value pair of COUNTPROJECTS and SUMPROJECTS.
struct ProjectCriterion {
    Cell field; // a header name or alias, compared after normalisation
    Cell value; // see countProjects
};

// COUNTPROJECTS(data; field; value; …): data's first row is the header; the
// project rows are found as on a submission sheet (total, subtotal, footer and
// blank rows are not projects). A row counts when it meets every criterion:
//  - 建设性质 / 项目进展: the value is read through the synonyms (在建 = 已开工);
//    a value that is no such word is an error;
//  - 产业类别: synonyms of the seven categories, else normalised text;
//  - yes/no fields: 是/否 and their synonyms, 1/0, TRUE/FALSE (blank cells are 否);
//  - amounts: a number (equality) or a comparison text ">=1", "<0.5", "<>0",
//    in the field's default unit (亿元 for 总投资 whatever the column's unit;
//    a unit word may follow: ">=5000万元");
//  - dates: a date serial or date text, optionally after a comparison operator;
//  - 申报单位: the same unit name up to 政府 and a trailing 镇/乡/街道;
//  - other text: equal after normalisation.
// An empty value matches blank cells. nullopt for an unknown field, a field
// missing from the header, or an unreadable value.
std::optional<double> countProjects(const Grid& data, const std::vector<ProjectCriterion>& criteria,
                                    const Date& nullDate = kDefaultNullDate);

// SUMPROJECTS(data; sumfield; field; value; …): the sum of the amount field
// `sumField` over the rows countProjects would count, in the field's default
// unit; unreadable amounts count as 0. nullopt as countProjects, or when
// sumField is not an amount field.
std::optional<double> sumProjects(const Grid& data, const Cell& sumField, const std::vector<ProjectCriterion>& criteria,
                                  const Date& nullDate = kDefaultNullDate);

} // namespace huibao
