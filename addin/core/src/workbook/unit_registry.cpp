// The registry of units (任务分解, spec/workbook.md §2) and unit-name matching.
#include "huibao/workbook/unit_registry.hpp"

#include "huibao/text/text.hpp"

#include <algorithm>
#include <limits>

namespace huibao {
namespace {

std::u16string_view dropTownSuffix(std::u16string_view key) {
    if (key.size() > 2 && key.ends_with(u"街道")) return key.substr(0, key.size() - 2);
    if (key.size() > 1 && (key.ends_with(u"镇") || key.ends_with(u"乡"))) return key.substr(0, key.size() - 1);
    return key;
}

// How many code units of a name the closest-name suggestion compares.
constexpr std::size_t kComparedUnits = 64;

std::size_t editDistance(std::u16string_view a, std::u16string_view b) {
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

UnitType inferUnitType(std::u16string_view name) {
    return inferUnitTypeOfKey(normalizeKey(name));
}

UnitType inferUnitTypeOfKey(std::u16string_view key) {
    return key.ends_with(u"镇") || key.ends_with(u"乡") || key.ends_with(u"街道") ? UnitType::Township
                                                                                  : UnitType::Department;
}

std::u16string shortFormKey(std::u16string_view key) {
    return std::u16string(dropTownSuffix(key));
}

UnitRegistry::UnitRegistry(std::vector<RegisteredUnit> units) : units_(std::move(units)) {
    std::unordered_map<std::u16string, int> shortCounts;
    for (int index = 0; index < static_cast<int>(units_.size()); ++index) {
        const RegisteredUnit& unit = units_[index];
        const std::u16string key = normalizeKey(unit.name);
        fullNames_.emplace(key, index);
        candidates_.emplace_back(key, index);
        const std::u16string shortKey = shortFormKey(key);
        if (shortCounts[shortKey]++ == 0) shortForms_.emplace(shortKey, index);
        if (shortKey != key) candidates_.emplace_back(shortKey, index);
        for (const auto& alias : unit.aliases) {
            const std::u16string aliasKey = normalizeKey(alias);
            if (aliasKey.empty()) continue;
            fullNames_.emplace(aliasKey, index);
            candidates_.emplace_back(aliasKey, index);
        }
    }
    // A short form two units share would be a guess; only full names match then.
    for (const auto& [shortKey, count] : shortCounts) {
        if (count > 1) shortForms_.erase(shortKey);
    }
}

std::optional<int> UnitRegistry::match(std::u16string_view writtenName) const {
    return matchKey(normalizeKey(writtenName));
}

std::optional<int> UnitRegistry::matchKey(std::u16string_view key) const {
    if (key.empty()) return std::nullopt;
    const std::u16string owned(key);
    if (auto it = fullNames_.find(owned); it != fullNames_.end()) return it->second;
    if (auto it = shortForms_.find(owned); it != shortForms_.end()) return it->second;
    std::u16string_view stripped = key;
    if (stripped.size() > 2 && stripped.ends_with(u"政府")) stripped.remove_suffix(2);
    stripped = dropTownSuffix(stripped);
    if (auto it = shortForms_.find(std::u16string(stripped)); it != shortForms_.end()) return it->second;
    return std::nullopt;
}

std::u16string_view withoutSheetOrdinal(std::u16string_view sheetName) {
    const std::u16string_view name = trim(sheetName);
    auto isDigit = [](char16_t c) { return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９'); };
    std::size_t end = name.size();
    std::size_t digitsEnd = end;
    const bool bracketed = end > 0 && (name[end - 1] == u'）' || name[end - 1] == u')');
    if (bracketed) digitsEnd = end - 1;
    std::size_t digitsStart = digitsEnd;
    while (digitsStart > 0 && isDigit(name[digitsStart - 1])) --digitsStart;
    if (digitsStart == digitsEnd || digitsStart == 0) return name;
    const char16_t opening = name[digitsStart - 1];
    const bool ordinal = bracketed ? (name[end - 1] == u'）' ? opening == u'（' : opening == u'(')
                                   : (opening == u'-' || opening == u'－');
    if (!ordinal) return name;
    const std::u16string_view rest = trim(name.substr(0, digitsStart - 1));
    return rest.empty() ? name : rest;
}

std::optional<int> UnitRegistry::matchSheetName(std::u16string_view sheetName) const {
    if (auto index = match(sheetName)) return index;
    const std::u16string_view base = withoutSheetOrdinal(sheetName);
    if (base.size() == trim(sheetName).size()) return std::nullopt;
    return match(base);
}

std::optional<int> UnitRegistry::closest(std::u16string_view key) const {
    // Edit distance relative to the longer name: 开发区 is nearer 开发区管委会
    // (3 of 6 characters differ) than 晋熙 (3 of 3), though both are 3 edits.
    // Names are compared on their first kComparedUnits code units: unit names
    // are short, and a 32,000-character 申报单位 must not cost 32,000 × the
    // length of every registered name.
    const std::u16string_view written = key.substr(0, std::min(key.size(), kComparedUnits));
    std::optional<int> best;
    double bestScore = std::numeric_limits<double>::max();
    for (const auto& [candidateKey, index] : candidates_) {
        const std::u16string_view candidate =
            std::u16string_view(candidateKey).substr(0, std::min(candidateKey.size(), kComparedUnits));
        const std::size_t longer = std::max({written.size(), candidate.size(), std::size_t{1}});
        const double length = static_cast<double>(longer);
        // The distance is at least the difference in length: skip what cannot win.
        const std::size_t shorter = std::min(written.size(), candidate.size());
        if (best && static_cast<double>(std::max(written.size(), candidate.size()) - shorter) / length > bestScore)
            continue;
        const double score = static_cast<double>(editDistance(written, candidate)) / length;
        if (score < bestScore || (score == bestScore && best && index < *best)) {
            bestScore = score;
            best = index;
        }
    }
    return best;
}

} // namespace huibao
