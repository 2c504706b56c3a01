// Assessment as a step BuildReport starts with.
#pragma once

#include "commands/validate_command.hxx"

#include "huibao/assessment/assessment.hpp"

namespace huibao::uno {

struct AssessmentRun {
    ValidationRun validation;
    Assessment assessment;
};

// Validates, assesses and writes 单位考核.
AssessmentRun assessDocument(CommandScope& scope);

// Figures every assessing command returns (Errors, Warnings, Units, FlaggedUnits).
Results assessmentResults(const AssessmentRun& run);

} // namespace huibao::uno
