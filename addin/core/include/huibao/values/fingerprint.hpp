// A fingerprint of a sheet's contents, to tell whether the officer edited a
// sheet Huibao wrote (report.md, "Rebuilding").
#pragma once

#include "huibao/values/cell.hpp"

#include <cstdint>

namespace huibao {

// FNV-1a over every cell's kind and value, row by row. Trailing empty rows and
// columns do not count, so reading a slightly larger area gives the same value;
// numbers count to the 15 significant digits a saved file keeps.
std::uint64_t gridFingerprint(const Grid& grid);

} // namespace huibao
