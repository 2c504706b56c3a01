#include "huibao/findings_sheet.hpp"

#include "huibao/cell_reference.hpp"

namespace huibao {

Table findingsSheetTable(const std::vector<Finding>& findings)
{
    Table table;
    table.reserve(findings.size() + 2);
    table.push_back({u"序号", u"工作表", u"单元格", u"行", u"字段", u"代码", u"级别", u"说明"});
    if (findings.empty()) {
        table.push_back({u"未发现问题", {}, {}, {}, {}, {}, {}, {}});
        return table;
    }
    double number = 0;
    for (const auto& finding : findings) {
        table.push_back({++number, finding.sheetName, cellReference(finding.row, finding.targetColumn()),
                         double(finding.row), finding.field, codeName16(finding.code),
                         severityName(finding.severity), finding.message});
    }
    return table;
}

} // namespace huibao
