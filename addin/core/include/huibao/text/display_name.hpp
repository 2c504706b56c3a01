// Names as the report prints them (spec/report.md, "Figures as officials
// write them"): a name submitted in traditional characters is shown in
// simplified ones, but only where that is safe — a character outside GB 2312
// becomes its Traditional -> Simplified form when that form is in GB 2312;
// characters of GB 2312 (乾, 著, 於 …) stay as written, so a correct
// simplified name is never "corrected". Whitespace is normalised. The
// submitted sheets are never changed: this is for display only.
#pragma once

#include <string>
#include <string_view>

namespace huibao {

// 彌陀糧食烘干倉儲中心項目 -> 弥陀粮食烘干仓储中心项目; 乾元路 stays 乾元路.
// Trimmed; runs of whitespace become one space, none between two CJK characters.
std::u16string simplifiedName(std::u16string_view name);

// True when the character is in GB 2312 (ASCII counts as in).
bool isInGb2312(char32_t c);

} // namespace huibao
