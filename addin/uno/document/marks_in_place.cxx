#include "document/marks_in_place.hxx"

#include "common/uno_conversions.hxx"
#include "document/document_properties.hxx"
#include "document/note_tails.hxx"
#include "document/row_heights_kept.hxx"

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
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
#include <tuple>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

// The user-defined document property holding the record: it is saved with
// the document (.ods meta.xml), so marks can be cleared after reopening.
constexpr char kRecordProperty[] = "HuibaoMarks";

class Sheets {
public:
    explicit Sheets(const Reference<css::sheet::XSpreadsheetDocument>& document)
        : sheets_(document->getSheets(), UNO_QUERY_THROW) {}

    // The cell of a mark, or nothing when its sheet is gone.
    Reference<css::table::XCell> cellOf(const CellMark& mark) {
        return sheet(mark).is() ? sheet(mark)->getCellByPosition(mark.column, mark.row) : nullptr;
    }

    Reference<css::sheet::XSpreadsheet> sheet(const CellMark& mark) {
        auto [it, inserted] = cache_.try_emplace(mark.sheet);
        if (inserted) {
            const OUString title = toOUString(mark.sheet);
            if (sheets_->hasByName(title)) it->second.set(sheets_->getByName(title), UNO_QUERY_THROW);
        }
        return it->second;
    }

private:
    Reference<css::container::XNameAccess> sheets_;
    std::map<std::u16string, Reference<css::sheet::XSpreadsheet>> cache_;
};

sal_Int32 fillOf(const Reference<css::table::XCell>& cell) {
    sal_Int32 fill = -1;
    Reference<css::beans::XPropertySet>(cell, UNO_QUERY_THROW)->getPropertyValue("CellBackColor") >>= fill;
    return fill;
}

// The cell still shows exactly this mark (neither the user nor an undo changed it).
bool stillShows(const Reference<css::table::XCell>& cell, const CellMark& mark) {
    if (fillOf(cell) != mark.fill) return false;
    const OUString text = noteOf(cell)->getString();
    const OUString ours = toOUString(mark.noteText);
    return mark.appendedToOwnNote ? text.endsWith(ours) && text.getLength() > ours.getLength() : text == ours;
}

void restoreFill(const Reference<css::table::XCell>& cell, const CellMark& mark) {
    if (fillOf(cell) != mark.fill) return; // recoloured by the user since: theirs now
    Reference<css::beans::XPropertySet> properties(cell, UNO_QUERY_THROW);
    if (mark.ownFill) {
        properties->setPropertyValue("CellBackColor", Any(sal_Int32(*mark.ownFill)));
        if (*mark.ownFill == -1) properties->setPropertyValue("IsCellBackgroundTransparent", Any(true));
    } else {
        Reference<css::beans::XPropertyState> state(cell, UNO_QUERY_THROW);
        state->setPropertyToDefault("CellBackColor");
        state->setPropertyToDefault("IsCellBackgroundTransparent");
    }
}

void restoreNote(const Reference<css::table::XCell>& cell, const CellMark& mark) {
    if (!mark.appendedToOwnNote) {
        // A whole comment of Huibao's: Calc's undo covers removing it.
        if (noteOf(cell)->getString() == toOUString(mark.noteText))
            Reference<css::sheet::XSheetOperation>(cell, UNO_QUERY_THROW)
                ->clearContents(css::sheet::CellFlags::ANNOTATION);
        return;
    }
    // A comment edited since does not end with our line: it is left alone.
    if (removeNoteTail(cell, mark.noteText)) noteTailChanged({mark.sheet, mark.row, mark.column, mark.noteText, false});
}

void restore(Sheets& sheets, const CellMark& mark) {
    auto cell = sheets.cellOf(mark);
    if (!cell.is()) return; // the sheet is gone: nothing left to restore
    restoreFill(cell, mark);
    if (!mark.noteText.empty()) restoreNote(cell, mark);
}

