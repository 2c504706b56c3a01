#include "huibao/report/text_layout.hpp"

#include <algorithm>
#include <cmath>

namespace huibao {

namespace {

bool isNarrow(char16_t c) {
    // Latin, digits and punctuation below the CJK blocks, and half-width forms.
    return c < 0x1100 || (c >= 0xFF61 && c <= 0xFFDC) || (c >= 0xFFE8 && c <= 0xFFEE);
}

// Cuts text after any of `marks` (a closing quote or bracket right after the
// mark stays with it).
std::vector<std::u16string> cutAfter(std::u16string_view text, std::u16string_view marks) {
    std::vector<std::u16string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (marks.find(text[i]) == std::u16string_view::npos) continue;
        std::size_t end = i + 1;
        while (end < text.size() && (text[end] == u'”' || text[end] == u'）' || text[end] == u'」')) ++end;
        parts.emplace_back(text.substr(start, end - start));
        start = end;
        i = end - 1;
    }
    if (start < text.size() || parts.empty()) parts.emplace_back(text.substr(start));
    return parts;
}

} // namespace

std::vector<std::u16string> paragraphPieces(std::u16string_view text, double boxEms, int maxLines) {
    std::vector<std::u16string> clauses;
    for (auto& sentence : cutAfter(text, u"。！？")) {
        // Only a sentence too long for one piece is cut further, at its commas.
        if (estimateLines(sentence, boxEms) <= maxLines) {
            clauses.push_back(std::move(sentence));
            continue;
        }
        for (auto& clause : cutAfter(sentence, u"，；")) clauses.push_back(std::move(clause));
    }
    std::vector<std::u16string> pieces;
    for (auto& clause : clauses) {
        if (!pieces.empty() && estimateLines(pieces.back() + clause, boxEms) <= maxLines)
            pieces.back() += clause;
        else
            pieces.push_back(std::move(clause));
    }
    return pieces;
}

double displayWidth(std::u16string_view text) {
    double width = 0;
    for (char16_t c : text) {
        if (c >= 0xDC00 && c <= 0xDFFF) continue; // the second half of a surrogate pair: counted with the first
        width += isNarrow(c) ? 0.55 : 1.0;
    }
    return width;
}

int estimateLines(std::u16string_view text, double boxEms) {
    boxEms = std::max(boxEms, 1.0);
    int lines = 0;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find(u'\n', start);
        const auto line =
            text.substr(start, end == std::u16string_view::npos ? std::u16string_view::npos : end - start);
        lines += std::max(1, static_cast<int>(std::ceil(displayWidth(line) / boxEms - 1e-9)));
        if (end == std::u16string_view::npos) return lines;
        start = end + 1;
    }
}

} // namespace huibao
