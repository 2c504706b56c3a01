// Small builders for UNO values, free of the core's types: the extension
// and the command-line program (addin/cli) share them.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <initializer_list>

namespace huibao::uno {

// A media-descriptor or filter argument: name and value.
inline css::beans::PropertyValue property(const char* name, css::uno::Any value) {
    css::beans::PropertyValue p;
    p.Name = ::rtl::OUString::createFromAscii(name);
    p.Value = std::move(value);
    return p;
}

// A UNO sequence written as a list: sequenceOf({property(…), property(…)}).
template <typename T>
css::uno::Sequence<T> sequenceOf(std::initializer_list<T> items) {
    return css::uno::Sequence<T>(items.begin(), static_cast<sal_Int32>(items.size()));
}

} // namespace huibao::uno
