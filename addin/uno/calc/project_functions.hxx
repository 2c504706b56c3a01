// CHECKPROJECT, COUNTPROJECTS and SUMPROJECTS: argument conversion around the
// core's row rules (the rules themselves live in addin/core).
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

namespace huibao::uno {

using AnyRows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

::rtl::OUString checkProject(const css::uno::Reference<css::beans::XPropertySet>& document, const AnyRows& row,
                             const AnyRows& header);

double countProjects(const css::uno::Reference<css::beans::XPropertySet>& document, const AnyRows& data,
                     const css::uno::Sequence<css::uno::Any>& criteria);

double sumProjects(const css::uno::Reference<css::beans::XPropertySet>& document, const AnyRows& data,
                   const ::rtl::OUString& sumField, const css::uno::Sequence<css::uno::Any>& criteria);

} // namespace huibao::uno
