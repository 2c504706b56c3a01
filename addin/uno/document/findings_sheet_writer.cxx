#include "document/findings_sheet_writer.hxx"

#include "common/uno_conversions.hxx"
#include "document/output_sheet.hxx"
#include "document/table_writer.hxx"

#include "huibao/validation/findings_sheet.hpp"
#include "huibao/workbook/cell_reference.hpp"
#include "huibao/workbook/contract.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

constexpr sal_Int32 kColumns = 8;

// The 单元格 column of findings [first, end): each reference becomes a link
// that jumps to its cell (sheet row = finding index + 1).
void linkCells(const Reference<css::sheet::XSpreadsheetDocument>& document,
               const Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<Finding>& findings,
               std::size_t first, std::size_t end) {
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    for (std::size_t i = first; i < end; ++i) {
        const auto& finding = findings[i];
        const auto reference = cellReference(finding.row, finding.targetColumn());
        Reference<css::text::XText> text(sheet->getCellByPosition(kFindingsCellColumn, sal_Int32(i) + 1),
                                         UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> field(factory->createInstance("com.sun.star.text.TextField.URL"),
                                                  UNO_QUERY_THROW);
        field->setPropertyValue("URL",
                                Any(toOUString(u"#" + referenceSheetName(finding.sheetName) + u"." + reference)));
        field->setPropertyValue("Representation", Any(toOUString(reference)));
        text->setString(OUString());
        // Calc inserts fields only at a cursor of the cell's own text.
        auto cursor = text->createTextCursor();
        text->insertTextContent(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW),
                                Reference<css::text::XTextContent>(field, UNO_QUERY_THROW), false);
    }
}

// Widths in 1/100 mm: the message gets the room.
void setColumnWidths(const Reference<css::sheet::XSpreadsheet>& sheet) {
    static constexpr sal_Int32 widths[kColumns] = {1200, 2600, 1600, 1200, 3200, 3600, 1400, 12000};
    Reference<css::table::XColumnRowRange> columns(sheet, UNO_QUERY_THROW);
    auto all = columns->getColumns();
    for (sal_Int32 c = 0; c < kColumns; ++c)
        Reference<css::beans::XPropertySet>(all->getByIndex(c), UNO_QUERY_THROW)
            ->setPropertyValue("Width", Any(widths[c]));
}

void writeTable(const Reference<css::sheet::XSpreadsheetDocument>& document,
                const Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<Finding>& findings) {
    TableStyle style;
    style.wrapText = true;
    writeFormattedTable(document, sheet, findingsSheetTable(findings), 0, 0, style);
    linkCells(document, sheet, findings, 0, findings.size());
}

// Two findings the sheet shows alike.
bool sameRow(const Finding& a, const Finding& b) {
    return a.row == b.row && a.targetColumn() == b.targetColumn() && a.code == b.code && a.severity == b.severity &&
           a.sheetName == b.sheetName && a.field == b.field && a.message == b.message;
}

// The rows of findings [first, end) as the sheet lists them.
Sequence<Sequence<Any>> valuesOf(const std::vector<Finding>& findings, std::size_t first, std::size_t end) {
    const FormattedTable table = findingsSheetTable(findings); // cheap: the findings are few
    Sequence<Sequence<Any>> rows(sal_Int32(end - first));
    auto* out = rows.getArray();
    for (std::size_t i = first; i < end; ++i) {
        Sequence<Any> row(kColumns);
        auto* cells = row.getArray();
        for (sal_Int32 c = 0; c < kColumns; ++c) {
            const auto& cell = table.rows[i].cells[c];
            if (cell.kind == FormattedCell::Kind::Number)
                cells[c] <<= cell.number;
            else
                cells[c] <<= toOUString(cell.text);
        }
        out[i - first] = row;
    }
    return rows;
}

} // namespace

void writeFindingsSheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                        const Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<Finding>& findings) {
    setColumnWidths(sheet);
    writeTable(document, sheet, findings);
}

void updateFindingsSheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                         const std::vector<Finding>& before, const std::vector<Finding>& after) {
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const OUString name = toOUString(contract::kFindingsSheet);
    if (!sheets->hasByName(name)) return;
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(name), UNO_QUERY_THROW);
    auto rows = Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getRows();

    if (before.empty() || after.empty()) {
        // From or to the 未发现问题 note: the table is written again below its header.
        if (before.empty() && after.empty()) return;
        rows->removeByIndex(1, sal_Int32(std::max<std::size_t>(before.size(), 1)));
        writeTable(document, sheet, after);
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

    // Sheet row of finding i is i + 1 (the header is row 0). Inserted rows
    // take the formatting of the row above them.
    const sal_Int32 firstRow = sal_Int32(prefix) + 1;
    if (newMiddle > oldMiddle) {
        rows->insertByIndex(firstRow + sal_Int32(oldMiddle), sal_Int32(newMiddle - oldMiddle));
    } else if (newMiddle < oldMiddle) {
        rows->removeByIndex(firstRow + sal_Int32(newMiddle), sal_Int32(oldMiddle - newMiddle));
    }
    // The changed rows, and below them 序号 when the count changed.
    const std::size_t end = newMiddle == oldMiddle ? prefix + newMiddle : after.size();
    writeRows(sheet, firstRow, 0, valuesOf(after, prefix, prefix + newMiddle));
    if (end > prefix + newMiddle) {
        Sequence<Sequence<Any>> numbers(sal_Int32(end - prefix - newMiddle));
        auto* out = numbers.getArray();
        for (std::size_t i = prefix + newMiddle; i < end; ++i) {
            const Any number(double(i + 1));
            out[i - prefix - newMiddle] = Sequence<Any>(&number, 1);
        }
        writeRows(sheet, firstRow + sal_Int32(newMiddle), 0, numbers);
    }
    linkCells(document, sheet, after, prefix, prefix + newMiddle);
}

} // namespace huibao::uno
