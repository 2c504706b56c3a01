// Marks in place (spec/validation.md, "Marks in place"): what Huibao puts on a
// cell with a finding, and the record of what the cell had before, so that
// ClearMarks gives back exactly the user's own fill and comment.
//
// The record is kept in the document itself (the adapter stores the text of
// serializeMarks in a user-defined document property), so it survives saving
// and reopening as .ods.
#pragma once

#include "huibao/workbook/finding.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huibao {

// Light red for 错误, light yellow for 警告 (RGB).
inline constexpr std::int32_t kErrorFill = 0xFFC7CE;
inline constexpr std::int32_t kWarningFill = 0xFFEB9C;

// Starts every note text Huibao writes, so a reader knows where it came from.
inline constexpr std::u16string_view kNotePrefix = u"【汇报助手】";

struct CellMark {
    std::u16string sheet;
    int row = 0;                    // 0-based
    int column = 0;                 // 0-based
    std::int32_t fill = kErrorFill; // the colour Huibao set
    // The cell's own background: set directly on the cell (a colour, or -1
    // for "none"), or inherited from its style when nullopt.
    std::optional<std::int32_t> ownFill;
    // The cell had a comment of its own: Huibao appended `noteText` to it.
    // Otherwise Huibao created the comment and `noteText` is all of it.
    bool appendedToOwnNote = false;
    std::u16string noteText;
};

// One mark per cell: findings on one cell share it; the fill is the error
// colour if any of them is an error. Findings on protected sheets get none.
// Positions are those of the findings (row 1-based, column -1 → A).
std::vector<CellMark> marksFor(const std::vector<Finding>& findings);

// Whether two marks show alike: the same cell, fill and Huibao's text.
bool showsSame(const CellMark& a, const CellMark& b);

std::u16string serializeMarks(const std::vector<CellMark>& marks);
// nullopt when the text is not a record this version can read (then nothing
// is restored rather than something wrong).
std::optional<std::vector<CellMark>> parseMarks(std::u16string_view text);

} // namespace huibao
