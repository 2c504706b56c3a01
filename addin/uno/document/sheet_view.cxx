#include "document/sheet_view.hxx"

#include "common/uno_conversions.hxx"
#include "document/workbook_reader.hxx"
#include "huibao/workbook/workbook.hpp"

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XActivationBroadcaster.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XUnnamedDatabaseRanges.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <cppuhelper/implbase1.hxx>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

// Switching sheets makes Calc place every comment caption of the sheets it
// leaves and enters, at a cost that grows with the caption's row: 200
// comments on a 200,000-row sheet cost 0.6-1.0 s per switch (measured), a
// typical submission sheet of a few thousand rows nothing to speak of.
constexpr double kCheapSwitch = 2e6; // comments x rows of the sheet left

bool switchIsCheap(const Reference<css::sheet::XSpreadsheet>& active) {
    Reference<css::sheet::XSheetAnnotationsSupplier> notes(active, UNO_QUERY);
    if (!notes.is()) return true;
    const sal_Int32 comments = notes->getAnnotations()->getCount();
    if (comments == 0) return true;
    const sal_Int32 rows = usedAreaFromA1(active).EndRow + 1;
    return double(comments) * double(rows) <= kCheapSwitch;
}

OUString nameOf(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::container::XNamed> named(sheet, UNO_QUERY);
    return named.is() ? named->getName() : OUString();
}

// Freezes the header of the sheet of that name the first time the officer
// opens it (by name: Calc hands out a new object for a sheet each time).
class FreezeOnFirstVisit : public cppu::WeakImplHelper1<css::sheet::XActivationEventListener> {
public:
    FreezeOnFirstVisit(OUString sheet, sal_Int32 rows) : sheet_(std::move(sheet)), rows_(rows) {}

    void SAL_CALL activeSpreadsheetChanged(const css::sheet::ActivationEvent& event) override {
        if (nameOf(event.ActiveSheet) != sheet_) return;
        Reference<css::sheet::XViewFreezable> view(event.Source, UNO_QUERY);
        if (view.is() && !view->hasFrozenPanes()) view->freezeAtPosition(0, rows_);
        Reference<css::sheet::XActivationBroadcaster> broadcaster(event.Source, UNO_QUERY);
        if (broadcaster.is()) broadcaster->removeActivationEventListener(this);
    }

    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    OUString sheet_;
    sal_Int32 rows_;
};

} // namespace

void freezeRows(const Reference<css::sheet::XSpreadsheetDocument>& document,
                const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 rows) {
    Reference<css::frame::XModel> model(document, UNO_QUERY);
    Reference<css::sheet::XSpreadsheetView> view(model.is() ? model->getCurrentController() : nullptr, UNO_QUERY);
    Reference<css::sheet::XViewFreezable> freezable(view, UNO_QUERY);
    if (!view.is() || !freezable.is()) return; // a document without a view
    // A hidden document's view freezes nothing (measured): do not pay a switch for it.
    Reference<css::frame::XController> controller(view, UNO_QUERY_THROW);
    Reference<css::awt::XWindow2> window(controller->getFrame()->getContainerWindow(), UNO_QUERY);
    if (!window.is() || !window->isVisible()) return;
    const auto active = view->getActiveSheet();
    if (nameOf(active) == nameOf(sheet)) {
        freezable->freezeAtPosition(0, rows);
    } else if (!active.is() || switchIsCheap(active)) {
        view->setActiveSheet(sheet);
        freezable->freezeAtPosition(0, rows);
        if (active.is()) view->setActiveSheet(active);
    } else if (Reference<css::sheet::XActivationBroadcaster> broadcaster{view, UNO_QUERY}; broadcaster.is()) {
        broadcaster->addActivationEventListener(new FreezeOnFirstVisit(nameOf(sheet), rows));
    }
}

ActiveSheetParked::ActiveSheetParked(const Reference<css::sheet::XSpreadsheetDocument>& document) noexcept {
    try {
        Reference<css::frame::XModel> model(document, UNO_QUERY);
        Reference<css::sheet::XSpreadsheetView> sheetView(model.is() ? model->getCurrentController() : nullptr,
                                                          UNO_QUERY);
        if (!sheetView.is()) return;
        const auto active = sheetView->getActiveSheet();
        Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
        if (!active.is() || sheets->getCount() < 2) return;
        Reference<css::sheet::XSpreadsheet> first(sheets->getByIndex(0), UNO_QUERY_THROW);
        const OUString name = nameOf(active);
        if (name == nameOf(first) || isOutputSheetName(view(nameOf(first)))) return;
        if (!switchIsCheap(active) || !switchIsCheap(first)) return;
        sheetView->setActiveSheet(first);
        document_ = document;
        view_ = sheetView;
        officersSheet_ = name;
    } catch (...) {
        // No view to move: the step is what Calc makes of it.
    }
}

ActiveSheetParked::~ActiveSheetParked() {
    if (!view_.is()) return;
    try {
        Reference<css::container::XNameAccess> sheets(document_->getSheets(), UNO_QUERY_THROW);
        if (sheets->hasByName(officersSheet_))
            view_->setActiveSheet(
                Reference<css::sheet::XSpreadsheet>(sheets->getByName(officersSheet_), UNO_QUERY_THROW));
    } catch (...) {
        // The document or its view went away meanwhile.
    }
}

void repeatRowsOnEveryPage(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 rows) {
    // Also printed: a frozen pane is a view setting, not a page's.
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
