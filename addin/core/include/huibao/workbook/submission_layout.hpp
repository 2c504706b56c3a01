// Recognising a submission sheet (spec/workbook.md §1): where its header row
// is, which column holds which field in which unit, and which rows are
// projects.
#pragma once

#include "huibao/values/amount.hpp"
#include "huibao/values/cell.hpp"
#include "huibao/workbook/fields.hpp"
#include "huibao/workbook/header_rows.hpp"

#include <array>
#include <optional>
#include <vector>

namespace huibao {

inline constexpr int kHeaderSearchRows = 15;
inline constexpr int kMinHeaderMatches = 4;

// Which column holds each field, and in which unit its amounts are written.
struct ColumnMap {
    std::array<int, kFieldCount> columns;      // 0-based column, -1 when absent
    std::array<AmountUnit, kFieldCount> units; // amount fields: the column's unit
    int matchedFields = 0;

    ColumnMap();
    int column(FieldId id) const { return columns[fieldIndex(id)]; }
    bool has(FieldId id) const { return column(id) >= 0; }
    AmountUnit unit(FieldId id) const { return units[fieldIndex(id)]; }
};

// Maps one header row. An amount column takes the unit in its header's
// brackets, else `rmbDefault` for RMB fields whose spec unit is 亿元/万元 …
// (the `单位：万元` note above the header), else the field's default unit.
// Two columns for one field: canonical header beats alias, else leftmost.
ColumnMap mapColumns(const std::vector<Cell>& headerRow, std::optional<AmountUnit> rmbDefault = std::nullopt);
// Same, from what each header column names (one row's, or a two-row header's).
ColumnMap mapHeaderMatches(const HeaderMatches& matches, std::optional<AmountUnit> rmbDefault = std::nullopt);

// What the rows below the header are.
struct DataRows {
    std::vector<int> projects;     // 0-based grid rows holding projects, in order
    std::vector<int> blankBetween; // blank rows (empty, or only a 序号) between two project rows
    std::optional<int> totalRow;   // the sheet's own 合计/总计 row: where the data end, or right under the header

    // Whether rows past the total row are never read (a total heading the
    // projects is above them).
    bool endsAtTotal() const { return totalRow && (projects.empty() || *totalRow > projects.back()); }
};

// Classifies the rows after `headerRow` up to the last row with content:
// 合计/总计 in 项目名称 or 序号 ends the data (the total row), unless it is
// the first row under the header (then it heads them); 小计 rows are
// skipped; a row whose first non-blank cell starts with 填表人 填报人 制表人 审核人
// 联系电话 备注： 注： 说明： ends the data. Compared after normalisation.
DataRows classifyRows(const Grid& grid, int headerRow, const ColumnMap& columns);

// The marker words of data rows, on a normalised key (normalizeKey): a
// total (合计, 总计, or a short name ending in one: 全镇合计), a subtotal
// (小计 likewise) and a footer (填表人 … 说明：, 审核：, 单位负责人 …). The
// targets sheet skips and ends its rows by the same words.
bool isTotalKey(std::u16string_view key);
bool isSubtotalKey(std::u16string_view key);
bool isFooterKey(std::u16string_view key);

// What one row below the header is on its own, as classifyRows sees it (live
// validation asks whether an edit changed it).
enum class RowKind { Blank, Total, Subtotal, Footer, Project };
RowKind classifyRow(const std::vector<Cell>& cells, const ColumnMap& columns);

struct SubmissionLayout {
    int headerRow = 0;      // 0-based grid row (the first, with a two-row header)
    int headerRowCount = 1; // 2 when the row below holds sub-headers (header_rows.hpp)
    ColumnMap columns;
    std::optional<AmountUnit> unitNote; // from `单位：万元` above the header
    DataRows rows;

    int lastHeaderRow() const { return headerRow + headerRowCount - 1; }
};

// The layout of a submission sheet, or nullopt when the sheet is not one
// (no row among the first 15 matches 4 known headers including 项目名称).
// The row right below the header row is the header's second row when
// matchSecondHeaderRow says so; the data rows start after it.
std::optional<SubmissionLayout> recognizeSubmission(const Grid& grid);
// The same without classifying the rows (`rows` stays empty): what the
// header says, for a look at the columns before the data are needed.
std::optional<SubmissionLayout> recognizeHeader(const Grid& grid);

// The RMB unit a note above the header names: `单位：万元`, `（金额单位：亿元）`,
// also among other words on its line (`填报单位：某镇　金额单位：万元`).
std::optional<AmountUnit> parseUnitNote(std::u16string_view text);

} // namespace huibao
