// huibao:Validate — read every sheet in bulk, validate in the core, write the
// 校验结果 sheet and the marks in place.

#include "commands/validate_command.hxx"
#include "huibao/workbook/contract.hpp"

#include "commands/command_scope.hxx"
#include "common/uno_conversions.hxx"
#include "document/marks_in_place.hxx"
#include "document/output_sheet.hxx"
#include "document/table_writer.hxx"
#include "document/workbook_reader.hxx"

#include "huibao/validation/findings_sheet.hpp"
#include "huibao/workbook/cell_reference.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextField.hpp>

#include <ctime>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

Date today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// The 单元格 column: each reference becomes a link that jumps to its cell.
void linkCells(const Reference<css::sheet::XSpreadsheetDocument>& document,
               const Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<Finding>& findings) {
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    for (std::size_t i = 0; i < findings.size(); ++i) {
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
    static constexpr sal_Int32 widths[] = {1200, 2600, 1600, 1200, 3200, 3600, 1400, 12000};
    Reference<css::table::XColumnRowRange> columns(sheet, UNO_QUERY_THROW);
    auto all = columns->getColumns();
    for (sal_Int32 c = 0; c < 8; ++c)
        Reference<css::beans::XPropertySet>(all->getByIndex(c), UNO_QUERY_THROW)
            ->setPropertyValue("Width", Any(widths[c]));
}

} // namespace

ValidationRun validateDocument(CommandScope& scope) {
    ensureReplaceable(scope.document(), contract::kFindingsSheet);
    scope.progress(u"汇报助手：正在读取工作表……", 5);
    ValidationRun run{[&] {
        // The cells are needed only while validating: freed before writing.
        const Workbook workbook = readWorkbook(scope.document());
        scope.progress(u"汇报助手：正在校验……", 30);
        return validateWorkbook(workbook, today());
    }()};
    auto& result = run.result;

    scope.progress(u"汇报助手：正在写入校验结果……", 60);
    // After the submission sheets (validation.md); at the end when there are none.
    sal_Int32 position = SAL_MAX_INT16;
    for (std::size_t i = 0; i < result.sheets.size(); ++i)
        if (result.sheets[i].role == SheetRole::Submission) position = sal_Int32(i) + 1;
    auto sheet = replaceOutputSheet(scope.document(), contract::kFindingsSheet, position);
    setColumnWidths(sheet);
    TableStyle style;
    style.wrapText = true;
    writeFormattedTable(scope.document(), sheet, findingsSheetTable(result.findings), 0, 0, style);
    linkCells(scope.document(), sheet, result.findings);

    scope.progress(u"汇报助手：正在标记问题单元格……", 85);
    replaceMarks(scope.document(), marksFor(result.findings));
    return run;
}

Results runValidate(CommandScope& scope) {
    const auto run = validateDocument(scope);
    Results results;
    addResult(results, "Errors", run.result.errorCount());
    addResult(results, "Warnings", run.result.warningCount());
    return results;
}

} // namespace huibao::uno
