#include "marks_in_place.hxx"

#include "document_properties.hxx"
#include "uno_conversions.hxx"

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XSimpleText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include <map>
#include <vector>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

// The user-defined document property holding the record: it is saved with
// the document (.ods meta.xml), so marks can be cleared after reopening.
constexpr char kRecordProperty[] = "HuibaoMarks";

// Cells of one sheet collected for one bulk call: Calc adjusts row heights
// and repaints once per call, so per-cell calls cost milliseconds each.
class CellGroup {
public:
    void add(sal_Int16 sheet, sal_Int32 column, sal_Int32 row)
    {
        addresses_.emplace_back(sheet, column, row, column, row);
    }
    bool empty() const { return addresses_.empty(); }

    Reference<css::sheet::XSheetCellRangeContainer> ranges(
        const Reference<css::sheet::XSpreadsheetDocument>& document) const
    {
        Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
        Reference<css::sheet::XSheetCellRangeContainer> container(
            factory->createInstance("com.sun.star.sheet.SheetCellRanges"), UNO_QUERY_THROW);
        container->addRangeAddresses(
            css::uno::Sequence<css::table::CellRangeAddress>(addresses_.data(), sal_Int32(addresses_.size())), false);
        return container;
    }

private:
    std::vector<css::table::CellRangeAddress> addresses_;
};

// The bulk work on one sheet: fills by colour, fills back to the style's,
// and notes to delete. (A SheetCellRanges container is kept to one sheet:
// Calc 7.4 applies a multi-sheet one to the wrong cells.)
struct SheetBatch {
    std::map<sal_Int32, CellGroup> fills;
    CellGroup styleFills;
    CellGroup deletedNotes;

    void apply(const Reference<css::sheet::XSpreadsheetDocument>& document) const
    {
        for (const auto& [colour, cells] : fills) {
            Reference<css::beans::XPropertySet> properties(cells.ranges(document), UNO_QUERY_THROW);
            properties->setPropertyValue("CellBackColor", Any(colour));
            if (colour == -1)
                properties->setPropertyValue("IsCellBackgroundTransparent", Any(true));
        }
        if (!styleFills.empty()) {
            Reference<css::beans::XPropertyState> state(styleFills.ranges(document), UNO_QUERY_THROW);
            state->setPropertyToDefault("CellBackColor");
            state->setPropertyToDefault("IsCellBackgroundTransparent");
        }
        if (!deletedNotes.empty())
            Reference<css::sheet::XSheetOperation>(deletedNotes.ranges(document), UNO_QUERY_THROW)
                ->clearContents(css::sheet::CellFlags::ANNOTATION);
    }
};

struct Batch {
    std::map<sal_Int16, SheetBatch> sheets;

    SheetBatch& on(sal_Int16 sheet) { return sheets[sheet]; }
    void apply(const Reference<css::sheet::XSpreadsheetDocument>& document) const
    {
        for (const auto& entry : sheets)
            entry.second.apply(document);
    }
};

struct SheetRef {
    Reference<css::sheet::XSpreadsheet> sheet;
    sal_Int16 index = 0;
};

class Sheets {
public:
    explicit Sheets(const Reference<css::sheet::XSpreadsheetDocument>& document)
        : sheets_(document->getSheets(), UNO_QUERY_THROW)
    {
    }

    // nullptr when the sheet is gone.
    const SheetRef* find(const std::u16string& name)
    {
        auto [it, inserted] = cache_.try_emplace(name);
        if (inserted) {
            const OUString title = toOUString(name);
            if (sheets_->hasByName(title)) {
                it->second.sheet.set(sheets_->getByName(title), UNO_QUERY_THROW);
                it->second.index = Reference<css::sheet::XCellRangeAddressable>(it->second.sheet, UNO_QUERY_THROW)
                                       ->getRangeAddress()
                                       .Sheet;
            }
        }
        return it->second.sheet.is() ? &it->second : nullptr;
    }

private:
    Reference<css::container::XNameAccess> sheets_;
    std::map<std::u16string, SheetRef> cache_;
};

