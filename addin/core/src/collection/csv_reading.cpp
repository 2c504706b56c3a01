#include "huibao/collection/csv_reading.hpp"

#include "huibao/values/message_text.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

namespace huibao {
namespace {

bool hasUtf8Bom(std::string_view bytes) {
    return bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
           static_cast<unsigned char>(bytes[1]) == 0xBB && static_cast<unsigned char>(bytes[2]) == 0xBF;
}

// Well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool isValidUtf8(std::string_view bytes) {
    std::size_t i = 0;
    const std::size_t n = bytes.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0) low = 0xA0;
            if (c == 0xED) high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0) low = 0x90;
            if (c == 0xF4) high = 0x8F;
        } else
            return false;
        if (i + length > n) return false;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = static_cast<unsigned char>(bytes[i + k]);
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) return false;
        }
        i += length;
    }
    return true;
}

char16_t pickDelimiter(std::u16string_view text) {
    const auto end = text.find(u'\n');
    const std::u16string_view line = text.substr(0, end);
    if (line.find(u',') != std::u16string_view::npos) return u',';
    if (line.find(u'\t') != std::u16string_view::npos) return u'\t';
    if (line.find(u';') != std::u16string_view::npos) return u';';
    return u',';
}

} // namespace

CsvCharset detectCsvCharset(std::string_view bytes) {
    if (hasUtf8Bom(bytes) || isValidUtf8(bytes)) return CsvCharset::Utf8;
    return CsvCharset::Gb18030;
}

std::u16string decodeCsv(std::string_view bytes, CsvCharset charset) {
    if (charset == CsvCharset::Utf8 && hasUtf8Bom(bytes)) bytes.remove_prefix(3);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> converter(
        ucnv_open(charset == CsvCharset::Utf8 ? "UTF-8" : "GB18030", &status), ucnv_close);
    if (U_FAILURE(status)) return {};
    std::u16string text(bytes.size() + 1, u'\0');
    status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(converter.get(), text.data(), static_cast<int32_t>(text.size()), bytes.data(),
                                         static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) return {};
    text.resize(static_cast<std::size_t>(length));
    if (!text.empty() && text.front() == u'\uFEFF') text.erase(0, 1);
    return text;
}

CsvReading readCsv(std::string_view bytes, int maxRows) {
    CsvReading reading;
    const std::u16string text = decodeCsv(bytes, detectCsvCharset(bytes));
    const char16_t delimiter = pickDelimiter(text);
    std::vector<Cell> row;
    std::u16string field;
    bool quoted = false, fieldStarted = false, anyContent = false;
    std::size_t width = 0;
    auto endField = [&] {
        if (!field.empty()) anyContent = true;
        row.push_back(field.empty() ? Cell::empty() : Cell::ofText(std::move(field)));
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        // A line of nothing at all (the file's last newline) is no row.
        if (row.size() == 1 && row.front().kind == Cell::Kind::Empty) {
            row.clear();
            return;
        }
        width = std::max(width, row.size());
        reading.cells.push_back(std::move(row));
        row.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char16_t c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else
                    quoted = false;
            } else
                field += c;
            continue;
        }
        if (c == u'"' && !fieldStarted && field.empty()) {
            quoted = fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') ++i;
            endRow();
            if (static_cast<int>(reading.cells.size()) > maxRows) {
                reading.what = u"行数超过 " + message::number(maxRows) + u" 行";
                reading.cells.clear();
                return reading;
            }
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (!field.empty() || !row.empty() || fieldStarted) endRow();
    if (static_cast<int>(reading.cells.size()) > maxRows) {
        reading.what = u"行数超过 " + message::number(maxRows) + u" 行";
        reading.cells.clear();
        return reading;
    }
    if (!anyContent) {
        reading.what = u"文件为空";
        reading.cells.clear();
        return reading;
    }
    for (auto& cells : reading.cells) cells.resize(width);
    return reading;
}

} // namespace huibao