// The mark's message as the cell's comment, or after the officer's own
// comment (recorded so that only Huibao's part is ever removed).
void addNote(Sheets& sheets, const Reference<css::table::XCell>& cell, CellMark& mark) {
    auto note = noteOf(cell);
    if (note->getString().isEmpty()) {
        css::table::CellAddress address(0, mark.column, mark.row); // the sheet is the annotations' own
        Reference<css::sheet::XSheetAnnotationsSupplier>(sheets.sheet(mark), UNO_QUERY_THROW)
            ->getAnnotations()
            ->insertNew(address, toOUString(mark.noteText));
    } else {
        mark.appendedToOwnNote = true;
        mark.noteText.insert(0, u"\n");
        appendNoteTail(cell, mark.noteText);
        noteTailChanged({mark.sheet, mark.row, mark.column, mark.noteText, true});
    }
}

// Marks one cell and completes the record of what it had before.
void apply(Sheets& sheets, CellMark& mark) {
    auto cell = sheets.cellOf(mark);
    Reference<css::beans::XPropertyState> state(cell, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> properties(cell, UNO_QUERY_THROW);
    if (state->getPropertyState("CellBackColor") == css::beans::PropertyState_DIRECT_VALUE) {
        sal_Int32 own = -1;
        bool transparent = false;
        properties->getPropertyValue("CellBackColor") >>= own;
        properties->getPropertyValue("IsCellBackgroundTransparent") >>= transparent;
        mark.ownFill = transparent ? -1 : own;
    }
    properties->setPropertyValue("CellBackColor", Any(sal_Int32(mark.fill)));
    addNote(sheets, cell, mark);
}

using CellKey = std::tuple<std::u16string, int, int>;

CellKey keyOf(const CellMark& mark) {
    return {mark.sheet, mark.row, mark.column};
}

} // namespace

std::vector<CellMark> recordedMarks(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const OUString record = readDocumentNote(document, kRecordProperty);
    if (record.isEmpty()) return {};
    auto marks = parseMarks(view(record));
    return marks ? std::move(*marks) : std::vector<CellMark>{};
}

OUString markRecord(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    return readDocumentNote(document, kRecordProperty);
}

void setMarkRecord(const Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& record) {
    writeDocumentNote(document, kRecordProperty, record);
}

int clearMarks(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const auto marks = recordedMarks(document);
    RowHeightsKept heights(document);
    Sheets sheets(document);
    for (const auto& mark : marks) restore(sheets, mark);
    writeDocumentNote(document, kRecordProperty, OUString());
    return int(marks.size());
}

void replaceMarks(const Reference<css::sheet::XSpreadsheetDocument>& document, std::vector<CellMark> marks) {
    RowHeightsKept heights(document);
    Sheets sheets(document);
    // Each mark costs Calc an undo record: a cell whose mark is unchanged
    // since the last run keeps it untouched.
    std::map<CellKey, CellMark> previous;
    for (auto& mark : recordedMarks(document)) previous.emplace(keyOf(mark), std::move(mark));

    std::vector<CellMark> recorded;
    recorded.reserve(marks.size());
    std::vector<CellMark*> fresh;
    for (auto& mark : marks) {
        if (!sheets.sheet(mark).is()) continue;
        auto old = previous.find(keyOf(mark));
        if (old != previous.end() && old->second.fill == mark.fill) {
            const auto& was = old->second;
            const bool sameText =
                was.appendedToOwnNote ? was.noteText == u"\n" + mark.noteText : was.noteText == mark.noteText;
            if (sameText && stillShows(sheets.cellOf(was), was)) {
                recorded.push_back(was);
                previous.erase(old);
                continue;
            }
        }
        fresh.push_back(&mark);
    }
    for (const auto& entry : previous) restore(sheets, entry.second);
    for (auto* mark : fresh) {
        apply(sheets, *mark);
        recorded.push_back(std::move(*mark));
    }
    writeDocumentNote(document, kRecordProperty, toOUString(serializeMarks(recorded)));
}

namespace {

// One fill written to many cells: Calc applies it (and keeps a copy of the
// cells' formatting for undo) once per call rather than once per cell.
class FillWrites {
public:
    // What a cell's background becomes.
    struct Fill {
        enum class Kind { Colour, None, Style } kind;
        std::int32_t colour = -1;
        bool operator<(const Fill& other) const { return std::tie(kind, colour) < std::tie(other.kind, other.colour); }
    };

