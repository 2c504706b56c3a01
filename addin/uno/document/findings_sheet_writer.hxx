// The 校验结果 sheet (spec/validation.md): written in full by Validate,
// brought up to date row by row by live validation.
#pragma once

#include "huibao/workbook/finding.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <functional>
#include <vector>

namespace huibao::uno {

// Fills a new, empty 校验结果 sheet: the table, the 单元格 links, the widths.
void writeFindingsSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                        const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                        const std::vector<Finding>& findings);

// The 单元格 column (spec: a hyperlink that jumps to the cell) of findings
// [first, end), listed from sheet row `firstSheetRow` on (0-based): each
// reference becomes a link. Used by 校验结果 and by a receipt's 问题清单.
// `beforeWrite` runs before each cell's write (live validation's undo lock).
void linkFindingCells(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<Finding>& findings,
                      std::size_t first, std::size_t end, sal_Int32 firstSheetRow,
                      const std::function<void()>& beforeWrite = {});

// The findings table's column widths (in 1/100 mm: the message gets the room).
void setFindingsColumnWidths(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Brings the 校验结果 sheet that lists `before` to list `after`: the rows
// both share at the top are left alone. Below them, when the list's end is
// near, every row is written again where it stands (no row of the sheet
// shifts: Calc's shift costs far more than a few rows); otherwise rows are
// inserted or removed between the shared top and bottom and 序号 renumbered
// below them. Either way the sheet then shows what Validate would write.
// Nothing happens when the sheet is gone. `beforeWrite` runs before each
// write (live validation takes its undo lock afresh there).
void updateFindingsSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                         const std::vector<Finding>& before, const std::vector<Finding>& after,
                         const std::function<void()>& beforeWrite = {});

} // namespace huibao::uno
