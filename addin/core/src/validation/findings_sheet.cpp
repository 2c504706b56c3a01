#include "huibao/validation/findings_sheet.hpp"
#include "huibao/workbook/contract.hpp"

#include "huibao/workbook/cell_reference.hpp"

namespace huibao {

FormattedTable findingsSheetTable(const std::vector<Finding>& findings) {
    FormattedTable table;
    table.name = contract::kFindingsSheet;
    table.header = {u"序号", u"工作表", u"单元格", u"行", u"字段", u"代码", u"级别", u"说明"};
    table.emptyNote = u"未发现问题";
    table.rows.reserve(findings.size());
    // 序号 and 行 stay in the General format: giving the first sheet a command
    // inserts a number format makes Calc 7.4 leave that sheet out of the undo
    // step.
    double number = 0;
    for (const auto& finding : findings) {
        auto& row = table.rows.emplace_back();
        row.cells = {FormattedCell::ofNumber(++number, NumberFormat::General),
                     FormattedCell::ofText(finding.sheetName),
                     FormattedCell::ofText(cellReference(finding.row, finding.targetColumn())),
                     FormattedCell::ofNumber(finding.row, NumberFormat::General),
                     FormattedCell::ofText(finding.field),
                     FormattedCell::ofText(codeName16(finding.code)),
                     FormattedCell::ofText(severityName(finding.severity)),
                     FormattedCell::ofText(finding.message)};
    }
    return table;
}

} // namespace huibao
