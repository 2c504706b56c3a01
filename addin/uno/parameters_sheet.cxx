#include "parameters_sheet.hxx"
#include "table_writer.hxx"
#include "undo_step.hxx"

#include "commands.hxx"
#include "uno_conversions.hxx"
#include "workbook_reader.hxx"

#include "huibao/parameters.hpp"
#include "huibao/text.hpp"
#include "huibao/workbook.hpp"

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

// The parameters the sidebar edits (names as in the spec's table), and the
// one other parameter whose default is a plain value rather than a rule.
constexpr std::u16string_view kCountyName = u"县名";
constexpr std::u16string_view kReportDate = u"报告日期";
constexpr std::u16string_view kBasis = u"序时进度口径";
constexpr std::u16string_view kTownshipThreshold = u"乡镇认定项目下限";
constexpr std::u16string_view kDepartmentThreshold = u"县直单位认定项目下限";

// The header row: spec/workbook.md §3 for A and B; C explains blank values.
constexpr std::u16string_view kNameHeader = u"参数";
constexpr std::u16string_view kValueHeader = u"值";
constexpr std::u16string_view kNoteHeader = u"说明";
constexpr std::u16string_view kBlankMeansDefault = u"留空即默认：";

std::u16string_view basisText(ScheduleBasis basis)
{
    return basis == ScheduleBasis::ByDay ? u"按日" : u"按月";
}

// The 参数 sheet found as the core finds it (normalised name), or -1.
sal_Int32 findParametersSheet(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const std::u16string wanted = normalizeKey(kParametersSheetName);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<css::container::XNamed> named(sheets->getByIndex(i), UNO_QUERY_THROW);
        if (normalizeKey(view(named->getName())) == wanted)
            return i;
    }
    return -1;
}

Reference<css::sheet::XSpreadsheet> sheetAt(const Reference<css::sheet::XSpreadsheetDocument>& document, sal_Int32 index)
{
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index), UNO_QUERY_THROW);
}

