#include "marks_in_place.hxx"

#include "document_properties.hxx"
#include "uno_conversions.hxx"

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XSimpleText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

// The user-defined document property holding the record: it is saved with
// the document (.ods meta.xml), so marks can be cleared after reopening.
constexpr char kRecordProperty[] = "HuibaoMarks";

Reference<css::sheet::XSpreadsheet> sheetOf(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                            const CellMark& mark)
{
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const OUString name = toOUString(mark.sheet);
    if (!sheets->hasByName(name))
        return {};
    return Reference<css::sheet::XSpreadsheet>(sheets->getByName(name), UNO_QUERY_THROW);
}

Reference<css::text::XSimpleText> noteOf(const Reference<css::table::XCell>& cell)
{
    Reference<css::sheet::XSheetAnnotationAnchor> anchor(cell, UNO_QUERY_THROW);
    return Reference<css::text::XSimpleText>(anchor->getAnnotation(), UNO_QUERY_THROW);
}

void restoreFill(const Reference<css::table::XCell>& cell, const CellMark& mark)
{
    Reference<css::beans::XPropertySet> properties(cell, UNO_QUERY_THROW);
    sal_Int32 current = -1;
    properties->getPropertyValue("CellBackColor") >>= current;
    if (current != mark.fill)
        return;   // recoloured by the user since: theirs now
    if (mark.ownFill) {
        properties->setPropertyValue("CellBackColor", css::uno::Any(sal_Int32(*mark.ownFill)));
        if (*mark.ownFill == -1)
            properties->setPropertyValue("IsCellBackgroundTransparent", css::uno::Any(true));
    } else {
        Reference<css::beans::XPropertyState> state(cell, UNO_QUERY_THROW);
        state->setPropertyToDefault("CellBackColor");
        state->setPropertyToDefault("IsCellBackgroundTransparent");
    }
}

void restoreNote(const Reference<css::table::XCell>& cell, const CellMark& mark)
{
    auto note = noteOf(cell);
    const OUString text = note->getString();
    const OUString ours = toOUString(mark.noteText);
    if (!text.endsWith(ours))
        return;   // the comment was edited since: leave it
    if (!mark.appendedToOwnNote) {
        if (text == ours)
            Reference<css::sheet::XSheetOperation>(cell, UNO_QUERY_THROW)
                ->clearContents(css::sheet::CellFlags::ANNOTATION);
        return;
    }
    // Delete only the appended tail, so the user's own text keeps its formatting.
    auto cursor = note->createTextCursor();
    cursor->gotoEnd(false);
    cursor->goLeft(static_cast<sal_Int16>(std::min<sal_Int32>(ours.getLength(), SAL_MAX_INT16)), true);
    cursor->setString(OUString());
}

} // namespace

int clearMarks(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    const OUString record = readDocumentNote(document, kRecordProperty);
    if (record.isEmpty())
        return 0;
    int restored = 0;
    if (auto marks = parseMarks(view(record))) {
        for (const auto& mark : *marks) {
            auto sheet = sheetOf(document, mark);
            if (!sheet.is())
                continue;   // the sheet is gone: nothing left to restore
            auto cell = sheet->getCellByPosition(mark.column, mark.row);
            restoreFill(cell, mark);
            restoreNote(cell, mark);
            ++restored;
        }
    }
    writeDocumentNote(document, kRecordProperty, OUString());
    return restored;
}

void applyMarks(const Reference<css::sheet::XSpreadsheetDocument>& document, std::vector<CellMark> marks)
{
    std::vector<CellMark> applied;
    applied.reserve(marks.size());
    for (auto& mark : marks) {
        auto sheet = sheetOf(document, mark);
        if (!sheet.is())
            continue;
        auto cell = sheet->getCellByPosition(mark.column, mark.row);
        Reference<css::beans::XPropertySet> properties(cell, UNO_QUERY_THROW);
        Reference<css::beans::XPropertyState> state(cell, UNO_QUERY_THROW);
        if (state->getPropertyState("CellBackColor") == css::beans::PropertyState_DIRECT_VALUE) {
            sal_Int32 own = -1;
            bool transparent = false;
            properties->getPropertyValue("CellBackColor") >>= own;
            properties->getPropertyValue("IsCellBackgroundTransparent") >>= transparent;
            mark.ownFill = transparent ? -1 : own;
        }
        properties->setPropertyValue("CellBackColor", css::uno::Any(sal_Int32(mark.fill)));

        auto note = noteOf(cell);
        if (note->getString().isEmpty()) {
            css::table::CellAddress address;
            address.Sheet = 0;   // ignored: the annotations belong to this sheet
            address.Column = mark.column;
            address.Row = mark.row;
            Reference<css::sheet::XSheetAnnotationsSupplier>(sheet, UNO_QUERY_THROW)
                ->getAnnotations()->insertNew(address, toOUString(mark.noteText));
        } else {
            mark.appendedToOwnNote = true;
            mark.noteText.insert(0, u"\n");
            auto cursor = note->createTextCursor();
            cursor->gotoEnd(false);
            note->insertString(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW),
                               toOUString(mark.noteText), false);
        }
        applied.push_back(std::move(mark));
    }
    writeDocumentNote(document, kRecordProperty, toOUString(serializeMarks(applied)));
}

} // namespace huibao::uno
