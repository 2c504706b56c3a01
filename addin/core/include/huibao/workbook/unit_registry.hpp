// The registry of submitting units: the targets sheet 任务分解 (spec/workbook.md
// §2) and the matching of unit names written in submissions against it.
#pragma once

#include "huibao/values/enums.hpp"
#include "huibao/workbook/finding.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace huibao {

struct Sheet;

struct RegisteredUnit {
    std::u16string name;                 // 单位名称 as written (trimmed), for display
    UnitType type = UnitType::Township;  // 单位类型; from the name when blank or invalid
    std::u16string group;                // 招商团, may be empty
    std::vector<std::u16string> aliases; // 别名, as written
    std::optional<double> projectTarget; // 项目任务 (count)
    std::optional<double> fundsTarget;   // 省外资金任务, 亿元
    std::optional<double> foreignTarget; // 境外资金任务, 万美元
    int sheetRow = 0;                    // 1-based row on the targets sheet
};

// 乡镇 when the name ends in 镇, 乡 or 街道, else 县直单位 (the rule for units
// without a registry entry).
UnitType inferUnitType(std::u16string_view name);
// The same for a name already normalised (normalizeKey): no second pass over a long name.
UnitType inferUnitTypeOfKey(std::u16string_view key);

// A normalised name without one trailing 镇, 乡 or 街道 (晋熙镇 -> 晋熙,
// 牛镇镇 -> 牛镇); the name itself when nothing is left or nothing to drop.
std::u16string shortFormKey(std::u16string_view key);

// A sheet name without one trailing ordinal `（2）`, `(2)` or `-2` (and the
// spaces around it): `孚玉镇（2）` -> `孚玉镇`, the unit's second sheet
// (workbook.md, Columns: unit; collection.md names sheets so). The name
// itself, trimmed, when it has none or nothing would be left.
std::u16string_view withoutSheetOrdinal(std::u16string_view sheetName);

class UnitRegistry {
public:
    UnitRegistry() = default;
    explicit UnitRegistry(std::vector<RegisteredUnit> units);

    const std::vector<RegisteredUnit>& units() const { return units_; }
    bool empty() const { return units_.empty(); }

    // The index of the unit a written name means, per workbook.md §2: the
    // normalised name equals a unit's name, an alias or its short form, or
    // equals the short form after dropping its own trailing 政府 and then one
    // trailing 镇/乡/街道. Short forms shared by two units match nothing.
    std::optional<int> match(std::u16string_view writtenName) const;
    // Same, for an already normalised name.
    std::optional<int> matchKey(std::u16string_view key) const;
    // The unit a sheet's name names: as match(), else without its ordinal.
    std::optional<int> matchSheetName(std::u16string_view sheetName) const;

    // The registered name closest to an unmatched one (edit distance over
    // normalised names, aliases and short forms; on a tie a unit's own name
    // before a short form before an alias, then the earlier unit), for
    // unknown-unit messages. nullopt only when the registry is empty.
    std::optional<int> closest(std::u16string_view key) const;

private:
    std::vector<RegisteredUnit> units_;
    std::unordered_map<std::u16string, int> fullNames_;  // names and aliases
    std::unordered_map<std::u16string, int> shortForms_; // unambiguous short forms only
    enum class CandidateKind { Name, ShortForm, Alias };
    struct Candidate {
        std::u16string key;
        int unit = 0;
        CandidateKind kind = CandidateKind::Name;
    };
    std::vector<Candidate> candidates_; // for closest()
};

// The targets sheet of a workbook: its header row (within the first 15 rows,
// holding both 单位名称 and 单位类型), or nullopt.
std::optional<int> findTargetsHeaderRow(const Sheet& sheet);

// Reads the targets sheet. Bad cells are findings on that sheet (missing-cell,
// type-error, enum-error) and their value falls back to the default or none.
UnitRegistry readTargetsSheet(const Sheet& sheet, int sheetIndex, std::vector<Finding>& findings);

} // namespace huibao
