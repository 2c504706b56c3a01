#include "huibao/report/report_tables.hpp"

#include "huibao/assessment/unit_assessment_table.hpp"

namespace huibao {
namespace {

constexpr std::u16string_view kKeyIndicatorLabels[] = {
    u"申报项目数",       u"新签约或新建项目数",   u"续建项目数",       u"认定项目数",         u"落地项目数",
    u"省外资金(亿元)",   u"省外资金完成率",       u"序时进度",         u"省外资金超序时进度", u"亿元以上项目数",
    u"十亿元以上项目数", u"战略性新兴产业项目数", u"亿元以上已开工",   u"亿元以上已投产",     u"亿元以上未开工",
    u"总部经济项目数",   u"总部经济引税额(万元)", u"境外资金(万美元)", u"境外资金完成率",     u"校验错误数",
    u"校验警告数",       u"项目开工率",           u"申报项目同比",     u"省外资金同比",       u"境外资金同比",
};

FormattedCell percentCell(const std::optional<double>& fraction) {
    return optionalCell(fraction, NumberFormat::Percent);
}

// The values in the order of kKeyIndicatorLabels.
std::vector<FormattedCell> keyIndicatorValues(const Assessment& assessment) {
    const CountyAssessment& county = assessment.county;
    const Figures& figures = county.figures;
    return {
        countCell(figures.declared),
        countCell(figures.newProjects),
        countCell(figures.continued),
        countCell(figures.recognized),
        countCell(figures.landed),
        FormattedCell::ofNumber(figures.funds, NumberFormat::Yiyuan),
        percentCell(county.funds.rate),
        FormattedCell::ofNumber(assessment.scheduleProgress, NumberFormat::Percent),
        percentCell(county.funds.ahead),
        countCell(figures.large),
        countCell(figures.veryLarge),
        countCell(figures.emerging),
        countCell(figures.largeStarted),
        countCell(figures.largeProducing),
        countCell(figures.largeNotStarted),
        countCell(figures.headquarters),
        FormattedCell::ofNumber(figures.headquartersTax, NumberFormat::Wan),
        FormattedCell::ofNumber(figures.foreign, NumberFormat::Wan),
        percentCell(county.foreign.rate),
        countCell(assessment.validation.errors),
        countCell(assessment.validation.warnings),
        percentCell(figures.startRate()),
        percentCell(county.declaredYearOnYear),
        percentCell(county.fundsYearOnYear),
        percentCell(county.foreignYearOnYear),
    };
}

FormattedCell textOrBlank(const std::u16string& text) {
    return text.empty() ? FormattedCell::blank() : FormattedCell::ofText(text);
}

FormattedRow unitRow(std::u16string name, std::u16string type, const Figures& figures, const TargetProgress& funds,
                     std::u16string explanation) {
    FormattedRow row;
    row.cells = {
        FormattedCell::ofText(std::move(name)),
        textOrBlank(type),
        countCell(figures.declared),
        countCell(figures.recognized),
        FormattedCell::ofNumber(figures.funds, NumberFormat::Yiyuan),
        percentCell(funds.rate),
        percentCell(funds.ahead),
        textOrBlank(explanation),
    };
    return row;
}

} // namespace

std::span<const std::u16string_view> keyIndicatorLabels() {
    return kKeyIndicatorLabels;
}

FormattedTable buildKeyIndicatorsTable(const Assessment& assessment) {
    FormattedTable table;
    table.name = u"主要指标";
    table.header = {u"指标", u"数值"};
    const auto values = keyIndicatorValues(assessment);
    for (std::size_t i = 0; i < values.size(); ++i) {
        FormattedRow row;
        row.cells = {FormattedCell::ofText(std::u16string(kKeyIndicatorLabels[i])), values[i]};
        table.rows.push_back(std::move(row));
    }
    return table;
}

FormattedTable buildReportUnitTable(const Assessment& assessment) {
    FormattedTable table;
    table.name = u"单位考核情况";
    table.header = {u"单位名称",       u"单位类型", u"申报项目数", u"认定项目数",
                    u"省外资金(亿元)", u"完成率",   u"超序时进度", u"说明"};
    for (const auto& unit : assessment.units) {
        FormattedRow row = unitRow(unit.name, unitTypeName(unit.type), unit.figures, unit.funds, unit.explanation);
        row.highlighted = unit.isFlagged();
        table.rows.push_back(std::move(row));
    }
    FormattedRow total =
        unitRow(std::u16string(kCountyTotalLabel), {}, assessment.county.figures, assessment.county.funds, {});
    total.isTotal = true;
    table.rows.push_back(std::move(total));
    return table;
}

FormattedTable buildLargeProjectTable(const Assessment& assessment) {
    FormattedTable table;
    table.name = u"亿元以上项目清单";
    table.header = {u"项目名称", u"申报单位", u"总投资(亿元)", u"项目进展", u"战略性新兴产业"};
    table.emptyNote = u"暂无亿元以上项目";
    for (const auto& project : assessment.largeProjects) {
        FormattedRow row;
        row.cells = {
            textOrBlank(project.name),
            textOrBlank(project.unit),
            FormattedCell::ofNumber(project.investment, NumberFormat::Yiyuan),
            FormattedCell::ofText(statusName(project.status)),
            FormattedCell::ofText(project.emerging ? u"是" : u"否"),
        };
        table.rows.push_back(std::move(row));
    }
    return table;
}

CompletionChart buildTownshipCompletionChart(const Assessment& assessment) {
    CompletionChart chart;
    chart.title = u"各乡镇省外资金完成率";
    chart.barSeriesName = u"完成率";
    chart.lineSeriesName = u"序时进度";
    chart.scheduleProgress = assessment.scheduleProgress;
    for (const auto& unit : assessment.units) {
        if (unit.type != UnitType::Township || !unit.funds.rate) continue;
        chart.categories.push_back(unit.shortName);
        chart.completionRates.push_back(*unit.funds.rate);
    }
    return chart;
}

} // namespace huibao
