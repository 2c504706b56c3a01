// The report's chart (附件1): bars of each township's 完成率 and the
// 序时进度 as a line. report.md asks for "a labelled line": its value is the
// same at every township, so it is labelled once, at its end, beside the
// lowest bar. Shared by the 工作汇报 sheet's chart and the Word chart.
#pragma once

#include <com/sun/star/chart/XDiagram.hpp>
#include <sal/types.h>

namespace huibao::uno {

// Labels the last of `points` points of the diagram's second series (the line).
void labelLineOnce(const css::uno::Reference<css::chart::XDiagram>& diagram, sal_Int32 points);

} // namespace huibao::uno
