// The validated state a command starts from. Reading a large workbook is most
// of a command's time (getDataArray of every submission sheet), and live
// validation already holds the cells as the officer left them: a command
// that runs right after Validate, Assess or BuildReport, with every edit
// since taken in, validates what live validation holds instead of reading
// it again. Formula cells are always read again: their values can change
// with a cell elsewhere without Calc reporting them.
#pragma once

#include "huibao/validation/live_validation.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <map>
#include <memory>
#include <string>

namespace huibao::uno {

enum class InputCells {
    AsLiveValidationHolds, // nothing was written to the input sheets since the last validation
    ReadAgain,             // the command itself wrote input sheets (ImportSubmissions)
};

// Input sheets a command has just written, by name, with the cells exactly
// as reading them back would give them.
using WrittenSheets = std::map<std::u16string, Grid>;

// A validator of the document's cells as they stand (live validation, if
// any, has ended: the caller starts it again). With ReadAgain, the sheets
// in `written` are taken as written and only the others are read.
std::shared_ptr<LiveValidator>
validatorOfDocument(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const Date& today,
                    InputCells cells, WrittenSheets written = {});

} // namespace huibao::uno
