// Validation as a step other commands (Assess, BuildReport) start with.
#pragma once

#include "commands/command_scope.hxx"

#include "huibao/validation/validation.hpp"

namespace huibao::uno {

struct ValidationRun {
    ValidationResult result;
};

// Validates the scope's document: 校验结果 written, marks replaced.
ValidationRun validateDocument(CommandScope& scope);

} // namespace huibao::uno
