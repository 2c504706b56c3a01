// Reads back the 校验结果 sheet (spec/validation.md) for the sidebar's
// results panel: whatever ran last — sidebar, menu, macro — wrote it.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace huibao::uno {

struct ListedFinding {
    std::u16string sheet;    // 工作表
    std::u16string cell;     // 单元格, an A1 reference
    std::u16string field;    // 字段
    std::u16string code;     // 代码
    std::u16string severity; // 级别: 错误 or 警告
    std::u16string message;  // 说明
    bool isError() const { return severity == u"错误"; }
    friend bool operator==(const ListedFinding&, const ListedFinding&) = default;
};

struct FindingsListing {
    bool sheetExists = false;
    std::vector<ListedFinding> findings; // empty also when the sheet says 未发现问题
    int errors = 0;
    int warnings = 0;
    friend bool operator==(const FindingsListing&, const FindingsListing&) = default;
};

// Columns are found by their header titles, so a user who reorders or
// widens the sheet does not break the panel.
FindingsListing readFindingsSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

} // namespace huibao::uno
