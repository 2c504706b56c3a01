#include "common/uno_conversions.hxx"

#include <com/sun/star/uno/TypeClass.hpp>
#include <com/sun/star/util/Date.hpp>

namespace huibao::uno {

Cell toCell(const css::uno::Any& value) {
    switch (value.getValueTypeClass()) {
    case css::uno::TypeClass_VOID: return Cell::ofError();
    case css::uno::TypeClass_BOOLEAN: return Cell::ofBoolean(*static_cast<const sal_Bool*>(value.getValue()));
    case css::uno::TypeClass_STRING: {
        const auto& text = *static_cast<const ::rtl::OUString*>(value.getValue());
        return text.isEmpty() ? Cell::empty() : Cell::ofText(std::u16string(view(text)));
    }
    default: break;
    }
    double number = 0;
    if (value >>= number) return Cell::ofNumber(number);
    return Cell::ofError();
}

Grid toGrid(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& rows) {
    Grid grid;
    grid.reserve(rows.getLength());
    for (const auto& row : rows) {
        auto& out = grid.emplace_back();
        out.reserve(row.getLength());
        for (const auto& value : row) out.push_back(toCell(value));
    }
    return grid;
}

Date nullDateOf(const css::uno::Reference<css::beans::XPropertySet>& document) {
    css::util::Date date;
    try {
        if (document.is() && (document->getPropertyValue("NullDate") >>= date))
            return Date{date.Year, date.Month, date.Day};
    } catch (const css::uno::Exception&) {
        // A document without the property uses Calc's default.
    }
    return kDefaultNullDate;
}

} // namespace huibao::uno
