// Validation of a county workbook (spec/validation.md): every submission
// sheet's rows read and checked, the registry and parameters read, findings
// sorted as the 校验结果 sheet lists them.
#pragma once

#include "huibao/values/enums.hpp"
#include "huibao/workbook/finding.hpp"
#include "huibao/workbook/parameters.hpp"
#include "huibao/workbook/project_row.hpp"
#include "huibao/workbook/submission_layout.hpp"
#include "huibao/workbook/unit_registry.hpp"
#include "huibao/workbook/workbook.hpp"

#include <optional>
#include <span>
#include <vector>

namespace huibao {

enum class SheetRole : unsigned char {
    Submission, // a project list (recognised by its header row)
    Targets,    // 任务分解
    Parameters, // 参数
    Output,     // Huibao's own output or a kept copy: never input
    Other,      // notes, charts, anything else: left alone
};

struct SheetInfo {
    SheetRole role = SheetRole::Other;
    std::optional<SubmissionLayout> layout; // submission sheets only
    // Submission sheets: the unit the sheet's name names (a blank 申报单位
    // means it), or nullopt.
    std::optional<UnitRef> sheetUnit;
};

struct ValidationResult {
    std::vector<SheetInfo> sheets; // one per Workbook::sheets entry
    int targetsSheet = -1;         // index, -1 when absent
    int parametersSheet = -1;      // index, -1 when absent

    UnitRegistry registry; // empty when there is no targets sheet
    Parameters parameters;
    IndustryCatalog industries; // the seven categories + 其他产业类别

    // Every data row of every submission sheet, in sheet then row order,
    // including rows with findings (assessment counts them; see ProjectRow).
    std::vector<ProjectRow> rows;
    // Unit names of submissions not in the registry (all of them without a
    // targets sheet), in order of first appearance.
    std::vector<UnregisteredUnit> unregisteredUnits;

    // Sorted as validation.md's findings sheet: targets and parameters sheet
    // first, then sheet order, row, column, code order, field-table order.
    std::vector<Finding> findings;

    explicit ValidationResult(const Date& today) : parameters(today) {}

    bool hasTargetsSheet() const { return targetsSheet >= 0; }
    int errorCount() const;
    int warningCount() const;
};

// Validates the workbook. `today` is the default 报告日期 (the caller's clock,
// so results are reproducible in tests). Never changes the workbook.
ValidationResult validateWorkbook(const Workbook& workbook, const Date& today);

// Sorts findings as the 校验结果 sheet lists them. Sheets listed in
// `firstSheets` (the targets and parameters sheets) come first, in the order
// given; then the other sheets by index; within a sheet by row, column (no
// field cell = column A), code order, then Finding::fieldOrder. Stable.
void sortFindings(std::vector<Finding>& findings, std::span<const int> firstSheets);

} // namespace huibao
