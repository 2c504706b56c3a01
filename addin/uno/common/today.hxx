// The officer's calendar day (local time): the report date's default and
// what future-date is checked against.
#pragma once

#include "huibao/values/date.hpp"

namespace huibao::uno {

Date today();

} // namespace huibao::uno