Sheet readSheet(const Reference<css::sheet::XSpreadsheet>& sheet)
{
    Sheet result;
    result.name = view(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
    result.cells = readSheetGrid(sheet);
    return result;
}

class ParametersWriter {
public:
    ParametersWriter(const Reference<css::sheet::XSpreadsheetDocument>& document,
                     const Reference<css::sheet::XSpreadsheet>& sheet)
        : document_(document), sheet_(sheet)
    {
        const Sheet contents = readSheet(sheet);
        for (const auto& row : contents.cells)
            names_.push_back(row.empty() || !row[0].isText() ? std::u16string() : normalizeKey(row[0].text));
        // An empty sheet reads as one blank row.
        if (names_.size() == 1 && names_[0].empty() && contents.cells[0].size() <= 1)
            names_.clear();
    }

    // Header and one row per parameter in the core's (the spec's) order,
    // values blank (= the default, as column C says) until set.
    void writeLayout()
    {
        setText(0, 0, kNameHeader);
        setText(0, 1, kValueHeader);
        setText(0, 2, kNoteHeader);
        Reference<css::beans::XPropertySet> header(sheet_->getCellRangeByPosition(0, 0, 2, 0), UNO_QUERY_THROW);
        header->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        header->setPropertyValue("CharWeightAsian", Any(css::awt::FontWeight::BOLD));
        names_ = {normalizeKey(kNameHeader)};
        for (const auto& spec : parameterSpecs()) {
            const auto row = static_cast<sal_Int32>(names_.size());
            setText(row, 0, spec.name);
            setText(row, 2, std::u16string(kBlankMeansDefault) + std::u16string(spec.defaultText));
            names_.push_back(normalizeKey(spec.name));
        }
        Reference<css::table::XColumnRowRange> columns(sheet_, UNO_QUERY_THROW);
        for (sal_Int32 column = 0; column < 3; ++column) {
            Reference<css::beans::XPropertySet> width(columns->getColumns()->getByIndex(column), UNO_QUERY_THROW);
            width->setPropertyValue("OptimalWidth", Any(true));
        }
    }

    void setDate(std::u16string_view name, const Date& date)
    {
        const sal_Int32 row = rowOf(name);
        auto cell = sheet_->getCellByPosition(1, row);
        cell->setValue(static_cast<double>(toSerial(date, nullDateOf(Reference<css::beans::XPropertySet>(document_, UNO_QUERY)))));
        ensureDateFormat(Reference<css::beans::XPropertySet>(cell, UNO_QUERY_THROW));
        clearNote(row);
    }

    void setNumber(std::u16string_view name, double value)
    {
        const sal_Int32 row = rowOf(name);
        sheet_->getCellByPosition(1, row)->setValue(value);
        clearNote(row);
    }

    void setTextValue(std::u16string_view name, std::u16string_view text)
    {
        const sal_Int32 row = rowOf(name);
        setText(row, 1, text);
        clearNote(row);
    }

private:
    // The first row naming the parameter (as the core reads it), else a new
    // row after the last one.
    sal_Int32 rowOf(std::u16string_view name)
    {
        const std::u16string key = normalizeKey(name);
        for (std::size_t row = 0; row < names_.size(); ++row)
            if (names_[row] == key && !(row == 0 && key == normalizeKey(kNameHeader)))
                return static_cast<sal_Int32>(row);
        const auto row = static_cast<sal_Int32>(names_.size());
        setText(row, 0, name);
        names_.push_back(key);
        return row;
    }

    // Text stays text: XText::setString never parses a formula or a number.
    void setText(sal_Int32 row, sal_Int32 column, std::u16string_view text)
    {
        Reference<css::text::XText> cell(sheet_->getCellByPosition(column, row), UNO_QUERY_THROW);
        cell->setString(toOUString(text));
    }

    // The "留空即默认" hint only explains blank values.
    void clearNote(sal_Int32 row)
    {
        Reference<css::text::XText> note(sheet_->getCellByPosition(2, row), UNO_QUERY_THROW);
        if (note->getString().startsWith(toOUString(kBlankMeansDefault)))
            note->setString(OUString());
    }

    // A cell already shown as a date keeps the user's date format.
    void ensureDateFormat(const Reference<css::beans::XPropertySet>& cell)
    {
        Reference<css::util::XNumberFormatsSupplier> supplier(document_, UNO_QUERY_THROW);
        auto formats = supplier->getNumberFormats();
        sal_Int32 current = 0;
        cell->getPropertyValue("NumberFormat") >>= current;
        try {
            sal_Int16 type = 0;
            formats->getByKey(current)->getPropertyValue("Type") >>= type;
            if (type & css::util::NumberFormat::DATE)
                return;
        } catch (const css::uno::Exception&) {
        }
        // English keywords: YYYY-MM-DD reads the same in every UI language.
        cell->setPropertyValue("NumberFormat",
                               Any(numberFormatKey(document_, u"YYYY-MM-DD", css::lang::Locale("en", "US", ""))));
    }

    Reference<css::sheet::XSpreadsheetDocument> document_;
    Reference<css::sheet::XSpreadsheet> sheet_;
    std::vector<std::u16string> names_;    // normalised column A, one per row
};

bool isProtected(const Reference<css::uno::XInterface>& object)
{
    Reference<css::util::XProtectable> protectable(object, UNO_QUERY);
    return protectable.is() && protectable->isProtected();
}

} // namespace

Date localToday()
{
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

SidebarParametersReading readSidebarParameters(const Reference<css::sheet::XSpreadsheetDocument>& document)
{
    SidebarParametersReading reading;
    const Date today = localToday();
    const sal_Int32 index = findParametersSheet(document);
    reading.sheetExists = index >= 0;
    std::vector<Finding> ignored;    // bad values are validation's business; the panel shows what will be used
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
                            const SidebarParameters& values, std::u16string_view undoTitle)
{
    sal_Int32 index = findParametersSheet(document);
    if (index < 0 && isProtected(document))
        throw UserFacingError{u"工作簿结构受保护，无法新建“参数”工作表。请先撤销工作簿保护。"};
    if (index >= 0 && isProtected(sheetAt(document, index)))
        throw UserFacingError{u"“参数”工作表受保护，参数未写入。请先撤销该工作表的保护。"};

    UndoStep undo(document, undoTitle);
    const bool create = index < 0;
    if (create) {
        Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
        index = sheets->getCount();
        document->getSheets()->insertNewByName(toOUString(kParametersSheetName), static_cast<sal_Int16>(index));
    }
    ParametersWriter writer(document, sheetAt(document, index));
    if (create) {
        writer.writeLayout();
        writer.setTextValue(kCountyName, Parameters(values.reportDate).countyName());
    }
    writer.setDate(kReportDate, values.reportDate);
    writer.setTextValue(kBasis, basisText(values.basis));
    writer.setNumber(kTownshipThreshold, values.townshipThreshold);
    writer.setNumber(kDepartmentThreshold, values.departmentThreshold);
    undo.commit();
}

} // namespace huibao::uno
