// A name in a table cell (a project's 项目名称, a unit's 单位名称) broken
// into lines between its words, never inside one (spec/report.md, "Tables":
// no word broken across lines in a header or unit name). Writer, Word and
// WPS break CJK text after any character (开发区管委/会, 仓储中/心项目); the
// report gives them the lines itself.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace huibao {

// The name's words, in order, their concatenation the name: ICU's
// dictionary segmentation of Chinese (冷链 · 物流 · 中心), with what must
// stay together joined: a bracketed part (（二期）), a number with its 号,
// 期 or unit sign (5号, 4S), and the places the 禁则 forbid (mayBreakBetween).
std::vector<std::u16string> nameWords(std::u16string_view name);

// The name in lines of at most `boxEms` ems, as many whole words on a line
// as fit; a word wider than the box alone is broken by the 禁则
// (breakLines). A name that fits is one line.
std::vector<std::u16string> nameLines(std::u16string_view name, double boxEms);

} // namespace huibao
