// Reading a count (a threshold, a target number of projects): a number, or
// text holding one, optionally followed by 个 or 项. Internal.
#pragma once

#include "huibao/values/cell.hpp"

#include <optional>

namespace huibao {

struct CountReading {
    enum class Status { Ok, Blank, Invalid };
    Status status = Status::Blank;
    double value = 0;
};

// Non-negative whole numbers only: 五个, -1 and 2.5 are Invalid.
CountReading readCount(const Cell& cell);

// A whole number written as text (full-width digits allowed, after
// normalisation), e.g. a 序号 of "１２"; nullopt for anything else.
std::optional<long long> parseWholeNumber(std::u16string_view text);

} // namespace huibao