    void add(const Reference<css::sheet::XSpreadsheet>& sheet, int row, int column, Fill fill) {
        auto& cells = writes_[{sheet.get(), fill}];
        cells.sheet = sheet;
        cells.addresses.push_back(
            Reference<css::sheet::XCellRangeAddressable>(sheet->getCellByPosition(column, row), UNO_QUERY_THROW)
                ->getRangeAddress());
    }

    void write(const Reference<css::sheet::XSpreadsheetDocument>& document, const std::function<void()>& beforeWrite) {
        Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
        for (const auto& [key, cells] : writes_) {
            Reference<css::sheet::XSheetCellRangeContainer> ranges(
                factory->createInstance("com.sun.star.sheet.SheetCellRanges"), UNO_QUERY_THROW);
            ranges->addRangeAddresses(toSequence(cells.addresses), false);
            const Fill& fill = key.second;
            if (beforeWrite) beforeWrite();
            if (fill.kind == Fill::Kind::Style) {
                Reference<css::beans::XPropertyState> state(ranges, UNO_QUERY_THROW);
                state->setPropertyToDefault("CellBackColor");
                if (beforeWrite) beforeWrite();
                state->setPropertyToDefault("IsCellBackgroundTransparent");
            } else if (fill.kind == Fill::Kind::None) {
                Reference<css::beans::XMultiPropertySet>(ranges, UNO_QUERY_THROW)
                    ->setPropertyValues(backgroundProperties(), sequenceOf({Any(sal_Int32(-1)), Any(true)}));
            } else {
                Reference<css::beans::XPropertySet>(ranges, UNO_QUERY_THROW)
                    ->setPropertyValue("CellBackColor", Any(sal_Int32(fill.colour)));
            }
        }
    }

private:
    static css::uno::Sequence<OUString> backgroundProperties() {
        return sequenceOf({OUString("CellBackColor"), OUString("IsCellBackgroundTransparent")});
    }

    static css::uno::Sequence<css::table::CellRangeAddress>
    toSequence(const std::vector<css::table::CellRangeAddress>& addresses) {
        return css::uno::Sequence<css::table::CellRangeAddress>(addresses.data(), sal_Int32(addresses.size()));
    }

    struct Cells {
        Reference<css::sheet::XSpreadsheet> sheet;
        std::vector<css::table::CellRangeAddress> addresses;
    };
    std::map<std::pair<css::sheet::XSpreadsheet*, Fill>, Cells> writes_;
};

// What restoring `mark` gives the cell back: its own fill, or its style's.
FillWrites::Fill ownFillOf(const CellMark& mark) {
    if (!mark.ownFill) return {FillWrites::Fill::Kind::Style};
    if (*mark.ownFill == -1) return {FillWrites::Fill::Kind::None};
    return {FillWrites::Fill::Kind::Colour, *mark.ownFill};
}

} // namespace

