// Puts the core's cell marks on the document and takes them off again,
// giving back the user's own fill and comments.
#pragma once

#include "huibao/validation/cell_marks.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ustring.hxx>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace huibao::uno {

// Removes every mark recorded in the document; returns how many cells got
// their own formatting back. A cell the user changed since it was marked is
// left as the user made it.
int clearMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Replaces the recorded marks by `marks`, recording what each newly marked
// cell had before. A cell whose mark is the same as last time is left as it
// is; marks no longer wanted are removed as clearMarks does. (Live
// validation uses updateMarks.)
void replaceMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, std::vector<CellMark> marks);

// The marks as the document's record lists them (empty when it has none).
std::vector<CellMark> recordedMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// The record as stored (text), and storing it back: a command's undo step
// takes the record back with the cells (Calc's undo does not cover document
// properties), so that the record lists the marks the cells show again.
::rtl::OUString markRecord(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
void setMarkRecord(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                   const ::rtl::OUString& record);

// A mark's comment not written yet: the record lists the mark without it
// (index `index` of the record, noteText empty), `text` is what it will say.
struct OwedComment {
    std::size_t index = 0;
    std::u16string text;
};

struct MarksUpdate {
    std::vector<CellMark> record; // as stored in the document
    std::vector<OwedComment> owed;
};

// Live validation: brings the marks of `recorded` (the record as it stands)
// to those of `wanted`, touching only the cells whose mark differs, stores
// the new record and returns it. A cell marked afresh gets its fill and its
// comment; a mark no longer wanted gives the cell its own fill back (unless
// the officer recoloured it) and loses Huibao's comment. Fills are written
// together, one call per sheet and colour; comments one by one, each costing
// Calc milliseconds (it lays out the comment's caption at once): when more
// than `commentsNow` comments would be written, none is, and they are
// returned owed for writeOwedComments (the record lists those marks without
// a comment, which is what the cells show). A record entry without its
// comment yet is given it here. `beforeWrite` runs before each call that
// changes the document.
MarksUpdate updateMarks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                        std::vector<CellMark> recorded, const std::vector<CellMark>& wanted,
                        const std::function<void()>& beforeWrite, std::size_t commentsNow);

// Writes owed comments from the front of `owed` while `more()` says so (at
// least one), each completing its entry of `record`. An entry that no longer
// is the mark without its comment is skipped. The record is not stored
// (serialising thousands of marks after each batch would cost as much as the
// batch): the caller stores it with storeMarkRecord before anyone reads it.
void writeOwedComments(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                       std::vector<CellMark>& record, std::vector<OwedComment>& owed,
                       const std::function<void()>& beforeWrite, const std::function<bool()>& more);

void storeMarkRecord(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     const std::vector<CellMark>& record);

} // namespace huibao::uno
