#include "huibao/workbook/cell_reference.hpp"

#include "huibao/text/text.hpp"

namespace huibao {
namespace {

bool needsQuotes(std::u16string_view name) {
    if (name.empty()) return true;
    for (char16_t c : name) {
        const bool asciiWord =
            (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
        if (c < 0x80 && !asciiWord) return true;
        if (isSpaceChar(c)) return true;
    }
    return false;
}

} // namespace

std::u16string columnName(int column) {
    std::u16string name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.insert(name.begin(), static_cast<char16_t>(u'A' + (n - 1) % 26));
    }
    return name;
}

std::u16string cellReference(int row, int column) {
    std::u16string reference = columnName(column);
    for (char c : std::to_string(row)) reference += static_cast<char16_t>(c);
    return reference;
}

std::u16string referenceSheetName(std::u16string_view sheetName) {
    if (!needsQuotes(sheetName)) return std::u16string(sheetName);
    std::u16string quoted = u"'";
    for (char16_t c : sheetName) {
        quoted += c;
        if (c == u'\'') quoted += c;
    }
    quoted += u'\'';
    return quoted;
}

std::u16string qualifiedReference(std::u16string_view sheetName, int row, int column) {
    return referenceSheetName(sheetName) + u"!" + cellReference(row, column);
}

} // namespace huibao
