// What validating a workbook keeps per submission sheet, so that a change to
// one sheet is re-checked alone and the cross-sheet rules re-joined (live
// validation). validateWorkbook runs it once; LiveValidator keeps it. Internal.
#pragma once

#include "huibao/validation/validation.hpp"

#include <future>
#include <memory>
#include <span>
#include <vector>

namespace huibao::detail {

struct SheetCheck;
class CrossSheetIndex;

class WorkbookChecks {
public:
    // `workbook` must outlive this object; its sheets are not added or
    // removed while it lives (a rechecked sheet's cells may change).
    WorkbookChecks(const Workbook& workbook, const Date& today);
    ~WorkbookChecks();
    WorkbookChecks(const WorkbookChecks&) = delete;
    WorkbookChecks& operator=(const WorkbookChecks&) = delete;

    // Everything, from the cells.
    void validateAll();
    // Sheet `sheetIndex`'s cells changed: re-checks that sheet alone and
    // re-applies the cross-sheet rules. False when the change needs
    // validateAll (参数 or 任务分解 changed, a sheet became or stopped being
    // a submission); then nothing was changed.
    bool recheckSheet(int sheetIndex);
    // Rows firstRow.. of sheet `sheetIndex` changed (its cells, not the
    // grid's shape): when the sheet's layout cannot have changed (no edit in
    // the rows the header is looked for in, each edited row still what it
    // was), re-checks those rows alone and re-joins only the duplicate keys
    // and units they had or have. False, with nothing changed, otherwise.
    bool recheckRows(int sheetIndex, int firstRow, int rowCount);

    // Starts building recheckRows' index on another thread, so that the
    // first edit after a full check does not wait for it (about as long as
    // joining every sheet). It only reads the checks and the result: call
    // settle() before anything changes the workbook.
    void prepareRowEdits();
    // Waits for a build prepareRowEdits started.
    void settle();

    const ValidationResult& result() const { return result_; }
    ValidationResult takeResult() { return std::move(result_); }

private:
    void joinAndCollect();
    std::vector<int> firstSheets() const; // 任务分解 and 参数, listed first
    // The sheet's findings in result_.findings rebuilt from its check.
    void replaceFindingsOf(const SheetCheck& check, std::span<const int> firstSheets);

    const Workbook& workbook_;
    Date today_;
    ValidationResult result_;
    std::vector<Finding> leadingFindings_;            // 参数 and 任务分解, as read
    std::vector<std::unique_ptr<SheetCheck>> checks_; // submission sheets, in sheet order
    // The cross-sheet join kept for recheckRows: built at its first call,
    // dropped whenever the checks are replaced.
    std::unique_ptr<CrossSheetIndex> index_;
    std::future<std::unique_ptr<CrossSheetIndex>> building_;
};

} // namespace huibao::detail
