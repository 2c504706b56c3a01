#include "document/findings_reader.hxx"
#include "huibao/workbook/contract.hpp"

#include "common/uno_conversions.hxx"
#include "document/workbook_reader.hxx"

#include "huibao/validation/findings_sheet.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <array>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

enum Column { SheetColumn, CellColumn, FieldColumn, CodeColumn, SeverityColumn, MessageColumn, ColumnCount };
constexpr std::array<std::u16string_view, ColumnCount> kTitles{u"工作表", u"单元格", u"字段",
                                                               u"代码",   u"级别",   u"说明"};

std::u16string textOf(const css::uno::Any& value) {
    ::rtl::OUString text;
    if (value >>= text) return std::u16string(view(text));
    double number = 0;
    if (value >>= number) return std::u16string(view(::rtl::OUString::number(number)));
    return {};
}

} // namespace

FindingsListing readFindingsSheet(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    FindingsListing listing;
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const auto name = toOUString(contract::kFindingsSheet);
    if (!sheets->hasByName(name)) return listing;
    listing.sheetExists = true;
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(name), UNO_QUERY_THROW);
    const auto area = usedAreaFromA1(sheet);
    Reference<css::sheet::XCellRangeData> range(sheet->getCellRangeByPosition(0, 0, area.EndColumn, area.EndRow),
                                                UNO_QUERY_THROW);
    const auto rows = range->getDataArray();
    if (rows.getLength() < 2) return listing;

    std::array<sal_Int32, ColumnCount> columns;
    columns.fill(-1);
    const auto& header = rows[0];
    for (sal_Int32 c = 0; c < header.getLength(); ++c)
        for (std::size_t k = 0; k < kTitles.size(); ++k)
            if (textOf(header[c]) == kTitles[k] && columns[k] < 0) columns[k] = c;
    if (columns[SheetColumn] < 0 || columns[CellColumn] < 0) return listing; // not a findings sheet Huibao wrote

    auto at = [&](const css::uno::Sequence<css::uno::Any>& row, Column column) {
        const sal_Int32 c = columns[column];
        return c >= 0 && c < row.getLength() ? textOf(row[c]) : std::u16string();
    };
    for (sal_Int32 r = 1; r < rows.getLength(); ++r) {
        ListedFinding finding{at(rows[r], SheetColumn), at(rows[r], CellColumn),     at(rows[r], FieldColumn),
                              at(rows[r], CodeColumn),  at(rows[r], SeverityColumn), at(rows[r], MessageColumn)};
        if (finding.sheet.empty() && finding.cell.empty()) continue; // 未发现问题 in A2, or a blank row
        (finding.isError() ? listing.errors : listing.warnings) += 1;
        listing.findings.push_back(std::move(finding));
    }
    return listing;
}

} // namespace huibao::uno
