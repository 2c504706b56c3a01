#include "huibao/report/report.hpp"

#include "huibao/report/placeholders.hpp"
#include "huibao/text/text.hpp"
#include "huibao/values/message_text.hpp"

#include <algorithm>

namespace huibao {
namespace {

// A run-in heading is short; a 。 further on ends an ordinary sentence.
constexpr std::size_t kMaxRunInLength = 40;

bool isNumeral(char16_t c) {
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９') ||
           std::u16string_view(u"一二三四五六七八九十").find(c) != std::u16string_view::npos;
}

// One paragraph per line of a 正文 cell; blank lines dropped.
std::vector<std::u16string> splitLines(std::u16string_view text) {
    std::vector<std::u16string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of(u"\n\r", start);
        if (end == std::u16string_view::npos) end = text.size();
        const auto line = trim(text.substr(start, end - start));
        if (!line.empty()) lines.emplace_back(line);
        start = end + 1;
    }
    return lines;
}

class ReportBuilder {
public:
    ReportBuilder(const Assessment& assessment, std::vector<TemplateIssue> issues)
        : assessment_(assessment), values_(placeholderValues(assessment)) {
        report_.issues = std::move(issues);
    }

    void add(const TemplateEntry& entry) {
        switch (entry.kind) {
        case TemplateEntryKind::Title: addText(BlockKind::Title, 0, entry); break;
        case TemplateEntryKind::DateLine: addText(BlockKind::DateLine, 0, entry); break;
        case TemplateEntryKind::Heading1: addText(BlockKind::Heading, 1, entry); break;
        case TemplateEntryKind::Heading2: addText(BlockKind::Heading, 2, entry); break;
        case TemplateEntryKind::Heading3: addText(BlockKind::Heading, 3, entry); break;
        case TemplateEntryKind::Paragraph: addParagraphs(entry); break;
        case TemplateEntryKind::Table: addTable(entry); break;
        case TemplateEntryKind::Chart: addChart(entry); break;
        }
    }

    Report take() { return std::move(report_); }

private:
    std::u16string fill(const TemplateEntry& entry, std::u16string_view text) {
        std::vector<std::u16string> unknown;
        std::u16string filled = fillPlaceholders(text, values_, unknown);
        for (auto& name : unknown) {
            report_.issues.push_back({entry.sheetRow, u"汇报模板第" + message::number(entry.sheetRow) + u"行：占位符 " +
                                                          name + u" 无法识别，已原样保留"});
            auto& known = report_.unknownPlaceholders;
            if (std::find(known.begin(), known.end(), name) == known.end()) known.push_back(std::move(name));
        }
        return filled;
    }

    ReportBlock block(BlockKind kind, const TemplateEntry& entry) const {
        ReportBlock block;
        block.kind = kind;
        block.templateRow = entry.sheetRow;
        return block;
    }

    void addText(BlockKind kind, int level, const TemplateEntry& entry) {
        ReportBlock text = block(kind, entry);
        text.level = level;
        text.text = fill(entry, entry.text);
        report_.blocks.push_back(std::move(text));
    }

    void addParagraphs(const TemplateEntry& entry) {
        if (trim(entry.text) == newPracticesPrompt()) {
            report_.issues.push_back({entry.sheetRow, u"汇报模板第" + message::number(entry.sheetRow) +
                                                          u"行：“新做法”尚未填写，汇报中仍是填写提示"});
        }
        for (const auto& line : splitLines(entry.text)) {
            ReportBlock paragraph = block(BlockKind::Paragraph, entry);
            paragraph.text = fill(entry, line);
            // A phrase placeholder may have nothing to say (no departments, no
            // unregistered names): then there is no paragraph either.
            if (trim(paragraph.text).empty()) continue;
            paragraph.runInLength = runInHeadingLength(paragraph.text);
            report_.blocks.push_back(std::move(paragraph));
        }
    }

    void addTable(const TemplateEntry& entry) {
        const std::u16string key = normalizeKey(entry.text);
        ReportBlock table = block(BlockKind::Table, entry);
        if (key == u"主要指标")
            table.table = buildKeyIndicatorsTable(assessment_);
        else if (key == u"单位考核情况" || key == u"单位考核")
            table.table = buildReportUnitTable(assessment_);
        else if (key == u"亿元以上项目清单")
            table.table = buildLargeProjectTable(assessment_);
        else {
            report_.issues.push_back(
                {entry.sheetRow, u"汇报模板第" + message::number(entry.sheetRow) + u"行：表格 " +
                                     message::quoted(entry.text) +
                                     u" 无法识别（可选：主要指标、单位考核情况、亿元以上项目清单），已略去"});
            return;
        }
        table.text = table.table.name;
        report_.blocks.push_back(std::move(table));
    }

    void addChart(const TemplateEntry& entry) {
        const std::u16string key = normalizeKey(entry.text);
        if (key != u"乡镇省外资金完成率" && key != u"各乡镇省外资金完成率") {
            report_.issues.push_back({entry.sheetRow, u"汇报模板第" + message::number(entry.sheetRow) + u"行：图表 " +
                                                          message::quoted(entry.text) +
                                                          u" 无法识别（可选：乡镇省外资金完成率），已略去"});
            return;
        }
        ReportBlock chart = block(BlockKind::Chart, entry);
        chart.chart = buildTownshipCompletionChart(assessment_);
        if (chart.chart.isEmpty()) {
            report_.issues.push_back({entry.sheetRow, u"没有设定省外资金任务的乡镇，未生成乡镇省外资金完成率图表"});
            return;
        }
        chart.text = chart.chart.title;
        report_.blocks.push_back(std::move(chart));
    }

    const Assessment& assessment_;
    const PlaceholderValues values_;
    Report report_;
};

} // namespace

int runInHeadingLength(std::u16string_view paragraph) {
    if (paragraph.empty() || (paragraph[0] != u'（' && paragraph[0] != u'(')) return 0;
    std::size_t pos = 1;
    while (pos < paragraph.size() && isNumeral(paragraph[pos])) ++pos;
    if (pos == 1 || pos >= paragraph.size() || (paragraph[pos] != u'）' && paragraph[pos] != u')')) return 0;
    const std::size_t stop = paragraph.find(u'。', pos);
    if (stop == std::u16string_view::npos || stop + 1 > kMaxRunInLength) return 0;
    return static_cast<int>(stop + 1);
}

int Report::longestTableBlock() const {
    int longest = -1;
    for (int index = 0; index < static_cast<int>(blocks.size()); ++index) {
        if (blocks[index].kind != BlockKind::Table) continue;
        if (longest < 0 || blocks[index].table.rows.size() > blocks[longest].table.rows.size()) longest = index;
    }
    return longest;
}

Report buildReport(const Assessment& assessment, const ReportTemplate& reportTemplate,
                   std::vector<TemplateIssue> templateIssues) {
    ReportBuilder builder(assessment, std::move(templateIssues));
    for (const auto& entry : reportTemplate.entries) builder.add(entry);
    return builder.take();
}

} // namespace huibao
