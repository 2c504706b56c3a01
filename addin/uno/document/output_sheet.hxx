// Huibao's output sheets (校验结果, 单位考核, 工作汇报): replaced as a whole
// at each run, placed where the officer expects them.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <string_view>

namespace huibao::uno {

// Fails with a Chinese UserFacingError, before anything is changed, when the
// sheet `name` could not be replaced (protected structure or sheet).
void ensureReplaceable(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, std::u16string_view name);

// Removes the sheet `name` (it must exist) so that undoing the removal
// brings it back whole, charts and comments included.
void removeSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, std::u16string_view name);

// Removes the sheet `name` if present and inserts an empty one at `position`
// (counted without the old sheet; clamped to the end). Fails with a Chinese
// UserFacingError when the workbook's structure is protected.
css::uno::Reference<css::sheet::XSpreadsheet>
replaceOutputSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, std::u16string_view name,
                   sal_Int32 position);

// The position just after the sheet `name` (the end when there is none).
sal_Int32 positionAfter(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                        std::u16string_view name);

// Writes rows (all the same width) from (firstRow, firstColumn) in one call.
// Strings are stored as text, never parsed as formulas.
void writeRows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 firstRow, sal_Int32 firstColumn,
               const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& rows);

} // namespace huibao::uno
