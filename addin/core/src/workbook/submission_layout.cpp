// Recognition of submission sheets: header row, columns and data rows
// (spec/workbook.md §1).
#include "huibao/workbook/submission_layout.hpp"

#include "huibao/text/key_cache.hpp"
#include "huibao/text/text.hpp"
#include "huibao/workbook/workbook.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <span>

namespace huibao {
namespace {

bool sameCurrency(AmountUnit a, AmountUnit b) {
    return isUsd(a) == isUsd(b);
}

// The first cell of a row with content, not counting the 序号 column
// (`seqColumn`, -1 when the sheet has none): township templates come with rows
// already numbered, and a row holding only its number is a blank row
// (spec/workbook.md, "Data rows"). end() when there is none.
std::vector<Cell>::const_iterator firstContent(const std::vector<Cell>& row, int seqColumn) {
    for (auto cell = row.begin(); cell != row.end(); ++cell) {
        if (cell - row.begin() != seqColumn && !cell->isBlank()) return cell;
    }
    return row.end();
}

// Whether a text could normalise to a total, subtotal or footer word. Every
// such word holds one of these characters (or its traditional form), and
// NFKC makes them only from compatibility ideographs, radicals, enclosed
// ideographs or supplementary characters. Lets the row scan skip normalising
// the name of every project.
bool mayHoldMarkerWord(std::u16string_view text) {
    for (char16_t c : text) {
        switch (c) {
        case u'计':
        case u'計':
        case u'人':
        case u'电':
        case u'電':
        case u'注':
        case u'註':
        case u'明':
        case u'核':
        case u'表':
        case u'导':
        case u'導':
        case u'期': return true;
        default:
            if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3200 && c <= 0x33FF) || (c >= 0xF900 && c <= 0xFAFF) ||
                (c >= 0xD800 && c <= 0xDFFF)) {
                return true;
            }
        }
    }
    return false;
}

constexpr std::u16string_view kTotalWords[] = {u"合计", u"总计"};
constexpr std::u16string_view kSubtotalWord = u"小计";
// The words are normalised like the cells, so 备注： (full-width colon) is
// compared as 备注: after NFKC. workbook.md's eight, then the signatures
// township forms put under the table as often (审核：赵六, 单位负责人：…),
// which would otherwise each be a project with a row of errors.
constexpr std::u16string_view kFooterWords[] = {u"填表人", u"填报人", u"制表人",   u"审核人",   u"联系电话",
                                                u"备注:",  u"注:",    u"说明:",    u"审核:",    u"制表:",
                                                u"负责人", u"联系人", u"分管领导", u"填报日期", u"单位负责人"};

// Whether a text could end in 合计, 总计 or 小计 (its last character 计).
bool mayEndInTotal(std::u16string_view text) {
    const auto trimmed = trim(text);
    return !trimmed.empty() && (trimmed.back() == u'计' || trimmed.back() == u'計');
}

// Whether a key starting with `unit` could start with a marker word.
bool mayStartMarkerWord(char16_t unit) {
    if (unit == kSubtotalWord.front()) return true;
    for (auto word : kTotalWords)
        if (unit == word.front()) return true;
    for (auto word : kFooterWords)
        if (unit == word.front()) return true;
    return false;
}

// The key of a text cell that may be a marker; numbers, booleans and errors
// have none (a 序号 of 1 is never a total). Empty too when the key certainly
// starts with no marker word (nothing compares differently then).
std::u16string textKey(const Cell& cell) {
    if (!cell.isText()) return {};
    if (const auto first = fastKeyFirstUnit(cell.text);
        first && !mayStartMarkerWord(*first) && !mayEndInTotal(cell.text))
        return {};
    if (!mayHoldMarkerWord(cell.text)) return {};
    return fastKey(cell.text);
}

bool startsWithAny(std::u16string_view key, std::span<const std::u16string_view> prefixes) {
    for (auto prefix : prefixes) {
        if (key.starts_with(prefix)) return true;
    }
    return false;
}

// 全镇合计, 本单位合计, 工业小计: a total named after what it sums. Short,
// so that no project's name is taken for one.
constexpr std::size_t kLongestNamedTotal = 12;
bool endsWithWord(std::u16string_view key, std::u16string_view word) {
    return key.size() <= kLongestNamedTotal && key.ends_with(word);
}

} // namespace

