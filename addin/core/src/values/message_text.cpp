#include "huibao/values/message_text.hpp"

#include "huibao/text/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace huibao::message {

std::u16string ascii(std::string_view text) {
    return std::u16string(text.begin(), text.end());
}

std::u16string number(double value) {
    if (!std::isfinite(value)) return u"?";
    char buffer[64];
    if (std::fabs(value) < 1e15 && value == std::floor(value)) {
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.6f", value);
        // Drop trailing zeros (and a bare decimal point) of the fixed form.
        std::string text(buffer);
        while (!text.empty() && text.back() == '0') text.pop_back();
        if (!text.empty() && text.back() == '.') text.pop_back();
        if (text == "-0") text = "0";
        return ascii(text);
    }
    std::string text(buffer);
    if (text == "-0") text = "0";
    return ascii(text);
}

std::u16string date(const Date& value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", value.year, value.month, value.day);
    return ascii(buffer);
}

std::u16string clipped(std::u16string_view text, std::size_t codePoints) {
    std::size_t end = 0; // code units of the first codePoints code points
    for (std::size_t count = 0; count < codePoints && end < text.size(); ++count) {
        const bool pair = text[end] >= 0xD800 && text[end] <= 0xDBFF && end + 1 < text.size() &&
                          text[end + 1] >= 0xDC00 && text[end + 1] <= 0xDFFF;
        end += pair ? 2 : 1;
    }
    std::u16string result(text.substr(0, end));
    if (end < text.size()) result += u'…';
    return result;
}

std::u16string quoted(std::u16string_view text) {
    std::u16string result;
    result.reserve(std::min(text.size(), 2 * kQuotedCodePoints) + 3);
    result += u'"';
    result += clipped(text);
    result += u'"';
    return result;
}

std::u16string cellText(const Cell& cell) {
    switch (cell.kind) {
    case Cell::Kind::Empty: return {};
    case Cell::Kind::Number: return number(cell.number);
    case Cell::Kind::Text: return std::u16string(trim(cell.text));
    case Cell::Kind::Boolean: return cell.number != 0 ? u"TRUE" : u"FALSE";
    case Cell::Kind::Error: return u"#错误值";
    }
    return {};
}

} // namespace huibao::message
