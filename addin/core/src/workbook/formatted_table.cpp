#include "huibao/workbook/formatted_table.hpp"

namespace huibao {

std::u16string numberFormatCode(NumberFormat format) {
    switch (format) {
    case NumberFormat::General: return u"General";
    case NumberFormat::Integer: return u"0";
    case NumberFormat::Yiyuan: return u"0.0000";
    case NumberFormat::Wan: return u"0.00";
    case NumberFormat::Percent: return u"0.00%";
    case NumberFormat::DateTime: return u"YYYY-MM-DD HH:MM";
    }
    return u"General";
}

int FormattedTable::columnOf(std::u16string_view title) const {
    for (std::size_t column = 0; column < header.size(); ++column)
        if (header[column] == title) return static_cast<int>(column);
    return -1;
}

FormattedCell countCell(long long value) {
    return FormattedCell::ofNumber(static_cast<double>(value), NumberFormat::Integer);
}

FormattedCell optionalCell(const std::optional<double>& value, NumberFormat format) {
    return value ? FormattedCell::ofNumber(*value, format) : FormattedCell::blank(format);
}

} // namespace huibao
