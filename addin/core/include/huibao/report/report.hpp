// The report 工作汇报 (spec/report.md) as a sequence of blocks: plain data
// that every renderer (the Calc sheet, the Writer document) lays out top to
// bottom, one block after another:
//
//   Title          text            二号 title font, centred
//   DateLine       text            centred under the title
//   Heading        text, level     1: 一、 (黑体)  2: （一） (楷体)  3: （1）;
//                                  the ordinal is Huibao's, in the text
//   Paragraph      text            indented by two characters; the first
//                                  runInLength characters are a run-in heading
//                                  such as （1）项目完成情况。
//   AttachmentNote text, level     附件说明, one line per attachment: level 1
//                                  reads 附件：1. …, the others 2. … aligned
//                                  under the first number
//   Signature      text            落款: 报告单位, 成文日期, right-aligned
//   Attachment     text, level     starts attachment N on a new page: 附件N
//                                  at the top left (黑体), the title centred
//   Table          table           caption in text
//   Chart          chart           caption in text
//
// Nothing in it is meant for the officer alone: validation counts,
// unregistered names and unfilled prompts are in `data` (汇报数据).
// Building is a pure function of its inputs: the same assessment and
// template give the same report, block for block.
#pragma once

#include "huibao/assessment/assessment.hpp"
#include "huibao/report/report_tables.hpp"
#include "huibao/report/report_template.hpp"
#include "huibao/workbook/formatted_table.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace huibao {

enum class BlockKind : unsigned char {
    Title,
    DateLine,
    Heading,
    Paragraph,
    AttachmentNote,
    Signature,
    Attachment,
    Table,
    Chart,
};

struct ReportBlock {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;         // Heading: 1, 2 or 3; Attachment and AttachmentNote: the attachment's number
    std::u16string text;   // the text; for Table and Chart the caption
    int runInLength = 0;   // Paragraph: UTF-16 length of a leading （1）…。 run-in heading, else 0
    ReportTable table;     // Table only
    CompletionChart chart; // Chart only
    int templateRow = 0;   // the 汇报模板 row it comes from
    friend bool operator==(const ReportBlock&, const ReportBlock&) = default;
};

// 汇报数据: the figures behind the report and the officer's notes.
struct ReportData {
    FormattedTable keyIndicators;      // 主要指标: the 25 labels, values as numbers
    std::vector<std::u16string> notes; // findings still open, unregistered units, template rows to write
    friend bool operator==(const ReportData&, const ReportData&) = default;
};

struct Report {
    std::vector<ReportBlock> blocks;
    ReportData data;
    // Placeholders the template uses but Huibao does not know, as written
    // ({申报项目数量}), each once, in order of first appearance. They stay
    // visible in the text.
    std::vector<std::u16string> unknownPlaceholders;
    // Everything the officer should know about the template: 待填写 rows
    // still to write, unknown placeholders, 类型 or table names, a chart
    // left out for lack of data.
    std::vector<TemplateIssue> issues;
    friend bool operator==(const Report&, const Report&) = default;
};

// Builds the report. `issues` of reading the template may be passed in
// (readReportTemplate) so that the report lists them together with its own.
Report buildReport(const Assessment& assessment, const ReportTemplate& reportTemplate,
                   std::vector<TemplateIssue> templateIssues = {});

// A heading's text without an ordinal the officer typed (一、 （一） (1) 1.
// 1、): Huibao writes the ordinals itself.
std::u16string withoutOrdinal(std::u16string_view heading);

// 一, 二 … 九十九: the Chinese numeral of 1..99.
std::u16string chineseNumeral(int number);

// Length of a run-in heading at the start of a paragraph: （1）项目完成情况。
// or (1)…。 up to and including the first 。 (0 when there is none, or when
// the 。 comes too late for a heading).
int runInHeadingLength(std::u16string_view paragraph);

} // namespace huibao
