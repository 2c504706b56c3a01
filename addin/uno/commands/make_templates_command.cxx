// huibao:MakeTemplates — one template workbook per registered unit
// (spec/collection.md, "Templates"), written into a folder; the county
// workbook is only read.

#include "commands/command_arguments.hxx"
#include "commands/command_scope.hxx"
#include "commands/commands.hxx"
#include "common/today.hxx"
#include "common/uno_conversions.hxx"
#include "document/new_document.hxx"
#include "document/output_sheet.hxx"
#include "document/table_writer.hxx"
#include "document/workbook_reader.hxx"

#include "huibao/collection/template_layout.hpp"
#include "huibao/validation/validation.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/TableValidationVisibility.hpp>
#include <com/sun/star/sheet/ValidationAlertStyle.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/util/CellProtection.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XProtectable.hpp>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

OUString serialText(double serial) {
    return OUString::number(static_cast<sal_Int64>(serial));
}

Reference<css::beans::XPropertySet> rangeProperties(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 left,
                                                    sal_Int32 top, sal_Int32 right, sal_Int32 bottom) {
    return Reference<css::beans::XPropertySet>(sheet->getCellRangeByPosition(left, top, right, bottom),
                                               UNO_QUERY_THROW);
}

// Input help on the header cell, data validity on the column's data area.
void setValidity(const Reference<css::sheet::XSpreadsheet>& sheet, const TemplateColumn& column, sal_Int32 index,
                 sal_Int32 headerRow, sal_Int32 lastRow) {
    auto header = rangeProperties(sheet, index, headerRow, index, headerRow);
    Reference<css::beans::XPropertySet> help(header->getPropertyValue("Validation"), UNO_QUERY_THROW);
    help->setPropertyValue("ShowInputMessage", Any(true));
    help->setPropertyValue("InputTitle", Any(toOUString(column.header)));
    help->setPropertyValue("InputMessage", Any(toOUString(column.helpText)));
    header->setPropertyValue("Validation", Any(help));

    auto data = rangeProperties(sheet, index, headerRow + 1, index, lastRow);
    Reference<css::beans::XPropertySet> validity(data->getPropertyValue("Validation"), UNO_QUERY_THROW);
    Reference<css::sheet::XSheetCondition> condition(validity, UNO_QUERY_THROW);
    validity->setPropertyValue("ShowInputMessage", Any(true));
    validity->setPropertyValue("InputTitle", Any(toOUString(column.header)));
    validity->setPropertyValue("InputMessage", Any(toOUString(column.helpText)));
    validity->setPropertyValue("IgnoreBlankCells", Any(true));
    switch (column.validity) {
    case ValidityKind::None: break;
    case ValidityKind::List: {
        validity->setPropertyValue("Type", Any(css::sheet::ValidationType_LIST));
        validity->setPropertyValue("ShowList", Any(css::sheet::TableValidationVisibility::UNSORTED));
        std::u16string list;
        for (const auto& choice : column.choices) {
            if (!list.empty()) list += u";";
            list += u"\"" + choice + u"\"";
        }
        condition->setOperator(css::sheet::ConditionOperator_EQUAL);
        condition->setFormula1(toOUString(list));
        break;
    }
    case ValidityKind::Date:
        validity->setPropertyValue("Type", Any(css::sheet::ValidationType_DATE));
        condition->setOperator(css::sheet::ConditionOperator_BETWEEN);
        condition->setFormula1(serialText(templateDateMin()));
        condition->setFormula2(serialText(templateDateMax()));
        break;
    case ValidityKind::Amount:
        validity->setPropertyValue("Type", Any(css::sheet::ValidationType_DECIMAL));
        condition->setOperator(css::sheet::ConditionOperator_GREATER_EQUAL);
        condition->setFormula1("0");
        break;
    case ValidityKind::WholeSeq:
        validity->setPropertyValue("Type", Any(css::sheet::ValidationType_WHOLE));
        condition->setOperator(css::sheet::ConditionOperator_GREATER_EQUAL);
        condition->setFormula1("1");
        break;
    }
    if (column.validity != ValidityKind::None) {
        validity->setPropertyValue("ShowErrorMessage", Any(true));
        validity->setPropertyValue("ErrorAlertStyle", Any(css::sheet::ValidationAlertStyle_STOP));
        validity->setPropertyValue("ErrorTitle", Any(toOUString(u"填写有误")));
        validity->setPropertyValue("ErrorMessage", Any(toOUString(column.errorMessage)));
    }
    data->setPropertyValue("Validation", Any(validity));
}