MarksUpdate updateMarks(const Reference<css::sheet::XSpreadsheetDocument>& document, std::vector<CellMark> recorded,
                        const std::vector<CellMark>& wanted, const std::function<void()>& beforeWrite,
                        std::size_t commentsNow) {
    Sheets sheets(document);
    std::map<CellKey, const CellMark*> want;
    for (const auto& mark : wanted)
        if (sheets.sheet(mark).is()) want.emplace(keyOf(mark), &mark);

    FillWrites writes;
    std::vector<std::pair<Reference<css::table::XCell>, CellMark>> staleNotes;
    std::vector<std::size_t> fresh;   // indexes in result of cells marked afresh
    std::vector<std::size_t> renoted; // … of cells still marked whose message changed
    std::vector<CellMark> result;
    result.reserve(wanted.size());
    MarksUpdate update;
    for (auto& was : recorded) {
        auto it = want.find(keyOf(was));
        auto cell = sheets.cellOf(was);
        if (it == want.end()) {
            // No longer wanted: its own fill back, unless the officer
            // recoloured it, and Huibao's comment gone.
            if (cell.is() && fillOf(cell) == was.fill)
                writes.add(sheets.sheet(was), was.row, was.column, ownFillOf(was));
            if (cell.is() && !was.noteText.empty()) staleNotes.push_back({cell, std::move(was)});
            continue;
        }
        const CellMark& mark = *it->second;
        want.erase(it);
        if (was.fill != mark.fill && cell.is() && fillOf(cell) == was.fill)
            writes.add(sheets.sheet(was), was.row, was.column, {FillWrites::Fill::Kind::Colour, mark.fill});
        was.fill = mark.fill;
        // Still marked, with another message (a total's sum, a date the
        // parameters moved): the comment follows, as a full run writes it.
        std::u16string_view shown = was.noteText;
        if (was.appendedToOwnNote && shown.starts_with(u'\n')) shown.remove_prefix(1);
        if (cell.is() && shown != mark.noteText) {
            if (!was.noteText.empty()) staleNotes.push_back({cell, was});
            was.noteText = mark.noteText;
            was.appendedToOwnNote = false;
            renoted.push_back(result.size());
        }
        result.push_back(std::move(was));
    }
    for (const auto& [key, wantedMark] : want) {
        // A cell marked afresh: what it had before is recorded first.
        CellMark mark = *wantedMark;
        auto cell = sheets.cellOf(mark);
        Reference<css::beans::XPropertyState> state(cell, UNO_QUERY_THROW);
        if (state->getPropertyState("CellBackColor") == css::beans::PropertyState_DIRECT_VALUE) {
            Reference<css::beans::XPropertySet> properties(cell, UNO_QUERY_THROW);
            sal_Int32 own = -1;
            bool transparent = false;
            properties->getPropertyValue("CellBackColor") >>= own;
            properties->getPropertyValue("IsCellBackgroundTransparent") >>= transparent;
            mark.ownFill = transparent ? -1 : own;
        }
        writes.add(sheets.sheet(mark), mark.row, mark.column, {FillWrites::Fill::Kind::Colour, mark.fill});
        fresh.push_back(result.size());
        result.push_back(std::move(mark));
    }
    {
        RowHeightsKept heights(document);
        writes.write(document, beforeWrite);
        // Comments have no bulk API: one call each, the undo lock renewed
        // before each (Calc re-enables recording after a change).
        for (auto& [cell, was] : staleNotes) {
            beforeWrite();
            restoreNote(cell, was);
        }
        fresh.insert(fresh.end(), renoted.begin(), renoted.end());
        std::erase_if(fresh, [&result](std::size_t index) { return result[index].noteText.empty(); });
        if (fresh.size() > commentsNow) {
            // Many at once (a pasted block): the fills now, the comments owed.
            for (std::size_t index : fresh) {
                update.owed.push_back({index, std::move(result[index].noteText)});
                result[index].noteText.clear();
                result[index].appendedToOwnNote = false;
            }
            fresh.clear();
        }
        for (std::size_t index : fresh) {
            beforeWrite();
            addNote(sheets, sheets.cellOf(result[index]), result[index]);
        }
    }
    writeDocumentNote(document, kRecordProperty, toOUString(serializeMarks(result)));
    update.record = std::move(result);
    return update;
}

void writeOwedComments(const Reference<css::sheet::XSpreadsheetDocument>& document, std::vector<CellMark>& record,
                       std::vector<OwedComment>& owed, const std::function<void()>& beforeWrite,
                       const std::function<bool()>& more) {
    Sheets sheets(document);
    std::size_t done = 0;
    {
        RowHeightsKept heights(document);
        while (done < owed.size() && (done == 0 || more())) {
            auto& comment = owed[done++];
            if (comment.index >= record.size()) continue;
            CellMark& mark = record[comment.index];
            if (!mark.noteText.empty()) continue; // given one since
            auto cell = sheets.cellOf(mark);
            if (!cell.is()) continue;
            mark.noteText = std::move(comment.text);
            beforeWrite();
            addNote(sheets, cell, mark);
        }
    }
    owed.erase(owed.begin(), owed.begin() + std::ptrdiff_t(done));
}

void storeMarkRecord(const Reference<css::sheet::XSpreadsheetDocument>& document, const std::vector<CellMark>& record) {
    writeDocumentNote(document, kRecordProperty, toOUString(serializeMarks(record)));
}

} // namespace huibao::uno
