#include "huibao/report/report_tables.hpp"

#include "huibao/assessment/figure_text.hpp"
#include "huibao/assessment/unit_assessment_table.hpp"
#include "huibao/report/phrasing.hpp"
#include "huibao/report/ranking.hpp"
#include "huibao/text/display_name.hpp"
#include "report_phrases.hpp"

#include <algorithm>

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

ReportCell textCell(std::u16string text) {
    return {std::move(text), std::nullopt, {}};
}

ReportCell countText(long long value) {
    return {formatCount(value), static_cast<double>(value), u"0"};
}

// 0.00 with `decimals` decimals as a format code.
std::u16string decimalsCode(int decimals) {
    std::u16string code = u"0";
    if (decimals > 0) code += u"." + std::u16string(static_cast<std::size_t>(decimals), u'0');
    return code;
}

ReportCell yiyuanCell(double value, const FigureStyle& style) {
    return {yiyuanText(value, style), value, decimalsCode(style.yiyuanDecimals)};
}

ReportCell rateCell(const std::optional<double>& rate) {
    if (!rate) return textCell(u"—");
    return {formatPercent(*rate), *rate, u"0.00%"};
}

// 超序时进度 as a signed difference: 超23.28 / 落后3.10 (个百分点, said in the
// header) or, with 进度差表述 %, 超23.28% / 落后3.10%.
ReportCell aheadCell(const std::optional<double>& ahead, const FigureStyle& style) {
    if (!ahead) return textCell(u"—");
    const long long hundredths = percentHundredths(*ahead);
    std::u16string magnitude = formatPercentMagnitude(*ahead);
    if (style.gapInPoints) magnitude.pop_back();
    const std::u16string text = hundredths == 0 ? u"持平" : (hundredths > 0 ? u"超" : u"落后") + magnitude;
    if (style.gapInPoints) return {text, *ahead * 100, u"\"超\"0.00;\"落后\"0.00;\"持平\""};
    return {text, *ahead, u"\"超\"0.00%;\"落后\"0.00%;\"持平\""};
}

// The flags in a few words: 认定项目不足、资金落后进度.
std::u16string shortExplanation(const UnitAssessment& unit) {
    std::vector<std::u16string> words;
    for (UnitFlag flag : unit.flags) {
        switch (flag) {
        case UnitFlag::NoProjects: words.emplace_back(u"未申报项目"); break;
        case UnitFlag::FewRecognized: words.emplace_back(u"认定项目不足"); break;
        case UnitFlag::NoEvidence: words.emplace_back(u"无到资依据"); break;
        case UnitFlag::BehindSchedule: words.emplace_back(u"资金落后进度"); break;
        case UnitFlag::BehindProjects: words.emplace_back(u"项目落后进度"); break;
        case UnitFlag::Unregistered: break; // for the officer (汇报数据), not for the report
        }
    }
    return joinEnumeration(words);
}

// The header from its titles given word by word: a title breaks across
// lines only between its words (report.md: no word broken in a header).
void setHeader(ReportTable& table, std::vector<std::vector<std::u16string>> words) {
    table.header.clear();
    for (const auto& title : words) {
        std::u16string joined;
        for (const auto& word : title) joined += word;
        table.header.push_back(std::move(joined));
    }
    table.headerWords = std::move(words);
}

ReportTableRow unitRow(std::u16string name, std::u16string type, const Figures& figures, const TargetProgress& funds,
                       int rank, std::u16string explanation, const FigureStyle& style) {
    ReportTableRow row;
    row.cells = {
        textCell(std::move(name)),        textCell(std::move(type)),
        countText(figures.declared),      countText(figures.recognized),
        yiyuanCell(figures.funds, style), rateCell(funds.rate),
        aheadCell(funds.ahead, style),    rank > 0 ? countText(rank) : textCell(u"—"),
        textCell(std::move(explanation)),
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

ReportTable buildReportUnitTable(const Assessment& assessment) {
    const FigureStyle style = phrases::figureStyle(assessment);
    ReportTable table;
    table.name = u"单位考核情况";
    std::vector<std::u16string> ahead{u"超序时", u"进度"};
    if (style.gapInPoints) ahead.emplace_back(u"(百分点)");
    setHeader(table, {{u"单位", u"名称"},
                      {u"单位", u"类型"},
                      {u"申报", u"项目数"},
                      {u"认定", u"项目数"},
                      {u"省外资金", u"(亿元)"},
                      {u"完成率"},
                      ahead,
                      {u"名次"},
                      {u"说明"}});
    table.numeric = {false, false, true, true, true, true, true, true, false};
    const auto ranks = unitRanks(assessment);
    for (std::size_t i = 0; i < assessment.units.size(); ++i) {
        const UnitAssessment& unit = assessment.units[i];
        ReportTableRow row = unitRow(simplifiedName(unit.name), unitTypeName(unit.type), unit.figures, unit.funds,
                                     ranks[i], shortExplanation(unit), style);
        row.highlighted = unit.isFlagged() && !shortExplanation(unit).empty();
        table.rows.push_back(std::move(row));
    }
    ReportTableRow total = unitRow(std::u16string(kCountyTotalLabel), {}, assessment.county.figures,
                                   assessment.county.funds, 0, {}, style);
    total.cells[7] = textCell(u"");
    total.isTotal = true;
    table.rows.push_back(std::move(total));
    return table;
}

ReportTable buildLargeProjectTable(const Assessment& assessment) {
    const FigureStyle style = phrases::figureStyle(assessment);
    ReportTable table;
    table.name = u"亿元以上项目清单";
    setHeader(table, {{u"序号"},
                      {u"项目", u"名称"},
                      {u"申报", u"单位"},
                      {u"总投资", u"(亿元)"},
                      {u"项目", u"进展"},
                      {u"战略性", u"新兴产业"}});
    table.numeric = {true, false, false, true, false, false};
    const auto names = phrases::largeProjectDisplayNames(assessment);
    std::vector<std::size_t> order(assessment.largeProjects.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return assessment.largeProjects[a].investment > assessment.largeProjects[b].investment;
    });
    long long number = 0;
    for (std::size_t i : order) {
        const LargeProject& project = assessment.largeProjects[i];
        ReportTableRow row;
        row.cells = {
            countText(++number),
            textCell(names[i].empty() ? std::u16string(u"未命名项目") : names[i]),
            textCell(simplifiedName(project.unit)),
            yiyuanCell(project.investment, style),
            textCell(statusName(project.status)),
            textCell(project.emerging ? u"是" : u"否"),
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
    for (const auto& ranked : rankUnits(assessment, UnitType::Township)) {
        chart.categories.push_back(phrases::unitInLists(*ranked.unit));
        chart.completionRates.push_back(*ranked.unit->funds.rate);
    }
    return chart;
}

} // namespace huibao
