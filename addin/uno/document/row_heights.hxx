// Row heights of copied cells. Calc re-measures the optimal height of every
// row an attribute or a value touches, laying out each of its texts; for
// 100,000 copied rows that was more than half of an import. So the copy is
// written under RowHeightsKept (row_heights_kept.hxx), and the rows that
// need it get their height here.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>

namespace huibao::uno {

// Gives rows 0..rows-1 of `target` the tall rows of `source`: a row at least
// half as tall again as the standard (wrapped text, a large font, a title)
// keeps its height when the source sized it by hand and is sized to its
// content when Calc sized it there. Shorter rows stay at the standard
// height: Calc measures many one-line rows of Chinese text a millimetre
// taller with the fallback font, and matching that would mean laying out
// every cell again, which was half of an import's time.
void copyRowHeights(const css::uno::Reference<css::sheet::XSpreadsheet>& source,
                    const css::uno::Reference<css::sheet::XSpreadsheet>& target, sal_Int32 rows);

} // namespace huibao::uno
