// The placeholder catalogue and each placeholder's value for an assessment.
#include "huibao/report/placeholders.hpp"

#include "huibao/assessment/figure_text.hpp"
#include "huibao/report/phrasing.hpp"
#include "huibao/text/display_name.hpp"
#include "report_phrases.hpp"

#include <cmath>

namespace huibao {
namespace {

using enum PlaceholderKind;

constexpr PlaceholderInfo kCatalog[] = {
    {u"县名", Figure, u"参数表的县名"},
    {u"年度", Figure, u"年度，如 2026"},
    {u"次年", Figure, u"年度的下一年，如 2027"},
    {u"通知依据", Figure, u"参数表的通知依据；未设定时为空"},
    {u"报告单位", Figure, u"参数表的报告单位，默认 县名+招商局"},
    {u"成文日期", Figure, u"参数表的成文日期，默认生成当天，如 2026年12月2日"},
    {u"报告日期", Figure, u"报告日期，如 2026年10月31日"},
    {u"序时进度", Figure, u"序时进度，如 83.33%"},
    {u"序时进度口径", Figure, u"按月 或 按日"},
    {u"申报项目数", Figure, u"全县申报项目数"},
    {u"新签约或新建项目数", Figure, u"新签约或新建项目数"},
    {u"续建项目数", Figure, u"续建项目数"},
    {u"认定项目数", Figure, u"平台认定项目数"},
    {u"落地项目数", Figure, u"新签约或新建且已开工、已投产的项目数"},
    {u"项目开工率", Figure, u"落地项目数 ÷ 已签约及以后的新项目数，如 45.00%；无新项目时为 —"},
    {u"申报项目同比", Figure, u"同比增长12.30% 或 同比下降4.10%；无上年同期数时为空"},
    {u"省外资金", Figure, u"实际到位省外资金，亿元，2位小数（参数 亿元小数位），不含单位"},
    {u"省外资金任务", Figure, u"全县省外资金任务，亿元；无任务时为 —"},
    {u"省外资金完成率", Figure, u"如 41.15%；无任务时为 —"},
    {u"省外资金超序时进度", Figure, u"带符号，如 5.20% 或 -3.10%；无任务时为 —"},
    {u"省外资金进度表述", Figure,
     u"超序时进度5.20个百分点 / 落后序时进度3.10个百分点 / 与序时进度持平；无任务时为 未设定任务"},
    {u"省外资金同比", Figure, u"同比增长12.30% 或 同比下降4.10%；无上年同期数时为空"},
    {u"境外资金", Figure, u"实际到位境外资金，万美元，整数（参数 万元小数位），不含单位"},
    {u"境外资金任务", Figure, u"全县境外资金任务，万美元；无任务时为 —"},
    {u"境外资金完成率", Figure, u"如 31.20%；无任务时为 —"},
    {u"境外资金超序时进度", Figure, u"带符号；无任务时为 —"},
    {u"境外资金进度表述", Figure, u"同省外资金进度表述"},
    {u"境外资金同比", Figure, u"同比增长… 或 同比下降…；无上年同期数时为空"},
    {u"亿元以上项目数", Figure, u"新引进亿元以上项目数"},
    {u"十亿元以上项目数", Figure, u"新引进十亿元以上项目数"},
    {u"战略性新兴产业项目数", Figure, u"亿元以上项目中的战略性新兴产业项目数"},
    {u"亿元以上项目任务", Figure, u"参数表的亿元以上项目任务；未设定时为 —"},
    {u"亿元以上项目完成率", Figure, u"无任务时为 —"},
    {u"亿元以上项目进度表述", Figure, u"超序时进度… / 落后序时进度… / 未设定任务"},
    {u"十亿元以上项目任务", Figure, u"未设定时为 —"},
    {u"十亿元以上项目完成率", Figure, u"无任务时为 —"},
    {u"十亿元以上项目进度表述", Figure, u"超序时进度… / 落后序时进度… / 未设定任务"},
    {u"战略性新兴产业项目任务", Figure, u"未设定时为 —"},
    {u"战略性新兴产业项目完成率", Figure, u"无任务时为 —"},
    {u"战略性新兴产业项目进度表述", Figure, u"超序时进度… / 落后序时进度… / 未设定任务"},
    {u"亿元以上已开工", Figure, u"亿元以上项目中已开工的个数"},
    {u"亿元以上已投产", Figure, u"亿元以上项目中已投产的个数"},
    {u"亿元以上未开工", Figure, u"亿元以上项目中已签约未开工的个数"},
    {u"亿元以上已开工项目名单", Figure, u"（甲项目、乙项目），超过10个时列前10个并加 等N个项目；无则为空"},
    {u"亿元以上已投产项目名单", Figure, u"同上"},
    {u"亿元以上未开工项目名单", Figure, u"同上"},
    {u"未开工亿元以上项目名单", Figure,
     u"甲项目、乙项目（不带括号，供工作打算引用），超过10个时加 等N个项目；无则为空"},
    {u"总部经济项目数", Figure, u"产业类别为总部经济的项目数"},
    {u"总部经济引税额", Figure, u"万元，整数（参数 万元小数位），不含单位"},
    {u"校验错误数", Figure, u"校验后尚存的错误数"},
    {u"校验警告数", Figure, u"校验后尚存的警告数"},
    {u"乡镇数", Figure, u"参与考核的乡镇个数"},
    {u"县直单位数", Figure, u"参与考核的县直单位个数"},
    {u"乡镇认定项目下限", Figure, u"参数表的乡镇认定项目下限"},
    {u"县直单位认定项目下限", Figure, u"参数表的县直单位认定项目下限"},
    {u"达标乡镇名单", Figure, u"认定项目达到下限的乡镇简称，如 晋熙、城西；无则为 无"},
    {u"达标乡镇数", Figure, u"认定项目达到下限的乡镇个数"},
    {u"未达标乡镇名单", Figure, u"认定项目不足下限的乡镇简称；无则为 无"},
    {u"未达标乡镇数", Figure, u"认定项目不足下限的乡镇个数"},
    {u"达标县直单位名单", Figure, u"认定项目达到下限的县直单位；无则为 无"},
    {u"达标县直单位数", Figure, u"认定项目达到下限的县直单位个数"},
    {u"未达标县直单位名单", Figure, u"认定项目不足下限的县直单位；无则为 无"},
    {u"未达标县直单位数", Figure, u"认定项目不足下限的县直单位个数"},
    {u"未申报项目县直单位数", Figure, u"没有申报项目的县直单位个数"},
    {u"无到资依据县直单位数", Figure, u"申报了项目但没有到资依据的县直单位个数"},
    {u"落后序时进度单位名单", Figure, u"省外资金完成率落后序时进度的单位；无则为 无"},
    {u"落后序时进度单位数", Figure, u"省外资金完成率落后序时进度的单位个数"},
    {u"未列入任务分解单位名单", Figure, u"申报了项目但不在任务分解表中的单位；无则为 无（供本局使用）"},
    {u"名次前三", Figure, u"省外资金完成率居前的乡镇和县直单位（各前三位，不足六个时为前一半）"},
    {u"名次后三", Figure, u"省外资金完成率居后的乡镇和县直单位（各后三位，不足六个时为后一半）"},
    {u"通知依据表述", Phrase, u"根据{通知依据}要求，（设定了通知依据时）；否则为空"},
    {u"工作安排表述", Phrase, u"及{次年}年工作安排（汇报含{次年}年工作打算一节时）；否则为空"},
    {u"项目申报情况", Phrase, u"截至…，全县共申报项目N个（同比…），其中新签约或新建项目M个、续建项目C个。"},
    {u"申报项目同比表述", Phrase, u"，同比增长12.30%（以逗号开头）；无上年同期数时为空"},
    {u"省外资金同比表述", Phrase, u"，同比增长…（以逗号开头）；无上年同期数时为空"},
    {u"境外资金同比表述", Phrase, u"，同比增长…（以逗号开头）；无上年同期数时为空"},
    {u"省外资金完成表述", Phrase, u"，完成市下达任务的41.15%（超序时进度5.20%）；无任务时说明原因"},
    {u"亿元以上项目情况", Phrase, u"新引进亿元以上项目个数、任务完成情况、十亿元以上和战略性新兴产业项目"},
    {u"亿元以上项目进展情况", Phrase, u"亿元以上项目已开工、已投产、未开工个数及项目名单；无亿元以上项目时为空"},
    {u"总部经济情况", Phrase, u"签订总部经济项目N个，总引税额X万元。"},
    {u"项目质量情况", Phrase, u"申报、续建、新签约或新建、落地项目情况"},
    {u"认定项目产业情况", Phrase, u"认定项目中农业、工业、科技型项目个数"},
    {u"境外资金情况", Phrase, u"境外资金到位、完成率及序时进度"},
    {u"乡镇认定情况", Phrase, u"认定项目达到下限和不足下限的乡镇；无乡镇时为空"},
    {u"县直单位认定情况", Phrase, u"县直单位认定项目、未申报项目、无到资依据情况；无县直单位时为空"},
    {u"单位任务完成情况", Phrase, u"落后序时进度的单位；无任务分解表时说明未考核"},
    {u"单位排名情况", Phrase,
     u"省外资金完成率前三位和后三位的乡镇、县直单位（带完成率；并列或不足六个时为较高、较低的一半；完成率全部相同时为“"
     u"完成率均为…”）；可排名单位不足两个时为空"},
    {u"未列入任务分解单位情况", Phrase, u"早期模板使用；现写入“汇报数据”，汇报中为空"},
    {u"校验情况", Phrase, u"早期模板使用；现写入“汇报数据”，汇报中为空"},
};

std::u16string optionalPercent(const std::optional<double>& fraction) {
    return fraction ? formatPercent(*fraction) : std::u16string(u"—");
}

std::u16string optionalCount(const std::optional<double>& count) {
    return count ? formatCount(std::llround(*count)) : std::u16string(u"—");
}

std::u16string signedPercent(const std::optional<double>& fraction) {
    if (!fraction) return u"—";
    std::u16string text(percentHundredths(*fraction) < 0 ? u"-" : u"");
    text += formatPercentMagnitude(*fraction);
    return text;
}

std::u16string yearOnYearValue(const std::optional<double>& change) {
    return change ? yearOnYearPhrase(*change) : std::u16string();
}

std::u16string listOrNone(const std::vector<std::u16string>& names) {
    return names.empty() ? std::u16string(u"无") : joinEnumeration(names);
}

std::u16string simplifiedList(const std::vector<std::u16string>& names) {
    std::vector<std::u16string> simplified;
    for (const auto& name : names) simplified.push_back(simplifiedName(name));
    return listOrNone(simplified);
}

std::u16string count(std::size_t value) {
    return formatCount(static_cast<long long>(value));
}

void setTargetFigures(PlaceholderValues& values, const Assessment& assessment, std::u16string_view what,
                      const TargetProgress& progress) {
    const std::u16string name(what);
    values.set(name + u"任务", optionalCount(progress.target));
    values.set(name + u"完成率", optionalPercent(progress.rate));
    values.set(name + u"进度表述", phrases::progressWording(assessment, progress));
}

// The name lists of units, by type and by whether they reach the threshold.
void setUnitLists(PlaceholderValues& values, const Assessment& assessment) {
    std::vector<std::u16string> townshipsReaching, townshipsMissing, departmentsReaching, departmentsMissing, behind,
        unregistered;
    std::size_t townships = 0, departments = 0, departmentsWithout = 0, departmentsUndocumented = 0;
    for (const auto& unit : assessment.units) {
        const bool reaches = unit.figures.recognized >= assessment.thresholdFor(unit.type);
        if (unit.type == UnitType::Township) {
            ++townships;
            (reaches ? townshipsReaching : townshipsMissing).push_back(unit.shortName);
        } else {
            ++departments;
            (reaches ? departmentsReaching : departmentsMissing).push_back(unit.name);
            if (unit.figures.declared == 0) ++departmentsWithout;
            if (unit.has(UnitFlag::NoEvidence)) ++departmentsUndocumented;
        }
        if (unit.has(UnitFlag::BehindSchedule)) behind.push_back(unit.nameInLists());
        if (unit.has(UnitFlag::Unregistered)) unregistered.push_back(unit.name);
    }
    values.set(u"乡镇数", count(townships));
    values.set(u"县直单位数", count(departments));
    values.set(u"达标乡镇名单", simplifiedList(townshipsReaching));
    values.set(u"达标乡镇数", count(townshipsReaching.size()));
    values.set(u"未达标乡镇名单", simplifiedList(townshipsMissing));
    values.set(u"未达标乡镇数", count(townshipsMissing.size()));
    values.set(u"达标县直单位名单", simplifiedList(departmentsReaching));
    values.set(u"达标县直单位数", count(departmentsReaching.size()));
    values.set(u"未达标县直单位名单", simplifiedList(departmentsMissing));
    values.set(u"未达标县直单位数", count(departmentsMissing.size()));
    values.set(u"未申报项目县直单位数", count(departmentsWithout));
    values.set(u"无到资依据县直单位数", count(departmentsUndocumented));
    values.set(u"落后序时进度单位名单", simplifiedList(behind));
    values.set(u"落后序时进度单位数", count(behind.size()));
    values.set(u"未列入任务分解单位名单", simplifiedList(unregistered));
}

void setPhrases(PlaceholderValues& values, const Assessment& assessment) {
    const CountyAssessment& county = assessment.county;
    values.set(u"项目申报情况", phrases::declaredProjects(assessment));
    values.set(u"申报项目同比表述", phrases::yearOnYearClause(county.declaredYearOnYear));
    values.set(u"省外资金同比表述", phrases::yearOnYearClause(county.fundsYearOnYear));
    values.set(u"境外资金同比表述", phrases::yearOnYearClause(county.foreignYearOnYear));
    values.set(u"省外资金完成表述", phrases::fundsCompletion(assessment));
    values.set(u"亿元以上项目情况", phrases::largeProjects(assessment));
    values.set(u"亿元以上项目进展情况", phrases::largeProjectProgress(assessment));
    values.set(u"总部经济情况", phrases::headquarters(assessment));
    values.set(u"项目质量情况", phrases::projectQuality(assessment));
    values.set(u"认定项目产业情况", phrases::recognizedByIndustry(assessment));
    values.set(u"境外资金情况", phrases::foreignFunds(assessment));
    values.set(u"乡镇认定情况", phrases::townships(assessment));
    values.set(u"县直单位认定情况", phrases::departments(assessment));
    values.set(u"单位任务完成情况", phrases::unitTargets(assessment));
    // The officer's notes go to 汇报数据, never into the report.
    values.set(u"未列入任务分解单位情况", u"");
    values.set(u"校验情况", u"");
    values.set(u"单位排名情况", phrases::ranking(assessment));
    values.set(u"名次前三", phrases::rankingNames(assessment, true));
    values.set(u"名次后三", phrases::rankingNames(assessment, false));
    const ReportSettings& settings = assessment.reportSettings;
    values.set(u"通知依据", settings.notice.value_or(u""));
    values.set(u"通知依据表述", settings.notice ? u"根据" + *settings.notice + u"要求，" : u"");
    values.set(u"报告单位", settings.issuingOffice);
    values.set(u"成文日期", formatChineseDate(settings.issueDate));
    // 工作安排表述 depends on the report's sections: set by the builder.
    values.set(u"工作安排表述", u"");
}

} // namespace

std::span<const PlaceholderInfo> placeholderCatalog() {
    return kCatalog;
}

PlaceholderValues placeholderValues(const Assessment& assessment) {
    const CountyAssessment& county = assessment.county;
    const Figures& figures = county.figures;
    PlaceholderValues values;
    values.set(u"县名", assessment.countyName);
    values.set(u"年度", formatCount(assessment.year));
    values.set(u"次年", formatCount(assessment.year + 1));
    const FigureStyle style = phrases::figureStyle(assessment);
    values.set(u"报告日期", formatChineseDate(assessment.reportDate));
    values.set(u"序时进度", formatPercent(assessment.scheduleProgress));
    values.set(u"序时进度口径", assessment.basis == ScheduleBasis::ByDay ? u"按日" : u"按月");

    values.set(u"申报项目数", formatCount(figures.declared));
    values.set(u"新签约或新建项目数", formatCount(figures.newProjects));
    values.set(u"续建项目数", formatCount(figures.continued));
    values.set(u"认定项目数", formatCount(figures.recognized));
    values.set(u"落地项目数", formatCount(figures.landed));
    values.set(u"项目开工率", optionalPercent(figures.startRate()));
    values.set(u"申报项目同比", yearOnYearValue(county.declaredYearOnYear));

    values.set(u"省外资金", yiyuanText(figures.funds, style));
    values.set(u"省外资金任务", county.funds.target ? yiyuanText(*county.funds.target, style) : u"—");
    values.set(u"省外资金完成率", optionalPercent(county.funds.rate));
    values.set(u"省外资金超序时进度", signedPercent(county.funds.ahead));
    values.set(u"省外资金进度表述", phrases::progressWording(assessment, county.funds));
    values.set(u"省外资金同比", yearOnYearValue(county.fundsYearOnYear));
    values.set(u"境外资金", wanText(figures.foreign, style));
    values.set(u"境外资金任务", county.foreign.target ? wanText(*county.foreign.target, style) : u"—");
    values.set(u"境外资金完成率", optionalPercent(county.foreign.rate));
    values.set(u"境外资金超序时进度", signedPercent(county.foreign.ahead));
    values.set(u"境外资金进度表述", phrases::progressWording(assessment, county.foreign));
    values.set(u"境外资金同比", yearOnYearValue(county.foreignYearOnYear));

    values.set(u"亿元以上项目数", formatCount(figures.large));
    values.set(u"十亿元以上项目数", formatCount(figures.veryLarge));
    values.set(u"战略性新兴产业项目数", formatCount(figures.emerging));
    setTargetFigures(values, assessment, u"亿元以上项目", county.large);
    setTargetFigures(values, assessment, u"十亿元以上项目", county.veryLarge);
    setTargetFigures(values, assessment, u"战略性新兴产业项目", county.emerging);
    values.set(u"亿元以上已开工", formatCount(figures.largeStarted));
    values.set(u"亿元以上已投产", formatCount(figures.largeProducing));
    values.set(u"亿元以上未开工", formatCount(figures.largeNotStarted));
    values.set(u"亿元以上已开工项目名单",
               bracketedProjectNames(phrases::largeProjectNames(assessment, Status::Started)));
    values.set(u"亿元以上已投产项目名单",
               bracketedProjectNames(phrases::largeProjectNames(assessment, Status::Producing)));
    values.set(u"亿元以上未开工项目名单",
               bracketedProjectNames(phrases::largeProjectNames(assessment, Status::Signed)));
    // For the plan the officer writes (加快…等项目建设): the names without the
    // seed's brackets.
    values.set(u"未开工亿元以上项目名单", projectNames(phrases::largeProjectNames(assessment, Status::Signed)));
    values.set(u"总部经济项目数", formatCount(figures.headquarters));
    values.set(u"总部经济引税额", wanText(figures.headquartersTax, style));
    values.set(u"校验错误数", formatCount(assessment.validation.errors));
    values.set(u"校验警告数", formatCount(assessment.validation.warnings));
    values.set(u"乡镇认定项目下限", formatCount(assessment.townshipThreshold));
    values.set(u"县直单位认定项目下限", formatCount(assessment.departmentThreshold));
    for (const auto& entry : figures.recognizedByIndustry)
        values.set(entry.industry + u"认定项目数", formatCount(entry.recognized));

    setUnitLists(values, assessment);
    setPhrases(values, assessment);
    return values;
}

} // namespace huibao
