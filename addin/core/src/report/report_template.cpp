#include "huibao/report/report_template.hpp"

#include "huibao/text/text.hpp"
#include "huibao/values/message_text.hpp"
#include "huibao/workbook/workbook.hpp"

#include <array>

namespace huibao {
namespace {

using enum TemplateEntryKind;

struct KindSpelling {
    TemplateEntryKind kind;
    std::u16string_view name; // what the sheet writes
};

constexpr std::array kKinds{
    KindSpelling{Title, u"标题"},        KindSpelling{DateLine, u"日期"},     KindSpelling{Heading1, u"一级标题"},
    KindSpelling{Heading2, u"二级标题"}, KindSpelling{Heading3, u"三级标题"}, KindSpelling{Paragraph, u"正文"},
    KindSpelling{Prompt, u"待填写"},     KindSpelling{Table, u"表格"},        KindSpelling{Chart, u"图表"},
    KindSpelling{Attachment, u"附件"},   KindSpelling{Signature, u"落款"},
};

// Other words an officer may reasonably type in the 类型 column.
constexpr std::array kKindSynonyms{
    KindSpelling{DateLine, u"日期行"}, KindSpelling{Paragraph, u"段落"}, KindSpelling{Table, u"表"},
    KindSpelling{Chart, u"图"},        KindSpelling{Prompt, u"提示"},    KindSpelling{Signature, u"署名"},
};

struct DefaultEntry {
    TemplateEntryKind kind;
    std::u16string_view text;
    std::u16string_view hint;
};

// Modelled on the seed (工作总结): its sentences, with every figure a
// placeholder, and the case-dependent parts as phrase placeholders. Headings
// carry no ordinals: Huibao numbers them after leaving out empty sections.
constexpr DefaultEntry kDefault[] = {
    {Title, u"{县名}{年度}年招商引资工作情况汇报",
     u"类型可选：标题、日期、一级标题、二级标题、三级标题、正文、待填写、表格、图表、附件、落款；汇报按本表自上而下生"
     u"成"},
    {DateLine, u"（截至{报告日期}）", u""},
    {Paragraph, u"{通知依据表述}现将我局{年度}年招商引资工作情况{工作安排表述}简要汇报如下：",
     u"花括号内为占位符，生成时替换为数据；标题序号（一、（一）、（1））由汇报助手自动编排"},
    {Heading1, u"{年度}年工作开展情况", u""},
    {Heading2, u"全县招商引资工作任务完成情况", u""},
    {Paragraph,
     u"（1）项目完成情况。{项目申报情况}根据省、市招商引资统计平台认定：截至目前，我县实际利用省外市外资金"
     u"{省外资金}亿元{省外资金同比表述}{省外资金完成表述}。根据市统计：{亿元以上项目情况}{亿元以上项目进展情况}",
     u"“…情况”“…表述”类占位符按实际数据生成完整语句"},
    {Paragraph, u"（2）总部经济工作开展情况。{总部经济情况}", u""},
    {Prompt, u"请填写其他工作开展情况（如分团招商情况），每行一段，如“（3）功能膜企业分团招商情况。……”",
     u"填写后把类型改为“正文”；待填写行不会出现在汇报中"},
    {Heading2, u"{年度}年招商引资工作新做法", u""},
    {Prompt, u"请填写本年度招商引资工作新做法，每行一段，如“（1）营造全县招商浓厚氛围。……”",
     u"由本局填写，填写后把类型改为“正文”；未填写时本节不出现在汇报中"},
    {Heading2, u"存在的问题", u""},
    {Paragraph, u"（1）存在着引进项目质量不高、资金到位低的问题。{项目质量情况}{认定项目产业情况}{境外资金情况}", u""},
    {Paragraph, u"（2）招商引资工作存在进展不平衡的问题。{乡镇认定情况}{县直单位认定情况}{单位排名情况}", u""},
    {Prompt, u"请补充其他问题，每行一段，如“（3）主导产业招商思路不明晰。……”", u"填写后把类型改为“正文”"},
    {Heading1, u"{次年}年工作打算", u""},
    {Prompt,
     u"请填写{次年}年工作打算，每行一段。可引用：尚未开工的亿元以上项目{未开工亿元以上项目名单}；"
     u"落后序时进度的单位：{落后序时进度单位名单}",
     u"填写后把类型改为“正文”；未填写时本节及开头的“工作安排”字样不出现"},
    {Signature, u"{报告单位}", u"落款：报告单位与成文日期，见参数表"},
    {Signature, u"{成文日期}", u""},
    {Attachment, u"{年度}年各单位招商引资任务完成情况表", u"附件各自另起一页；附件说明自动生成"},
    {Table, u"单位考核情况", u"表格可选：单位考核情况、亿元以上项目清单"},
    {Chart, u"乡镇省外资金完成率", u"各乡镇省外资金完成率（柱，由高到低）与序时进度（线）"},
    {Attachment, u"{年度}年新引进亿元以上项目清单", u""},
    {Table, u"亿元以上项目清单", u""},
};

std::optional<TemplateEntryKind> parseKind(std::u16string_view text) {
    const std::u16string key = normalizeKey(text);
    for (const auto& spelling : kKinds)
        if (normalizeKey(spelling.name) == key) return spelling.kind;
    for (const auto& spelling : kKindSynonyms)
        if (normalizeKey(spelling.name) == key) return spelling.kind;
    return std::nullopt;
}

std::u16string cellString(const Cell& cell) {
    if (cell.isBlank() || cell.isError()) return {};
    if (cell.isText()) return std::u16string(trim(cell.text));
    return message::cellText(cell);
}

} // namespace

bool isBracketedPrompt(std::u16string_view text) {
    const std::u16string_view t = trim(text);
    if (t.size() < 3) return false;
    const bool open = t.front() == u'（' || t.front() == u'(';
    const bool close = t.back() == u'）' || t.back() == u')';
    return open && close && t[1] == u'请';
}

std::u16string templateKindName(TemplateEntryKind kind) {
    for (const auto& spelling : kKinds)
        if (spelling.kind == kind) return std::u16string(spelling.name);
    return u"正文";
}

ReportTemplate defaultReportTemplate() {
    ReportTemplate result;
    int sheetRow = 2;
    for (const auto& entry : kDefault)
        result.entries.push_back({entry.kind, std::u16string(entry.text), std::u16string(entry.hint), sheetRow++});
    return result;
}

TemplateReading readReportTemplate(const Grid& cells) {
    TemplateReading reading;
    for (std::size_t row = 0; row < cells.size(); ++row) {
        const std::u16string kindText = cellString(cellAt(cells, static_cast<int>(row), 0));
        const std::u16string text = cellString(cellAt(cells, static_cast<int>(row), 1));
        const int sheetRow = static_cast<int>(row) + 1;
        if (row == 0 && normalizeKey(kindText) == u"类型") continue; // the header
        if (kindText.empty() && text.empty()) continue;

        TemplateEntry entry{TemplateEntryKind::Paragraph, text, cellString(cellAt(cells, static_cast<int>(row), 2)),
                            sheetRow};
        if (!kindText.empty()) {
            if (auto kind = parseKind(kindText)) {
                entry.kind = *kind;
            } else {
                reading.issues.push_back({sheetRow, u"汇报模板第" + message::number(sheetRow) + u"行：类型 " +
                                                        message::quoted(kindText) +
                                                        u" 无法识别，已按正文处理（可选：标题、日期、一级标题、"
                                                        u"二级标题、三级标题、正文、待填写、表格、图表、附件、落款）"});
            }
        }
        // An earlier version's prompt: a 正文 row that is wholly （请……）.
        if (entry.kind == TemplateEntryKind::Paragraph && isBracketedPrompt(entry.text))
            entry.kind = TemplateEntryKind::Prompt;
        reading.reportTemplate.entries.push_back(std::move(entry));
    }
    if (reading.reportTemplate.entries.empty()) {
        reading.reportTemplate = defaultReportTemplate();
        reading.issues.push_back({0, u"汇报模板为空，已使用默认模板"});
    }
    return reading;
}

Grid reportTemplateSheet(const ReportTemplate& reportTemplate) {
    Grid cells;
    cells.push_back({Cell::ofText(u"类型"), Cell::ofText(u"内容"), Cell::ofText(u"说明")});
    for (const auto& entry : reportTemplate.entries) {
        cells.push_back({Cell::ofText(templateKindName(entry.kind)), Cell::ofText(entry.text),
                         entry.hint.empty() ? Cell::empty() : Cell::ofText(entry.hint)});
    }
    return cells;
}

} // namespace huibao
