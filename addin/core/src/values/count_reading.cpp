#include "huibao/values/count_reading.hpp"

#include "huibao/text/text.hpp"

#include <charconv>
#include <cmath>
#include <string>

namespace huibao {
namespace {

std::optional<double> parseDecimal(std::u16string_view key) {
    std::string ascii;
    for (char16_t c : key) {
        if (c > 0x7F) return std::nullopt;
        ascii += static_cast<char>(c);
    }
    if (ascii.empty()) return std::nullopt;
    double value = 0;
    const char* begin = ascii.data();
    if (*begin == '+') ++begin;
    auto [end, error] = std::from_chars(begin, ascii.data() + ascii.size(), value);
    if (error != std::errc{} || end != ascii.data() + ascii.size()) return std::nullopt;
    return value;
}

} // namespace

std::optional<long long> parseWholeNumber(std::u16string_view text) {
    const auto value = parseDecimal(normalizeKey(text));
    if (!value || *value != std::floor(*value) || std::fabs(*value) > 1e15) return std::nullopt;
    return static_cast<long long>(*value);
}

CountReading readCount(const Cell& cell) {
    if (cell.isBlank()) return {};
    std::optional<double> value;
    if (cell.isNumber()) {
        value = cell.number;
    } else if (cell.isText()) {
        std::u16string key = normalizeKey(cell.text);
        if (key.ends_with(u"个") || key.ends_with(u"项")) key.pop_back();
        value = parseDecimal(key);
    }
    if (!value || !std::isfinite(*value) || *value < 0 || *value != std::floor(*value)) {
        return {CountReading::Status::Invalid, 0};
    }
    return {CountReading::Status::Ok, *value};
}

} // namespace huibao