Reference<css::text::XSimpleText> noteOf(const Reference<css::table::XCell>& cell)
{
    Reference<css::sheet::XSheetAnnotationAnchor> anchor(cell, UNO_QUERY_THROW);
    return Reference<css::text::XSimpleText>(anchor->getAnnotation(), UNO_QUERY_THROW);
}

void restoreFill(const Reference<css::table::XCell>& cell, const CellMark& mark, const SheetRef& sheet, Batch& batch)
{
    sal_Int32 current = -1;
    Reference<css::beans::XPropertySet>(cell, UNO_QUERY_THROW)->getPropertyValue("CellBackColor") >>= current;
    if (current != mark.fill)
        return;   // recoloured by the user since: theirs now
    if (mark.ownFill)
        batch.on(sheet.index).fills[*mark.ownFill].add(sheet.index, mark.column, mark.row);
    else
        batch.on(sheet.index).styleFills.add(sheet.index, mark.column, mark.row);
}

void restoreNote(const Reference<css::table::XCell>& cell, const CellMark& mark, const SheetRef& sheet, Batch& batch)
{
    auto note = noteOf(cell);
    const OUString text = note->getString();
    const OUString ours = toOUString(mark.noteText);
    if (!text.endsWith(ours))
        return;   // the comment was edited since: leave it
    if (!mark.appendedToOwnNote) {
        if (text == ours)
            batch.on(sheet.index).deletedNotes.add(sheet.index, mark.column, mark.row);
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
        Sheets sheets(document);
        Batch batch;
        for (const auto& mark : *marks) {
            const auto* sheet = sheets.find(mark.sheet);
            if (!sheet)
                continue;   // the sheet is gone: nothing left to restore
            auto cell = sheet->sheet->getCellByPosition(mark.column, mark.row);
            restoreFill(cell, mark, *sheet, batch);
            restoreNote(cell, mark, *sheet, batch);
            ++restored;
        }
        batch.apply(document);
    }
    writeDocumentNote(document, kRecordProperty, OUString());
    return restored;
}

void applyMarks(const Reference<css::sheet::XSpreadsheetDocument>& document, std::vector<CellMark> marks)
{
    Sheets sheets(document);
    Batch batch;
    std::vector<CellMark> applied;
    applied.reserve(marks.size());
    for (auto& mark : marks) {
        const auto* sheet = sheets.find(mark.sheet);
        if (!sheet)
            continue;
        auto cell = sheet->sheet->getCellByPosition(mark.column, mark.row);
        Reference<css::beans::XPropertyState> state(cell, UNO_QUERY_THROW);
        if (state->getPropertyState("CellBackColor") == css::beans::PropertyState_DIRECT_VALUE) {
            Reference<css::beans::XPropertySet> properties(cell, UNO_QUERY_THROW);
            sal_Int32 own = -1;
            bool transparent = false;
            properties->getPropertyValue("CellBackColor") >>= own;
            properties->getPropertyValue("IsCellBackgroundTransparent") >>= transparent;
            mark.ownFill = transparent ? -1 : own;
        }
        batch.on(sheet->index).fills[mark.fill].add(sheet->index, mark.column, mark.row);

        // Comments have no bulk API: one call per marked cell.
        auto note = noteOf(cell);
        if (note->getString().isEmpty()) {
            css::table::CellAddress address(sheet->index, mark.column, mark.row);
            Reference<css::sheet::XSheetAnnotationsSupplier>(sheet->sheet, UNO_QUERY_THROW)
                ->getAnnotations()
                ->insertNew(address, toOUString(mark.noteText));
        } else {
            mark.appendedToOwnNote = true;
            mark.noteText.insert(0, u"\n");
            auto cursor = note->createTextCursor();
            cursor->gotoEnd(false);
            note->insertString(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), toOUString(mark.noteText),
                               false);
        }
        applied.push_back(std::move(mark));
    }
    batch.apply(document);
    writeDocumentNote(document, kRecordProperty, toOUString(serializeMarks(applied)));
}

} // namespace huibao::uno