bool isTotalKey(std::u16string_view key) {
    if (startsWithAny(key, kTotalWords)) return true;
    for (auto word : kTotalWords)
        if (endsWithWord(key, word)) return true;
    return false;
}
bool isSubtotalKey(std::u16string_view key) {
    return key.starts_with(kSubtotalWord) || endsWithWord(key, kSubtotalWord);
}
bool isFooterKey(std::u16string_view key) {
    return startsWithAny(key, kFooterWords);
}

ColumnMap::ColumnMap() {
    columns.fill(-1);
    for (const FieldSpec& spec : fieldSpecs()) {
        units[fieldIndex(spec.id)] = spec.defaultUnit.value_or(AmountUnit::Yiyuan);
    }
}

ColumnMap mapColumns(const std::vector<Cell>& headerRow, std::optional<AmountUnit> rmbDefault) {
    return mapHeaderMatches(matchHeaderRow(headerRow), rmbDefault);
}

ColumnMap mapHeaderMatches(const HeaderMatches& matches, std::optional<AmountUnit> rmbDefault) {
    ColumnMap map;
    std::array<bool, kFieldCount> canonical{};
    std::array<std::optional<AmountUnit>, kFieldCount> headerUnits{};
    for (int column = 0; column < static_cast<int>(matches.size()); ++column) {
        const auto& match = matches[column];
        if (!match) continue;
        const int index = fieldIndex(match->id);
        const bool taken = map.columns[index] >= 0;
        // Canonical beats alias; otherwise the leftmost (already taken) stays.
        if (taken && (canonical[index] || !match->canonical)) continue;
        map.columns[index] = column;
        canonical[index] = match->canonical;
        headerUnits[index] = match->unit;
    }
    for (const FieldSpec& spec : fieldSpecs()) {
        const int index = fieldIndex(spec.id);
        if (map.columns[index] >= 0) ++map.matchedFields;
        if (!spec.defaultUnit) continue;
        const AmountUnit fieldUnit = *spec.defaultUnit;
        // A header unit of the other currency (总投资（万美元）) cannot be what the
        // column means; it is ignored rather than converting yuan as dollars.
        if (headerUnits[index] && sameCurrency(*headerUnits[index], fieldUnit)) {
            map.units[index] = *headerUnits[index];
        } else if (rmbDefault && !isUsd(fieldUnit)) {
            map.units[index] = *rmbDefault;
        }
    }
    return map;
}

std::optional<AmountUnit> parseUnitNote(std::u16string_view text) {
    // The note stands alone (`单位：万元`), in brackets after a title
    // (`…申报表（单位：万元）`) or on one line with other words, as WPS
    // templates write it (`填报单位：某镇　　金额单位：万元`): each `单位`
    // is looked at, and `填报单位：某镇` names no unit of money.
    const std::u16string key = normalizeKey(text);
    const std::u16string_view all = key;
    for (auto at = all.find(u"单位"); at != std::u16string_view::npos; at = all.find(u"单位", at + 2)) {
        std::u16string_view rest = all.substr(at + 2);
        if (rest.starts_with(u":") || rest.starts_with(u"为")) rest.remove_prefix(1); // 注：金额单位为万元
        if (rest.starts_with(u"亿元")) return AmountUnit::Yiyuan;
        if (rest.starts_with(u"万元")) return AmountUnit::Wanyuan;
        // 元 alone only as a whole word: `填报单位：元山镇` is a township.
        if (rest.starts_with(u"元") && (rest.size() == 1 || !u_hasBinaryProperty(rest[1], UCHAR_IDEOGRAPHIC)))
            return AmountUnit::Yuan;
    }
    return std::nullopt;
}

