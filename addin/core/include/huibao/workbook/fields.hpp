// The columns of a submission sheet (spec/workbook.md §1, the field table) as
// one table, and the matching of header cells against it.
#pragma once

#include "huibao/values/amount.hpp"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace huibao {

// In the order of the spec's field table; missing-header findings of one
// sheet are sorted in this order.
enum class FieldId : unsigned char {
    Seq,
    Name,
    Unit,
    Nature,
    Industry,
    Emerging,
    Investment,
    Funds,
    Foreign,
    Status,
    SignedOn,
    StartedOn,
    ProducingOn,
    Recognized,
    Evidence,
    Investor,
    Origin,
    Leader,
    HqTax,
    Remark,
};
inline constexpr int kFieldCount = 20;
inline constexpr int fieldIndex(FieldId id) {
    return static_cast<int>(id);
}

enum class FieldType : unsigned char {
    Integer,
    Text,
    UnitName,
    NatureEnum,
    IndustryEnum,
    StatusEnum,
    YesNo,
    Amount,
    Date,
};

enum class Requirement : unsigned char {
    Optional,
    Required,
    // 申报单位: required unless the sheet's name names the unit.
    RequiredUnlessSheetNamesUnit,
    // Dates and 到资依据: required through status-conflict / evidence-missing,
    // never through missing-cell.
    ByOtherRules,
};

struct FieldSpec {
    FieldId id;
    std::string_view key;       // the spec's field id: "seq", "name", …
    std::u16string_view header; // canonical header, also the finding's field
    std::span<const std::u16string_view> aliases;
    FieldType type;
    std::optional<AmountUnit> defaultUnit; // amounts only
    Requirement requirement;
};

// The whole table, indexed by fieldIndex().
std::span<const FieldSpec> fieldSpecs();
const FieldSpec& fieldSpec(FieldId id);
inline std::u16string_view fieldHeader(FieldId id) {
    return fieldSpec(id).header;
}

bool isAmountField(FieldId id);
bool isDateField(FieldId id);

// A header cell as compared: its normalizeKey with a bracketed unit suffix
// （亿元） (万元) [万美元] 【元】 split off. A bracket that holds no unit name is
// part of the header (`乡镇（单位）` is an alias).
struct HeaderKey {
    std::u16string key;
    std::optional<AmountUnit> unit;
};
HeaderKey parseHeaderCell(std::u16string_view text);

// Splits a bracketed unit off an already normalised key.
HeaderKey splitHeaderUnit(std::u16string key);

struct FieldMatch {
    FieldId id;
    bool canonical; // matched the canonical header, not an alias
};
// The field whose canonical header or alias equals `headerKey` (a HeaderKey's
// key), if any.
std::optional<FieldMatch> matchFieldKey(std::u16string_view headerKey);
// Same, for a field name typed by a user (COUNTPROJECTS' field argument):
// normalised and unit-stripped first.
std::optional<FieldId> findFieldByName(std::u16string_view name);

} // namespace huibao
