// The merged cells of a sheet, found in bulk: Calc answers "is any cell of
// this range the first of a merge" from its attribute runs, so a sheet
// without merges costs one call and a merged one a few calls per merge.
#pragma once

#include "huibao/workbook/merged_cells.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <vector>

namespace huibao::uno {

// The merged areas whose first cell lies in `area`, column by column.
std::vector<MergedArea> mergedAreas(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                    const css::table::CellRangeAddress& area);

// Gives the project rows of `grid`, read from `sheet`, the values merged
// down over them (merged_cells.hpp), looking for merges only in the data
// rows of the columns that spread: a sheet without such merges costs one call.
void spreadSheetMerges(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, Grid& grid);

// Whether any merged area reaches into `area` (its first cell inside it or
// above or beside it).
bool touchesMergedArea(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                       const css::table::CellRangeAddress& area);

// Merges `areas` on `target` as they were on the sheet they were found on.
void mergeAreas(const css::uno::Reference<css::sheet::XSpreadsheet>& target, const std::vector<MergedArea>& areas);

} // namespace huibao::uno
