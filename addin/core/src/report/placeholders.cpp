#include "huibao/report/placeholders.hpp"

#include "huibao/text/text.hpp"

namespace huibao {
namespace {

// Placeholder names are short; a longer brace pair is prose, not a name.
constexpr std::size_t kMaxNameLength = 40;

bool isOpening(char16_t c) {
    return c == u'{' || c == u'｛';
}
bool isClosing(char16_t c) {
    return c == u'}' || c == u'｝';
}

} // namespace

void PlaceholderValues::set(std::u16string_view name, std::u16string value) {
    values_[normalizeKey(name)] = std::move(value);
}

const std::u16string* PlaceholderValues::find(std::u16string_view name) const {
    const auto it = values_.find(normalizeKey(name));
    return it == values_.end() ? nullptr : &it->second;
}

std::u16string fillPlaceholders(std::u16string_view text, const PlaceholderValues& values,
                                std::vector<std::u16string>& unknown) {
    std::u16string filled;
    filled.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (!isOpening(text[pos])) {
            filled += text[pos++];
            continue;
        }
        std::size_t end = pos + 1;
        while (end < text.size() && !isClosing(text[end]) && !isOpening(text[end]) && end - pos <= kMaxNameLength)
            ++end;
        const bool closed = end < text.size() && isClosing(text[end]) && end > pos + 1;
        if (!closed) {
            filled += text[pos++];
            continue;
        }
        const std::u16string_view name = text.substr(pos + 1, end - pos - 1);
        const std::u16string_view written = text.substr(pos, end - pos + 1);
        if (const std::u16string* value = values.find(name)) {
            filled += *value;
        } else {
            filled += written;
            unknown.emplace_back(written);
        }
        pos = end + 1;
    }
    return filled;
}

} // namespace huibao
