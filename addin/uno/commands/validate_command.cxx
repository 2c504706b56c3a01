// huibao:Validate — read every sheet in bulk, validate in the core, write the
// 校验结果 sheet and the marks in place.

#include "commands/validate_command.hxx"
#include "common/today.hxx"
#include "huibao/workbook/contract.hpp"

#include "commands/command_scope.hxx"
#include "commands/current_workbook.hxx"
#include "commands/live_validation.hxx"
#include "document/findings_sheet_writer.hxx"
#include "document/marks_in_place.hxx"
#include "document/output_sheet.hxx"

#include <memory>

namespace huibao::uno {

ValidationRun validateDocument(CommandScope& scope, InputCells cells, WrittenSheets written) {
    ensureReplaceable(scope.document(), contract::kFindingsSheet);
    scope.progress({u"汇报助手：正在读取并校验工作表……", u"汇报助手: reading and validating the sheets…"}, 5);
    // The validator keeps the cells: live validation re-checks edits from them.
    auto validator = validatorOfDocument(scope.document(), today(), cells, std::move(written));
    const ValidationResult& result = validator->result();

    scope.progress({u"汇报助手：正在写入校验结果……", u"汇报助手: writing 校验结果…"}, 60);
    // After the submission sheets (validation.md); at the end when there are none.
    sal_Int32 position = SAL_MAX_INT16;
    for (std::size_t i = 0; i < result.sheets.size(); ++i)
        if (result.sheets[i].role == SheetRole::Submission) position = sal_Int32(i) + 1;
    auto sheet = replaceOutputSheet(scope.document(), contract::kFindingsSheet, position);
    scope.trace(u"findings sheet rows");
    writeFindingsSheet(scope.document(), sheet, result.findings);

    scope.progress({u"汇报助手：正在标记问题单元格……", u"汇报助手: marking the cells with findings…"}, 85);
    replaceMarks(scope.document(), marksFor(result.findings));
    // Also with 实时校验 = 否: the session then shows nothing until the
    // parameter is 是 again (live_validation.cxx).
    startLiveValidation(scope.document(), scope.context(), validator);
    // Assess and BuildReport insert their sheets after this: the rows of
    // the input sheets are watched where the document has them at the end.
    scope.afterUndoStep([document = scope.document()] { watchLiveRows(document); });
    return ValidationRun{validator, result};
}

Results runValidate(CommandScope& scope) {
    const auto run = validateDocument(scope, InputCells::AsLiveValidationHolds);
    Results results;
    addResult(results, "Errors", run.result.errorCount());
    addResult(results, "Warnings", run.result.warningCount());
    return results;
}

} // namespace huibao::uno
