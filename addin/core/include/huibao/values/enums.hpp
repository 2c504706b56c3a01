// The enumerated fields of a project row and their synonyms (spec/workbook.md).
// Every parse function compares after normalizeKey.
#pragma once

#include "huibao/values/cell.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace huibao {

enum class Nature { NewlySigned, NewlyBuilt, Continued };      // 新签约 新建 续建
enum class Status { Negotiating, Signed, Started, Producing }; // 在谈 已签约 已开工 已投产 (in order)
enum class UnitType { Township, Department };                  // 乡镇 县直单位

std::optional<Nature> parseNature(std::u16string_view text);
std::optional<Status> parseStatus(std::u16string_view text);
std::optional<UnitType> parseUnitType(std::u16string_view text);
std::u16string natureName(Nature);
std::u16string statusName(Status);
std::u16string unitTypeName(UnitType);

// Canonical names of the accepted values, in the spec's order, for messages
// ("可选：在谈、已签约、已开工、已投产").
std::vector<std::u16string> natureNames();
std::vector<std::u16string> statusNames();

// 产业类别: the seven of the spec plus the county's 其他产业类别 (each its own
// category, kept as written). Returns the canonical category name.
class IndustryCatalog {
public:
    explicit IndustryCatalog(std::vector<std::u16string> extraCategories = {});
    std::optional<std::u16string> parse(std::u16string_view text) const;
    const std::vector<std::u16string>& names() const { return names_; }

private:
    std::vector<std::u16string> names_;
    // normalised synonym -> index in names_ (hashed: 参数 may list thousands)
    std::unordered_map<std::u16string, std::size_t> keys_;
};

struct YesNoReading {
    enum class Status { Ok, Invalid, ErrorValue };
    Status status = Status::Ok;
    bool value = false; // blank reads as Ok / false
};
// 是 Y YES √ ✓ 1 TRUE (and numeric 1, boolean TRUE) / 否 N NO × ✗ 0 FALSE (numeric 0); blank = no.
YesNoReading readYesNo(const Cell& cell);

} // namespace huibao
