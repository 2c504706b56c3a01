#include "document/sheet_view.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

void repeatRowsOnEveryPage(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 rows) {
    // Not a frozen pane: freezing acts on the active sheet, and switching
    // sheets costs Calc a second or more once a big sheet carries comments.
    Reference<css::sheet::XPrintAreas> print(sheet, UNO_QUERY);
    Reference<css::sheet::XCellRangeAddressable> addressable(sheet, UNO_QUERY);
    if (!print.is() || !addressable.is() || rows <= 0) return;
    css::table::CellRangeAddress titles;
    titles.Sheet = addressable->getRangeAddress().Sheet;
    titles.StartRow = 0;
    titles.EndRow = rows - 1;
    print->setTitleRows(titles);
    print->setPrintTitleRows(true);
}

void addAutoFilter(const Reference<css::sheet::XSpreadsheetDocument>& document, const char* name,
                   const css::table::CellRangeAddress& range) {
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY_THROW);
    Reference<css::sheet::XDatabaseRanges> ranges(properties->getPropertyValue("DatabaseRanges"), UNO_QUERY_THROW);
    const OUString title = OUString::createFromAscii(name);
    if (ranges->hasByName(title)) ranges->removeByName(title);
    ranges->addNewByName(title, range);
    Reference<css::beans::XPropertySet> added(ranges->getByName(title), UNO_QUERY_THROW);
    added->setPropertyValue("AutoFilter", Any(true));
}

} // namespace huibao::uno
