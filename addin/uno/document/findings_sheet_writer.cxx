#include "document/findings_sheet_writer.hxx"

#include "common/uno_conversions.hxx"
#include "document/output_sheet.hxx"
#include "document/row_heights_kept.hxx"
#include "document/table_writer.hxx"

#include "huibao/validation/findings_sheet.hpp"
#include "huibao/workbook/cell_reference.hpp"
#include "huibao/workbook/contract.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include <algorithm>
#include <optional>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

constexpr sal_Int32 kColumns = 8;

void writeTable(const Reference<css::sheet::XSpreadsheetDocument>& document,
                const Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<Finding>& findings) {
    TableStyle style;
    style.wrapText = true;
    writeFormattedTable(document, sheet, findingsSheetTable(findings), 0, 0, style);
    linkFindingCells(document, sheet, findings, 0, findings.size(), 1);
}

// Two findings the sheet shows alike.
bool sameRow(const Finding& a, const Finding& b) {
    return a.row == b.row && a.targetColumn() == b.targetColumn() && a.code == b.code && a.severity == b.severity &&
           a.sheetName == b.sheetName && a.field == b.field && a.message == b.message;
}

// The rows of findings [first, end) as the sheet lists them.
Sequence<Sequence<Any>> valuesOf(const std::vector<Finding>& findings, std::size_t first, std::size_t end) {
    const std::vector<Finding> slice(findings.begin() + first, findings.begin() + end);
    const FormattedTable table = findingsSheetTable(slice); // 序号 from 1: set below
    Sequence<Sequence<Any>> rows(sal_Int32(end - first));
    auto* out = rows.getArray();
    for (std::size_t i = 0; i < slice.size(); ++i) {
        Sequence<Any> row(kColumns);
        auto* cells = row.getArray();
        for (sal_Int32 c = 0; c < kColumns; ++c) {
            const auto& cell = table.rows[i].cells[c];
            if (cell.kind == FormattedCell::Kind::Number)
                cells[c] <<= cell.number;
            else
                cells[c] <<= toOUString(cell.text);
        }
        cells[0] <<= double(first + i + 1); // 序号 counts from the top of the whole list
        out[i] = row;
    }
    return rows;
}

// Empties `count` rows from `firstRow` (values only: one setDataArray).
void blankRows(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 firstRow, sal_Int32 count) {
    if (count <= 0) return;
    Sequence<Any> empty(kColumns);
    for (sal_Int32 c = 0; c < kColumns; ++c) empty.getArray()[c] <<= OUString();
    Sequence<Sequence<Any>> rows(count);
    for (sal_Int32 r = 0; r < count; ++r) rows.getArray()[r] = empty;
    writeRows(sheet, firstRow, 0, rows);
}

} // namespace

void linkFindingCells(const Reference<css::sheet::XSpreadsheetDocument>& document,
                      const Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<Finding>& findings,
                      std::size_t first, std::size_t end, sal_Int32 firstSheetRow,
                      const std::function<void()>& beforeWrite) {
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    // A link shows the reference the cell already held: the row keeps its height.
    RowHeightsKept heights(document);
    for (std::size_t i = first; i < end; ++i) {
        const auto& finding = findings[i];
        const auto reference = cellReference(finding.row, finding.targetColumn());
        Reference<css::text::XText> text(
            sheet->getCellByPosition(kFindingsCellColumn, firstSheetRow + sal_Int32(i - first)), UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> field(factory->createInstance("com.sun.star.text.TextField.URL"),
                                                  UNO_QUERY_THROW);
        field->setPropertyValue("URL",
                                Any(toOUString(u"#" + referenceSheetName(finding.sheetName) + u"." + reference)));
        field->setPropertyValue("Representation", Any(toOUString(reference)));
        // Calc inserts fields only at a cursor of the cell's own text: the
        // field takes the place of the whole text (one write of the cell,
        // not one to empty it and one to insert).
        auto cursor = text->createTextCursor();
        cursor->gotoStart(false);
        cursor->gotoEnd(true);
        // Under Calc's write lock a cell's text write turns undo back on for
        // the next (measured): live validation renews its undo lock before each.
        if (beforeWrite) beforeWrite();
        text->insertTextContent(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW),
                                Reference<css::text::XTextContent>(field, UNO_QUERY_THROW), true);
    }
}

