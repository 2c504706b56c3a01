// The findings sheet 校验结果 (spec/validation.md, "The findings sheet").
#pragma once

#include "huibao/workbook/finding.hpp"
#include "huibao/workbook/formatted_table.hpp"

#include <string_view>
#include <vector>

namespace huibao {

// The 单元格 column, which the adapter turns into links to the cells.
inline constexpr int kFindingsCellColumn = 2;

// Header 序号 工作表 单元格 行 字段 代码 级别 说明, then one row per finding in
// the given (already sorted) order; the empty note `未发现问题` (written in A2)
// when there is none.
FormattedTable findingsSheetTable(const std::vector<Finding>& findings);

} // namespace huibao
