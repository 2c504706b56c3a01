#include "document/parameters_sheet.hxx"
#include "commands/undo_step.hxx"
#include "document/table_writer.hxx"
#include "huibao/workbook/contract.hpp"

#include "commands/commands.hxx"
#include "common/uno_conversions.hxx"
#include "document/workbook_reader.hxx"

#include "huibao/text/text.hpp"
#include "huibao/workbook/parameters.hpp"
#include "huibao/workbook/workbook.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <ctime>
#include <vector>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

namespace parameter = contract::parameter;

// Column C of a row whose value is blank explains the default.
constexpr std::u16string_view kBlankMeansDefault = u"留空即默认：";

// The 参数 sheet found as the core finds it, or -1.
sal_Int32 findParametersSheet(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const css::uno::Sequence<OUString> names = document->getSheets()->getElementNames();
    std::vector<std::u16string_view> views;
    views.reserve(names.getLength());
    for (const OUString& name : names) views.push_back(view(name));
    return parametersSheetIndex(views);
}

Reference<css::sheet::XSpreadsheet> sheetAt(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                            sal_Int32 index) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index), UNO_QUERY_THROW);
}

Sheet readSheet(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Sheet result;
    result.name = view(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
    result.cells = readSheetGrid(sheet);
    return result;
}

class ParametersWriter {
public:
    ParametersWriter(const Reference<css::sheet::XSpreadsheetDocument>& document,
                     const Reference<css::sheet::XSpreadsheet>& sheet)
        : document_(document), sheet_(sheet) {
        const Sheet contents = readSheet(sheet);
        for (const auto& row : contents.cells)
            names_.push_back(row.empty() || !row[0].isText() ? std::u16string() : row[0].text);
        // An empty sheet reads as one blank row.
        if (names_.size() == 1 && names_[0].empty() && contents.cells[0].size() <= 1) names_.clear();
    }

    // Header and one row per parameter in the core's (the spec's) order,
    // values blank (= the default, as column C says) until set.
    void writeLayout() {
        setText(0, 0, contract::kParameterNameHeader);
        setText(0, 1, contract::kParameterValueHeader);
        setText(0, 2, contract::kParameterNoteHeader);
        Reference<css::beans::XPropertySet> header(sheet_->getCellRangeByPosition(0, 0, 2, 0), UNO_QUERY_THROW);
        header->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        header->setPropertyValue("CharWeightAsian", Any(css::awt::FontWeight::BOLD));
        names_ = {std::u16string(contract::kParameterNameHeader)};
        for (const auto& spec : parameterSpecs()) {
            const auto row = static_cast<sal_Int32>(names_.size());
            setText(row, 0, spec.name);
            setText(row, 2, std::u16string(kBlankMeansDefault) + std::u16string(spec.defaultText));
            names_.push_back(std::u16string(spec.name));
        }
        Reference<css::table::XColumnRowRange> columns(sheet_, UNO_QUERY_THROW);
        for (sal_Int32 column = 0; column < 3; ++column) {
            Reference<css::beans::XPropertySet> width(columns->getColumns()->getByIndex(column), UNO_QUERY_THROW);
            width->setPropertyValue("OptimalWidth", Any(true));
        }
    }

    void setDate(std::u16string_view name, const Date& date) {
        const sal_Int32 row = rowOf(name);
        auto cell = sheet_->getCellByPosition(1, row);
        cell->setValue(
            static_cast<double>(toSerial(date, nullDateOf(Reference<css::beans::XPropertySet>(document_, UNO_QUERY)))));
        ensureDateFormat(Reference<css::beans::XPropertySet>(cell, UNO_QUERY_THROW));
        clearNote(row);
    }

    void setNumber(std::u16string_view name, double value) {
        const sal_Int32 row = rowOf(name);
        sheet_->getCellByPosition(1, row)->setValue(value);
        clearNote(row);
    }

    void setTextValue(std::u16string_view name, std::u16string_view text) {
        const sal_Int32 row = rowOf(name);
        setText(row, 1, text);
        clearNote(row);
    }

private:
    // The first row naming the parameter (as the core reads it), else a new
    // row after the last one.
    sal_Int32 rowOf(std::u16string_view name) {
        if (const auto row = parameterRow(names_, name)) return *row;
        const auto row = static_cast<sal_Int32>(names_.size());
        setText(row, 0, name);
        names_.push_back(std::u16string(name));
        return row;
    }

    // Text stays text: XText::setString never parses a formula or a number.
    void setText(sal_Int32 row, sal_Int32 column, std::u16string_view text) {
        Reference<css::text::XText> cell(sheet_->getCellByPosition(column, row), UNO_QUERY_THROW);
        cell->setString(toOUString(text));
    }

    // The "留空即默认" hint only explains blank values.
    void clearNote(sal_Int32 row) {
        Reference<css::text::XText> note(sheet_->getCellByPosition(2, row), UNO_QUERY_THROW);
        if (note->getString().startsWith(toOUString(kBlankMeansDefault))) note->setString(OUString());
    }

    // A cell already shown as a date keeps the user's date format.
    void ensureDateFormat(const Reference<css::beans::XPropertySet>& cell) {
        Reference<css::util::XNumberFormatsSupplier> supplier(document_, UNO_QUERY_THROW);
        auto formats = supplier->getNumberFormats();
        sal_Int32 current = 0;
        cell->getPropertyValue("NumberFormat") >>= current;
        try {
            sal_Int16 type = 0;
            formats->getByKey(current)->getPropertyValue("Type") >>= type;
            if (type & css::util::NumberFormat::DATE) return;
        } catch (const css::uno::Exception&) {}
        // English keywords: YYYY-MM-DD reads the same in every UI language.
        cell->setPropertyValue("NumberFormat",
                               Any(numberFormatKey(document_, u"YYYY-MM-DD", css::lang::Locale("en", "US", ""))));
    }

    Reference<css::sheet::XSpreadsheetDocument> document_;
    Reference<css::sheet::XSpreadsheet> sheet_;
    std::vector<std::u16string> names_; // column A as written, one per row
};

bool isProtected(const Reference<css::uno::XInterface>& object) {
    Reference<css::util::XProtectable> protectable(object, UNO_QUERY);
    return protectable.is() && protectable->isProtected();
}

} // namespace