namespace {

// Up to this many rows from the first changed finding to the end of the list
// are written again in place rather than shifted. Measured on the 100,000-row
// bench (HUIBAO_TRACE, load 6): a row written again costs about 0.5 ms (its
// link 0.2 ms, its height when it differs 0.6 ms), a shift 25-100 ms whatever
// its size, as Calc updates references over the whole document.
constexpr std::size_t kRewriteInPlace = 60;

// From this many new rows on (a pasted block), their links and heights may
// be owed: each link is a cell's text written again (0.2 ms), measuring a
// row lays out its wrapped texts (0.3 ms); 4,500 rows took 2 s.
constexpr std::size_t kOwedFrom = 200;
// Rows linked or measured per call while catching up.
constexpr std::size_t kOwedChunk = 40;

// Calc measures the rows' optimal height (their wrapped messages).
void measureRows(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 firstRow, sal_Int32 lastRow) {
    Reference<css::table::XColumnRowRange> range(sheet->getCellRangeByPosition(0, firstRow, kColumns - 1, lastRow),
                                                 UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(range->getRows(), UNO_QUERY_THROW)
        ->setPropertyValue("OptimalHeight", Any(true));
}

sal_Int32 rowHeight(const Reference<css::table::XTableRows>& rows, sal_Int32 row) {
    sal_Int32 height = 0;
    Reference<css::beans::XPropertySet>(rows->getByIndex(row), UNO_QUERY_THROW)->getPropertyValue("Height") >>= height;
    return height;
}

// The findings from `prefix` on written again where they stand, without
// shifting rows: values and 序号 in one call, a link each, the table's grid
// and wrapping extended to new rows or taken off rows no longer used. New
// findings are measured; a finding that moved takes the height it had (set
// directly: measuring a run of rows costs a few ms per call, and moved rows
// alternate between one and two lines).
void rewriteTail(const Reference<css::sheet::XSpreadsheetDocument>& document,
                 const Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<Finding>& before,
                 const std::vector<Finding>& after, std::size_t prefix, std::size_t newMiddle, std::size_t suffix,
                 const std::function<void()>& beforeWrite) {
    const std::size_t oldMiddle = before.size() - prefix - suffix;
    // Rewriting rows whose finding is unchanged is needed only where they
    // move: with the list's length unchanged, the middle alone.
    const std::size_t end = newMiddle == oldMiddle ? prefix + newMiddle : after.size();
    if (end == prefix && after.size() == before.size()) return;
    auto rows = Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getRows();
    // The height each finding of the shared bottom had where it stood.
    std::vector<sal_Int32> kept(end > prefix + newMiddle ? end - prefix - newMiddle : 0);
    for (std::size_t i = 0; i < kept.size(); ++i) kept[i] = rowHeight(rows, sal_Int32(prefix + oldMiddle + i) + 1);
    {
        RowHeightsKept heights(document);
        if (end > prefix) {
            if (beforeWrite) beforeWrite();
            writeRows(sheet, sal_Int32(prefix) + 1, 0, valuesOf(after, prefix, end));
            if (beforeWrite) beforeWrite();
            linkFindingCells(document, sheet, after, prefix, end, sal_Int32(prefix) + 1, beforeWrite);
        }
        if (after.size() < before.size()) {
            // Rows no longer used: empty, without the table's grid or wrapping.
            if (beforeWrite) beforeWrite();
            Reference<css::sheet::XSheetOperation>(
                sheet->getCellRangeByPosition(0, sal_Int32(after.size()) + 1, kColumns - 1, sal_Int32(before.size())),
                UNO_QUERY_THROW)
                ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                                css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA |
                                css::sheet::CellFlags::HARDATTR | css::sheet::CellFlags::EDITATTR);
        } else if (after.size() > before.size()) {
            if (beforeWrite) beforeWrite();
            Reference<css::beans::XPropertySet>(
                sheet->getCellRangeByPosition(0, sal_Int32(before.size()) + 1, kColumns - 1, sal_Int32(after.size())),
                UNO_QUERY_THROW)
                ->setPropertyValue("IsTextWrapped", Any(true));
        }
        if (after.size() != before.size()) {
            css::table::CellRangeAddress table;
            table.Sheet = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet;
            table.EndColumn = kColumns - 1;
            table.EndRow = sal_Int32(after.size());
            if (beforeWrite) beforeWrite();
            drawGrid(sheet, table);
        }
    }
    // Heights: the new findings measured, a moved finding given the height
    // it had, rows no longer used measured back to the default.
    if (newMiddle > 0) {
        if (beforeWrite) beforeWrite();
        measureRows(sheet, sal_Int32(prefix) + 1, sal_Int32(prefix + newMiddle));
    }
    for (std::size_t i = 0; i < kept.size(); ++i) {
        const sal_Int32 row = sal_Int32(prefix + newMiddle + i) + 1;
        if (rowHeight(rows, row) == kept[i]) continue;
        if (beforeWrite) beforeWrite();
        Reference<css::beans::XPropertySet>(rows->getByIndex(row), UNO_QUERY_THROW)
            ->setPropertyValue("Height", Any(kept[i]));
    }
    if (after.size() < before.size()) {
        if (beforeWrite) beforeWrite();
        measureRows(sheet, sal_Int32(after.size()) + 1, sal_Int32(before.size()));
    }
}

} // namespace

void setFindingsColumnWidths(const Reference<css::sheet::XSpreadsheet>& sheet) {
    static constexpr sal_Int32 widths[kColumns] = {1200, 2600, 1600, 1200, 3200, 3600, 1400, 12000};
    Reference<css::table::XColumnRowRange> columns(sheet, UNO_QUERY_THROW);
    auto all = columns->getColumns();
    for (sal_Int32 c = 0; c < kColumns; ++c)
        Reference<css::beans::XPropertySet>(all->getByIndex(c), UNO_QUERY_THROW)
            ->setPropertyValue("Width", Any(widths[c]));
}

void writeFindingsSheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                        const Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<Finding>& findings) {
    setFindingsColumnWidths(sheet);
    writeTable(document, sheet, findings);
}

void updateFindingsSheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                         const std::vector<Finding>& before, const std::vector<Finding>& after,
                         const std::function<void()>& beforeWrite, FindingRowsOwed* owed) {
    if (owed) *owed = {};
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const OUString name = toOUString(contract::kFindingsSheet);
    if (!sheets->hasByName(name)) return;
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(name), UNO_QUERY_THROW);
    if (before.empty() || after.empty()) {
        // From or to the 未发现问题 note: the table is written again.
        if (before.empty() && after.empty()) return;
        if (beforeWrite) beforeWrite();
        writeTable(document, sheet, after);
        if (after.empty()) blankRows(sheet, 2, sal_Int32(before.size()) - 1);
        return;
    }
    std::size_t prefix = 0;
    while (prefix < before.size() && prefix < after.size() && sameRow(before[prefix], after[prefix])) ++prefix;
    std::size_t suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
           sameRow(before[before.size() - 1 - suffix], after[after.size() - 1 - suffix]))
        ++suffix;
    const std::size_t oldMiddle = before.size() - prefix - suffix;
    const std::size_t newMiddle = after.size() - prefix - suffix;
    if (oldMiddle == 0 && newMiddle == 0) return;

    // Sheet row of finding i is i + 1 (the header is row 0).
    if (newMiddle == oldMiddle || after.size() - prefix <= kRewriteInPlace) {
        rewriteTail(document, sheet, before, after, prefix, newMiddle, suffix, beforeWrite);
        return;
    }
    // A long tail below the change: whole rows are inserted or removed
    // between the shared top and bottom, so the rows below keep their
    // values, links and heights and only their 序号 is written again (Calc
    // shifts rows at a fixed price: 25-100 ms on the 100,000-row bench, its
    // references updated over the whole document). Calc would lay out the
    // wrapped message of every row written or shifted to re-measure its
    // height: only the rows written anew are measured, once, at the end.
    const bool deferred = owed && newMiddle >= kOwedFrom;
    std::optional<RowHeightsKept> heights(std::in_place, document);
    if (beforeWrite) beforeWrite();
    auto rows = Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getRows();
    if (newMiddle > oldMiddle) {
        rows->insertByIndex(sal_Int32(prefix + oldMiddle) + 1, sal_Int32(newMiddle - oldMiddle));
    } else if (newMiddle < oldMiddle) {
        rows->removeByIndex(sal_Int32(prefix + newMiddle) + 1, sal_Int32(oldMiddle - newMiddle));
    }
    if (newMiddle > 0) {
        if (beforeWrite) beforeWrite();
        writeRows(sheet, sal_Int32(prefix) + 1, 0, valuesOf(after, prefix, prefix + newMiddle));
        if (deferred)
            *owed = {prefix, prefix, prefix + newMiddle};
        else
            linkFindingCells(document, sheet, after, prefix, prefix + newMiddle, sal_Int32(prefix) + 1, beforeWrite);
    }
    if (suffix > 0) {
        // 序号 of the rows below, in one column write.
        Sequence<Sequence<Any>> numbers(static_cast<sal_Int32>(suffix));
        auto* out = numbers.getArray();
        for (std::size_t i = 0; i < suffix; ++i) {
            Sequence<Any> number(1);
            number.getArray()[0] <<= double(prefix + newMiddle + i + 1);
            out[i] = number;
        }
        if (beforeWrite) beforeWrite();
        writeRows(sheet, sal_Int32(prefix + newMiddle) + 1, 0, numbers);
    }
    heights.reset();
    if (newMiddle > 0 && !deferred) {
        if (beforeWrite) beforeWrite();
        measureRows(sheet, sal_Int32(prefix) + 1, sal_Int32(prefix + newMiddle));
    }
}

void finishFindingRows(const Reference<css::sheet::XSpreadsheetDocument>& document,
                       const std::vector<Finding>& findings, FindingRowsOwed& owed,
                       const std::function<void()>& beforeWrite, const std::function<bool()>& more) {
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const OUString name = toOUString(contract::kFindingsSheet);
    owed.end = std::min(owed.end, findings.size());
    if (!sheets->hasByName(name)) owed = {};
    if (owed.done()) return;
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(name), UNO_QUERY_THROW);
    // Sheet row of finding i is i + 1. Links first: they are what a click needs.
    do {
        if (owed.linked < owed.end) {
            const std::size_t end = std::min(owed.end, owed.linked + kOwedChunk);
            linkFindingCells(document, sheet, findings, owed.linked, end, sal_Int32(owed.linked) + 1, beforeWrite);
            owed.linked = end;
        } else {
            const std::size_t end = std::min(owed.end, owed.measured + kOwedChunk);
            if (beforeWrite) beforeWrite();
            measureRows(sheet, sal_Int32(owed.measured) + 1, sal_Int32(end));
            owed.measured = end;
        }
    } while (!owed.done() && more());
}

} // namespace huibao::uno
