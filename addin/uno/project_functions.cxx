#include "project_functions.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

namespace huibao::uno {

// Wired to the core's validation rules once they land (issue 3).
::rtl::OUString checkProject(const css::uno::Reference<css::beans::XPropertySet>&, const AnyRows&,
                             const AnyRows&)
{
    throw css::lang::IllegalArgumentException("not available yet", nullptr, 0);
}

double countProjects(const css::uno::Reference<css::beans::XPropertySet>&, const AnyRows&,
                     const css::uno::Sequence<css::uno::Any>&)
{
    throw css::lang::IllegalArgumentException("not available yet", nullptr, 0);
}

double sumProjects(const css::uno::Reference<css::beans::XPropertySet>&, const AnyRows&,
                   const ::rtl::OUString&, const css::uno::Sequence<css::uno::Any>&)
{
    throw css::lang::IllegalArgumentException("not available yet", nullptr, 0);
}

} // namespace huibao::uno
