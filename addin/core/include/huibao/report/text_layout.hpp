// How much room text needs when printed: Calc does not size rows of merged
// cells by itself, so the report's row heights are computed from the text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace huibao {

// Width of the text in ems (one em = one full-width character): CJK and
// full-width forms count 1, everything narrower (ASCII, digits) 0.55.
double displayWidth(std::u16string_view text);

// Lines the text takes when wrapped in a box `boxEms` ems wide; line breaks
// in the text start new lines. At least 1.
int estimateLines(std::u16string_view text, double boxEms);

// A paragraph broken into printed lines the way a Chinese word processor
// breaks them (GB/T 9704 and the 禁则 of GB/T 15834): no line starts with
// 、，。；：？！）》」』”’% or another closing mark, no line ends with an
// opening bracket or quote, a number stays whole with its unit sign and
// its 亿元 / 万元 / 个, and —— or …… is never split. The first line is
// `firstLineEms` wide (the two-character indent taken off), the others
// `lineEms`. A line that would start with a forbidden mark pulls the last
// character of the line before down with it (推出). Line breaks in the text
// start new lines.
std::vector<std::u16string> breakLines(std::u16string_view text, double firstLineEms, double lineEms);

// Whether a line may break between `before` and `after` (the rules above).
bool mayBreakBetween(char16_t before, char16_t after);

// Width of one character in ems, as displayWidth counts it.
double charWidth(char16_t c);

// A table column's title (申报 · 项目数) broken into lines only between its
// words, never inside one (申报\n项目数, not 申报项\n目数): each line takes
// as many words as fit in `boxEms`; a word wider than the box stands on a
// line of its own (the column is too narrow for it: titleWidth says how
// wide it must be).
std::vector<std::u16string> titleLines(const std::vector<std::u16string>& words, double boxEms);

// The narrowest box, in ems, in which titleLines() breaks the title into at
// most `maxLines` lines (never narrower than its widest word).
double titleWidth(const std::vector<std::u16string>& words, int maxLines);

// A table cell's text (a 说明 such as 认定项目不足、资金落后进度) broken
// into lines of `boxEms`: after a 、 where a line must end, so its phrases
// stay whole; a phrase wider than the box is broken by breakLines (禁则).
std::vector<std::u16string> cellLines(std::u16string_view text, double boxEms);

// The 落款 as GB/T 9704 7.3.5.1 sets it (加盖印章): the 成文日期, the last
// line, 右空四字; each line above it (the 发文机关署名) centred on the date.
// Each line's right indent in ems (never negative).
std::vector<double> signatureIndents(const std::vector<std::u16string>& lines);

// The lines joined by line breaks, as a table cell holds them.
std::u16string joinLines(const std::vector<std::u16string>& lines);

} // namespace huibao
