// The registry of units (任务分解, spec/workbook.md §2) and unit-name matching.
#include "huibao/workbook/unit_registry.hpp"

#include "huibao/text/text.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

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
        candidates_.push_back({key, index, CandidateKind::Name});
        const std::u16string shortKey = shortFormKey(key);
        if (shortCounts[shortKey]++ == 0) shortForms_.emplace(shortKey, index);
        if (shortKey != key) candidates_.push_back({shortKey, index, CandidateKind::ShortForm});
        for (const auto& alias : unit.aliases) {
            const std::u16string aliasKey = normalizeKey(alias);
            if (aliasKey.empty()) continue;
            fullNames_.emplace(aliasKey, index);
            candidates_.push_back({aliasKey, index, CandidateKind::Alias});
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
    // workbook.md drops a trailing 政府 (晋熙镇政府). Townships write their
    // name on forms and seals in full, 晋熙镇人民政府 or 龙山街道办事处: that
    // is the unit's full name with its office after it.
    for (const std::u16string_view office : {u"人民政府", u"办事处"}) {
        if (stripped.size() > office.size() && stripped.ends_with(office)) {
            stripped.remove_suffix(office.size());
            if (auto it = fullNames_.find(std::u16string(stripped)); it != fullNames_.end()) return it->second;
            break;
        }
    }
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
    // Short forms are compared with the written name's own short form too
    // (城关镇 is nearer 城西乡 than 晋熙镇: 城关 ~ 城西). Names are compared on
    // their first kComparedUnits code units: unit names are short, and a
    // 32,000-character 申报单位 must not cost 32,000 × the length of every
    // registered name.
    const std::u16string_view written = key.substr(0, std::min(key.size(), kComparedUnits));
    const std::u16string writtenShort = shortFormKey(written);
    auto relativeDistance = [](std::u16string_view a, std::u16string_view b, double worstWanted) {
        const double length = static_cast<double>(std::max({a.size(), b.size(), std::size_t{1}}));
        // The distance is at least the difference in length: skip what cannot win.
        const std::size_t gap = std::max(a.size(), b.size()) - std::min(a.size(), b.size());
        if (static_cast<double>(gap) / length > worstWanted) return std::numeric_limits<double>::max();
        return static_cast<double>(editDistance(a, b)) / length;
    };
    // Best: the smallest distance; then a unit's own name before its short
    // form before an alias (the message shows the name); then registry order.
    std::optional<std::tuple<double, CandidateKind, int>> best;
    for (const auto& candidate : candidates_) {
        const std::u16string_view compared =
            std::u16string_view(candidate.key).substr(0, std::min(candidate.key.size(), kComparedUnits));
        const double worstWanted = best ? std::get<0>(*best) : std::numeric_limits<double>::max();
        double score = relativeDistance(written, compared, worstWanted);
        if (candidate.kind == CandidateKind::ShortForm && writtenShort.size() != written.size())
            score = std::min(score, relativeDistance(writtenShort, compared, worstWanted));
        const auto ranked = std::make_tuple(score, candidate.kind, candidate.unit);
        if (!best || ranked < *best) best = ranked;
    }
    if (!best) return std::nullopt;
    return std::get<2>(*best);
}

} // namespace huibao
