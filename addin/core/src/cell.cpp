#include "huibao/cell.hpp"

#include "huibao/text.hpp"

namespace huibao {

bool Cell::isBlank() const {
    if (kind == Kind::Empty) return true;
    return kind == Kind::Text && trim(text).empty();
}

} // namespace huibao
