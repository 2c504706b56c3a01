// One spreadsheet cell as the core sees it: what XCellRangeData::getDataArray
// gives, plus the error state that the adapter learns from a separate query.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace huibao {

struct Cell {
    enum class Kind : unsigned char { Empty, Number, Text, Boolean, Error };

    Kind kind = Kind::Empty;
    double number = 0;   // Number, Boolean (1/0)
    std::u16string text; // Text

    static Cell empty() { return {}; }
    static Cell ofNumber(double v) { return {Kind::Number, v, {}}; }
    static Cell ofText(std::u16string t) { return {Kind::Text, 0, std::move(t)}; }
    static Cell ofBoolean(bool b) { return {Kind::Boolean, b ? 1.0 : 0.0, {}}; }
    static Cell ofError() { return {Kind::Error, 0, {}}; }

    // Same kind, number and text: the same value as getDataArray gives it.
    friend bool operator==(const Cell&, const Cell&) = default;

    bool isNumber() const { return kind == Kind::Number || kind == Kind::Boolean; }
    bool isText() const { return kind == Kind::Text; }
    bool isError() const { return kind == Kind::Error; }
    // Empty, or text made of whitespace only (a cell holding "　" is blank to a reader).
    bool isBlank() const {
        if (kind == Kind::Empty) return true;
        if (kind != Kind::Text) return false;
        // Most texts start with a character that is certainly not whitespace
        // (isSpaceChar): ASCII printable below U+0085, or above U+3000 except
        // U+FEFF. Only the others need the full trim.
        if (!text.empty()) {
            const char16_t first = text.front();
            if ((first > 0x20 && first < 0x85) || (first > 0x3000 && first != 0xFEFF)) return false;
        }
        return isBlankText();
    }

private:
    bool isBlankText() const;
};

// A sheet's used area, row-major; every row has the same width.
using Grid = std::vector<std::vector<Cell>>;

} // namespace huibao
