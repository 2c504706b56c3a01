// A submitted .csv (spec/collection.md): UTF-8 when it has a BOM or is valid
// UTF-8, else GB18030; every column as text.
#pragma once

#include "huibao/values/cell.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace huibao {

enum class CsvCharset { Utf8, Gb18030 };

// The charset the bytes are read in.
CsvCharset detectCsvCharset(std::string_view bytes);

// The bytes as UTF-16, without a BOM (ICU converts GB18030).
std::u16string decodeCsv(std::string_view bytes, CsvCharset charset);

struct CsvReading {
    Grid cells;          // text cells (empty fields are empty cells), rows padded to one width
    std::u16string what; // non-empty: why the file cannot be read (为空, 行数超过…)
};

// Parses RFC 4180 with `,` (or `;`/tab when a line has no comma but those),
// "" as an escaped quote, fields spanning lines inside quotes. More than
// `maxRows` rows → `what` says so.
CsvReading readCsv(std::string_view bytes, int maxRows);

} // namespace huibao
