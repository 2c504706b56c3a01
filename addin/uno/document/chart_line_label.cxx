#include "document/chart_line_label.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartDataCaption.hpp>

namespace huibao::uno {

void labelLineOnce(const css::uno::Reference<css::chart::XDiagram>& diagram, sal_Int32 points) {
    if (points <= 0) return;
    css::uno::Reference<css::beans::XPropertySet> last(diagram->getDataPointProperties(points - 1, 1),
                                                       css::uno::UNO_QUERY);
    if (last.is()) last->setPropertyValue("DataCaption", css::uno::Any(sal_Int32(css::chart::ChartDataCaption::VALUE)));
}

} // namespace huibao::uno
