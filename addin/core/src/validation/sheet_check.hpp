// What checking one submission sheet produced, kept so that live validation
// can re-check some of its rows and re-join the cross-sheet rules. Internal.
#pragma once

#include "huibao/validation/row_checker.hpp"
#include "huibao/workbook/finding.hpp"

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace huibao::detail {

// Where a row's duplicate key lies: in its sheet's keyText, or in `owned`
// (a row re-checked after an edit: keyText is never appended to after the
// sheet's check, so that views into it stay valid).
struct KeySpan {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::size_t hash = 0;
    bool present = false; // no key: blank name or unreadable 投资方
    const std::u16string* owned = nullptr;
};

// A row's unit, to be resolved in sheet and row order.
struct UnitName {
    bool present = false;
    std::u16string_view name;
};

// Sheets are checked in parallel; the rules that depend on earlier sheets
// (duplicate-row, the order in which unregistered units appear) are then
// applied in sheet order.
struct SheetCheck {
    int sheetIndex = 0;
    std::size_t firstRow = 0; // index in ValidationResult::rows of the sheet's first project
    std::size_t rowCount = 0;
    bool sheetNamesUnit = false;
    RowContext context;                        // outlives the rows: UnitName views its sheetUnitName
    std::vector<Finding> findings;             // in the order raised
    std::size_t rowsBegin = 0;                 // findings: where the first row's begin (after missing-header)
    std::vector<std::size_t> findingsAfterRow; // per project: findings.size() after its row rules
    std::size_t totalsBegin = 0;               // findings: where the total row's begin (after blank-row)
    std::u16string keyText;                    // the duplicate keys, one after another
    std::vector<KeySpan> keys;                 // per project
    std::vector<UnitName> units;               // per project
    std::deque<std::u16string> ownedUnitNames; // a number written as a 申报单位
    std::deque<std::u16string> editedKeys;     // keys of rows re-checked after an edit
    // duplicate-row findings: (project index in the sheet, finding), by project index
    std::vector<std::pair<std::size_t, Finding>> duplicates;

    std::u16string_view key(std::size_t row) const {
        const KeySpan& span = keys[row];
        if (span.owned) return *span.owned;
        return std::u16string_view(keyText).substr(span.offset, span.length);
    }
};

} // namespace huibao::detail
