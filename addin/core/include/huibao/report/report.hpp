// The report 工作汇报 (spec/report.md) as a sequence of blocks: plain data the
// adapter lays out top to bottom on the sheet, one block after another.
//
//   Title      text            merged across the page, 二号 title font, centred
//   DateLine   text            centred under the title
//   Heading    text, level     1: 一、 (黑体)  2: （一） (楷体)  3: （1）
//   Paragraph  text            wrapped, indented by two full-width spaces; the
//                              first runInLength characters are a run-in
//                              heading such as （1）项目完成情况。 (may be bold)
//   Table      text = caption, table = header + typed cells + highlighted rows
//   Chart      text = caption, chart = categories, bar values, line value
//
// Building is a pure function of its inputs: the same assessment and template
// give the same report, block for block.
#pragma once

#include "huibao/assessment/assessment.hpp"
#include "huibao/report/report_tables.hpp"
#include "huibao/report/report_template.hpp"
#include "huibao/workbook/formatted_table.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace huibao {

enum class BlockKind : unsigned char { Title, DateLine, Heading, Paragraph, Table, Chart };

struct ReportBlock {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;         // Heading: 1, 2 or 3
    std::u16string text;   // the text; for Table and Chart the caption
    int runInLength = 0;   // Paragraph: UTF-16 length of a leading （1）…。 run-in heading, else 0
    FormattedTable table;  // Table only
    CompletionChart chart; // Chart only
    int templateRow = 0;   // the 汇报模板 row it comes from
    friend bool operator==(const ReportBlock&, const ReportBlock&) = default;
};

struct Report {
    std::vector<ReportBlock> blocks;
    // Placeholders the template uses but Huibao does not know, as written
    // ({申报项目数量}), each once, in order of first appearance. They stay
    // visible in the text.
    std::vector<std::u16string> unknownPlaceholders;
    // Everything the officer should know about the template: unknown
    // placeholders, 类型 or table names, a chart left out for lack of data.
    std::vector<TemplateIssue> issues;

    // The index of the Table block with the most rows (-1 when none): Calc
    // repeats one row range per printed page, and the longest table needs it.
    int longestTableBlock() const;
    friend bool operator==(const Report&, const Report&) = default;
};

// Builds the report. `issues` of reading the template may be passed in
// (readReportTemplate) so that the report lists them together with its own.
Report buildReport(const Assessment& assessment, const ReportTemplate& reportTemplate,
                   std::vector<TemplateIssue> templateIssues = {});

// Length of a run-in heading at the start of a paragraph: （1）项目完成情况。
// or (1)…。 up to and including the first 。 (0 when there is none, or when
// the 。 comes too late for a heading).
int runInHeadingLength(std::u16string_view paragraph);

} // namespace huibao
