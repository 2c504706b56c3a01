#include "huibao/values/fingerprint.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace huibao {

namespace {

struct Fnv1a {
    std::uint64_t state = 1469598103934665603ull;
    void add(const void* data, std::size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i) {
            state ^= bytes[i];
            state *= 1099511628211ull;
        }
    }
};

bool isEmpty(const Cell& cell) {
    return cell.kind == Cell::Kind::Empty;
}

// A number as a saved file gives it back: .ods and .xlsx keep 15 significant
// digits, so a sum Huibao wrote as 3.1350000000000002 reopens as 3.135 and
// must not count as the officer's edit.
double asSaved(double value) {
    if (!std::isfinite(value) || value == 0) return value == 0 ? 0.0 : value; // -0 is 0 in a file
    char text[32];
    std::snprintf(text, sizeof text, "%.15g", value);
    return std::strtod(text, nullptr);
}

} // namespace

std::uint64_t gridFingerprint(const Grid& grid) {
    std::size_t rows = grid.size();
    while (rows > 0) {
        const auto& row = grid[rows - 1];
        bool empty = true;
        for (const auto& cell : row) empty = empty && isEmpty(cell);
        if (!empty) break;
        --rows;
    }
    Fnv1a hash;
    for (std::size_t r = 0; r < rows; ++r) {
        const auto& row = grid[r];
        std::size_t width = row.size();
        while (width > 0 && isEmpty(row[width - 1])) --width;
        for (std::size_t c = 0; c < width; ++c) {
            const auto& cell = row[c];
            const auto kind = static_cast<unsigned char>(cell.kind);
            hash.add(&kind, 1);
            if (cell.isNumber()) {
                const double saved = asSaved(cell.number);
                hash.add(&saved, sizeof saved);
            } else
                hash.add(cell.text.data(), cell.text.size() * sizeof(char16_t));
        }
        const unsigned char endOfRow = 0xFF;
        hash.add(&endOfRow, 1);
    }
    return hash.state;
}

} // namespace huibao
