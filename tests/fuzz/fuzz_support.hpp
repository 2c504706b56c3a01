// Shared by the fuzz targets: turning the fuzzer's bytes into the UTF-16 text
// a township's sheet can hold, and failing loudly when a property breaks.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "huibao/values/cell.hpp"

namespace huibao::fuzz {

// UTF-8 decoded leniently, so that seed files stay readable while every
// UTF-16 string stays reachable: a well-formed sequence gives its code
// point, a three-byte sequence for a surrogate (ED A0 80) gives that lone
// surrogate (LibreOffice strings can hold one), and any other byte b gives
// the lone surrogate U+DC00 + b.
inline std::u16string decodeLenient(std::string_view bytes) {
    std::u16string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    auto continuation = [&](std::size_t at) {
        return at < bytes.size() && (static_cast<unsigned char>(bytes[at]) & 0xC0) == 0x80;
    };
    while (i < bytes.size()) {
        const unsigned char b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            out.push_back(b);
            i += 1;
        } else if (b >= 0xC2 && b < 0xE0 && continuation(i + 1)) {
            out.push_back(static_cast<char16_t>(((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F)));
            i += 2;
        } else if (b >= 0xE0 && b < 0xF0 && continuation(i + 1) && continuation(i + 2)) {
            const char32_t c = ((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
            if (c < 0x800) {
                out.push_back(static_cast<char16_t>(0xDC00 + b));
                i += 1;
                continue;
            }
            out.push_back(static_cast<char16_t>(c));
            i += 3;
        } else if (b >= 0xF0 && b < 0xF5 && continuation(i + 1) && continuation(i + 2) && continuation(i + 3)) {
            const char32_t c = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6) |
                               (bytes[i + 3] & 0x3F);
            if (c < 0x10000 || c > 0x10FFFF) {
                out.push_back(static_cast<char16_t>(0xDC00 + b));
                i += 1;
                continue;
            }
            out.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
            i += 4;
        } else {
            out.push_back(static_cast<char16_t>(0xDC00 + b));
            i += 1;
        }
    }
    return out;
}

inline std::u16string decodeLenient(const std::uint8_t* data, std::size_t size) {
    return decodeLenient(std::string_view(reinterpret_cast<const char*>(data), size));
}

// A sheet written as text, for readable seeds: rows end in \n, cells are
// separated by \t. A cell `#ERR` is an error value, `#TRUE` / `#FALSE` a
// boolean, `#N` followed by a number (`#N3.5`, `#Ninf`, `#Nnan`) a number,
// an empty one is empty; anything else is text. Rows are padded to one width.
inline Cell cellFromText(std::u16string_view text) {
    if (text.empty()) return Cell::empty();
    if (text == u"#ERR") return Cell::ofError();
    if (text == u"#TRUE") return Cell::ofBoolean(true);
    if (text == u"#FALSE") return Cell::ofBoolean(false);
    if (text.size() > 2 && text.substr(0, 2) == u"#N") {
        std::string ascii;
        for (char16_t c : text.substr(2)) ascii.push_back(c < 0x80 ? static_cast<char>(c) : '?');
        return Cell::ofNumber(std::strtod(ascii.c_str(), nullptr));
    }
    return Cell::ofText(std::u16string(text));
}

inline Grid gridFromText(std::u16string_view text, std::size_t maxRows = 64, std::size_t maxColumns = 64) {
    Grid grid;
    std::size_t width = 0;
    while (!text.empty() && grid.size() < maxRows) {
        const std::size_t lineEnd = std::min(text.find(u'\n'), text.size());
        std::u16string_view line = text.substr(0, lineEnd);
        text.remove_prefix(std::min(lineEnd + 1, text.size()));
        std::vector<Cell> row;
        while (row.size() < maxColumns) {
            const std::size_t cellEnd = std::min(line.find(u'\t'), line.size());
            row.push_back(cellFromText(line.substr(0, cellEnd)));
            if (cellEnd == line.size()) break;
            line.remove_prefix(cellEnd + 1);
        }
        width = std::max(width, row.size());
        grid.push_back(std::move(row));
    }
    for (auto& row : grid) row.resize(width);
    return grid;
}

// A property of the core that must hold for every input.
[[noreturn]] inline void propertyFailed(const char* what, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: property violated: %s\n", file, line, what);
    std::abort();
}

} // namespace huibao::fuzz

#define HUIBAO_FUZZ_CHECK(condition)                                                                                   \
    do {                                                                                                               \
        if (!(condition)) ::huibao::fuzz::propertyFailed(#condition, __FILE__, __LINE__);                              \
    } while (false)
