// The rules of the six unit flags and their Chinese explanation. Internal to
// the assessment.
#pragma once

#include "huibao/assessment/assessment.hpp"

namespace huibao {

// Sets unit.flags (in UnitFlag order) and unit.explanation from the unit's
// figures and targets. `threshold` is the recognised-project floor of its
// type; `hasRegistry` enables the unregistered flag.
void raiseFlags(UnitAssessment& unit, int threshold, double scheduleProgress, bool hasRegistry);

} // namespace huibao
