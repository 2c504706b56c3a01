// Which unit a submitted file belongs to (spec/collection.md, "Submissions"):
// the first of its sheet's name, a 填报单位： row, the 申报单位 column, the title
// row and the file name that names a registered unit.
#pragma once

#include "huibao/workbook/submission_layout.hpp"
#include "huibao/workbook/unit_registry.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace huibao {

struct SubmissionOwner {
    std::u16string unitName; // the registry's name, or the file name's first part
    bool registered = false;
};

// Sheet names a spreadsheet program gives by itself (Sheet1, 工作表1, 表1 …):
// they never name a unit.
bool isGenericSheetName(std::u16string_view sheetName);

// The unit of one submission sheet of the file `fileName` (a name, not a
// path; its extension is ignored). `layout` is the sheet's recognised layout.
SubmissionOwner submissionOwner(const UnitRegistry& registry, std::u16string_view fileName,
                                std::u16string_view sheetName, const Grid& grid, const SubmissionLayout& layout);

// The file name up to its first `_` (without extension): 晋熙镇_2026年….xlsx → 晋熙镇.
std::u16string fileNameUnitPart(std::u16string_view fileName);

// The sheet names of a unit's submission sheets: 晋熙镇, 晋熙镇（2）, 晋熙镇（3）…
// (ordinal 1 is the plain name).
std::u16string unitSheetName(std::u16string_view unitName, int ordinal);

} // namespace huibao

namespace huibao {

// Whether a file found in a folder is taken as a submission: a spreadsheet
// (.xlsx .xlsm .xls .ods .fods .et) or .csv, not hidden (.name), not an Office
// owner file (~$name) nor a LibreOffice lock file (.~lock.name#).
bool isSubmissionFileName(std::u16string_view fileName);

// Whether the name ends in .csv (any case).
bool isCsvFileName(std::u16string_view fileName);

} // namespace huibao
