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

// Rows of 校验结果 written without their links and heights: findings
// [linked, end) lack their link, [measured, end) their height.
struct FindingRowsOwed {
    std::size_t linked = 0;
    std::size_t measured = 0;
    std::size_t end = 0;
    bool done() const { return linked >= end && measured >= end; }
};

// Brings the 校验结果 sheet that lists `before` to list `after`: the rows
// both share at the top are left alone. Below them, when the list's end is
// near, every row is written again where it stands (no row of the sheet
// shifts: Calc's shift costs far more than a few rows); otherwise rows are
// inserted or removed between the shared top and bottom and 序号 renumbered
// below them. Either way the sheet then shows what Validate would write.
// Nothing happens when the sheet is gone. `beforeWrite` runs before each
// write (live validation takes its undo lock afresh there).
//
// With `owed`, a large block of new rows (a paste's) is written without its
// 单元格 links and row heights: `owed` says which, for finishFindingRows.
void updateFindingsSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                         const std::vector<Finding>& before, const std::vector<Finding>& after,
                         const std::function<void()>& beforeWrite = {}, FindingRowsOwed* owed = nullptr);

// Writes owed links, then heights, a few rows per call while `more()` says
// so (at least one call). `findings` is the list the sheet shows.
void finishFindingRows(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                       const std::vector<Finding>& findings, FindingRowsOwed& owed,
                       const std::function<void()>& beforeWrite, const std::function<bool()>& more);

} // namespace huibao::uno
