// Puts the core's cell marks on the document and takes them off again,
// giving back the user's own fill and comments.
#pragma once

#include "huibao/cell_marks.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <vector>

namespace huibao::uno {

// Removes every mark recorded in the document; returns how many cells got
// their own formatting back. A cell the user changed since it was marked is
// left as the user made it.
int clearMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Marks the cells (call clearMarks first) and records what they had before.
void applyMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                std::vector<CellMark> marks);

} // namespace huibao::uno