Date localToday() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

SidebarParametersReading readSidebarParameters(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    SidebarParametersReading reading;
    const Date today = localToday();
    const sal_Int32 index = findParametersSheet(document);
    reading.sheetExists = index >= 0;
    std::vector<Finding> ignored; // bad values are validation's business; the panel shows what will be used
    Parameters parameters(today);
    if (index >= 0) {
        const Sheet sheet = readSheet(sheetAt(document, index));
        parameters = readParameters(&sheet, index, today,
                                    nullDateOf(Reference<css::beans::XPropertySet>(document, UNO_QUERY)), ignored);
    }
    reading.values.reportDate = parameters.reportDate();
    reading.values.basis = parameters.scheduleBasis();
    reading.values.townshipThreshold = parameters.townshipThreshold();
    reading.values.departmentThreshold = parameters.departmentThreshold();
    return reading;
}

void writeSidebarParameters(const Reference<css::sheet::XSpreadsheetDocument>& document,
                            const SidebarParameters& values, std::u16string_view undoTitle) {
    sal_Int32 index = findParametersSheet(document);
    if (index < 0 && isProtected(document))
        throw UserFacingError{u"工作簿结构受保护，无法新建“参数”工作表。请先撤销工作簿保护。",
                              u"The workbook's structure is protected, so the sheet “参数” cannot be created. "
                              u"Remove the workbook protection first."};
    if (index >= 0 && isProtected(sheetAt(document, index)))
        throw UserFacingError{u"“参数”工作表受保护，参数未写入。请先撤销该工作表的保护。",
                              u"The sheet “参数” is protected; the parameters were not written. "
                              u"Remove the sheet's protection first."};

    // Only what the officer changed is written: a 报告日期 of =TODAY(), a
    // value left blank for its default, any formula stays as it is.
    const SidebarParameters current = readSidebarParameters(document).values;
    UndoStep undo(document, undoTitle);
    const bool create = index < 0;
    if (create) {
        Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
        index = sheets->getCount();
        document->getSheets()->insertNewByName(toOUString(contract::kParametersSheet), static_cast<sal_Int16>(index));
    }
    ParametersWriter writer(document, sheetAt(document, index));
    if (create) {
        writer.writeLayout();
        writer.setTextValue(parameter::kCountyName, Parameters(values.reportDate).countyName());
    }
    if (values.reportDate != current.reportDate) writer.setDate(parameter::kReportDate, values.reportDate);
    if (values.basis != current.basis) writer.setTextValue(parameter::kScheduleBasis, scheduleBasisText(values.basis));
    if (values.townshipThreshold != current.townshipThreshold)
        writer.setNumber(parameter::kTownshipThreshold, values.townshipThreshold);
    if (values.departmentThreshold != current.departmentThreshold)
        writer.setNumber(parameter::kDepartmentThreshold, values.departmentThreshold);
    undo.commit();
}

} // namespace huibao::uno
