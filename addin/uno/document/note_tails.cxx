#include "document/note_tails.hxx"

#include "common/uno_conversions.hxx"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/text/XSimpleText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include <algorithm>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

// Commands run on the main thread, one at a time.
NoteTailRecorder* active = nullptr;

} // namespace

Reference<css::text::XSimpleText> noteOf(const Reference<css::table::XCell>& cell) {
    Reference<css::sheet::XSheetAnnotationAnchor> anchor(cell, UNO_QUERY_THROW);
    return Reference<css::text::XSimpleText>(anchor->getAnnotation(), UNO_QUERY_THROW);
}

NoteTailRecorder::NoteTailRecorder() : outer_(active) {
    active = this;
}

NoteTailRecorder::~NoteTailRecorder() {
    active = outer_;
}

void noteTailChanged(NoteTailEdit edit) {
    if (active) active->edits_.push_back(std::move(edit));
}

void appendNoteTail(const Reference<css::table::XCell>& cell, std::u16string_view tail) {
    auto note = noteOf(cell);
    auto cursor = note->createTextCursor();
    cursor->gotoEnd(false);
    note->insertString(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), toOUString(tail), false);
}

bool removeNoteTail(const Reference<css::table::XCell>& cell, std::u16string_view tail) {
    auto note = noteOf(cell);
    if (!note->getString().endsWith(toOUString(tail))) return false;
    // Delete only the tail, so the user's own text keeps its formatting.
    auto cursor = note->createTextCursor();
    cursor->gotoEnd(false);
    cursor->goLeft(static_cast<sal_Int16>(std::min<std::size_t>(tail.size(), SAL_MAX_INT16)), true);
    cursor->setString(OUString());
    return true;
}

void replayNoteTails(const Reference<css::sheet::XSpreadsheetDocument>& document,
                     const std::vector<NoteTailEdit>& edits, bool forward) {
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    auto replay = [&](const NoteTailEdit& edit) {
        const OUString title = toOUString(edit.sheet);
        if (!sheets->hasByName(title)) return;
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(title), UNO_QUERY_THROW);
        auto cell = sheet->getCellByPosition(edit.column, edit.row);
        if (edit.added == forward) {
            // Only after the officer's own comment, which must still be there.
            if (!noteOf(cell)->getString().isEmpty()) appendNoteTail(cell, edit.tail);
        } else {
            removeNoteTail(cell, edit.tail);
        }
    };
    if (forward)
        std::for_each(edits.begin(), edits.end(), replay);
    else
        std::for_each(edits.rbegin(), edits.rend(), replay);
}

} // namespace huibao::uno
