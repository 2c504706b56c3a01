// A table whose cells carry their number format, as plain data for the
// adapter to write in one bulk call: typed cells (text, number, blank), a
// number-format kind per cell and highlighted rows. Used by the 单位考核
// sheet and by every table of the report. (table.hpp is the untyped grid of
// the 校验结果 sheet.)
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace huibao {

// How a number is shown. Cells hold full precision; the format rounds.
enum class NumberFormat : unsigned char {
    General,  // text and blank cells
    Integer,  // counts: 0
    Yiyuan,   // 亿元 amounts: 0.0000
    Wan,      // 万元 and 万美元 amounts: 0.00
    Percent,  // fractions shown as percentages: 0.00%
    DateTime, // date-time serial numbers: YYYY-MM-DD HH:MM
};

// The number-format code for Calc (and Excel / WPS, which read the same
// codes from .xlsx): "General", "0", "0.0000", "0.00", "0.00%".
std::u16string numberFormatCode(NumberFormat format);

struct FormattedCell {
    enum class Kind : unsigned char { Blank, Text, Number };
    Kind kind = Kind::Blank;
    std::u16string text; // Text: written as text, never as a formula
    double number = 0;   // Number
    NumberFormat format = NumberFormat::General;

    static FormattedCell blank(NumberFormat format = NumberFormat::General) { return {Kind::Blank, {}, 0, format}; }
    static FormattedCell ofText(std::u16string text) { return {Kind::Text, std::move(text), 0, NumberFormat::General}; }
    static FormattedCell ofNumber(double value, NumberFormat format) { return {Kind::Number, {}, value, format}; }

    bool isBlank() const { return kind == Kind::Blank; }
    bool isText() const { return kind == Kind::Text; }
    bool isNumber() const { return kind == Kind::Number; }
    friend bool operator==(const FormattedCell&, const FormattedCell&) = default;
};

struct FormattedRow {
    std::vector<FormattedCell> cells; // one per header column
    bool highlighted = false;         // a flagged unit: shade the row
    bool isTotal = false;             // the 全县合计 row: bold
    friend bool operator==(const FormattedRow&, const FormattedRow&) = default;
};

struct FormattedTable {
    std::u16string name; // caption / sheet name, e.g. 主要指标
    std::vector<std::u16string> header;
    std::vector<FormattedRow> rows;
    // Shown in place of the rows when there are none (亿元以上项目清单 in a
    // county without such projects); empty when the table is never empty.
    std::u16string emptyNote;

    int columnCount() const { return static_cast<int>(header.size()); }
    // The column of a header title, or -1.
    int columnOf(std::u16string_view title) const;
    friend bool operator==(const FormattedTable&, const FormattedTable&) = default;
};

// A count, an amount or a rate cell; blank (keeping the column's format) when
// the value is absent.
FormattedCell countCell(long long value);
FormattedCell optionalCell(const std::optional<double>& value, NumberFormat format);

} // namespace huibao
