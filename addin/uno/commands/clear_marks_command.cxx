#include "commands/command_scope.hxx"
#include "commands/live_validation.hxx"
#include "document/marks_in_place.hxx"

namespace huibao::uno {

Results runClearMarks(CommandScope& scope) {
    scope.progress({u"汇报助手：正在清除校验标记……", u"汇报助手: clearing the marks…"}, 10);
    stopLiveValidation(scope.document()); // until the next Validate (validation.md)
    Results results;
    addResult(results, "CellsRestored", clearMarks(scope.document()));
    return results;
}

} // namespace huibao::uno
