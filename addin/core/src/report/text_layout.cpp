#include "huibao/report/text_layout.hpp"

#include <algorithm>
#include <cmath>

namespace huibao {

namespace {

bool isNarrow(char16_t c) {
    // Latin, digits and punctuation below the CJK blocks, and half-width forms.
    return c < 0x1100 || (c >= 0xFF61 && c <= 0xFFDC) || (c >= 0xFFE8 && c <= 0xFFEE);
}

constexpr std::u16string_view kNoLineStart = u"、，。；：？！）》」』”’%％‰〕〉】｝］,.;:!?)]}·…—ー～";
constexpr std::u16string_view kNoLineEnd = u"（《「『“‘〔〈【｛［([{";
// Signs and words that belong to the number before them.
constexpr std::u16string_view kUnitAfterNumber = u"%％‰亿万元个";

bool isNumberChar(char16_t c) {
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９') || (c >= u'A' && c <= u'Z') ||
           (c >= u'a' && c <= u'z');
}

} // namespace

double charWidth(char16_t c) {
    return isNarrow(c) ? 0.55 : 1.0;
}

bool mayBreakBetween(char16_t before, char16_t after) {
    if (kNoLineStart.find(after) != std::u16string_view::npos) return false;
    if (kNoLineEnd.find(before) != std::u16string_view::npos) return false;
    // 69.30 and 2026 stay whole, and so do 23.28% and 69.30亿元.
    const bool numberBefore = isNumberChar(before) || before == u'.';
    if (numberBefore &&
        (isNumberChar(after) || after == u'.' || kUnitAfterNumber.find(after) != std::u16string_view::npos))
        return false;
    if ((before == u'亿' || before == u'万') && (after == u'元' || after == u'美')) return false;
    if (before == u'美' && after == u'元') return false;
    // Latin words are not broken either.
    if (isNarrow(before) && isNarrow(after) && before != u' ' && after != u' ') return false;
    return true;
}

std::vector<std::u16string> breakLines(std::u16string_view text, double firstLineEms, double lineEms) {
    std::vector<std::u16string> lines;
    std::size_t start = 0;
    bool first = true;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of(u"\n\r", start);
        if (end == std::u16string_view::npos) end = text.size();
        const std::u16string_view part = text.substr(start, end - start);
        std::size_t lineStart = 0;
        double width = 0;
        for (std::size_t i = 0; i < part.size(); ++i) {
            const double capacity = first ? firstLineEms : lineEms;
            width += charWidth(part[i]);
            if (width <= capacity + 1e-9 || i == lineStart) continue;
            // part[i] does not fit: break before the last allowed position.
            std::size_t breakAt = i;
            while (breakAt > lineStart && !mayBreakBetween(part[breakAt - 1], part[breakAt])) --breakAt;
            if (breakAt == lineStart) breakAt = i; // one unbreakable run wider than the line: cut it
            lines.emplace_back(part.substr(lineStart, breakAt - lineStart));
            first = false;
            lineStart = breakAt;
            width = 0;
            for (std::size_t j = lineStart; j <= i; ++j) width += charWidth(part[j]);
        }
        if (lineStart < part.size() || part.empty()) lines.emplace_back(part.substr(lineStart));
        first = false;
        if (end == text.size()) break;
        start = end + 1;
        if (start < text.size() && text[start - 1] == u'\r' && text[start] == u'\n') ++start;
    }
    return lines;
}

double displayWidth(std::u16string_view text) {
    double width = 0;
    for (char16_t c : text) {
        if (c >= 0xDC00 && c <= 0xDFFF) continue; // the second half of a surrogate pair: counted with the first
        width += isNarrow(c) ? 0.55 : 1.0;
    }
    return width;
}

std::vector<std::u16string> titleLines(const std::vector<std::u16string>& words, double boxEms) {
    std::vector<std::u16string> lines;
    double width = 0;
    for (const auto& word : words) {
        const double w = displayWidth(word);
        if (!lines.empty() && width + w <= boxEms + 1e-9) {
            lines.back() += word;
            width += w;
        } else {
            lines.push_back(word);
            width = w;
        }
    }
    return lines;
}

double titleWidth(const std::vector<std::u16string>& words, int maxLines) {
    // The candidates are the widths of runs of whole words; the narrowest
    // that needs no more than maxLines lines wins.
    double widest = 0;
    for (const auto& word : words) widest = std::max(widest, displayWidth(word));
    std::vector<double> candidates{widest};
    for (std::size_t i = 0; i < words.size(); ++i) {
        double run = 0;
        for (std::size_t j = i; j < words.size(); ++j) {
            run += displayWidth(words[j]);
            if (run > widest) candidates.push_back(run);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    for (double box : candidates)
        if (static_cast<int>(titleLines(words, box).size()) <= std::max(maxLines, 1)) return box;
    return candidates.back();
}

std::vector<std::u16string> cellLines(std::u16string_view text, double boxEms) {
    std::vector<std::u16string> phrases{u""};
    for (char16_t c : text) {
        phrases.back() += c;
        if (c == u'、') phrases.emplace_back();
    }
    if (phrases.back().empty() && phrases.size() > 1) phrases.pop_back();
    std::vector<std::u16string> lines;
    for (auto& line : titleLines(phrases, boxEms)) {
        if (displayWidth(line) <= boxEms + 1e-9) {
            lines.push_back(std::move(line));
            continue;
        }
        for (auto& part : breakLines(line, boxEms, boxEms)) lines.push_back(std::move(part));
    }
    return lines;
}

std::vector<double> signatureIndents(const std::vector<std::u16string>& lines) {
    constexpr double kDateIndent = 4;
    std::vector<double> indents;
    if (lines.empty()) return indents;
    const double date = displayWidth(lines.back());
    for (const auto& line : lines) indents.push_back(std::max(0.0, kDateIndent + (date - displayWidth(line)) / 2));
    indents.back() = kDateIndent;
    return indents;
}

std::u16string joinLines(const std::vector<std::u16string>& lines) {
    std::u16string joined;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) joined += u'\n';
        joined += lines[i];
    }
    return joined;
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
