// The cross-sheet rules kept up to date row by row (live validation): which
// rows share a duplicate key, and where each unregistered unit appears. An
// edit takes its rows out before they are re-checked and puts them back
// after; apply() then re-joins only the keys and units those rows had or
// have. The result is the one joining every sheet again gives (unit tests
// compare the two after random edits). Internal.
#pragma once

#include "sheet_check.hpp"

#include "huibao/validation/validation.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace huibao::detail {

// The duplicate-row finding of `row` (on `check`'s sheet), whose key row
// `first` of result.rows had first.
Finding duplicateFinding(const Workbook& workbook, const ValidationResult& result, const SheetCheck& check,
                         const ProjectRow& row, int first);

class CrossSheetIndex {
public:
    using Checks = std::vector<std::unique_ptr<SheetCheck>>;

    // From the checks and the result as a full join left them. The views
    // into the checks' key texts must stay valid while the index lives (the
    // checks are not replaced; a re-checked row's key goes to editedKeys).
    CrossSheetIndex(const Checks& checks, const ValidationResult& result);

    // Row `row` of checks[check] is about to be re-checked: its key and its
    // unregistered unit are taken out (its result row still holds the old
    // unit), and its duplicate-row finding dropped.
    void removeRow(Checks& checks, const ValidationResult& result, std::size_t check, std::size_t row);
    // ...and re-checked: its new key and unit name are put in.
    void addRow(const Checks& checks, std::size_t check, std::size_t row);

    // Re-joins what removeRow and addRow touched: duplicate-row for every
    // row of a key taken out or put in, the unit of every row (and sheet)
    // whose unregistered unit's first spelling changed, the unregistered
    // units' list. `dirty` (by check) is set for each sheet whose findings
    // changed.
    void apply(const Workbook& workbook, Checks& checks, ValidationResult& result, std::vector<char>& dirty);

private:
    struct Key {
        std::u16string_view text;
        std::size_t hash = 0;
        bool operator==(const Key& other) const { return text == other.text; }
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const { return key.hash; }
    };
    // An appearance of a unit name: (check << 32) | (row + 1), 0 for the
    // name the sheet's own name gives; in sheet and row order.
    using Position = long long;
    static Position position(std::size_t check, std::size_t rowPlusOne) {
        return (static_cast<Position>(check) << 32) | static_cast<Position>(rowPlusOne);
    }
    std::u16string_view spellingAt(const Checks& checks, Position at) const;
    // Notes `key`'s first appearance before this edit changes it.
    void touchUnit(const std::u16string& key);

    // Which check holds result row `index`.
    std::size_t checkOf(const Checks& checks, int index) const;

    std::unordered_map<Key, std::vector<int>, KeyHash> rowsByKey_; // result rows, ascending
    std::vector<Key> touchedKeys_;
    // Unregistered unit key -> its appearances, ascending.
    std::unordered_map<std::u16string, std::vector<Position>> unitAppearances_;
    // Touched unit keys, with their first appearance before the edit (-1: none).
    std::vector<std::pair<std::u16string, Position>> touchedUnits_;
    // Rows re-checked whose unit is unregistered, with its key.
    std::vector<std::pair<Position, std::u16string>> addedAppearances_;
};

} // namespace huibao::detail
