// The tables and the chart of the report (spec/report.md, items 6–9), built
// from the assessment. report.hpp places them where the template says.
#pragma once

#include "huibao/assessment/assessment.hpp"
#include "huibao/workbook/formatted_table.hpp"

#include <optional>
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

// A cell of an attachment table: the text as officials write it (what the
// .docx and the PDF print, and what sizes the column) and, for a number, the
// value with its number-format code (what Calc keeps, so the sheet stays a
// sheet: 69.2997 shown as 69.30).
struct ReportCell {
    std::u16string text;
    std::optional<double> number;
    std::u16string formatCode; // Calc / Excel code, with number only
    bool isNumber() const { return number.has_value(); }
    friend bool operator==(const ReportCell&, const ReportCell&) = default;
};

struct ReportTableRow {
    std::vector<ReportCell> cells; // one per header column
    bool highlighted = false;      // a flagged unit
    bool isTotal = false;          // 全县合计: bold
    friend bool operator==(const ReportTableRow&, const ReportTableRow&) = default;
};

struct ReportTable {
    std::u16string name; // 单位考核情况, 亿元以上项目清单
    std::vector<std::u16string> header;
    // Per column: the title's words (申报 · 项目数), the places a title may
    // break across lines (titleLines); header[c] is their concatenation.
    std::vector<std::vector<std::u16string>> headerWords;
    std::vector<bool> numeric; // per column: right-aligned, fixed decimals
    std::vector<ReportTableRow> rows;
    int columnCount() const { return static_cast<int>(header.size()); }
    // Column c's title word by word (the whole title when not given so).
    std::vector<std::u16string> titleWords(int c) const {
        if (c < static_cast<int>(headerWords.size()) && !headerWords[c].empty()) return headerWords[c];
        return {header[c]};
    }
    friend bool operator==(const ReportTable&, const ReportTable&) = default;
};

// 附件1's table: every unit with 单位名称 · 单位类型 · 申报项目数 · 认定项目数 ·
// 省外资金(亿元) · 完成率 · 超序时进度 · 名次 · 说明 (the flags in a few
// words), flagged units highlighted, 全县合计 last. Names simplified.
ReportTable buildReportUnitTable(const Assessment& assessment);

// 附件2's table: 序号 · 项目名称 · 申报单位 · 总投资(亿元) · 项目进展 ·
// 战略性新兴产业, sorted by 总投资 from largest (equal ones in row order).
// No rows when there is no 亿元以上 project.
ReportTable buildLargeProjectTable(const Assessment& assessment);

// Each township's 省外资金 完成率 as bars, sorted from highest to lowest
// (equal rates in registry order), the 序时进度 as a labelled line. Only
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
