// Header cells -> fields, for one header row or a two-row header
// (spec/workbook.md §1, "Header row").
#include "huibao/workbook/header_rows.hpp"

#include "huibao/text/text.hpp"

#include <string>

namespace huibao {
namespace {

std::optional<HeaderMatch> matchHeader(std::u16string_view key, std::optional<AmountUnit> unit) {
    const auto match = matchFieldKey(key);
    if (!match) return std::nullopt;
    return HeaderMatch{match->id, match->canonical, unit};
}

bool isTextCell(const Cell& cell) {
    return cell.isText() && !cell.isBlank();
}

// A sub-header that is only a unit: `（万元）`, `万美元`.
std::optional<AmountUnit> unitOnly(std::u16string_view key) {
    if (key.size() >= 2 && (key.front() == u'(' || key.front() == u'[' || key.front() == u'【') &&
        (key.back() == u')' || key.back() == u']' || key.back() == u'】')) {
        key = key.substr(1, key.size() - 2);
    }
    return parseUnitName(key);
}

// The parent and a sub-header read as one header: 实际到位资金 + 省外资金 is
// 实际到位省外资金 (the words they share at the end written once), 实际到位资金
// + 省外 is 实际到位省外资金 (the sub-header inside the parent). nullopt when no
// reading is a known header.
std::optional<HeaderMatch> matchCombined(const HeaderKey& parent, const HeaderKey& child) {
    const std::u16string& p = parent.key;
    const std::u16string& c = child.key;
    const auto unit = child.unit ? child.unit : parent.unit;
    if (auto match = matchHeader(p + c, unit)) return match;
    std::size_t shared = 0;
    while (shared < p.size() && shared < c.size() && p[p.size() - 1 - shared] == c[c.size() - 1 - shared]) ++shared;
    if (shared > 0 && shared < p.size()) {
        if (auto match = matchHeader(p.substr(0, p.size() - shared) + c, unit)) return match;
    }
    for (std::size_t at = 1; at < p.size(); ++at) {
        if (auto match = matchHeader(p.substr(0, at) + c + p.substr(at), unit)) return match;
    }
    return std::nullopt;
}

// The column of the parent over `column`: itself when the header row holds
// text there, else the nearest text to its left when that cell also has a
// sub-header under it (the leftmost cell of a parent merged across columns;
// a lone header above an empty cell is a header merged down both rows, not a
// parent). -1 when none.
int parentColumn(const std::vector<Cell>& top, const std::vector<Cell>& below, int column) {
    const auto at = [](const std::vector<Cell>& row, int c) -> const Cell* {
        return c < static_cast<int>(row.size()) ? &row[c] : nullptr;
    };
    if (const Cell* cell = at(top, column); cell && !cell->isBlank()) return cell->isText() ? column : -1;
    for (int left = column - 1; left >= 0; --left) {
        const Cell* cell = at(top, left);
        if (!cell || cell->isBlank()) continue;
        const Cell* under = at(below, left);
        return cell->isText() && under && isTextCell(*under) ? left : -1;
    }
    return -1;
}

} // namespace

HeaderMatches matchHeaderRow(const std::vector<Cell>& row) {
    HeaderMatches matches(row.size());
    for (std::size_t column = 0; column < row.size(); ++column) {
        const Cell& cell = row[column];
        if (!isTextCell(cell)) continue;
        const HeaderKey header = parseHeaderCell(cell.text);
        matches[column] = matchHeader(header.key, header.unit);
    }
    return matches;
}

std::optional<HeaderMatches> matchSecondHeaderRow(const std::vector<Cell>& top, const std::vector<Cell>& below,
                                                  const HeaderMatches& topMatches, int nameColumn) {
    HeaderMatches matches = topMatches;
    if (matches.size() < below.size()) matches.resize(below.size());
    bool subHeader = false;
    for (int column = 0; column < static_cast<int>(below.size()); ++column) {
        const Cell& cell = below[column];
        if (cell.isBlank()) continue; // merged down from the row above: keeps its header
        // A project's name, a number, a date: the row is data.
        if (column == nameColumn || !cell.isText()) return std::nullopt;
        const HeaderKey child = parseHeaderCell(cell.text);
        if (child.key.empty()) return std::nullopt; // far too long for a header
        const int parent = parentColumn(top, below, column);
        const auto& own = topMatches.size() > static_cast<std::size_t>(column) ? topMatches[column] : std::nullopt;
        if (const auto unit = unitOnly(child.key)) {
            // `总投资` over `（万元）`: the unit of the header above. A unit is
            // never a project's value; under anything else it changes nothing.
            if (parent == column && own) {
                matches[column] = HeaderMatch{own->id, own->canonical, unit};
                subHeader = true;
            }
            continue;
        }
        if (parent < 0) {
            // Text under no header at all must be a header itself.
            matches[column] = matchHeader(child.key, child.unit);
            if (!matches[column]) return std::nullopt;
            subHeader = true;
            continue;
        }
        const HeaderKey parentKey = parseHeaderCell(top[parent].text);
        if (auto combined = matchCombined(parentKey, child)) {
            matches[column] = combined;
            subHeader = true;
            continue;
        }
        auto alone = matchHeader(child.key, child.unit);
        // Right under a header of another field (`外资` in the 投资方 column)
        // it reads as that column's value, not as a sub-header.
        if (alone && parent == column && own && own->id != alone->id) return std::nullopt;
        // A sub-header naming nothing (`小计` under 实际到位资金): the column
        // names no field; the parent's header belongs to the whole group.
        matches[column] = alone;
        if (alone) subHeader = true;
    }
    if (!subHeader) return std::nullopt;
    return matches;
}

} // namespace huibao
