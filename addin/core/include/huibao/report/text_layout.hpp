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

// A paragraph cut at sentence ends (after 。！？) into pieces of at most
// `maxLines` estimated lines each: Calc does not break a row across pages,
// and each piece becomes one wrapped cell. Only a sentence longer than that
// is cut further, after its commas (，；); nothing is ever cut inside a clause.
std::vector<std::u16string> paragraphPieces(std::u16string_view text, double boxEms, int maxLines);

} // namespace huibao
