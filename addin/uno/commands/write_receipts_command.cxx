// huibao:WriteReceipts — validate, then one <单位名称>_校验回执.xlsx per unit
// with a sheet (spec/collection.md, "Receipts"): the unit's own sheet(s) as
// received with the marks and comments, 问题清单 with links and the summary.
// Nothing of another unit, no 任务分解, no 参数, no document properties.

#include "commands/command_arguments.hxx"
#include "commands/command_scope.hxx"
#include "commands/commands.hxx"
#include "commands/validate_command.hxx"
#include "common/uno_conversions.hxx"
#include "document/findings_sheet_writer.hxx"
#include "document/new_document.hxx"
#include "document/output_sheet.hxx"
#include "document/table_writer.hxx"
#include "document/workbook_reader.hxx"

#include "huibao/collection/receipt.hpp"
#include "huibao/validation/findings_sheet.hpp"
#include "huibao/values/message_text.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSpreadsheets2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

// Rows of a combined sheet that are not the unit's: removed, bottom block first.
void cutToRows(const Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<int>& keptRows, int usedRows) {
    auto rows = Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getRows();
    int end = usedRows; // exclusive
    for (auto kept = keptRows.rbegin(); kept != keptRows.rend(); ++kept) {
        if (*kept + 1 < end) rows->removeByIndex(*kept + 1, end - *kept - 1);
        end = *kept;
    }
    if (end > 0) rows->removeByIndex(0, end);
}

void writeReceipt(CommandScope& scope, const Receipt& receipt, const std::u16string& url) {
    const auto document = newHiddenSpreadsheet(scope.context());
    try {
        Reference<css::sheet::XSpreadsheets2> sheets(document->getSheets(), UNO_QUERY_THROW);
        Reference<css::container::XIndexAccess> byIndex(sheets, UNO_QUERY_THROW);
        const OUString blank = Reference<css::container::XNamed>(byIndex->getByIndex(0), UNO_QUERY_THROW)->getName();
        sal_Int32 position = 1;
        for (const ReceiptSheet& part : receipt.sheets) {
            // The sheet as it is in the county workbook: values, formats,
            // marks and comments.
            const sal_Int32 index = sheets->importSheet(scope.document(), toOUString(part.name), position++);
            Reference<css::sheet::XSpreadsheet> sheet(byIndex->getByIndex(index), UNO_QUERY_THROW);
            if (!part.keptRows.empty()) {
                cutToRows(sheet, part.keptRows, usedAreaFromA1(sheet).EndRow + 1);
            }
        }
        sheets->removeByName(blank);
        sheets->insertNewByName(toOUString(kReceiptFindingsSheet), 0);
        Reference<css::sheet::XSpreadsheet> list(sheets->getByName(toOUString(kReceiptFindingsSheet)), UNO_QUERY_THROW);
        const Any summaryCell(toOUString(receipt.summary));
        const css::uno::Sequence<Any> summaryRow(&summaryCell, 1);
        const css::uno::Sequence<css::uno::Sequence<Any>> summary(&summaryRow, 1);
        writeRows(list, 0, 0, summary);
        Reference<css::beans::XPropertySet>(list->getCellByPosition(0, 0), UNO_QUERY_THROW)
            ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        TableStyle style;
        style.wrapText = true;
        writeFormattedTable(document, list, receiptFindingsTable(receipt), 1, 0, style);
        linkFindingCells(document, list, receipt.findings, 0, receipt.findings.size(), 2);
        setFindingsColumnWidths(list);
        storeAsXlsx(document, url, receiptFileName(receipt.unit));
    } catch (...) {
        closeDocument(document);
        throw;
    }
    closeDocument(document);
}

} // namespace

Results runWriteReceipts(CommandScope& scope) {
    const std::u16string folder = folderArgument(scope, u"选择存放校验回执的文件夹");
    const auto run = validateDocument(scope, InputCells::AsLiveValidationHolds);
    // The plan needs the sheets' names and order only.
    Workbook names;
    Reference<css::container::XIndexAccess> sheets(scope.document()->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        names.sheets.push_back(
            {std::u16string(view(Reference<css::container::XNamed>(sheets->getByIndex(i), UNO_QUERY_THROW)->getName())),
             {},
             false});
    const auto receipts = planReceipts(names, run.result);
    for (std::size_t i = 0; i < receipts.size(); ++i) {
        const auto name = receiptFileName(receipts[i].unit);
        scope.progress({u"汇报助手：正在写入 " + name + u"……", u"汇报助手: writing " + name + u"…"},
                       90 + int(10 * i / receipts.size()));
        try {
            writeReceipt(scope, receipts[i], fileInFolder(folder, name));
        } catch (UserFacingError& error) {
            // Which receipts are out, so the officer knows what to send.
            const auto written = message::number(double(i)), total = message::number(double(receipts.size()));
            error.zh += u"已写出 " + written + u" 份回执（共 " + total + u" 份），其余未写出。";
            error.en += u" " + written + u" of " + total + u" receipts were written, the others not.";
            throw;
        }
    }
    Results results;
    addResult(results, "Receipts", sal_Int32(receipts.size()));
    addResult(results, "Errors", run.result.errorCount());
    addResult(results, "Warnings", run.result.warningCount());
    return results;
}

} // namespace huibao::uno