RowKind classifyRow(const std::vector<Cell>& cells, const ColumnMap& columns) {
    static const Cell blank;
    const auto at = [&](int column) -> const Cell& {
        return column >= 0 && column < static_cast<int>(cells.size()) ? cells[column] : blank;
    };
    const int nameColumn = columns.column(FieldId::Name);
    const int seqColumn = columns.column(FieldId::Seq);
    const std::u16string seqKey = textKey(at(seqColumn));
    auto firstFilled = firstContent(cells, seqColumn);
    if (firstFilled == cells.end()) {
        // Only a 序号, or nothing: blank, unless the 序号 cell is a marker word.
        if (!isTotalKey(seqKey) && !isSubtotalKey(seqKey) && !isFooterKey(seqKey)) return RowKind::Blank;
        firstFilled = cells.begin() + seqColumn;
    }
    // The 序号 cell comes before the rest when it is further left.
    if (seqColumn >= 0 && seqColumn < firstFilled - cells.begin() && !cells[seqColumn].isBlank())
        firstFilled = cells.begin() + seqColumn;
    const std::u16string nameKey = textKey(at(nameColumn));
    if (isTotalKey(nameKey) || isTotalKey(seqKey)) return RowKind::Total;
    if (isSubtotalKey(nameKey) || isSubtotalKey(seqKey)) return RowKind::Subtotal;
    if (firstFilled->isText()) {
        // The first filled cell is usually the 序号 or the name; only text can be a footer.
        const int firstColumn = static_cast<int>(firstFilled - cells.begin());
        const std::u16string firstKey = firstColumn == nameColumn  ? nameKey
                                        : firstColumn == seqColumn ? seqKey
                                                                   : textKey(*firstFilled);
        if (isFooterKey(firstKey)) return RowKind::Footer;
    }
    return RowKind::Project;
}

DataRows classifyRows(const Grid& grid, int headerRow, const ColumnMap& columns) {
    DataRows rows;
    const int nameColumn = columns.column(FieldId::Name);
    const int seqColumn = columns.column(FieldId::Seq);
    int last = static_cast<int>(grid.size()) - 1;
    while (last > headerRow && firstContent(grid[last], seqColumn) == grid[last].end()) --last;

    std::vector<int> pendingBlanks;
    for (int row = headerRow + 1; row <= last; ++row) {
        // Texts are separate allocations: ask for a later row's name early.
        if (row + 4 <= last) {
            if (const Cell& ahead = cellAt(grid, row + 4, nameColumn); ahead.isText())
                __builtin_prefetch(ahead.text.data());
        }
        const RowKind kind = classifyRow(grid[row], columns);
        if (kind == RowKind::Blank) {
            pendingBlanks.push_back(row);
            continue;
        }
        if (kind == RowKind::Total) {
            rows.totalRow = row;
            // Statistical forms put the 合计 first, right under the header:
            // it heads the projects instead of ending them (read as the end,
            // the whole sheet would silently count nothing).
            if (row == headerRow + 1) continue;
            break;
        }
        if (kind == RowKind::Subtotal) continue;
        if (kind == RowKind::Footer) break;
        if (!rows.projects.empty()) {
            rows.blankBetween.insert(rows.blankBetween.end(), pendingBlanks.begin(), pendingBlanks.end());
        }
        pendingBlanks.clear();
        rows.projects.push_back(row);
    }
    return rows;
}

std::optional<SubmissionLayout> recognizeHeader(const Grid& grid) {
    const int searched = std::min<int>(kHeaderSearchRows, static_cast<int>(grid.size()));
    std::optional<SubmissionLayout> best;
    HeaderMatches bestMatches;
    for (int row = 0; row < searched; ++row) {
        HeaderMatches matches = matchHeaderRow(grid[row]);
        ColumnMap map = mapHeaderMatches(matches);
        if (map.matchedFields < kMinHeaderMatches || !map.has(FieldId::Name)) continue;
        // Strictly more: on a tie the upper row stays.
        if (best && map.matchedFields <= best->columns.matchedFields) continue;
        best = SubmissionLayout{};
        best->headerRow = row;
        best->columns = std::move(map);
        bestMatches = std::move(matches);
    }
    if (!best) return std::nullopt;

    // The note nearest above the header wins (a title block may repeat it).
    for (int row = best->headerRow - 1; row >= 0 && !best->unitNote; --row) {
        for (const Cell& cell : grid[row]) {
            if (!cell.isText()) continue;
            if (auto unit = parseUnitNote(cell.text)) {
                best->unitNote = unit;
                break;
            }
        }
    }
    const int below = best->headerRow + 1;
    if (below < static_cast<int>(grid.size())) {
        if (auto matches = matchSecondHeaderRow(grid[best->headerRow], grid[below], bestMatches,
                                                best->columns.column(FieldId::Name))) {
            best->headerRowCount = 2;
            bestMatches = std::move(*matches);
        }
    }
    if (best->unitNote || best->headerRowCount == 2) best->columns = mapHeaderMatches(bestMatches, best->unitNote);
    return best;
}

std::optional<SubmissionLayout> recognizeSubmission(const Grid& grid) {
    auto layout = recognizeHeader(grid);
    if (layout) layout->rows = classifyRows(grid, layout->lastHeaderRow(), layout->columns);
    return layout;
}

} // namespace huibao
