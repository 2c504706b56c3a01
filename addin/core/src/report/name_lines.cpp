#include "huibao/report/name_lines.hpp"

#include "huibao/report/text_layout.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace huibao {

namespace {

bool isDigit(char16_t c) {
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

bool isOpening(char16_t c) {
    return c == u'（' || c == u'(' || c == u'【' || c == u'《' || c == u'“';
}

bool isClosing(char16_t c) {
    return c == u'）' || c == u')' || c == u'】' || c == u'》' || c == u'”';
}

// Characters that end the name of a place, a unit or a site (开发区, 管委会,
// 产业园, 太湖县, 4S店): a single one of them after a word belongs to it.
constexpr std::u16string_view kSuffixes = u"区县市镇乡村局委会办处室厅部司园场厂站馆院所店号期栋座体线楼街路";

bool isCjk(char16_t c) {
    return c >= 0x3400 && c <= 0x9FFF;
}

// The places ICU's dictionary segmentation of Chinese allows a break, 0 and
// the end included (every character a word without ICU's data). Its words
// are short and it leaves many single characters (开发|区|管|委|会,
// 冷|链, 仓|储): a single character that ends a name (kSuffixes) joins the
// word before it; any other single character joins the word after it.
std::vector<std::size_t> wordBoundaries(std::u16string_view name) {
    std::vector<std::size_t> icuBounds;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status) || !words) {
        for (std::size_t i = 0; i <= name.size(); ++i) icuBounds.push_back(i);
    } else {
        const icu::UnicodeString text(false, name.data(), static_cast<int32_t>(name.size()));
        words->setText(text);
        for (int32_t at = words->first(); at != icu::BreakIterator::DONE; at = words->next())
            icuBounds.push_back(static_cast<std::size_t>(at));
    }
    std::vector<std::size_t> bounds{0};
    bool pending = false; // the last word is a single character waiting for the word after it
    for (std::size_t k = 1; k < icuBounds.size(); ++k) {
        const std::size_t from = icuBounds[k - 1], to = icuBounds[k];
        const bool single = to - from == 1 && isCjk(name[from]);
        const bool joinsBefore = single && from > 0 && kSuffixes.find(name[from]) != std::u16string_view::npos;
        // 冷 + 链, 农 + 产品; but 综合 + 体 before （二期）: a waiting
        // character stays with the word before it when no Chinese word follows.
        if (joinsBefore || (pending && isCjk(name[from]))) {
            bounds.back() = to;
            pending = false;
            continue;
        }
        if (pending && bounds.size() > 2) bounds.erase(bounds.end() - 2); // joins the word before
        bounds.push_back(to);
        pending = single;
    }
    if (pending && bounds.size() > 2) bounds.erase(bounds.end() - 2); // a last single character
    return bounds;
}

} // namespace

std::vector<std::u16string> nameWords(std::u16string_view name) {
    std::vector<std::u16string> result;
    if (name.empty()) return result;
    const auto bounds = wordBoundaries(name);
    // Which boundaries may break: outside brackets, allowed by the 禁则,
    // never between a number and the 号 or 期 that numbers it.
    std::vector<bool> inBrackets(name.size() + 1, false);
    int depth = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (isOpening(name[i])) ++depth;
        if (isClosing(name[i]) && depth > 0) --depth;
        inBrackets[i + 1] = depth > 0; // a break after name[i] would fall inside the brackets
    }
    std::size_t start = 0;
    for (std::size_t at : bounds) {
        if (at == 0 || at >= name.size()) continue;
        const char16_t before = name[at - 1], after = name[at];
        if (inBrackets[at] || !mayBreakBetween(before, after)) continue;
        if ((isDigit(before) || (before >= u'A' && before <= u'Z')) && (after == u'号' || after == u'期')) continue;
        if (isClosing(before) && isDigit(after)) continue; // （二期）6号
        if (after == u' ') continue;                       // a space stays at the end of the word before it
        result.emplace_back(name.substr(start, at - start));
        start = at;
    }
    result.emplace_back(name.substr(start));
    return result;
}

std::vector<std::u16string> nameLines(std::u16string_view name, double boxEms) {
    if (displayWidth(name) <= boxEms + 1e-9) return {std::u16string(name)};
    // As many lines as the box needs, as even as whole words allow
    // (小池农产品冷链 / 物流中心1号, not 小池农产品冷链物流中心 / 1号).
    const auto words = nameWords(name);
    const auto count = static_cast<int>(titleLines(words, boxEms).size());
    const double even = titleWidth(words, count);
    std::vector<std::u16string> lines;
    for (auto& line : titleLines(words, even <= boxEms ? even : boxEms)) {
        if (displayWidth(line) <= boxEms + 1e-9) {
            lines.push_back(std::move(line));
            continue;
        }
        for (auto& part : breakLines(line, boxEms, boxEms)) lines.push_back(std::move(part));
    }
    return lines;
}

} // namespace huibao
