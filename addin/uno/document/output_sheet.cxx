#include "document/output_sheet.hxx"

#include "commands/commands.hxx"
#include "common/uno_conversions.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

void ensureReplaceable(const Reference<css::sheet::XSpreadsheetDocument>& document, std::u16string_view name) {
    Reference<css::util::XProtectable> structure(document, UNO_QUERY);
    if (structure.is() && structure->isProtected())
        throw UserFacingError{u"工作簿结构受保护，无法写入“" + std::u16string(name) +
                                  u"”工作表。请先在“工具 > 保护电子表格结构”中取消保护后再试；文档未作改动。",
                              u"The workbook's structure is protected, so the sheet “" + std::u16string(name) +
                                  u"” cannot be written. Remove the protection (Tools > Protect Spreadsheet "
                                  u"Structure) and try again; the document was not changed."};
    auto sheets = document->getSheets();
    const auto title = toOUString(name);
    if (sheets->hasByName(title)) {
        Reference<css::util::XProtectable> old(sheets->getByName(title), UNO_QUERY);
        if (old.is() && old->isProtected())
            throw UserFacingError{u"“" + std::u16string(name) +
                                      u"”工作表受保护，无法替换。请先取消该表的保护后再试；文档未作改动。",
                                  u"The sheet “" + std::u16string(name) +
                                      u"” is protected and cannot be replaced. Remove its protection and try "
                                      u"again; the document was not changed."};
    }
}

void removeSheet(const Reference<css::sheet::XSpreadsheetDocument>& document, std::u16string_view name) {
    auto sheets = document->getSheets();
    const auto title = toOUString(name);
    // Charts first: Calc 7.4 keeps the chart listeners of a removed sheet
    // and crashes when a new chart takes the same name.
    Reference<css::table::XTableChartsSupplier> supplier(sheets->getByName(title), UNO_QUERY);
    if (supplier.is()) {
        auto charts = supplier->getCharts();
        for (const auto& chart : charts->getElementNames()) charts->removeByName(chart);
    }
    // Then the comments, as one undoable step of their own: undoing the
    // removal of a sheet brings its comments back empty in Calc 7.4, and
    // rewriting such a comment later (Huibao's marks do) crashes it. Undone
    // after the sheet is back, the cleared comments return whole.
    Reference<css::sheet::XSheetAnnotationsSupplier> notes(sheets->getByName(title), UNO_QUERY);
    if (notes.is() && notes->getAnnotations()->getCount() > 0)
        Reference<css::sheet::XSheetOperation>(notes, UNO_QUERY_THROW)
            ->clearContents(css::sheet::CellFlags::ANNOTATION);
    sheets->removeByName(title);
}

Reference<css::sheet::XSpreadsheet> replaceOutputSheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                       std::u16string_view name, sal_Int32 position) {
    ensureReplaceable(document, name);
    auto sheets = document->getSheets();
    const auto title = toOUString(name);
    if (sheets->hasByName(title)) removeSheet(document, name);
    const sal_Int32 count = Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getCount();
    sheets->insertNewByName(title, static_cast<sal_Int16>(std::clamp<sal_Int32>(position, 0, count)));
    return Reference<css::sheet::XSpreadsheet>(sheets->getByName(title), UNO_QUERY_THROW);
}

sal_Int32 positionAfter(const Reference<css::sheet::XSpreadsheetDocument>& document, std::u16string_view name) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const auto title = toOUString(name);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        if (Reference<css::container::XNamed>(sheets->getByIndex(i), UNO_QUERY_THROW)->getName() == title) return i + 1;
    return SAL_MAX_INT16;
}

void writeRows(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 firstRow, sal_Int32 firstColumn,
               const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& rows) {
    if (!rows.hasElements() || !rows[0].hasElements()) return;
    Reference<css::sheet::XCellRangeData> range(sheet->getCellRangeByPosition(firstColumn, firstRow,
                                                                              firstColumn + rows[0].getLength() - 1,
                                                                              firstRow + rows.getLength() - 1),
                                                UNO_QUERY_THROW);
    range->setDataArray(rows);
}

} // namespace huibao::uno
