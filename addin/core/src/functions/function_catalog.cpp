#include "huibao/functions/function_catalog.hpp"

namespace huibao {

namespace {

const FunctionArgument kDateArgument{{u"日期", u"date"},
                                     {u"截至日期：日期序列号，或“2026年6月30日”“2026-06-30”等日期文字",
                                      u"The as-of date: a date serial or a text such as \"2026-06-30\""}};

const FunctionArgument kBasisArgument{
    {u"口径", u"basis"},
    {u"序时进度口径：“按月”或1（默认，按已过完的整月计），“按日”或2（按天数计）",
     u"Basis: \"month\" or 1 (default, completed months) or \"day\" or 2 (days elapsed)"},
    true};

const FunctionArgument kAchievedArgument{{u"完成数", u"achieved"}, {u"已完成的数值", u"The figure achieved so far"}};

const FunctionArgument kTargetArgument{{u"任务数", u"target"},
                                       {u"全年任务数，须大于0", u"The target for the year; must be greater than 0"}};

const FunctionArgument kDataArgument{{u"数据区域", u"data"},
                                     {u"项目数据区域，第一行为表头（项目名称、建设性质、总投资……）",
                                      u"The project rows; the first row is the header (项目名称, 建设性质, 总投资 …)"}};

const FunctionArgument kCriteriaArgument{
    {u"字段; 条件值", u"field; value"},
    {u"成对的条件：字段名（表头或别名）与条件值，如“项目进展”“在建”；金额字段可写“>=1”",
     u"Pairs of criteria: a field name (header or alias) and a value, e.g. \"项目进展\"; \"在建\"; amounts accept "
     u"\">=1\""},
    true};

} // namespace

const std::vector<FunctionInfo>& functionCatalog() {
    static const std::vector<FunctionInfo> catalog{
        {u"scheduleprogress",
         u"SCHEDULEPROGRESS",
         {u"返回截至某日的序时进度（全年已过时间的比例）。按月口径计已过完的整月，按日口径计天数。",
          u"Returns the time-schedule progress (share of the year elapsed) at a date, by completed months or by days."},
         {kDateArgument, kBasisArgument},
         true},
        {u"completionrate",
         u"COMPLETIONRATE",
         {u"返回完成率：完成数 ÷ 任务数。任务数须大于0。",
          u"Returns the completion rate: achieved ÷ target. The target must be greater than 0."},
         {kAchievedArgument, kTargetArgument},
         false},
        {u"aheadofschedule",
         u"AHEADOFSCHEDULE",
         {u"返回超序时进度：完成率减序时进度，负数表示落后序时进度。",
          u"Returns the lead over schedule: completion rate minus schedule progress; negative when behind."},
         {kAchievedArgument, kTargetArgument, kDateArgument, kBasisArgument},
         true},
        {u"convertamount",
         u"CONVERTAMOUNT",
         {u"在元、万元、亿元、美元、万美元之间换算金额。",
          u"Converts an amount between 元, 万元, 亿元, 美元 and 万美元 (yuan, wanyuan, yiyuan, usd, wanusd)."},
         {{{u"金额", u"value"}, {u"要换算的金额", u"The amount to convert"}},
          {{u"原单位", u"from"},
           {u"金额的单位：元、万元、亿元、美元、万美元", u"The unit of the amount: 元, 万元, 亿元, 美元, 万美元"}},
          {{u"目标单位", u"to"},
           {u"换算成的单位：元、万元、亿元、美元、万美元", u"The unit to convert to: 元, 万元, 亿元, 美元, 万美元"}},
          {{u"汇率", u"rate"},
           {u"人民币对美元汇率（每美元合多少元）；人民币与美元互换时必填",
            u"Yuan per US dollar; required when converting between yuan and dollars"},
           true}},
         false},
        {u"rmbupper",
         u"RMBUPPER",
         {u"将金额（元）写成人民币大写，如“壹仟零伍元整”，四舍五入到分。",
          u"Writes an amount in yuan in Chinese financial uppercase (人民币大写), rounded half-up to the fen."},
         {{{u"金额", u"amount"},
           {u"金额（元），绝对值小于一万亿", u"The amount in yuan, below 10^12 in absolute value"}}},
         false},
        {u"cnnumeral",
         u"CNNUMERAL",
         {u"将整数写成中文数字，如“十二”“一百零五”，用于标题序号。",
          u"Writes an integer in Chinese numerals as used in headings, e.g. 十二, 一百零五."},
         {{{u"整数", u"number"}, {u"0 到 99999999 之间的整数", u"An integer from 0 to 99,999,999"}}},
         false},
        {u"normalizetext",
         u"NORMALIZETEXT",
         {u"规范化文字：全角转半角、繁体转简体、去掉首尾空格并合并连续空格。",
          u"Normalises text: full-width to ASCII, Traditional to Simplified Chinese, trimmed, whitespace runs "
          u"collapsed."},
         {{{u"文字", u"text"}, {u"要规范化的文字", u"The text to normalise"}}},
         false},
        {u"checkproject",
         u"CHECKPROJECT",
         {u"按校验规则检查一行项目数据，全部通过时返回空文字，否则列出问题。",
          u"Checks one project row against the validation rules; returns empty text when it passes, else its "
          u"findings."},
         {{{u"项目行", u"row"}, {u"一行项目数据", u"One project row"}},
          {{u"表头行", u"header"}, {u"与项目行等宽的表头行", u"The header row, as wide as the project row"}}},
         true},
        {u"countprojects",
         u"COUNTPROJECTS",
         {u"统计满足全部条件的项目个数，条件值可用同义词（如“在建”即已开工）。",
          u"Counts the project rows meeting every criterion; values may be synonyms (\"在建\" counts 已开工)."},
         {kDataArgument, kCriteriaArgument},
         true},
        {u"sumprojects",
         u"SUMPROJECTS",
         {u"对满足全部条件的项目汇总某个金额字段，单位为该字段的默认单位。",
          u"Sums an amount field over the project rows meeting every criterion, in the field's default unit."},
         {kDataArgument,
          {{u"汇总字段", u"sum field"},
           {u"要汇总的金额字段，如“总投资”“实际到位省外资金”", u"The amount field to sum, e.g. 总投资"}},
          kCriteriaArgument},
         true},
    };
    return catalog;
}

const FunctionInfo* findFunction(std::u16string_view method) {
    for (const auto& info : functionCatalog())
        if (info.method == method) return &info;
    return nullptr;
}

} // namespace huibao
