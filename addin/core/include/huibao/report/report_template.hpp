// The editable wording of the report: the sheet 汇报模板 (spec/report.md,
// "Template"), created with the default wording on the first build.
//
// The sheet is a list of rows, read top to bottom; the report follows it in
// that order:
//
//   类型      | 内容                                       | 说明
//   标题      | {县名}{年度}年招商引资工作情况汇报          | (Huibao's hint; never read)
//   日期      | （截至{报告日期}）
//   正文      | 现将我局{年度}年招商引资工作情况简要汇报如下：
//   一级标题  | 一、{年度}年工作开展情况
//   二级标题  | （一）全县招商引资工作任务完成情况
//   正文      | （1）项目完成情况。{项目申报情况}…
//   表格      | 主要指标
//   图表      | 乡镇省外资金完成率
//
// 类型 is one of 标题, 日期, 一级标题, 二级标题, 三级标题, 正文, 待填写, 表格,
// 图表, 附件, 落款 (a blank 类型 means 正文). A 待填写 row is a prompt for
// the officer: never printed, reported until its 类型 becomes 正文. 内容 holds text with {placeholders}
// (placeholders.hpp); a 正文 cell with line breaks gives one paragraph per
// line. For 表格 the 内容 names the table (主要指标, 单位考核情况,
// 亿元以上项目清单), for 图表 the chart (乡镇省外资金完成率). The officer's
// own paragraphs (the （二） 新做法 section) are 正文 rows like any other:
// Huibao keeps them and never writes that text itself.
#pragma once

#include "huibao/values/cell.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace huibao {

enum class TemplateEntryKind : unsigned char {
    Title,      // 标题
    DateLine,   // 日期
    Heading1,   // 一级标题: 一、…
    Heading2,   // 二级标题: （一）…
    Heading3,   // 三级标题: （1）… on a line of its own
    Paragraph,  // 正文
    Table,      // 表格
    Chart,      // 图表
    Prompt,     // 待填写: a request to the officer, never printed
    Attachment, // 附件: starts an attachment (内容 = its title); the 表格 / 图表 rows after it belong to it
    Signature,  // 落款: one line of the closing (报告单位, 成文日期), right-aligned
};

// The 类型 word of a kind, as the sheet writes it.
std::u16string templateKindName(TemplateEntryKind kind);

struct TemplateEntry {
    TemplateEntryKind kind = TemplateEntryKind::Paragraph;
    std::u16string text; // 内容, with placeholders
    std::u16string hint; // 说明: help for the officer, written with the default template only
    int sheetRow = 0;    // 1-based row of 汇报模板 (row 1 is the header)
};

struct ReportTemplate {
    std::vector<TemplateEntry> entries;
};

// A problem with the template the officer should see (an unknown 类型, an
// unknown table name, an unknown placeholder …). Never fatal.
struct TemplateIssue {
    int sheetRow = 0;       // 0 when it concerns the whole template
    std::u16string message; // Chinese
    friend bool operator==(const TemplateIssue&, const TemplateIssue&) = default;
};

// The wording modelled on the seed report.
ReportTemplate defaultReportTemplate();

// True for text that is wholly a bracketed request to the officer,
// （请……）: an earlier version's 正文 prompt, read as 待填写.
bool isBracketedPrompt(std::u16string_view text);

struct TemplateReading {
    ReportTemplate reportTemplate;
    std::vector<TemplateIssue> issues;
};

// Reads the 汇报模板 sheet's used area. An unknown 类型 is kept as 正文 (the
// officer's text is never dropped) and reported. A sheet with no content
// falls back to the default template, with an issue saying so.
TemplateReading readReportTemplate(const Grid& cells);

// The sheet's cells for the adapter to write when 汇报模板 is absent:
// header 类型 · 内容 · 说明, then one row per entry. All text.
Grid reportTemplateSheet(const ReportTemplate& reportTemplate);

} // namespace huibao
