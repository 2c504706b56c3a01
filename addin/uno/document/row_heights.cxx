#include "document/row_heights.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

struct RowHeight {
    sal_Int32 height = 0; // 1/100 mm
    bool optimal = true;
    bool operator==(const RowHeight&) const = default;
};

// Whether Calc sized the row is asked only of a tall row: half the cost.
RowHeight heightOf(const Reference<css::beans::XPropertySet>& row, sal_Int32 tall) {
    RowHeight result;
    row->getPropertyValue("Height") >>= result.height;
    if (result.height >= tall) row->getPropertyValue("OptimalHeight") >>= result.optimal;
    return result;
}

// Rows first..last of `sheet` as one property set (Calc's ScTableRowsObj).
Reference<css::beans::XPropertySet> rowsOf(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 first,
                                           sal_Int32 last) {
    Reference<css::table::XColumnRowRange> range(sheet->getCellRangeByPosition(0, first, 0, last), UNO_QUERY_THROW);
    return Reference<css::beans::XPropertySet>(range->getRows(), UNO_QUERY_THROW);
}

} // namespace

void copyRowHeights(const Reference<css::sheet::XSpreadsheet>& source,
                    const Reference<css::sheet::XSpreadsheet>& target, sal_Int32 rows) {
    if (rows <= 0) return;
    Reference<css::container::XIndexAccess> sourceRows(
        Reference<css::table::XColumnRowRange>(source, UNO_QUERY_THROW)->getRows(), UNO_QUERY_THROW);
    sal_Int32 standard = 0;
    rowsOf(target, 0, 0)->getPropertyValue("Height") >>= standard;
    const sal_Int32 tall = standard * 3 / 2;
    // Runs of rows alike, each set with one call.
    sal_Int32 first = 0;
    RowHeight run;
    auto apply = [&](sal_Int32 last) {
        if (run.height < tall || last < first) return;
        auto rowsToSet = rowsOf(target, first, last);
        if (run.optimal)
            rowsToSet->setPropertyValue("OptimalHeight", Any(true));
        else
            rowsToSet->setPropertyValue("Height", Any(run.height));
    };
    for (sal_Int32 r = 0; r < rows; ++r) {
        const RowHeight height =
            heightOf(Reference<css::beans::XPropertySet>(sourceRows->getByIndex(r), UNO_QUERY_THROW), tall);
        if (r > 0 && height == run) continue;
        apply(r - 1);
        first = r;
        run = height;
    }
    apply(rows - 1);
}

} // namespace huibao::uno
