#include "document/sheet_view.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

void freezeRows(const Reference<css::sheet::XSpreadsheetDocument>& document,
                const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 rows) {
    Reference<css::frame::XModel> model(document, UNO_QUERY);
    if (!model.is()) return;
    Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), UNO_QUERY);
    Reference<css::sheet::XViewFreezable> freezable(view, UNO_QUERY);
    if (!view.is() || !freezable.is()) return;
    // Freezing acts on the active sheet: visit, freeze, go back.
    auto active = view->getActiveSheet();
    view->setActiveSheet(sheet);
    freezable->freezeAtPosition(0, rows);
    if (active.is()) view->setActiveSheet(active);
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
