// Which unit a submitted file belongs to (spec/collection.md, "Submissions"):
// the first of its sheet's name, a 填报单位： row, the 申报单位 column, the title
// row and the file name that names a registered unit. All of a file's
// submission sheets belong to that one unit.
#pragma once

#include "huibao/workbook/submission_layout.hpp"
#include "huibao/workbook/unit_registry.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huibao {

struct SubmissionOwner {
    std::u16string unitName; // the registry's name, or the file name's first part
    bool registered = false;
};

// Sheet names a spreadsheet program gives by itself (Sheet1, 工作表1, 表1 …):
// they never name a unit.
bool isGenericSheetName(std::u16string_view sheetName);

// The registered unit one submission sheet names by itself: its name, a
// 填报单位： row, its 申报单位 column (every filled cell the same unit), its
// title row, in that order. `layout` is the sheet's recognised layout.
std::optional<std::u16string> sheetOwner(const UnitRegistry& registry, std::u16string_view sheetName, const Grid& grid,
                                         const SubmissionLayout& layout);

// The unit of the file `fileName` (a name, not a path; its extension is
// ignored), to which every submission sheet of it belongs: the first of its
// sheets' own units (sheetOwner, in the file's order), else the file name up
// to its first `_` — registered or not.
SubmissionOwner fileOwner(const UnitRegistry& registry, std::u16string_view fileName,
                          const std::vector<std::optional<std::u16string>>& sheetOwners);

// The registered units a file's sheets name by themselves (sheetOwner), each
// once, in the file's order. More than one: the file holds several units'
// lists (one officer covering two townships, a 招商团's members in one
// file), and collection.md's one unit per file would give every sheet to the
// first; such a file is listed, not imported (severalUnitsReason).
std::vector<std::u16string> unitsNamedBySheets(const std::vector<std::optional<std::u16string>>& sheetOwners);
std::u16string severalUnitsReason(const std::vector<std::u16string>& units);

// The unit of a file with this one submission sheet.
SubmissionOwner submissionOwner(const UnitRegistry& registry, std::u16string_view fileName,
                                std::u16string_view sheetName, const Grid& grid, const SubmissionLayout& layout);

// The file name up to its first `_` (without extension): 晋熙镇_2026年….xlsx → 晋熙镇.
std::u16string fileNameUnitPart(std::u16string_view fileName);

// The sheet names of a unit's submission sheets: 晋熙镇, 晋熙镇（2）, 晋熙镇（3）…
// (ordinal 1 is the plain name); a unit named like an output sheet
// (工作汇报…, an unregistered file's name) as 来件_工作汇报, never an output name.
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
