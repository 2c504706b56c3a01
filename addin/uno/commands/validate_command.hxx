// Validation as a step other commands (Assess, BuildReport) start with.
#pragma once

#include "commands/command_scope.hxx"
#include "commands/current_workbook.hxx"

#include "huibao/validation/live_validation.hpp"

#include <memory>

namespace huibao::uno {

struct ValidationRun {
    std::shared_ptr<const LiveValidator> validator; // owns the result
    const ValidationResult& result;
};

// Validates the scope's document: 校验结果 written, marks replaced, live
// validation started (or stopped when 实时校验 is 否). `cells` says whether
// what live validation holds may stand for the input sheets.
ValidationRun validateDocument(CommandScope& scope, InputCells cells, WrittenSheets written = {});

} // namespace huibao::uno
