// Puts the core's cell marks on the document and takes them off again,
// giving back the user's own fill and comments.
#pragma once

#include "huibao/validation/cell_marks.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <vector>

namespace huibao::uno {

// Removes every mark recorded in the document; returns how many cells got
// their own formatting back. A cell the user changed since it was marked is
// left as the user made it.
int clearMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Replaces the recorded marks by `marks`, recording what each newly marked
// cell had before. A cell whose mark is the same as last time is left as it
// is; marks no longer wanted are removed as clearMarks does.
// MarkNotes::Keep (live validation) sets and removes fills only: no comment is
// added, and a comment Huibao added earlier stays until its mark is replaced.
enum class MarkNotes { Write, Keep };
void replaceMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, std::vector<CellMark> marks,
                  MarkNotes notes = MarkNotes::Write);

} // namespace huibao::uno
