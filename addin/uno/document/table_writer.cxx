#include "document/table_writer.hxx"

#include "common/uno_conversions.hxx"
#include "document/output_sheet.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <map>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

Any valueOf(const FormattedCell& cell) {
    switch (cell.kind) {
    case FormattedCell::Kind::Number: return Any(cell.number);
    case FormattedCell::Kind::Text: return Any(toOUString(cell.text));
    case FormattedCell::Kind::Blank: break;
    }
    return Any(OUString());
}

Reference<css::beans::XPropertySet> rangeProperties(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 left,
                                                    sal_Int32 top, sal_Int32 right, sal_Int32 bottom) {
    return Reference<css::beans::XPropertySet>(sheet->getCellRangeByPosition(left, top, right, bottom),
                                               UNO_QUERY_THROW);
}

} // namespace

sal_Int32 numberFormatKey(const Reference<css::sheet::XSpreadsheetDocument>& document, const std::u16string& code,
                          const css::lang::Locale& locale) {
    Reference<css::util::XNumberFormatsSupplier> supplier(document, UNO_QUERY_THROW);
    auto formats = supplier->getNumberFormats();
    const OUString text = toOUString(code);
    sal_Int32 key = formats->queryKey(text, locale, false);
    if (key < 0) key = formats->addNew(text, locale);
    return key;
}

void drawGrid(const Reference<css::sheet::XSpreadsheet>& sheet, const css::table::CellRangeAddress& range,
              bool innerColumns) {
    css::table::BorderLine2 line;
    line.OuterLineWidth = 18; // 1/100 mm: a thin printed line
    line.LineWidth = 18;
    line.LineStyle = css::table::BorderLineStyle::SOLID;
    line.Color = 0x000000;
    css::table::TableBorder2 border;
    border.TopLine = border.BottomLine = border.LeftLine = border.RightLine = line;
    border.HorizontalLine = line;
    if (innerColumns) border.VerticalLine = line; // else an empty line: none between the columns
    border.IsTopLineValid = border.IsBottomLineValid = border.IsLeftLineValid = border.IsRightLineValid = true;
    border.IsHorizontalLineValid = border.IsVerticalLineValid = true;
    rangeProperties(sheet, range.StartColumn, range.StartRow, range.EndColumn, range.EndRow)
        ->setPropertyValue("TableBorder2", Any(border));
}

css::table::CellRangeAddress writeFormattedTable(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                 const Reference<css::sheet::XSpreadsheet>& sheet,
                                                 const FormattedTable& table, sal_Int32 firstRow, sal_Int32 firstColumn,
                                                 const TableStyle& style) {
    const sal_Int32 width = table.columnCount();
    const bool empty = table.rows.empty();
    const sal_Int32 bodyRows = empty ? (table.emptyNote.empty() ? 0 : 1) : sal_Int32(table.rows.size());

    Sequence<Sequence<Any>> rows(1 + bodyRows);
    auto* out = rows.getArray();
    {
        Sequence<Any> header(width);
        auto* cells = header.getArray();
        for (sal_Int32 c = 0; c < width; ++c) cells[c] <<= toOUString(table.header[c]);
        out[0] = header;
    }
    for (sal_Int32 r = 0; r < bodyRows; ++r) {
        Sequence<Any> row(width);
        auto* cells = row.getArray();
        for (sal_Int32 c = 0; c < width; ++c) {
            if (empty)
                cells[c] <<= (c == 0 ? toOUString(table.emptyNote) : OUString());
            else
                cells[c] =
                    c < sal_Int32(table.rows[r].cells.size()) ? valueOf(table.rows[r].cells[c]) : Any(OUString());
        }
        out[r + 1] = row;
    }
    writeRows(sheet, firstRow, firstColumn, rows);

    css::table::CellRangeAddress range;
    // The sheet index matters to whoever uses the range next (an autofilter).
    range.Sheet = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet;
    range.StartColumn = firstColumn;
    range.StartRow = firstRow;
    range.EndColumn = firstColumn + width - 1;
    range.EndRow = firstRow + bodyRows;

    auto header = rangeProperties(sheet, range.StartColumn, firstRow, range.EndColumn, firstRow);
    header->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    header->setPropertyValue("CharWeightAsian", Any(css::awt::FontWeight::BOLD));
    header->setPropertyValue("CellBackColor", Any(style.headerFill));
    header->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
    header->setPropertyValue("IsTextWrapped", Any(true));

    if (!empty) {
        // Number formats: one call per run of equal formats down a column.
        std::map<NumberFormat, sal_Int32> keys;
        for (sal_Int32 c = 0; c < width; ++c) {
            sal_Int32 start = 0;
            for (sal_Int32 r = 1; r <= bodyRows; ++r) {
                const auto formatAt = [&](sal_Int32 i) {
                    return c < sal_Int32(table.rows[i].cells.size()) ? table.rows[i].cells[c].format
                                                                     : NumberFormat::General;
                };
                if (r < bodyRows && formatAt(r) == formatAt(start)) continue;
                const auto format = formatAt(start);
                if (format != NumberFormat::General) {
                    auto [it, inserted] = keys.try_emplace(format, 0);
                    if (inserted) it->second = numberFormatKey(document, numberFormatCode(format));
                    auto cells =
                        rangeProperties(sheet, firstColumn + c, firstRow + 1 + start, firstColumn + c, firstRow + r);
                    cells->setPropertyValue("NumberFormat", Any(it->second));
                    cells->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_RIGHT));
                }
                start = r;
            }
        }
        for (sal_Int32 r = 0; r < bodyRows; ++r) {
            const auto& row = table.rows[r];
            if (!row.highlighted && !row.isTotal) continue;
            auto cells = rangeProperties(sheet, range.StartColumn, firstRow + 1 + r, range.EndColumn, firstRow + 1 + r);
            if (row.highlighted) cells->setPropertyValue("CellBackColor", Any(style.highlightFill));
            if (row.isTotal) {
                cells->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
                cells->setPropertyValue("CharWeightAsian", Any(css::awt::FontWeight::BOLD));
            }
        }
    }
    if (style.wrapText && bodyRows > 0)
        rangeProperties(sheet, range.StartColumn, firstRow + 1, range.EndColumn, range.EndRow)
            ->setPropertyValue("IsTextWrapped", Any(true));
    if (style.borders) drawGrid(sheet, range);
    return range;
}

} // namespace huibao::uno
