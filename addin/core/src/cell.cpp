#include "huibao/cell.hpp"

#include "huibao/text.hpp"

namespace huibao {

bool Cell::isBlankText() const { return trim(text).empty(); }

} // namespace huibao
