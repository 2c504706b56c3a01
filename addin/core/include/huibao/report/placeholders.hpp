// Named placeholders in the report template: `{申报项目数}` is replaced by its
// value. Both ASCII braces and the full-width ｛｝ a Chinese input method
// types are accepted; names compare after normalizeKey (so spaces and
// traditional characters inside the braces do no harm). A name that is not
// known stays in the text as written, so the officer sees it, and is
// reported. Text without a closing brace is plain text.
#pragma once

#include "huibao/assessment/assessment.hpp"

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace huibao {

// Two kinds, so the officer knows what to write around them.
enum class PlaceholderKind : unsigned char {
    Figure, // one value (a number, a percentage, a name list): the template supplies the words
    Phrase, // a whole clause or sentence, worded for the case at hand (may be empty)
};

struct PlaceholderInfo {
    std::u16string_view name; // without braces
    PlaceholderKind kind;
    std::u16string_view description; // Chinese, one line, for docs and the template sheet
};

// Every fixed placeholder, in the order docs/report-template.md lists them.
// Besides these, each 产业类别 X of the catalogue has `{X认定项目数}`.
std::span<const PlaceholderInfo> placeholderCatalog();

class PlaceholderValues {
public:
    void set(std::u16string_view name, std::u16string value);
    // nullptr when the name (compared after normalizeKey) is unknown.
    const std::u16string* find(std::u16string_view name) const;
    std::size_t size() const { return values_.size(); }

private:
    std::unordered_map<std::u16string, std::u16string> values_; // normalised name -> value
};

// The value of every placeholder for this assessment.
PlaceholderValues placeholderValues(const Assessment& assessment);

// `text` with every known placeholder replaced. Unknown ones stay as written
// and are appended to `unknown` (as written, braces included), once per
// occurrence.
std::u16string fillPlaceholders(std::u16string_view text, const PlaceholderValues& values,
                                std::vector<std::u16string>& unknown);

} // namespace huibao
