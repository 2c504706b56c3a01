#include "huibao/assessment/unit_assessment_table.hpp"
#include "huibao/workbook/contract.hpp"

namespace huibao {
namespace {

constexpr std::u16string_view kHeader[] = {
    u"单位名称",
    u"单位类型",
    u"招商团",
    u"申报项目数",
    u"新签约或新建",
    u"续建",
    u"认定项目数",
    u"落地项目数",
    u"亿元以上项目数",
    u"省外资金(亿元)",
    u"省外资金任务(亿元)",
    u"完成率",
    u"超序时进度",
    u"境外资金(万美元)",
    u"项目任务",
    u"问题",
    u"说明",
};

FormattedCell textOrBlank(const std::u16string& text) {
    return text.empty() ? FormattedCell::blank() : FormattedCell::ofText(text);
}

// The columns shared by unit rows and the county row, from 申报项目数 to 项目任务.
void appendFigures(std::vector<FormattedCell>& cells, const Figures& figures, const TargetProgress& funds,
                   const TargetProgress& projects) {
    cells.push_back(countCell(figures.declared));
    cells.push_back(countCell(figures.newProjects));
    cells.push_back(countCell(figures.continued));
    cells.push_back(countCell(figures.recognized));
    cells.push_back(countCell(figures.landed));
    cells.push_back(countCell(figures.large));
    cells.push_back(FormattedCell::ofNumber(figures.funds, NumberFormat::Yiyuan));
    cells.push_back(optionalCell(funds.target, NumberFormat::Yiyuan));
    cells.push_back(optionalCell(funds.rate, NumberFormat::Percent));
    cells.push_back(optionalCell(funds.ahead, NumberFormat::Percent));
    cells.push_back(FormattedCell::ofNumber(figures.foreign, NumberFormat::Wan));
    cells.push_back(optionalCell(projects.target, NumberFormat::Integer));
}

std::u16string flagCodes(const UnitAssessment& unit) {
    std::u16string codes;
    for (UnitFlag flag : unit.flags) {
        if (!codes.empty()) codes += u", ";
        codes += flagCode16(flag);
    }
    return codes;
}

FormattedRow unitRow(const UnitAssessment& unit) {
    FormattedRow row;
    row.cells.push_back(FormattedCell::ofText(unit.name));
    row.cells.push_back(FormattedCell::ofText(unitTypeName(unit.type)));
    row.cells.push_back(textOrBlank(unit.group));
    appendFigures(row.cells, unit.figures, unit.funds, unit.projects);
    row.cells.push_back(textOrBlank(flagCodes(unit)));
    row.cells.push_back(textOrBlank(unit.explanation));
    row.highlighted = unit.isFlagged();
    return row;
}

FormattedRow countyRow(const CountyAssessment& county) {
    FormattedRow row;
    row.cells.push_back(FormattedCell::ofText(std::u16string(kCountyTotalLabel)));
    row.cells.push_back(FormattedCell::blank());
    row.cells.push_back(FormattedCell::blank());
    appendFigures(row.cells, county.figures, county.funds, county.projects);
    row.cells.push_back(FormattedCell::blank()); // 问题: flags are per unit only
    row.cells.push_back(FormattedCell::blank());
    row.isTotal = true;
    return row;
}

} // namespace

std::span<const std::u16string_view> unitAssessmentHeader() {
    return kHeader;
}

FormattedTable buildUnitAssessmentTable(const Assessment& assessment) {
    FormattedTable table;
    table.name = std::u16string(contract::kUnitAssessmentSheet);
    for (auto title : kHeader) table.header.emplace_back(title);
    for (const auto& unit : assessment.units) table.rows.push_back(unitRow(unit));
    table.rows.push_back(countyRow(assessment.county));
    return table;
}

} // namespace huibao
