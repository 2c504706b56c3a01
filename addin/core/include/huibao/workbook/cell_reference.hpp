// A1-style cell references as Calc shows them and as finding messages and the
// 校验结果 sheet write them.
#pragma once

#include <string>
#include <string_view>

namespace huibao {

// 0 -> A, 25 -> Z, 26 -> AA.
std::u16string columnName(int column);
// 1-based row, 0-based column: (7, 1) -> B7.
std::u16string cellReference(int row, int column);
// A sheet name as a reference writes it: quoted ('my sheet') when it holds
// spaces or punctuation, with quotes doubled; plain otherwise (晋熙镇).
std::u16string referenceSheetName(std::u16string_view sheetName);
// 晋熙镇!B5 — the form of validation.md's duplicate-row message.
std::u16string qualifiedReference(std::u16string_view sheetName, int row, int column);

} // namespace huibao