void writeTemplate(CommandScope& scope, const TemplateLayout& layout, const std::u16string& url) {
    const auto document = newHiddenSpreadsheet(scope.context());
    try {
        Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0), UNO_QUERY_THROW);
        Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName(toOUString(layout.sheetName));
        const sal_Int32 columns = sal_Int32(layout.columns.size());
        const sal_Int32 headerRow = layout.headerRow;
        const sal_Int32 lastRow = headerRow + layout.dataRows;

        Sequence<Sequence<Any>> rows(headerRow + 1);
        // Every cell a string: a void Any makes Calc 7.4's setDataArray crash.
        for (sal_Int32 r = 0; r <= headerRow; ++r) {
            rows.getArray()[r].realloc(columns);
            for (auto& cell : rows.getArray()[r]) cell <<= OUString();
        }
        rows.getArray()[0].getArray()[0] <<= toOUString(layout.title);
        rows.getArray()[1].getArray()[0] <<= toOUString(layout.filledBy);
        rows.getArray()[1].getArray()[columns / 2] <<= toOUString(layout.filledOn);
        for (sal_Int32 c = 0; c < columns; ++c)
            rows.getArray()[headerRow].getArray()[c] <<= toOUString(layout.columns[c].header);
        writeRows(sheet, 0, 0, rows);

        // Title across the table, header bold, shaded and wrapped.
        Reference<css::util::XMergeable>(sheet->getCellRangeByPosition(0, 0, columns - 1, 0), UNO_QUERY_THROW)
            ->merge(true);
        auto title = rangeProperties(sheet, 0, 0, columns - 1, 0);
        title->setPropertyValue("CharHeight", Any(16.0f));
        title->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        title->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
        auto header = rangeProperties(sheet, 0, headerRow, columns - 1, headerRow);
        header->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        header->setPropertyValue("CellBackColor", Any(sal_Int32(0xD9E1F2)));
        header->setPropertyValue("IsTextWrapped", Any(true));
        header->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
        css::table::CellRangeAddress table;
        table.StartColumn = 0;
        table.StartRow = headerRow;
        table.EndColumn = columns - 1;
        table.EndRow = lastRow;
        drawGrid(sheet, table);

        auto tableColumns = Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns();
        const sal_Int32 dateFormat = numberFormatKey(document, u"YYYY-MM-DD");
        for (sal_Int32 c = 0; c < columns; ++c) {
            const auto& column = layout.columns[c];
            Reference<css::beans::XPropertySet>(tableColumns->getByIndex(c), UNO_QUERY_THROW)
                ->setPropertyValue("Width", Any(sal_Int32(column.width)));
            setValidity(sheet, column, c, headerRow, lastRow);
            if (column.validity == ValidityKind::Date)
                rangeProperties(sheet, c, headerRow + 1, c, lastRow)->setPropertyValue("NumberFormat", Any(dateFormat));
        }

        // The data area open, the rows above it protected (no password).
        css::util::CellProtection open;
        open.IsLocked = false;
        rangeProperties(sheet, 0, headerRow + 1, columns - 1, lastRow + 1000)
            ->setPropertyValue("CellProtection", Any(open));
        Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->protect(OUString());

        // A4 landscape, the header row repeated on every page.
        Reference<css::sheet::XPrintAreas> print(sheet, UNO_QUERY_THROW);
        css::table::CellRangeAddress titleRows;
        titleRows.StartRow = headerRow;
        titleRows.EndRow = headerRow;
        print->setTitleRows(titleRows);
        print->setPrintTitleRows(true);
        OUString pageStyle;
        Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->getPropertyValue("PageStyle") >>= pageStyle;
        Reference<css::container::XNameAccess> pageStyles(
            Reference<css::style::XStyleFamiliesSupplier>(document, UNO_QUERY_THROW)
                ->getStyleFamilies()
                ->getByName("PageStyles"),
            UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> page(pageStyles->getByName(pageStyle), UNO_QUERY_THROW);
        page->setPropertyValue("IsLandscape", Any(true));
        page->setPropertyValue("Width", Any(sal_Int32(29700)));
        page->setPropertyValue("Height", Any(sal_Int32(21000)));

        // 填报说明.
        auto sheetsByName = document->getSheets();
        sheetsByName->insertNewByName(toOUString(kInstructionsSheet), 1);
        Reference<css::sheet::XSpreadsheet> instructions(sheetsByName->getByName(toOUString(kInstructionsSheet)),
                                                         UNO_QUERY_THROW);
        Sequence<Sequence<Any>> lines(sal_Int32(layout.instructions.size()));
        for (std::size_t r = 0; r < layout.instructions.size(); ++r) {
            Sequence<Any> line(3);
            for (auto& cell : line) cell <<= OUString();
            for (std::size_t c = 0; c < layout.instructions[r].size() && c < 3; ++c)
                line.getArray()[c] <<= toOUString(layout.instructions[r][c]);
            lines.getArray()[r] = line;
        }
        writeRows(instructions, 0, 0, lines);
        rangeProperties(instructions, 0, 0, 0, 0)->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        auto noteColumns = Reference<css::table::XColumnRowRange>(instructions, UNO_QUERY_THROW)->getColumns();
        const sal_Int32 widths[] = {5000, 14000, 8000};
        for (sal_Int32 c = 0; c < 3; ++c)
            Reference<css::beans::XPropertySet>(noteColumns->getByIndex(c), UNO_QUERY_THROW)
                ->setPropertyValue("Width", Any(widths[c]));

        storeAsXlsx(document, url, layout.fileName);
    } catch (...) {
        closeDocument(document);
        throw;
    }
    closeDocument(document);
}

} // namespace

Results runMakeTemplates(CommandScope& scope) {
    const std::u16string folder = folderArgument(scope, u"选择存放模板的文件夹");
    scope.progress({u"汇报助手：正在读取任务分解表……", u"汇报助手: reading 任务分解…"}, 2);
    const auto result = validateWorkbook(readWorkbook(scope.document()), today());
    if (result.registry.empty())
        throw UserFacingError{u"没有找到任务分解表（或表中没有单位），无法生成模板。请先填写任务分解表的单位名称。",
                              u"No 任务分解 sheet (or no unit in it) was found, so no template can be made. "
                              u"Fill in the units' names in 任务分解 first."};
    const auto& units = result.registry.units();
    for (std::size_t i = 0; i < units.size(); ++i) {
        const TemplateLayout layout = templateFor(units[i], result.parameters);
        scope.progress(
            {u"汇报助手：正在生成 " + layout.fileName + u"……", u"汇报助手: making " + layout.fileName + u"…"},
            5 + int(90 * i / units.size()));
        writeTemplate(scope, layout, fileInFolder(folder, layout.fileName));
    }
    Results results;
    addResult(results, "Templates", sal_Int32(units.size()));
    return results;
}

} // namespace huibao::uno
