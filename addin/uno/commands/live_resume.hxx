// A workbook Huibao validated, saved and closed is live again when it is
// opened (validation.md: "Once a workbook has been validated … Huibao keeps
// it validated as the officer edits"). The pre-read validates it while the
// office is idle; when that finds exactly what the saved 校验结果 lists and
// the marks the saved record holds, live validation starts from it, with
// nothing written to the document. When it finds something else (a date
// against today, a file edited elsewhere), the workbook stays as saved
// until the next Validate: going live would mean rewriting marks the
// officer did not ask for.
#pragma once

#include "huibao/validation/live_validation.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace huibao::uno {

// Whether `document`'s 校验结果 and marks record show what `validated` finds.
bool showsAsSaved(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  const LiveValidator& validated);

// Starts live validation of a reopened validated `document` from the cells
// as they stand, when they show as saved; else does nothing.
void resumeSavedLiveValidation(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                               const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace huibao::uno
