// What validating a workbook keeps per submission sheet, so that a change to
// one sheet is re-checked alone and the cross-sheet rules re-joined (live
// validation). validateWorkbook runs it once; LiveValidator keeps it. Internal.
#pragma once

#include "huibao/validation/validation.hpp"

#include <memory>
#include <vector>

namespace huibao::detail {

struct SheetCheck;

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

    const ValidationResult& result() const { return result_; }
    ValidationResult takeResult() { return std::move(result_); }

private:
    void joinAndCollect();

    const Workbook& workbook_;
    Date today_;
    ValidationResult result_;
    std::vector<Finding> leadingFindings_;            // 参数 and 任务分解, as read
    std::vector<std::unique_ptr<SheetCheck>> checks_; // submission sheets, in sheet order
};

} // namespace huibao::detail
