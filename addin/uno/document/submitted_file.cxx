#include "document/submitted_file.hxx"

#include "common/uno_conversions.hxx"
#include "document/merged_areas.hxx"
#include "document/row_heights.hxx"
#include "document/row_heights_kept.hxx"
#include "document/table_writer.hxx"
#include "document/workbook_reader.hxx"

#include "huibao/collection/csv_reading.hpp"
#include "huibao/collection/submission_owner.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <initializer_list>
#include <osl/file.hxx>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

std::optional<std::string> readBytes(const std::u16string& url) {
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(toOUString(url), path) != osl::FileBase::E_None) return std::nullopt;
    std::ifstream in(OUStringToOString(path, RTL_TEXTENCODING_UTF8).getStr(), std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

unsigned readLe16(const std::string& bytes, std::size_t at) {
    return static_cast<unsigned char>(bytes[at]) | (static_cast<unsigned char>(bytes[at + 1]) << 8);
}

// An OOXML file saved with a password is an OLE container holding an
// EncryptionInfo stream (its directory entry names are UTF-16). An .xls
// with a password is an OLE container whose Workbook stream starts with the
// workbook's BOF record followed by FILEPASS (0x002F). An ODF file with a
// password stores content.xml uncompressed but encrypted: its data does not
// start with <?xml.
bool looksEncrypted(const std::string& bytes) {
    if (bytes.size() >= 8 && bytes.compare(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") == 0) {
        static const std::string name("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
        if (bytes.find(name) != std::string::npos) return true;
        // BOF: id 0x0809, 16 bytes, BIFF8 (0x0600), workbook globals (0x0005).
        static const std::string bof("\x09\x08\x10\x00\x00\x06\x05\x00", 8);
        for (std::size_t at = bytes.find(bof); at != std::string::npos; at = bytes.find(bof, at + 1))
            if (at % 64 == 0 && at + 22 <= bytes.size() && readLe16(bytes, at + 20) == 0x002F) return true;
        return false;
    }
    static const std::string header("PK\x03\x04", 4);
    for (std::size_t at = bytes.find(header); at != std::string::npos; at = bytes.find(header, at + 4)) {
        if (at + 30 > bytes.size()) break;
        const unsigned method = readLe16(bytes, at + 8);
        const std::size_t nameLength = readLe16(bytes, at + 26), extraLength = readLe16(bytes, at + 28);
        if (at + 30 + nameLength > bytes.size()) break;
        if (bytes.compare(at + 30, nameLength, "content.xml") != 0) continue;
        const std::size_t data = at + 30 + nameLength + extraLength;
        return method == 0 && data + 5 <= bytes.size() && bytes.compare(data, 5, "<?xml") != 0;
    }
    return false;
}

bool isBlankGrid(const Grid& grid) {
    for (const auto& row : grid)
        for (const auto& cell : row)
            if (!cell.isBlank()) return false;
    return true;
}

// The formats a submitted cell brings along.
const Sequence<OUString>& formatProperties() {
    static const Sequence<OUString> names = sequenceOf<OUString>(
        {"NumberFormat", "CharWeight", "CharPosture", "CharHeight", "CharColor", "CellBackColor", "HoriJustify",
         "VertJustify", "IsTextWrapped", "TopBorder", "BottomBorder", "LeftBorder", "RightBorder"});
    return names;
}

// The formula that gives the same error as the submitted cell showed.
OUString errorFormula(sal_Int32 errorCode) {
    return errorCode == 532 ? OUString("=1/0") : OUString("=NA()");
}

} // namespace

SubmittedFile::SubmittedFile(const Reference<css::uno::XComponentContext>& context, const std::u16string& url,
                             const std::u16string& fileName) {
    try {
        if (isCsvFileName(fileName))
            readCsv(url);
        else
            load(context, url);
    } catch (const css::uno::Exception&) {
        sheets_.clear();
        unreadable_ = u"文件已损坏或不是电子表格";
    }
    if (unreadable_.empty() && sheets_.empty()) unreadable_ = u"文件为空";
}

SubmittedFile::~SubmittedFile() {
    close();
}

void SubmittedFile::close() {
    if (!document_.is()) return;
    try {
        Reference<css::util::XCloseable>(document_, UNO_QUERY_THROW)->close(true);
    } catch (const css::uno::Exception&) {
        // Closed already, or vetoed: LibreOffice disposes it at exit.
    }
    document_.clear();
}

void SubmittedFile::readCsv(const std::u16string& url) {
    const auto bytes = readBytes(url);
    if (!bytes) {
        unreadable_ = u"文件无法打开";
        return;
    }
    auto reading = huibao::readCsv(*bytes, kMaxSubmissionRows);
    if (!reading.what.empty()) {
        unreadable_ = reading.what;
        return;
    }
    // A .csv has no sheet name: a generic one, so that its content names the unit.
    sheets_.push_back({u"Sheet1", std::move(reading.cells), -1, {}, {}});
}

void SubmittedFile::load(const Reference<css::uno::XComponentContext>& context, const std::u16string& url) {
    if (const auto bytes = readBytes(url)) {
        if (bytes->empty()) {
            unreadable_ = u"文件为空";
            return;
        }
        if (looksEncrypted(*bytes)) {
            unreadable_ = u"文件已加密（设有打开密码）";
            return;
        }
    } else {
        unreadable_ = u"文件无法打开";
        return;
    }
    // Untrusted: hidden, read-only, no macro, no link or data source update,
    // and no interaction handler, so no repair or password dialog.
    const Sequence<css::beans::PropertyValue> arguments = sequenceOf<css::beans::PropertyValue>({
        property("Hidden", Any(true)),
        property("ReadOnly", Any(true)),
        property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", Any(css::document::UpdateDocMode::NO_UPDATE)),
        property("RepairPackage", Any(false)),
    });
    auto desktop = css::frame::Desktop::create(context);
    Reference<css::lang::XComponent> component;
    try {
        component = desktop->loadComponentFromURL(toOUString(url), "_blank", 0, arguments);
    } catch (const css::uno::Exception&) {
        unreadable_ = u"文件已损坏、已加密或不是电子表格";
        return;
    }
    document_.set(component, UNO_QUERY);
    if (!document_.is()) {
        if (component.is()) {
            try {
                Reference<css::util::XCloseable>(component, UNO_QUERY_THROW)->close(true);
            } catch (const css::uno::Exception&) {}
        }
        unreadable_ = component.is() ? u"不是电子表格" : u"文件已损坏、已加密或不是电子表格";
        return;
    }
    nullDate_ = nullDateOf(Reference<css::beans::XPropertySet>(document_, UNO_QUERY));
    Reference<css::container::XIndexAccess> sheets(document_->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        bool visible = true;
        Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->getPropertyValue("IsVisible") >>= visible;
        if (!visible) continue; // hidden and very hidden sheets stay behind
        const auto area = usedAreaFromA1(sheet);
        if (area.EndRow + 1 > kMaxSubmissionRows) {
            sheets_.clear();
            unreadable_ = u"行数超过 500000 行";
            return;
        }
        SubmittedSheet read;
        read.name = view(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        read.values = Reference<css::sheet::XCellRangeData>(
                          sheet->getCellRangeByPosition(0, 0, area.EndColumn, area.EndRow), UNO_QUERY_THROW)
                          ->getDataArray();
        read.cells = toGrid(read.values);
        read.merges = mergedAreas(sheet, area);
        spreadMergedValues(read.cells, read.merges);
        read.sourceIndex = i;
        if (isBlankGrid(read.cells)) continue;
        sheets_.push_back(std::move(read));
    }
}

namespace {

// One group of source cells formatted alike, with the properties the unit set.
struct FormatGroup {
    css::uno::Sequence<css::table::CellRangeAddress> ranges;
    Sequence<OUString> names;
    Sequence<Any> values;
    bool isDate = false; // a date or date-time number format: its numbers are day counts
};

// The number format key in `target` with the same code and locale as `key` in `source`.
sal_Int32 sameNumberFormat(const Reference<css::util::XNumberFormats>& source, sal_Int32 key,
                           const Reference<css::sheet::XSpreadsheetDocument>& target) {
    auto format = source->getByKey(key);
    OUString code;
    css::lang::Locale locale;
    format->getPropertyValue("FormatString") >>= code;
    format->getPropertyValue("Locale") >>= locale;
    return numberFormatKey(target, std::u16string(view(code)), locale);
}

// The source's groups of cells formatted alike, each with the properties
// that differ from a new cell of `target` (`defaults`), number formats
// already as `target`'s keys. A file saved by Excel or Calc as .xlsx states
// every attribute of every cell, mostly at its default: setting those would
// cost a pass over thousands of ranges for nothing.
std::vector<FormatGroup> formatGroups(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                      const Reference<css::sheet::XSpreadsheet>& source, sal_Int32 columns,
                                      sal_Int32 rows, const Reference<css::sheet::XSpreadsheetDocument>& target,
                                      const Sequence<Any>& defaults) {
    auto numberFormats = Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats();
    Reference<css::util::XNumberFormatTypes> standard(numberFormats, UNO_QUERY);
    Reference<css::sheet::XUniqueCellFormatRangesSupplier> unique(
        source->getCellRangeByPosition(0, 0, columns - 1, rows - 1), UNO_QUERY_THROW);
    auto groups = unique->getUniqueCellFormatRanges();
    const auto& allNames = formatProperties();
    std::vector<FormatGroup> result;
    for (sal_Int32 g = 0; g < groups->getCount(); ++g) {
        Reference<css::sheet::XSheetCellRanges> ranges(groups->getByIndex(g), UNO_QUERY_THROW);
        const auto states = Reference<css::beans::XPropertyState>(ranges, UNO_QUERY_THROW)->getPropertyStates(allNames);
        const auto values =
            Reference<css::beans::XMultiPropertySet>(ranges, UNO_QUERY_THROW)->getPropertyValues(allNames);
        FormatGroup group;
        std::vector<OUString> names;
        std::vector<Any> differing;
        for (sal_Int32 i = 0; i < allNames.getLength(); ++i) {
            if (states[i] == css::beans::PropertyState_DEFAULT_VALUE) continue;
            Any value = values[i];
            sal_Int32 key = 0;
            if (allNames[i] == "NumberFormat" && (value >>= key)) {
                auto format = numberFormats->getByKey(key);
                sal_Int16 type = 0;
                css::lang::Locale locale;
                format->getPropertyValue("Type") >>= type;
                format->getPropertyValue("Locale") >>= locale;
                group.isDate = (type & css::util::NumberFormat::DATE) != 0;
                // "General" in the unit's language is "General" here too.
                if (standard.is() && standard->getStandardIndex(locale) == key)
                    value = defaults[i];
                else
                    value <<= sameNumberFormat(numberFormats, key, target);
            }
            if (value == defaults[i]) continue;
            names.push_back(allNames[i]);
            differing.push_back(std::move(value));
        }
        if (names.empty()) continue;
        group.ranges = ranges->getRangeAddresses();
        group.names = Sequence<OUString>(names.data(), sal_Int32(names.size()));
        group.values = Sequence<Any>(differing.data(), sal_Int32(differing.size()));
        result.push_back(std::move(group));
    }
    return result;
}

} // namespace

void SubmittedFile::copyInto(SubmittedSheet& sheet, const Reference<css::sheet::XSpreadsheetDocument>& targetDocument,
                             const Reference<css::sheet::XSpreadsheet>& target) const {
    Grid& grid = sheet.cells;
    if (grid.empty() || grid.front().empty()) return;
    // Rows take the source's heights at the end, in one pass (row_heights.hxx).
    RowHeightsKept heights(targetDocument);
    const sal_Int32 rows = sal_Int32(grid.size()), columns = sal_Int32(grid.front().size());
    Reference<css::sheet::XSpreadsheet> source;
    std::vector<FormatGroup> groups;
    if (document_.is()) {
        Reference<css::container::XIndexAccess> sourceSheets(document_->getSheets(), UNO_QUERY_THROW);
        source.set(sourceSheets->getByIndex(sheet.sourceIndex), UNO_QUERY_THROW);
        const auto defaults = Reference<css::beans::XMultiPropertySet>(target->getCellByPosition(0, 0), UNO_QUERY_THROW)
                                  ->getPropertyValues(formatProperties());
        groups = formatGroups(document_, source, columns, rows, targetDocument, defaults);
    }

    // The values as read; an error result becomes an empty cell here and its
    // error below (a void Any would crash Calc 7.4).
    Sequence<Sequence<Any>> values = sheet.values;
    if (!values.hasElements()) values = Sequence<Sequence<Any>>(rows);
    auto* out = values.getArray();
    std::vector<std::pair<sal_Int32, sal_Int32>> errors;
    for (sal_Int32 r = 0; r < rows; ++r) {
        if (!sheet.values.hasElements()) {
            Sequence<Any> row(columns);
            auto* cells = row.getArray();
            for (sal_Int32 c = 0; c < columns; ++c) {
                const Cell& cell = grid[r][c];
                if (cell.isText())
                    cells[c] <<= toOUString(cell.text);
                else if (cell.isNumber())
                    cells[c] <<= cell.number;
                else
                    cells[c] <<= OUString(); // an empty string leaves the cell empty
            }
            out[r] = std::move(row);
        }
        for (sal_Int32 c = 0; c < columns; ++c) {
            if (grid[r][c].kind != Cell::Kind::Error) continue;
            errors.emplace_back(r, c);
            out[r].getArray()[c] <<= OUString();
        }
    }
    // A workbook on another date system (Excel's 1904 one, an .ods with its
    // own null date) counts days from another day: its dates are moved so
    // that they show the same day here.
    const Date targetNull = nullDateOf(Reference<css::beans::XPropertySet>(targetDocument, UNO_QUERY));
    if (const double shift = double(toSerial(nullDate_, targetNull)); shift != 0) {
        for (const FormatGroup& group : groups) {
            if (!group.isDate) continue;
            for (const auto& range : group.ranges)
                for (sal_Int32 r = range.StartRow; r <= std::min(range.EndRow, rows - 1); ++r)
                    for (sal_Int32 c = range.StartColumn; c <= std::min(range.EndColumn, columns - 1); ++c)
                        if (grid[r][c].isNumber()) out[r].getArray()[c] <<= (grid[r][c].number += shift);
        }
    }
    Reference<css::sheet::XCellRangeData>(target->getCellRangeByPosition(0, 0, columns - 1, rows - 1), UNO_QUERY_THROW)
        ->setDataArray(values);
    if (!source.is()) return; // a .csv: text only, no formats

    for (const auto& [r, c] : errors) {
        const sal_Int32 code = source->getCellByPosition(c, r)->getError();
        target->getCellByPosition(c, r)->setFormula(errorFormula(code));
    }

    // The cells' own formats, one call per group of cells formatted alike.
    const sal_Int32 targetIndex =
        Reference<css::sheet::XCellRangeAddressable>(target, UNO_QUERY_THROW)->getRangeAddress().Sheet;
    Reference<css::lang::XMultiServiceFactory> factory(targetDocument, UNO_QUERY_THROW);
    for (FormatGroup& group : groups) {
        auto* list = group.ranges.getArray();
        for (sal_Int32 i = 0; i < group.ranges.getLength(); ++i) list[i].Sheet = sal_Int16(targetIndex);
        Reference<css::sheet::XSheetCellRangeContainer> into(
            factory->createInstance("com.sun.star.sheet.SheetCellRanges"), UNO_QUERY_THROW);
        into->addRangeAddresses(group.ranges, false);
        Reference<css::beans::XMultiPropertySet>(into, UNO_QUERY_THROW)->setPropertyValues(group.names, group.values);
    }

    mergeAreas(target, sheet.merges);

    // Column widths as the unit set them.
    auto sourceColumns = Reference<css::table::XColumnRowRange>(source, UNO_QUERY_THROW)->getColumns();
    auto targetColumns = Reference<css::table::XColumnRowRange>(target, UNO_QUERY_THROW)->getColumns();
    for (sal_Int32 c = 0; c < columns; ++c) {
        Reference<css::beans::XPropertySet> to(targetColumns->getByIndex(c), UNO_QUERY_THROW);
        to->setPropertyValue("Width", Reference<css::beans::XPropertySet>(sourceColumns->getByIndex(c), UNO_QUERY_THROW)
                                          ->getPropertyValue("Width"));
    }
    copyRowHeights(source, target, rows);
}

} // namespace huibao::uno
