#include "huibao/report/report.hpp"

#include "huibao/assessment/figure_text.hpp"
#include "huibao/report/placeholders.hpp"
#include "huibao/text/display_name.hpp"
#include "huibao/text/text.hpp"
#include "huibao/values/message_text.hpp"
#include "report_phrases.hpp"

#include <algorithm>

namespace huibao {
namespace {

// A run-in heading is short; a 。 further on ends an ordinary sentence.
constexpr std::size_t kMaxRunInLength = 40;

constexpr std::u16string_view kChineseDigits = u"零一二三四五六七八九十百〇两";

bool isChineseNumeral(char16_t c) {
    return kChineseDigits.find(c) != std::u16string_view::npos;
}

bool isDigit(char16_t c) {
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

bool isNumeral(char16_t c) {
    return isDigit(c) || isChineseNumeral(c);
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

// Length of a bracketed ordinal at the start: （1） (一) → 3, else 0.
std::size_t bracketedOrdinalLength(std::u16string_view text) {
    if (text.empty() || (text[0] != u'（' && text[0] != u'(')) return 0;
    std::size_t pos = 1;
    while (pos < text.size() && isNumeral(text[pos])) ++pos;
    if (pos == 1 || pos >= text.size() || (text[pos] != u'）' && text[pos] != u')')) return 0;
    return pos + 1;
}

std::u16string rowPrefix(int sheetRow) {
    return u"汇报模板第" + message::number(sheetRow) + u"行：";
}

bool isBoundary(const ReportBlock& block) {
    return block.kind == BlockKind::Signature || block.kind == BlockKind::Attachment ||
           block.kind == BlockKind::AttachmentNote;
}

bool isContent(const ReportBlock& block) {
    return block.kind == BlockKind::Paragraph || block.kind == BlockKind::Table || block.kind == BlockKind::Chart;
}

class ReportBuilder {
public:
    ReportBuilder(const Assessment& assessment, std::vector<TemplateIssue> issues)
        : assessment_(assessment), values_(placeholderValues(assessment)) {
        report_.issues = std::move(issues);
    }

    void build(const ReportTemplate& reportTemplate) {
        if (planIsPrinted(reportTemplate))
            values_.set(u"工作安排表述", u"及" + formatCount(assessment_.year + 1) + u"年工作安排");
        for (const auto& entry : reportTemplate.entries) add(entry);
        dropEmptyHeadings();
        numberHeadings();
        placeAttachments();
        writeData();
    }

    Report take() { return std::move(report_); }

private:
    // Section 二 (the plan) is printed when a 一级标题 naming {次年} holds
    // content the officer wrote (not only prompts).
    static bool planIsPrinted(const ReportTemplate& reportTemplate) {
        bool inPlan = false;
        for (const auto& entry : reportTemplate.entries) {
            switch (entry.kind) {
            case TemplateEntryKind::Heading1: inPlan = entry.text.find(u"次年") != std::u16string::npos; break;
            case TemplateEntryKind::Signature:
            case TemplateEntryKind::Attachment: inPlan = false; break;
            case TemplateEntryKind::Paragraph:
            case TemplateEntryKind::Heading3:
            case TemplateEntryKind::Table:
            case TemplateEntryKind::Chart:
                if (inPlan && !trim(entry.text).empty()) return true;
                break;
            default: break;
            }
        }
        return false;
    }

    void add(const TemplateEntry& entry) {
        switch (entry.kind) {
        case TemplateEntryKind::Title: addText(BlockKind::Title, 0, entry, entry.text); break;
        case TemplateEntryKind::DateLine: addText(BlockKind::DateLine, 0, entry, entry.text); break;
        case TemplateEntryKind::Heading1: addText(BlockKind::Heading, 1, entry, withoutOrdinal(entry.text)); break;
        case TemplateEntryKind::Heading2: addText(BlockKind::Heading, 2, entry, withoutOrdinal(entry.text)); break;
        case TemplateEntryKind::Heading3: addText(BlockKind::Heading, 3, entry, withoutOrdinal(entry.text)); break;
        case TemplateEntryKind::Paragraph: addParagraphs(entry); break;
        case TemplateEntryKind::Prompt: addPrompt(entry); break;
        case TemplateEntryKind::Table: addTable(entry); break;
        case TemplateEntryKind::Chart: addChart(entry); break;
        case TemplateEntryKind::Attachment: addText(BlockKind::Attachment, 0, entry, entry.text); break;
        case TemplateEntryKind::Signature: addText(BlockKind::Signature, 0, entry, entry.text); break;
        }
    }

    std::u16string fill(const TemplateEntry& entry, std::u16string_view text) {
        std::vector<std::u16string> unknown;
        std::u16string filled = fillPlaceholders(text, values_, unknown);
        for (auto& name : unknown) {
            report_.issues.push_back(
                {entry.sheetRow, rowPrefix(entry.sheetRow) + u"占位符 " + name + u" 无法识别，已原样保留"});
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

    void addText(BlockKind kind, int level, const TemplateEntry& entry, std::u16string_view text) {
        ReportBlock result = block(kind, entry);
        result.level = level;
        result.text = std::u16string(trim(fill(entry, text)));
        if (result.text.empty() && kind != BlockKind::Attachment) return;
        report_.blocks.push_back(std::move(result));
    }

    void addParagraphs(const TemplateEntry& entry) {
        for (const auto& line : splitLines(entry.text)) {
            ReportBlock paragraph = block(BlockKind::Paragraph, entry);
            paragraph.text = std::u16string(trim(fill(entry, line)));
            // A phrase placeholder may have nothing to say (no departments, no
            // ranking): then there is no paragraph either.
            if (paragraph.text.empty()) continue;
            report_.blocks.push_back(std::move(paragraph));
        }
    }

    // A 待填写 row: never printed; the officer is told until it is written.
    void addPrompt(const TemplateEntry& entry) {
        std::vector<std::u16string> unknown;
        std::u16string prompt(trim(fillPlaceholders(entry.text, values_, unknown)));
        report_.issues.push_back({entry.sheetRow, rowPrefix(entry.sheetRow) + u"待填写：" + prompt +
                                                      u"（填写后把类型改为“正文”；未填写的内容不出现在汇报中）"});
    }

    void addTable(const TemplateEntry& entry) {
        const std::u16string key = normalizeKey(entry.text);
        ReportBlock table = block(BlockKind::Table, entry);
        if (key == u"单位考核情况" || key == u"单位考核") {
            table.table = buildReportUnitTable(assessment_);
        } else if (key == u"亿元以上项目清单") {
            table.table = buildLargeProjectTable(assessment_);
            if (table.table.rows.empty()) return; // no such projects: no table (and no attachment)
        } else if (key == u"主要指标") {
            report_.issues.push_back(
                {entry.sheetRow, rowPrefix(entry.sheetRow) + u"主要指标表已移至“汇报数据”工作表，汇报中不再列出"});
            return;
        } else {
            report_.issues.push_back(
                {entry.sheetRow, rowPrefix(entry.sheetRow) + u"表格 " + message::quoted(entry.text) +
                                     u" 无法识别（可选：单位考核情况、亿元以上项目清单），已略去"});
            return;
        }
        table.text = table.table.name;
        report_.blocks.push_back(std::move(table));
    }

    void addChart(const TemplateEntry& entry) {
        const std::u16string key = normalizeKey(entry.text);
        if (key != u"乡镇省外资金完成率" && key != u"各乡镇省外资金完成率") {
            report_.issues.push_back({entry.sheetRow, rowPrefix(entry.sheetRow) + u"图表 " +
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

    // A heading whose section holds nothing but other headings is left out.
    void dropEmptyHeadings() {
        auto& blocks = report_.blocks;
        std::vector<bool> keep(blocks.size(), true);
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            if (blocks[i].kind != BlockKind::Heading) continue;
            bool hasContent = false;
            for (std::size_t j = i + 1; j < blocks.size(); ++j) {
                if (isBoundary(blocks[j])) break;
                if (blocks[j].kind == BlockKind::Heading && blocks[j].level <= blocks[i].level) break;
                if (isContent(blocks[j])) {
                    hasContent = true;
                    break;
                }
            }
            keep[i] = hasContent;
        }
        std::vector<ReportBlock> kept;
        for (std::size_t i = 0; i < blocks.size(); ++i)
            if (keep[i]) kept.push_back(std::move(blocks[i]));
        blocks = std::move(kept);
    }

    // 一、 （一） （1）: consecutive after leaving out empty sections; the
    // run-in （N） of a body paragraph counts with the （1） headings.
    void numberHeadings() {
        int first = 0, second = 0, third = 0;
        bool inAttachment = false;
        for (auto& block : report_.blocks) {
            if (block.kind == BlockKind::Attachment || block.kind == BlockKind::Signature) inAttachment = true;
            if (inAttachment) continue;
            if (block.kind == BlockKind::Heading) {
                if (block.level == 1) {
                    block.text = chineseNumeral(++first) + u"、" + block.text;
                    second = third = 0;
                } else if (block.level == 2) {
                    block.text = u"（" + chineseNumeral(++second) + u"）" + block.text;
                    third = 0;
                } else {
                    block.text = u"（" + formatCount(++third) + u"）" + block.text;
                }
            } else if (block.kind == BlockKind::Paragraph) {
                if (const std::size_t length = bracketedOrdinalLength(block.text);
                    length > 0 && runInHeadingLength(block.text) > 0)
                    block.text = u"（" + formatCount(++third) + u"）" + block.text.substr(length);
                block.runInLength = runInHeadingLength(block.text);
            }
        }
    }

    // Attachments: numbered in order, those without a table or chart left
    // out; the 附件说明 goes before the 落款 (or, without one, before the
    // first attachment).
    void placeAttachments() {
        auto& blocks = report_.blocks;
        std::vector<ReportBlock> result;
        std::vector<ReportBlock> notes;
        int number = 0;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            if (blocks[i].kind != BlockKind::Attachment) {
                result.push_back(std::move(blocks[i]));
                continue;
            }
            std::size_t end = i + 1;
            bool hasContent = false;
            while (end < blocks.size() && blocks[end].kind != BlockKind::Attachment) {
                hasContent = hasContent || blocks[end].kind == BlockKind::Table || blocks[end].kind == BlockKind::Chart;
                ++end;
            }
            if (!hasContent || blocks[i].text.empty()) {
                if (!hasContent)
                    report_.issues.push_back({blocks[i].templateRow, rowPrefix(blocks[i].templateRow) + u"附件 " +
                                                                         message::quoted(blocks[i].text) +
                                                                         u" 没有内容，已略去"});
                for (std::size_t j = i + 1; j < end; ++j) result.push_back(std::move(blocks[j]));
                i = end - 1;
                continue;
            }
            blocks[i].level = ++number;
            ReportBlock note;
            note.kind = BlockKind::AttachmentNote;
            note.level = number;
            note.templateRow = blocks[i].templateRow;
            note.text = (number == 1 ? u"附件：" : u"") + formatCount(number) + u". " + blocks[i].text;
            notes.push_back(std::move(note));
            result.push_back(std::move(blocks[i]));
        }
        if (!notes.empty()) {
            auto at = std::find_if(result.begin(), result.end(), [](const ReportBlock& b) {
                return b.kind == BlockKind::Signature || b.kind == BlockKind::Attachment;
            });
            result.insert(at, std::make_move_iterator(notes.begin()), std::make_move_iterator(notes.end()));
        }
        blocks = std::move(result);
    }

    // 汇报数据: the 主要指标 and what the officer should still do.
    void writeData() {
        ReportData& data = report_.data;
        data.keyIndicators = buildKeyIndicatorsTable(assessment_);
        data.notes.push_back(phrases::validation(assessment_));
        std::vector<std::u16string> unregistered;
        for (const auto& unit : assessment_.units)
            if (assessment_.hasRegistry && !unit.registered) unregistered.push_back(simplifiedName(unit.name));
        if (!unregistered.empty())
            data.notes.push_back(u"申报单位" + joinEnumeration(unregistered) + u"（" +
                                 formatCount(static_cast<long long>(unregistered.size())) +
                                 u"个）未列入任务分解表，请核实单位名称或补充任务分解。");
        // workbook.md: without a targets sheet target-based flags are
        // skipped, and the report says so (to the officer: never upward).
        if (!assessment_.hasRegistry)
            data.notes.push_back(u"未找到任务分解表：各单位取自申报表，没有任务目标，"
                                 u"完成率、超序时进度和按任务的标记均未计算。");
        if (assessment_.county.rowsWithoutUnit > 0)
            data.notes.push_back(formatCount(assessment_.county.rowsWithoutUnit) +
                                 u"个项目未填申报单位，已计入全县合计，未计入任何单位。");
        for (const auto& issue : report_.issues) data.notes.push_back(issue.message);
    }

    const Assessment& assessment_;
    PlaceholderValues values_;
    Report report_;
};

} // namespace

std::u16string chineseNumeral(int number) {
    static constexpr std::u16string_view digits = u"零一二三四五六七八九";
    if (number <= 0 || number >= 100) return formatCount(number);
    if (number < 10) return std::u16string(1, digits[static_cast<std::size_t>(number)]);
    std::u16string text;
    if (number >= 20) text += digits[static_cast<std::size_t>(number / 10)];
    text += u'十';
    if (number % 10) text += digits[static_cast<std::size_t>(number % 10)];
    return text;
}

std::u16string withoutOrdinal(std::u16string_view heading) {
    std::u16string_view text = trim(heading);
    if (const std::size_t length = bracketedOrdinalLength(text); length > 0)
        return std::u16string(trim(text.substr(length)));
    std::size_t pos = 0;
    while (pos < text.size() && isNumeral(text[pos])) ++pos;
    if (pos > 0 && pos < text.size() &&
        (text[pos] == u'、' || text[pos] == u'．' ||
         (text[pos] == u'.' && pos + 1 < text.size() && !isDigit(text[pos + 1]))))
        return std::u16string(trim(text.substr(pos + 1)));
    return std::u16string(text);
}

int runInHeadingLength(std::u16string_view paragraph) {
    const std::size_t pos = bracketedOrdinalLength(paragraph);
    if (pos == 0) return 0;
    const std::size_t stop = paragraph.find(u'。', pos);
    if (stop == std::u16string_view::npos || stop + 1 > kMaxRunInLength) return 0;
    return static_cast<int>(stop + 1);
}

Report buildReport(const Assessment& assessment, const ReportTemplate& reportTemplate,
                   std::vector<TemplateIssue> templateIssues) {
    ReportBuilder builder(assessment, std::move(templateIssues));
    builder.build(reportTemplate);
    return builder.take();
}

} // namespace huibao
