// One project as validation read it: what assessment counts (spec/
// assessment.md, "Which rows count").
#pragma once

#include "huibao/values/date.hpp"
#include "huibao/values/enums.hpp"

#include <optional>
#include <string>

namespace huibao {

// The unit a project belongs to: a registered unit, or an unregistered name
// grouped by its normalised text.
struct UnitRef {
    int registered = -1;        // index into UnitRegistry::units(), -1 when unregistered
    std::u16string key;         // normalizeKey of the written name (unregistered: the group)
    std::u16string displayName; // registered: the registry's name; else as first written

    bool isRegistered() const { return registered >= 0; }
};

// A unit name found in submissions but not in the targets sheet (or every
// unit, when there is no targets sheet), in order of first appearance.
struct UnregisteredUnit {
    std::u16string key;                   // normalizeKey of the name: the group
    std::u16string displayName;           // as first written
    UnitType type = UnitType::Department; // by inferUnitType: 乡镇 when it ends in 镇/乡/街道
};

// A data row of a submission sheet with every field parsed.
//
// Every std::optional is empty when the cell is blank, when its column is
// absent, or when the value failed its type or enum check: assessment.md
// says such a cell counts as blank. Blank means: 0 for the amounts, 否 for
// the yes/no fields. Values that broke other rules (constraint-error,
// unit-suspect, future-date …) are kept as read: the row still counts.
//
// Amounts are converted to the field's default unit whatever the column's
// unit was: investment and funds in 亿元, foreign in 万美元, hqTax in 万元.
struct ProjectRow {
    int sheetIndex = 0; // Workbook::sheets index
    int row = 0;        // 1-based sheet row

    std::optional<long long> seq;           // 序号
    std::optional<std::u16string> name;     // 项目名称, trimmed, as written
    std::optional<UnitRef> unit;            // 申报单位, or the sheet's unit for a blank cell
    std::optional<Nature> nature;           // 建设性质
    std::optional<std::u16string> industry; // 产业类别, canonical (工业 … 其他, or a 其他产业类别 entry)
    std::optional<bool> emerging;           // 战略性新兴产业 (blank reads false)
    std::optional<double> investment;       // 总投资, 亿元
    std::optional<double> funds;            // 实际到位省外资金, 亿元
    std::optional<double> foreign;          // 实际到位境外资金, 万美元
    std::optional<Status> status;           // 项目进展
    std::optional<Date> signedOn;           // 签约日期
    std::optional<Date> startedOn;          // 开工日期
    std::optional<Date> producingOn;        // 投产日期
    std::optional<bool> recognized;         // 平台认定 (blank reads false)
    std::optional<std::u16string> evidence; // 到资依据, trimmed
    std::optional<std::u16string> investor; // 投资方, trimmed
    std::optional<std::u16string> origin;   // 投资方来源地
    std::optional<std::u16string> leader;   // 包保县领导
    std::optional<double> hqTax;            // 总部经济引税额, 万元
    std::optional<std::u16string> remark;   // 备注

    // duplicate-row: this row repeats an earlier one and must not be counted
    // again; firstOccurrence is that row's index in ValidationResult::rows.
    bool isDuplicate = false;
    int firstOccurrence = -1;

    // Whether assessment counts this row (every row but a repeated duplicate).
    bool counts() const { return !isDuplicate; }
    // 到资依据 present (non-blank): for the no-evidence flag.
    bool hasEvidence() const { return evidence.has_value(); }
};

} // namespace huibao
