// Huibao's line after an officer's own comment is written into the comment's
// text, which Calc's undo does not cover (it covers a whole comment inserted
// or removed). A command's undo step therefore records these tails itself:
// while a NoteTailRecorder lives, every tail added or taken off is listed,
// and replayNoteTails() takes them back (undo) or puts them again (redo).
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XSimpleText.hpp>

#include <string>
#include <vector>

namespace huibao::uno {

struct NoteTailEdit {
    std::u16string sheet;
    int row = 0;
    int column = 0;
    std::u16string tail; // "\n【汇报助手】…", exactly as appended
    bool added = true;   // false: the tail was taken off
};

// Lists the tail edits made while it lives (the innermost one when nested).
class NoteTailRecorder {
public:
    NoteTailRecorder();
    ~NoteTailRecorder();
    NoteTailRecorder(const NoteTailRecorder&) = delete;
    NoteTailRecorder& operator=(const NoteTailRecorder&) = delete;

    std::vector<NoteTailEdit> take() { return std::move(edits_); }

private:
    friend void noteTailChanged(NoteTailEdit edit);
    std::vector<NoteTailEdit> edits_;
    NoteTailRecorder* outer_;
};

// Called by the marks code for every tail it adds or takes off.
void noteTailChanged(NoteTailEdit edit);

// The cell's comment as text (empty when it has none).
css::uno::Reference<css::text::XSimpleText> noteOf(const css::uno::Reference<css::table::XCell>& cell);

// Appends `tail` to the cell's comment.
void appendNoteTail(const css::uno::Reference<css::table::XCell>& cell, std::u16string_view tail);
// Takes `tail` off the end of the cell's comment, leaving the officer's own
// text and its formatting; false when the comment no longer ends with it.
bool removeNoteTail(const css::uno::Reference<css::table::XCell>& cell, std::u16string_view tail);

// Undo (`forward` false: in reverse order, each edit reversed) or redo. A
// comment the officer has changed since is left alone.
void replayNoteTails(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     const std::vector<NoteTailEdit>& edits, bool forward);

} // namespace huibao::uno
