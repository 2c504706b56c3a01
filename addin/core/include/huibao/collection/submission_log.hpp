// The sheet 报送登记 (spec/collection.md): one row per imported file, newest
// import first, the history kept; then one 未报送 row per registered unit
// without a sheet, recomputed at each import.
#pragma once

#include "huibao/validation/validation.hpp"
#include "huibao/values/cell.hpp"
#include "huibao/workbook/collection_state.hpp"
#include "huibao/workbook/formatted_table.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace huibao {

namespace submission_status {
inline constexpr std::u16string_view kImported = u"已导入";
inline constexpr std::u16string_view kSuperseded = u"已替换";
inline constexpr std::u16string_view kUnreadablePrefix = u"无法读取：";
inline constexpr std::u16string_view kNotSubmitted = u"未报送";
} // namespace submission_status

// 单位 文件 文件修改时间 导入时间 工作表 行数 错误 警告 状态.
std::span<const std::u16string_view> submissionLogHeader();

struct SubmissionRecord {
    std::u16string unit;
    std::u16string file;                 // the file's name
    std::optional<double> fileModified;  // date-time serial (the workbook's null date)
    double importedAt = 0;               // date-time serial
    std::u16string sheets;               // the sheet(s) it became, joined with 、
    std::optional<int> rows;             // data rows
    std::optional<int> errors, warnings; // on its sheets, after validation
    std::u16string status;               // 已导入, 已替换, 无法读取：…
};

// The whole sheet: header, `newest` (this import, in order), then the
// previous sheet's rows (`previous`: the old sheet's cells, header
// included; its 未报送 rows dropped), then 未报送 for `notSubmitted`.
FormattedTable submissionLogTable(std::span<const SubmissionRecord> newest, const Grid& previous,
                                  std::span<const std::u16string> notSubmitted);

// Registered units with no submission sheet of their own: no sheet whose
// name names them and no row of theirs on a combined sheet.
std::vector<std::u16string> unitsNotSubmitted(const ValidationResult& result);

// The state of collection as validation sees the workbook now (the
// sidebar's 收集 section): every registered unit, submitted or missing, in
// the registry's order.
CollectionState collectionState(const ValidationResult& result);

struct FindingCounts {
    int errors = 0;
    int warnings = 0;
};
// The findings on the named sheets.
FindingCounts countFindings(const std::vector<Finding>& findings, std::span<const std::u16string> sheetNames);

} // namespace huibao
