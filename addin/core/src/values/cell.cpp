#include "huibao/values/cell.hpp"

#include "huibao/text/text.hpp"

namespace huibao {

bool Cell::isBlankText() const {
    return trim(text).empty();
}

} // namespace huibao
