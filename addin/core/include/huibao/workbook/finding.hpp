// The findings of validation (spec/validation.md, "Finding codes"): one
// taxonomy, one severity per code, one record shape.
//
// Like absl::StatusCode, every code below says when it applies and how it
// differs from its neighbours. When two codes could describe one problem,
// choose by these rules, in this order:
//   1. A value is judged once. The first rule it breaks (blank -> missing-cell;
//      unreadable -> type-error; not an accepted word -> enum-error) is the only
//      finding on it; rules that need the value (constraint, unit-suspect,
//      future-date, date-order, status-conflict, evidence, duplicate) skip it.
//   2. A value that reads fine but is implausible on its own is constraint-error
//      (impossible) or unit-suspect (possible but probably a unit slip).
//   3. A value that contradicts another value of the same row is date-order or
//      status-conflict; evidence-missing is the only cross-field warning.
//   4. Rules across rows or sheets (duplicate-row, blank-row, total-mismatch)
//      and against the registry (unknown-unit) come last.
//
// The enumerators are in the order of the spec's table; that order is part of
// the sorting of the 校验结果 sheet, so do not reorder them.
#pragma once

#include <string>
#include <string_view>

namespace huibao {

enum class FindingCode : unsigned char {
    // A required column (项目名称, 申报单位, 建设性质, 产业类别, 总投资, 项目进展,
    // 投资方) matches no header cell of a submission sheet. Reported once per
    // missing field on the header row, column A. Its rows then get no
    // missing-cell for that field: the sheet's layout is the problem, not
    // every row.
    MissingHeader,
    // A required value is blank (or whitespace only) in a data row whose
    // column exists. Differs from type-error: nothing was written at all.
    // On the targets sheet: a unit row without 单位名称 or 单位类型.
    MissingCell,
    // Something was written but cannot be read as the field's type: an
    // amount that is not a number (`3OO`) or has the other currency's unit, a
    // date that is not a date, a yes/no that is neither, a 序号 that is not a
    // whole number, or any cell holding an error value (#N/A, #DIV/0! …).
    // Also a bad number or date on the targets or parameters sheet.
    TypeError,
    // A closed-vocabulary text field (建设性质, 产业类别, 项目进展; on the
    // targets sheet 单位类型; on the parameters sheet 序时进度口径) holds a
    // word that is neither a canonical value nor a synonym. The message lists
    // the accepted values. Differs from type-error: the field is words, not
    // numbers or dates.
    EnumError,
    // An amount reads fine but is impossible: negative, 总投资 of 0, or
    // 实际到位省外资金 greater than 总投资 (reported on 实际到位省外资金).
    ConstraintError,
    // Warning. An amount in an 亿元 column is 100 or more: possible, but
    // usually 万元 typed into an 亿元 column. Differs from constraint-error:
    // the value may be right.
    UnitSuspect,
    // The 申报单位 matches no unit of the targets sheet (only raised when a
    // targets sheet exists). The message suggests the closest registered name.
    UnknownUnit,
    // A date lies after the report date (参数 报告日期): it cannot have
    // happened yet.
    FutureDate,
    // Two dates of the row are in the wrong order: 开工日期 before 签约日期
    // or 投产日期 before 开工日期. Reported on the later field.
    DateOrder,
    // The dates contradict 项目进展: a stage reached without its date, or a
    // date present for a stage not reached. Reported on that date field, or
    // on 项目进展 when the date's column is absent. Differs from date-order:
    // it compares dates with the status, not dates with each other.
    StatusConflict,
    // Warning. 实际到位省外资金 > 0 with a blank 到资依据.
    EvidenceMissing,
    // The normalised 项目名称 and 投资方 equal those of an earlier row (sheet
    // order, then row order). Reported on every later occurrence; the first
    // occurrence is not a finding.
    DuplicateRow,
    // Warning. An entirely empty row between two project rows. Column A.
    BlankRow,
    // The sheet's total row (合计/总计) states an amount that differs from the
    // sum of the data rows by more than 0.005 in the column's unit.
    TotalMismatch,
};

inline constexpr int kFindingCodeCount = 14;

enum class Severity : unsigned char { Error, Warning };

// The public code string of validation.md, e.g. "missing-header".
std::string_view codeName(FindingCode code);
// The same as UTF-16, for writing into sheets.
std::u16string codeName16(FindingCode code);
// Every code has exactly one severity (the spec's table).
Severity severityOf(FindingCode code);
// 错误 or 警告.
std::u16string severityName(Severity severity);

// One problem at one place. Positions are those Calc shows, so the adapter
// and the 校验结果 sheet use them unchanged.
struct Finding {
    FindingCode code = FindingCode::MissingCell;
    Severity severity = Severity::Error; // always severityOf(code)
    int sheetIndex = 0;                  // position in Workbook::sheets
    std::u16string sheetName;
    int row = 1;            // 1-based, as Calc shows it
    int column = -1;        // 0-based; -1 = no field cell, shown and marked at column A
    std::u16string field;   // canonical header (项目名称, 单位名称, 报告日期 …); empty for blank-row
    std::u16string message; // Chinese; says what is wrong and how to fix it
    // The sheet is protected: the finding is listed but its cell must not be
    // marked (Huibao never unprotects). The message already says so.
    bool onProtectedSheet = false;
    // Tie-breaker among findings of one cell and code (several missing-header
    // of one sheet sort in the order of the field table). Lower first.
    int fieldOrder = 0;

    // The column to mark and to link to: column A when there is no field cell.
    int targetColumn() const { return column < 0 ? 0 : column; }
    // Whether the adapter should put a fill colour and comment on the cell.
    bool shouldMarkCell() const { return !onProtectedSheet; }
};

// Text appended to the message of a finding on a protected sheet.
std::u16string protectedSheetNote();

} // namespace huibao
