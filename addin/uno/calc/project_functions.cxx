#include "calc/project_functions.hxx"

#include "common/uno_conversions.hxx"

#include "huibao/functions/project_functions.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <cmath>

namespace huibao::uno {

namespace {

[[noreturn]] void reject(const char* reason) {
    throw css::lang::IllegalArgumentException(::rtl::OUString::createFromAscii(reason), nullptr, 0);
}

// A criterion argument: a scalar, or a one-cell range (which Calc passes as
// a 1×1 array).
Cell criterionCell(const css::uno::Any& value) {
    AnyRows range;
    if (value >>= range) {
        if (range.getLength() != 1 || range[0].getLength() != 1) reject("a criterion must be a single value");
        return toCell(range[0][0]);
    }
    if (!value.hasValue()) return Cell::empty(); // an omitted argument: match blank cells
    return toCell(value);
}

std::vector<ProjectCriterion> criteriaOf(const css::uno::Sequence<css::uno::Any>& arguments) {
    if (arguments.getLength() % 2 != 0) reject("criteria come in field; value pairs");
    std::vector<ProjectCriterion> criteria;
    for (sal_Int32 i = 0; i < arguments.getLength(); i += 2)
        criteria.push_back({criterionCell(arguments[i]), criterionCell(arguments[i + 1])});
    return criteria;
}

std::vector<Cell> singleRow(const AnyRows& rows) {
    if (rows.getLength() != 1) reject("expected one row");
    auto grid = toGrid(rows);
    return std::move(grid.front());
}

double finite(std::optional<double> value) {
    if (!value || !std::isfinite(*value)) reject("invalid arguments");
    return *value;
}

} // namespace

::rtl::OUString checkProject(const css::uno::Reference<css::beans::XPropertySet>& document, const AnyRows& row,
                             const AnyRows& header) {
    auto result = huibao::checkProject(singleRow(row), singleRow(header), nullDateOf(document));
    if (!result) reject("the row and the header must be as wide and the header must name known fields");
    return toOUString(*result);
}

double countProjects(const css::uno::Reference<css::beans::XPropertySet>& document, const AnyRows& data,
                     const css::uno::Sequence<css::uno::Any>& criteria) {
    if (!criteria.hasElements()) reject("at least one field; value pair is needed");
    return finite(huibao::countProjects(toGrid(data), criteriaOf(criteria), nullDateOf(document)));
}

double sumProjects(const css::uno::Reference<css::beans::XPropertySet>& document, const AnyRows& data,
                   const ::rtl::OUString& sumField, const css::uno::Sequence<css::uno::Any>& criteria) {
    return finite(huibao::sumProjects(toGrid(data), Cell::ofText(std::u16string(view(sumField))), criteriaOf(criteria),
                                      nullDateOf(document)));
}

} // namespace huibao::uno
