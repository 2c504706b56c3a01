// huibao:Assess — validation, then the assessment written as 单位考核.

#include "commands/assess_command.hxx"
#include "huibao/workbook/contract.hpp"

#include "common/uno_conversions.hxx"
#include "document/output_sheet.hxx"
#include "document/sheet_view.hxx"
#include "document/table_writer.hxx"

#include "huibao/assessment/unit_assessment_table.hpp"
#include "huibao/validation/findings_sheet.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>

#include <algorithm>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

void setColumnWidths(const Reference<css::sheet::XSpreadsheet>& sheet, const FormattedTable& table) {
    Reference<css::table::XColumnRowRange> columnRange(sheet, UNO_QUERY_THROW);
    auto columns = columnRange->getColumns();
    for (sal_Int32 c = 0; c < table.columnCount(); ++c) {
        const auto& title = table.header[c];
        // 1/100 mm: names and explanations get room, figures stay narrow.
        sal_Int32 width = 2000;
        if (title == u"单位名称")
            width = 3400;
        else if (title == u"问题")
            width = 4200;
        else if (title == u"说明")
            width = 9000;
        Reference<css::beans::XPropertySet>(columns->getByIndex(c), UNO_QUERY_THROW)
            ->setPropertyValue("Width", Any(width));
    }
}

} // namespace

AssessmentRun assessDocument(CommandScope& scope) {
    ensureReplaceable(scope.document(), contract::kUnitAssessmentSheet);
    AssessmentRun run{validateDocument(scope, InputCells::AsLiveValidationHolds), {}};
    const auto& result = run.validation.result;
    scope.progress({u"汇报助手：正在考核各单位……", u"汇报助手: assessing the units…"}, 88);
    run.assessment = assess(result.rows, result.registry, result.parameters,
                            ValidationCounts{result.errorCount(), result.warningCount()});
    const auto table = buildUnitAssessmentTable(run.assessment);
    scope.progress({u"汇报助手：正在写入单位考核表……", u"汇报助手: writing 单位考核…"}, 90);

    auto sheet = replaceOutputSheet(scope.document(), contract::kUnitAssessmentSheet,
                                    positionAfter(scope.document(), contract::kFindingsSheet));
    TableStyle style;
    style.wrapText = true;
    const auto range = writeFormattedTable(scope.document(), sheet, table, 0, 0, style);
    setColumnWidths(sheet, table);
    repeatRowsOnEveryPage(sheet, 1);
    scope.afterUndoStep([document = scope.document(), sheet] { freezeRows(document, sheet, 1); });
    addAutoFilter(scope.document(), "Huibao_UnitAssessment", range);
    return run;
}

Results assessmentResults(const AssessmentRun& run) {
    Results results;
    addResult(results, "Errors", run.validation.result.errorCount());
    addResult(results, "Warnings", run.validation.result.warningCount());
    addResult(results, "Units", sal_Int32(run.assessment.units.size()));
    addResult(results, "FlaggedUnits",
              sal_Int32(std::count_if(run.assessment.units.begin(), run.assessment.units.end(),
                                      [](const UnitAssessment& unit) { return unit.isFlagged(); })));
    return results;
}

Results runAssess(CommandScope& scope) {
    return assessmentResults(assessDocument(scope));
}

} // namespace huibao::uno
