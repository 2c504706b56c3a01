// Live validation (spec/validation.md, "Live validation"): a validated
// workbook kept validated as it is edited. The validator keeps the cells and
// what each submission sheet's check produced; an edit replaces some rows of
// one sheet. When the sheet's layout cannot have changed (the edit is below
// the rows the header is looked for in, and each edited row is still a
// project, a blank row or past the total row), only the edited rows are
// checked again, and the cross-sheet rules (duplicates, units in their order
// of appearance) re-joined for the keys and units they had or have, from an
// index kept across edits. Otherwise the sheet is checked again and the
// rules re-joined over every sheet's kept keys. The result is always the one
// validateWorkbook gives for the edited cells (the unit tests check this on
// random edit sequences).
#pragma once

#include "huibao/validation/validation.hpp"

#include <memory>

namespace huibao {

namespace detail {
class WorkbookChecks;
}

class LiveValidator {
public:
    // Validates `workbook` in full and keeps it.
    LiveValidator(Workbook workbook, const Date& today);
    ~LiveValidator();
    LiveValidator(const LiveValidator&) = delete;
    LiveValidator& operator=(const LiveValidator&) = delete;

    const ValidationResult& result() const;
    const Workbook& workbook() const { return *workbook_; }
    const Date& today() const { return today_; }

    // Hands the kept cells over (a command validating them again without
    // reading the document); the validator is empty afterwards and may only
    // be destroyed or given a workbook again (replaceWorkbook).
    Workbook releaseWorkbook();

    // How an edit was taken in.
    enum class Scope { Sheet, Workbook };

    // Rows firstRow.. (0-based) of sheet `sheetIndex` now hold `rows`, each
    // from column A (an edit's rows read in bulk, as wide as the sheet's used
    // area). Re-checks that sheet, or the whole workbook when the edit
    // changed 参数, 任务分解 or which sheets are submissions.
    Scope replaceRows(int sheetIndex, int firstRow, Grid rows);
    // The whole of a sheet changed (rows inserted or deleted, a paste).
    Scope replaceSheet(int sheetIndex, Grid cells);
    // A workbook whose sheets were added, removed or renamed: all again.
    void replaceWorkbook(Workbook workbook);

    // How many edits were taken in by re-checking their rows alone (the
    // sheet's layout unchanged), for tests and the trace.
    int rowEdits() const { return rowEdits_; }

    // The unit a finding at (sheet, 1-based row) belongs to: the row's unit,
    // else the unit the sheet's name names; empty when neither is known.
    std::u16string unitAt(std::u16string_view sheetName, int row) const;

private:
    Scope recheck(int sheetIndex);

    // Owned on the heap: the checks keep views into its cells.
    std::unique_ptr<Workbook> workbook_;
    Date today_;
    std::unique_ptr<detail::WorkbookChecks> checks_;
    int rowEdits_ = 0;
};

} // namespace huibao
