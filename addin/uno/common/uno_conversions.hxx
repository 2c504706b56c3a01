// Conversions between UNO values and the core's types. OUString and the
// core's std::u16string are both UTF-16: a view costs nothing, a copy is one
// memcpy.
#pragma once

#include "huibao/values/cell.hpp"
#include "huibao/values/date.hpp"

#include "common/uno_values.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <string_view>

namespace huibao::uno {

// sal_Unicode is a 16-bit unsigned integer in the public SDK, char16_t in the
// core: the same code units, so a cast is enough.
inline std::u16string_view view(const ::rtl::OUString& text) {
    return {reinterpret_cast<const char16_t*>(text.getStr()), static_cast<std::size_t>(text.getLength())};
}

inline ::rtl::OUString toOUString(std::u16string_view text) {
    return ::rtl::OUString(reinterpret_cast<const sal_Unicode*>(text.data()), static_cast<sal_Int32>(text.size()));
}

// One value of getDataArray or of a Calc function argument. A void any is an
// error value (getDataArray reports error cells so).
Cell toCell(const css::uno::Any& value);

Grid toGrid(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& rows);

// The document's null date (its "NullDate" property); the default when the
// document does not say.
Date nullDateOf(const css::uno::Reference<css::beans::XPropertySet>& document);

} // namespace huibao::uno
