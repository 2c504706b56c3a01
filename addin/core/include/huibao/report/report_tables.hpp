// The tables and the chart of the report (spec/report.md, items 6–9), built
// from the assessment. report.hpp places them where the template says.
#pragma once

#include "huibao/assessment/assessment.hpp"
#include "huibao/workbook/formatted_table.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace huibao {

// The 25 labels of the 主要指标 table, exactly as report.md lists them.
std::span<const std::u16string_view> keyIndicatorLabels();

// 主要指标: header 指标 · 数值; one row per label. Values are numbers (rates
// as fractions with a percent format), blank where there is no target or no
// 上年同期 figure.
FormattedTable buildKeyIndicatorsTable(const Assessment& assessment);

// 单位考核情况: the essentials of 单位考核 for a printed page (单位名称,
// 单位类型, 申报项目数, 认定项目数, 省外资金(亿元), 完成率, 超序时进度, 说明),
// flagged units highlighted, 全县合计 last.
FormattedTable buildReportUnitTable(const Assessment& assessment);

// 亿元以上项目清单: 项目名称 · 申报单位 · 总投资(亿元) · 项目进展 ·
// 战略性新兴产业 (是/否), in sheet and row order.
FormattedTable buildLargeProjectTable(const Assessment& assessment);

// Each township's 省外资金 完成率 as bars, the 序时进度 as a line. Only
// townships with a 省外资金任务 have a rate, so only they appear.
struct CompletionChart {
    std::u16string title;                   // 各乡镇省外资金完成率
    std::vector<std::u16string> categories; // township short names (晋熙, 牛镇)
    std::vector<double> completionRates;    // fractions, one per category
    double scheduleProgress = 0;            // the same for every category
    std::u16string barSeriesName;           // 完成率
    std::u16string lineSeriesName;          // 序时进度
    bool isEmpty() const { return categories.empty(); }
    friend bool operator==(const CompletionChart&, const CompletionChart&) = default;
};

CompletionChart buildTownshipCompletionChart(const Assessment& assessment);

} // namespace huibao
