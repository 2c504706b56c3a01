#include "cross_sheet_index.hpp"

#include "huibao/text/key_cache.hpp"
#include "huibao/workbook/cell_reference.hpp"
#include "huibao/workbook/finding_sink.hpp"

#include <algorithm>

namespace huibao::detail {
namespace {

template <class T>
void insertSorted(std::vector<T>& values, T value) {
    values.insert(std::lower_bound(values.begin(), values.end(), value), value);
}

template <class T>
void eraseSorted(std::vector<T>& values, T value) {
    const auto at = std::lower_bound(values.begin(), values.end(), value);
    if (at != values.end() && *at == value) values.erase(at);
}

auto findDuplicate(std::vector<std::pair<std::size_t, Finding>>& duplicates, std::size_t row) {
    return std::lower_bound(duplicates.begin(), duplicates.end(), row,
                            [](const auto& entry, std::size_t r) { return entry.first < r; });
}

} // namespace

Finding duplicateFinding(const Workbook& workbook, const ValidationResult& result, const SheetCheck& check,
                         const ProjectRow& row, int first) {
    const Sheet& sheet = workbook.sheets[check.sheetIndex];
    const ProjectRow& original = result.rows[first];
    const Sheet& originalSheet = workbook.sheets[original.sheetIndex];
    const int nameColumn = result.sheets[original.sheetIndex].layout->columns.column(FieldId::Name);
    std::vector<Finding> out;
    FindingSink sink(out, check.sheetIndex, sheet.name, sheet.isProtected);
    sink.add(FindingCode::DuplicateRow, row.row, result.sheets[check.sheetIndex].layout->columns.column(FieldId::Name),
             fieldHeader(FieldId::Name),
             u"与 " + qualifiedReference(originalSheet.name, original.row, nameColumn) +
                 u" 重复（项目名称和投资方相同），请删除重复行或区分项目名称",
             fieldIndex(FieldId::Name));
    return std::move(out.back());
}

CrossSheetIndex::CrossSheetIndex(const Checks& checks, const ValidationResult& result) {
    rowsByKey_.reserve(result.rows.size());
    for (std::size_t c = 0; c < checks.size(); ++c) {
        const SheetCheck& check = *checks[c];
        if (check.sheetNamesUnit) {
            const auto& unit = result.sheets[check.sheetIndex].sheetUnit;
            if (unit && !unit->isRegistered()) unitAppearances_[unit->key].push_back(position(c, 0));
        }
        for (std::size_t i = 0; i < check.rowCount; ++i) {
            const int index = static_cast<int>(check.firstRow + i);
            // The resolved unit, not the name: the edited row's cells are gone already.
            if (check.units[i].present) {
                const auto& unit = result.rows[index].unit;
                if (unit && !unit->isRegistered()) unitAppearances_[unit->key].push_back(position(c, i + 1));
            }
            if (check.keys[i].present) rowsByKey_[Key{check.key(i), check.keys[i].hash}].push_back(index);
        }
    }
}

void CrossSheetIndex::removeRow(Checks& checks, const ValidationResult& result, std::size_t c, std::size_t i) {
    SheetCheck& check = *checks[c];
    const int index = static_cast<int>(check.firstRow + i);
    if (check.keys[i].present) {
        const Key key{check.key(i), check.keys[i].hash};
        if (auto it = rowsByKey_.find(key); it != rowsByKey_.end()) {
            eraseSorted(it->second, index);
            if (it->second.empty()) rowsByKey_.erase(it);
        }
        touchedKeys_.push_back(key); // the old text stays: keyText and editedKeys are never shrunk
    }
    if (check.units[i].present) {
        const auto& unit = result.rows[index].unit;
        if (unit && !unit->isRegistered()) {
            auto it = unitAppearances_.find(unit->key);
            touchUnit(unit->key);
            if (it != unitAppearances_.end()) {
                eraseSorted(it->second, position(c, i + 1));
                if (it->second.empty()) unitAppearances_.erase(it);
            }
        }
    }
    const auto at = findDuplicate(check.duplicates, i);
    if (at != check.duplicates.end() && at->first == i) check.duplicates.erase(at);
}

void CrossSheetIndex::addRow(const Checks& checks, std::size_t c, std::size_t i) {
    const SheetCheck& check = *checks[c];
    if (check.keys[i].present) {
        const Key key{check.key(i), check.keys[i].hash};
        insertSorted(rowsByKey_[key], static_cast<int>(check.firstRow + i));
        touchedKeys_.push_back(key);
    }
    if (check.units[i].present) {
        std::u16string key = fastKey(check.units[i].name);
        touchUnit(key);
        insertSorted(unitAppearances_[key], position(c, i + 1));
        addedAppearances_.emplace_back(position(c, i + 1), std::move(key));
    }
}

void CrossSheetIndex::touchUnit(const std::u16string& key) {
    for (const auto& touched : touchedUnits_)
        if (touched.first == key) return;
    const auto it = unitAppearances_.find(key);
    touchedUnits_.emplace_back(key, it == unitAppearances_.end() ? Position(-1) : it->second.front());
}

std::u16string_view CrossSheetIndex::spellingAt(const Checks& checks, Position at) const {
    const SheetCheck& check = *checks[static_cast<std::size_t>(at >> 32)];
    const auto row = static_cast<std::size_t>(at & 0xffffffff);
    return row == 0 ? std::u16string_view(check.context.sheetUnitName) : check.units[row - 1].name;
}

std::size_t CrossSheetIndex::checkOf(const Checks& checks, int index) const {
    const auto after = std::upper_bound(checks.begin(), checks.end(), static_cast<std::size_t>(index),
                                        [](std::size_t i, const auto& check) { return i < check->firstRow; });
    auto c = static_cast<std::size_t>(after - checks.begin());
    while (c > 0) {
        --c;
        const SheetCheck& check = *checks[c];
        if (static_cast<std::size_t>(index) < check.firstRow + check.rowCount) break;
    }
    return c;
}

void CrossSheetIndex::apply(const Workbook& workbook, Checks& checks, ValidationResult& result,
                            std::vector<char>& dirty) {
    // Duplicate-row: every row of a touched key, the first one excepted.
    std::vector<Key> done;
    for (const Key& key : touchedKeys_) {
        if (std::find(done.begin(), done.end(), key) != done.end()) continue;
        done.push_back(key);
        const auto it = rowsByKey_.find(key);
        if (it == rowsByKey_.end()) continue; // its rows were re-checked: nothing left to join
        const std::vector<int>& rows = it->second;
        const int first = rows.front();
        for (std::size_t n = 0; n < rows.size(); ++n) {
            const int index = rows[n];
            const std::size_t c = checkOf(checks, index);
            SheetCheck& check = *checks[c];
            const std::size_t i = static_cast<std::size_t>(index) - check.firstRow;
            ProjectRow& row = result.rows[index];
            auto at = findDuplicate(check.duplicates, i);
            const bool had = at != check.duplicates.end() && at->first == i;
            if (n == 0) {
                row.isDuplicate = false;
                row.firstOccurrence = -1;
                if (had) {
                    check.duplicates.erase(at);
                    dirty[c] = 1;
                }
                continue;
            }
            const bool sameFirst = row.isDuplicate && row.firstOccurrence == first;
            row.isDuplicate = true;
            row.firstOccurrence = first;
            if (had && sameFirst) continue;
            Finding finding = duplicateFinding(workbook, result, check, row, first);
            if (had)
                at->second = std::move(finding);
            else
                check.duplicates.emplace(at, i, std::move(finding));
            dirty[c] = 1;
        }
    }
    touchedKeys_.clear();

    // Units: an unregistered unit shows the spelling met first, and the list
    // keeps the order of first appearance.
    bool listChanged = false;
    const auto unitRef = [](const std::u16string& key, std::u16string_view name) {
        UnitRef unit;
        unit.key = key;
        unit.displayName = std::u16string(name);
        return unit;
    };
    const auto setUnit = [&](Position at, const UnitRef& unit) {
        const SheetCheck& check = *checks[static_cast<std::size_t>(at >> 32)];
        const auto row = static_cast<std::size_t>(at & 0xffffffff);
        if (row == 0)
            result.sheets[check.sheetIndex].sheetUnit = unit;
        else
            result.rows[check.firstRow + row - 1].unit = unit;
    };
    for (const auto& [key, oldFirst] : touchedUnits_) {
        const auto it = unitAppearances_.find(key);
        const Position newFirst = it == unitAppearances_.end() ? Position(-1) : it->second.front();
        const bool firstEdited = std::any_of(addedAppearances_.begin(), addedAppearances_.end(),
                                             [&](const auto& added) { return added.first == newFirst; });
        if (newFirst == oldFirst && !firstEdited) continue;
        listChanged = true;
        if (it == unitAppearances_.end()) continue;
        const UnitRef unit = unitRef(key, spellingAt(checks, newFirst));
        for (Position at : it->second) setUnit(at, unit);
    }
    for (const auto& [at, key] : addedAppearances_) {
        const auto& appearances = unitAppearances_.at(key);
        setUnit(at, unitRef(key, spellingAt(checks, appearances.front())));
    }
    touchedUnits_.clear();
    addedAppearances_.clear();
    if (!listChanged) return;
    std::vector<std::pair<Position, const std::u16string*>> firsts;
    firsts.reserve(unitAppearances_.size());
    for (const auto& [key, appearances] : unitAppearances_) firsts.emplace_back(appearances.front(), &key);
    std::sort(firsts.begin(), firsts.end());
    result.unregisteredUnits.clear();
    for (const auto& [at, key] : firsts)
        result.unregisteredUnits.push_back({*key, std::u16string(spellingAt(checks, at)), inferUnitTypeOfKey(*key)});
}

} // namespace huibao::detail
