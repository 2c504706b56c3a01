// The sheet 单位考核 (spec/assessment.md, "The sheet 单位考核") as a table:
// one row per unit in assessment order, then 全县合计. The adapter writes it
// from A1, freezes and autofilters row 1 and shades the highlighted rows.
#pragma once

#include "huibao/assessment/assessment.hpp"
#include "huibao/workbook/formatted_table.hpp"

#include <span>
#include <string_view>

namespace huibao {

// The sheet's name and its header, exactly as the spec fixes them.
std::span<const std::u16string_view> unitAssessmentHeader();

// The label of the county row.
inline constexpr std::u16string_view kCountyTotalLabel = u"全县合计";

FormattedTable buildUnitAssessmentTable(const Assessment& assessment);

} // namespace huibao
