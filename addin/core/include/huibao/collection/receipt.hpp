// The receipts of spec/collection.md: one file per unit that has a sheet in
// the workbook, holding its sheet(s) as received with the marks, a 问题清单 of
// its findings, and a one-line summary.
#pragma once

#include "huibao/validation/validation.hpp"
#include "huibao/workbook/formatted_table.hpp"

#include <optional>
#include <string>
#include <vector>

namespace huibao {

inline constexpr std::u16string_view kReceiptFindingsSheet = u"问题清单";

// 共发现错误3处、警告1处，请于2026年7月5日前修改后重新报送。 / …，请修改后重新报送。 /
// 校验通过，未发现问题。
std::u16string receiptSummary(int errors, int warnings, const std::optional<Date>& deadline);

// <单位名称>_校验回执.xlsx, with characters no file name may hold replaced by _.
std::u16string receiptFileName(std::u16string_view unitName);

// A file name safe on every system: / \ : * ? " < > | and control characters → _.
std::u16string safeFileName(std::u16string_view name);

struct ReceiptSheet {
    int sheetIndex = 0; // in the workbook
    std::u16string name;
    // 0-based grid rows to keep, ascending; empty: the whole sheet. A combined
    // sheet keeps the rows above and of its header and the unit's rows.
    std::vector<int> keptRows;
};

struct Receipt {
    std::u16string unit; // as the findings sheet names it
    std::vector<ReceiptSheet> sheets;
    // The unit's findings, in the findings sheet's order, rows renumbered to
    // the receipt's (cut) sheets.
    std::vector<Finding> findings;
    int errors = 0, warnings = 0;
    std::u16string summary;
};

// One receipt per unit with a sheet (registered or not), in sheet order.
std::vector<Receipt> planReceipts(const Workbook& workbook, const ValidationResult& result);

// The 问题清单 sheet below the summary: 序号 工作表 单元格 行 字段 代码 级别 说明.
FormattedTable receiptFindingsTable(const Receipt& receipt);

} // namespace huibao
