#include "document/sheet_view.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XUnnamedDatabaseRanges.hpp>

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

void addAutoFilter(const Reference<css::sheet::XSpreadsheetDocument>& document, const char* legacyName,
                   const css::table::CellRangeAddress& range) {
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY_THROW);
    // Earlier versions kept the filter in a named database range, which the
    // .xlsx export leaves out: gone with the sheet it was on, or removed here.
    Reference<css::sheet::XDatabaseRanges> named(properties->getPropertyValue("DatabaseRanges"), UNO_QUERY_THROW);
    const OUString legacy = OUString::createFromAscii(legacyName);
    if (named->hasByName(legacy)) named->removeByName(legacy);
    // The sheet's own (unnamed) range is what Data > AutoFilter makes, and
    // what Excel and WPS read back from an .xlsx as the sheet's filter.
    Reference<css::sheet::XUnnamedDatabaseRanges> unnamed(properties->getPropertyValue("UnnamedDatabaseRanges"),
                                                          UNO_QUERY_THROW);
    unnamed->setByTable(range);
    Reference<css::beans::XPropertySet>(unnamed->getByTable(range.Sheet), UNO_QUERY_THROW)
        ->setPropertyValue("AutoFilter", Any(true));
}

} // namespace huibao::uno
