// What each column of a submission sheet's header says (spec/workbook.md §1,
// "Header row"): from one header row, or from a two-row header whose second
// row holds the sub-headers under a parent merged across columns
// (`实际到位资金` over `省外资金 | 境外资金（万美元）`).
#pragma once

#include "huibao/values/amount.hpp"
#include "huibao/values/cell.hpp"
#include "huibao/workbook/fields.hpp"

#include <optional>
#include <vector>

namespace huibao {

// The field one header cell (or a parent and its sub-header) names.
struct HeaderMatch {
    FieldId id;
    bool canonical;                 // the canonical header, not an alias
    std::optional<AmountUnit> unit; // a bracketed unit written with it
};
// One per column of the header; nullopt where the column names no field.
using HeaderMatches = std::vector<std::optional<HeaderMatch>>;

// The fields one header row names.
HeaderMatches matchHeaderRow(const std::vector<Cell>& row);

// The fields of a two-row header, when `below` (the row right under the
// header row `top`, whose matches are `topMatches`) is its second row;
// nullopt when it is not. It is one when it holds only text, nothing in the
// 项目名称 column, and at least one sub-header that names a field on its own
// or with its parent: the text above it, or, under a parent merged across
// columns, the nearest text to its left in `top` (a merge keeps its text in
// its leftmost cell). Conservative: a number, a date or a stray text that is
// neither a known header nor under a parent makes the row data. A blank
// cell of `below` keeps the column's header from `top` (a cell merged over
// both rows leaves the lower one empty); a sub-header that is only a unit
// (`（万元）`) sets that column's unit.
std::optional<HeaderMatches> matchSecondHeaderRow(const std::vector<Cell>& top, const std::vector<Cell>& below,
                                                  const HeaderMatches& topMatches, int nameColumn);

} // namespace huibao
