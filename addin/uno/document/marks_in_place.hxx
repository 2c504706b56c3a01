// Puts the core's cell marks on the document and takes them off again,
// giving back the user's own fill and comments.
#pragma once

#include "huibao/validation/cell_marks.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ustring.hxx>

#include <functional>
#include <vector>

namespace huibao::uno {

// Removes every mark recorded in the document; returns how many cells got
// their own formatting back. A cell the user changed since it was marked is
// left as the user made it.
int clearMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Replaces the recorded marks by `marks`, recording what each newly marked
// cell had before. A cell whose mark is the same as last time is left as it
// is; marks no longer wanted are removed as clearMarks does. (Live
// validation uses updateMarkFills.)
void replaceMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, std::vector<CellMark> marks);

// The marks as the document's record lists them (empty when it has none).
std::vector<CellMark> recordedMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// The record as stored (text), and storing it back: a command's undo step
// takes the record back with the cells (Calc's undo does not cover document
// properties), so that the record lists the marks the cells show again.
::rtl::OUString markRecord(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
void setMarkRecord(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                   const ::rtl::OUString& record);

// Live validation: brings the marks of `recorded` (the record as it stands)
// to those of `wanted`, touching only the cells whose mark differs, stores
// the new record and returns it. A cell marked afresh gets its fill and its
// comment; a mark no longer wanted gives the cell its own fill back (unless
// the officer recoloured it) and loses Huibao's comment. Fills are written
// together, one call per sheet and colour; comments one by one.
// `beforeWrite` runs before each call that changes the document.
std::vector<CellMark> updateMarkFills(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                      std::vector<CellMark> recorded, const std::vector<CellMark>& wanted,
                                      const std::function<void()>& beforeWrite);

} // namespace huibao::uno
