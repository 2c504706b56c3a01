#include "report_phrases.hpp"

#include "huibao/assessment/figure_text.hpp"
#include "huibao/report/phrasing.hpp"
#include "huibao/report/ranking.hpp"
#include "huibao/text/display_name.hpp"
#include "huibao/text/text.hpp"

#include <boost/unordered/unordered_flat_map.hpp>

#include <cmath>

namespace huibao::phrases {
namespace {

// Targets of counts are whole numbers; show them so.
std::u16string targetCount(double target) {
    return formatCount(std::llround(target));
}

std::u16string join(const std::vector<std::u16string>& parts, std::u16string_view separator) {
    std::u16string joined;
    for (const auto& part : parts) {
        if (!joined.empty()) joined += separator;
        joined += part;
    }
    return joined;
}

// ，完成年度任务26.70亿元的41.15%（超序时进度5.20个百分点）, or empty without
// a rate. report.md: the county target itself, its 完成率 and the gap;
// `target` is the target as written with its unit (26.70亿元, 10个).
std::u16string completionClause(const Assessment& assessment, const TargetProgress& progress,
                                std::u16string_view target, std::u16string_view whose = u"年度任务") {
    if (!progress.rate) return {};
    const std::u16string only = progress.isBehind() ? u"仅" : u"";
    return u"，" + only + u"完成" + std::u16string(whose) + std::u16string(target) + u"的" +
           formatPercent(*progress.rate) + u"（" +
           schedulePhrase(*progress.ahead, assessment.reportSettings.gapInPoints) + u"）";
}

// A count's target as the report writes it: 10个.
std::u16string countTarget(const TargetProgress& progress) {
    return progress.target ? targetCount(*progress.target) + u"个" : std::u16string();
}

bool hasPositiveTarget(const TargetProgress& progress) {
    return progress.target && *progress.target > 0;
}

std::vector<const UnitAssessment*> unitsOfType(const Assessment& assessment, UnitType type) {
    std::vector<const UnitAssessment*> units;
    for (const auto& unit : assessment.units)
        if (unit.type == type) units.push_back(&unit);
    return units;
}

std::u16string reportDate(const Assessment& assessment) {
    return formatChineseDate(assessment.reportDate);
}

} // namespace

std::u16string yearOnYearClause(const std::optional<double>& change) {
    return change ? u"，" + yearOnYearPhrase(*change) : std::u16string();
}

std::u16string progressWording(const Assessment& assessment, const TargetProgress& progress) {
    return progress.ahead ? schedulePhrase(*progress.ahead, assessment.reportSettings.gapInPoints)
                          : std::u16string(u"未设定任务");
}

FigureStyle figureStyle(const Assessment& assessment) {
    const ReportSettings& settings = assessment.reportSettings;
    return {settings.yiyuanDecimals, settings.wanDecimals, settings.gapInPoints};
}

std::u16string unitInLists(const UnitAssessment& unit) {
    return simplifiedName(unit.nameInLists());
}

std::vector<std::u16string> largeProjectDisplayNames(const Assessment& assessment) {
    std::vector<std::u16string> names;
    names.reserve(assessment.largeProjects.size());
    for (const auto& project : assessment.largeProjects) names.push_back(simplifiedName(project.name));
    // Alike is what a reader sees alike: the printed (simplified) names.
    boost::unordered_flat_map<std::u16string_view, int> seen;
    for (const auto& name : names)
        if (!name.empty()) ++seen[name];
    std::vector<bool> repeated(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) repeated[i] = !names[i].empty() && seen[names[i]] >= 2;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (!repeated[i]) continue;
        const std::u16string unit = simplifiedName(shortUnitName(assessment.largeProjects[i].unit));
        if (!unit.empty() && !names[i].starts_with(unit)) names[i] = unit + names[i];
    }
    return names;
}

std::vector<std::u16string> largeProjectNames(const Assessment& assessment, Status status) {
    const auto display = largeProjectDisplayNames(assessment);
    std::vector<std::u16string> names;
    for (std::size_t i = 0; i < assessment.largeProjects.size(); ++i)
        if (assessment.largeProjects[i].status == status) names.push_back(display[i]);
    return names;
}

std::u16string declaredProjects(const Assessment& assessment) {
    const Figures& figures = assessment.county.figures;
    const std::u16string opening = u"截至" + reportDate(assessment) + u"，全县";
    if (figures.declared == 0) return opening + u"尚未申报项目。";

    std::u16string text = opening + u"共申报项目" + formatCount(figures.declared) + u"个" +
                          yearOnYearClause(assessment.county.declaredYearOnYear);
    std::vector<std::u16string> parts;
    if (figures.newProjects > 0) parts.push_back(u"新签约或新建项目" + formatCount(figures.newProjects) + u"个");
    if (figures.continued > 0) parts.push_back(u"续建项目" + formatCount(figures.continued) + u"个");
    // Rows with neither nature still count: named, so the parts add up.
    const int others = figures.declared - figures.newProjects - figures.continued;
    if (others > 0) parts.push_back(u"其他项目" + formatCount(others) + u"个");
    if (figures.newProjects == figures.declared)
        text += u"，均为新签约或新建项目";
    else if (figures.continued == figures.declared)
        text += u"，均为续建项目";
    else if (!parts.empty())
        text += u"，其中" + join(parts, u"、");
    return text + u"。";
}

std::u16string fundsCompletion(const Assessment& assessment) {
    const TargetProgress& funds = assessment.county.funds;
    if (funds.rate)
        return completionClause(assessment, funds, yiyuanText(*funds.target, figureStyle(assessment)) + u"亿元",
                                assessment.county.fundsTargetFromParameters ? u"市下达任务" : u"年度任务");
    if (!assessment.hasRegistry && !funds.target) return u"（未提供任务分解表，暂不计算完成率）";
    return u"（未设定省外资金任务，暂不计算完成率）";
}

std::u16string largeProjects(const Assessment& assessment) {
    const CountyAssessment& county = assessment.county;
    const Figures& figures = county.figures;
    if (figures.large == 0) {
        std::u16string text = u"截至目前，尚未新引进亿元以上项目";
        if (hasPositiveTarget(county.large)) text += u"（年度任务" + targetCount(*county.large.target) + u"个）";
        return text + u"。";
    }
    std::u16string text = u"截至目前，新引进亿元以上项目" + formatCount(figures.large) + u"个" +
                          completionClause(assessment, county.large, countTarget(county.large));

    std::vector<std::u16string> parts;
    auto describe = [&](std::u16string_view what, int count, const TargetProgress& progress) {
        if (count > 0)
            parts.push_back(std::u16string(what) + formatCount(count) + u"个" +
                            completionClause(assessment, progress, countTarget(progress)));
        else if (hasPositiveTarget(progress))
            parts.push_back(u"尚无" + std::u16string(what) + u"（年度任务" + targetCount(*progress.target) + u"个）");
    };
    describe(u"十亿元以上项目", figures.veryLarge, county.veryLarge);
    describe(u"战略性新兴产业项目", figures.emerging, county.emerging);
    if (!parts.empty()) {
        bool clausesHaveCommas = false;
        for (const auto& part : parts) clausesHaveCommas |= part.find(u'，') != std::u16string::npos;
        text += u"，其中" + join(parts, clausesHaveCommas ? u"；" : u"、");
    }
    return text + u"。";
}

std::u16string largeProjectProgress(const Assessment& assessment) {
    const Figures& figures = assessment.county.figures;
    if (figures.large == 0) return {};
    const auto producing = bracketedProjectNames(largeProjectNames(assessment, Status::Producing));
    const auto notStarted = bracketedProjectNames(largeProjectNames(assessment, Status::Signed));

    // The count was stated by 亿元以上项目情况: only the split here.
    std::u16string text = u"上述亿元以上项目中，目前";
    if (figures.large == 1) text = u"该项目目前";
    const std::u16string all = figures.large == 1 ? u"" : u"均";
    if (figures.largeStarted == figures.large) return text + all + u"已开工建设。";
    if (figures.largeProducing == figures.large) return text + all + u"已投产" + producing + u"。";
    if (figures.largeNotStarted == figures.large)
        return text + (figures.large == 1 ? u"尚" : u"均") + u"未开工建设" + notStarted + u"。";

    std::vector<std::u16string> parts;
    if (figures.largeStarted > 0) parts.push_back(u"已开工建设" + formatCount(figures.largeStarted) + u"个");
    if (figures.largeProducing > 0)
        parts.push_back(u"已投产" + formatCount(figures.largeProducing) + u"个" + producing);
    if (figures.largeNotStarted > 0)
        parts.push_back(u"未开工建设" + formatCount(figures.largeNotStarted) + u"个" + notStarted);
    return text + join(parts, u"，") + u"。";
}

std::u16string headquarters(const Assessment& assessment) {
    const Figures& figures = assessment.county.figures;
    if (figures.headquarters > 0)
        return u"签订总部经济项目" + formatCount(figures.headquarters) + u"个，总引税额" +
               wanText(figures.headquartersTax, figureStyle(assessment)) + u"万元。";
    if (figures.headquartersTax > 0)
        return u"暂无总部经济项目，相关引税额" + wanText(figures.headquartersTax, figureStyle(assessment)) + u"万元。";
    return u"尚未签订总部经济项目。";
}

std::u16string projectQuality(const Assessment& assessment) {
    const Figures& figures = assessment.county.figures;
    const std::u16string opening = u"截至" + reportDate(assessment) + u"，全县";
    if (figures.declared == 0) return opening + u"尚未申报项目。";

    std::u16string text = opening + u"共申报项目" + formatCount(figures.declared) + u"个";
    if (figures.continued == figures.declared) return text + u"，均为续建项目，没有新签约或新建项目。";
    if (figures.continued > 0) text += u"，其中" + formatCount(figures.continued) + u"个为续建项目";
    text += u"。";

    const int fresh = figures.newProjects;
    const int landed = figures.landed;
    const std::u16string freshText = formatCount(fresh);
    if (fresh == 0) return text + u"没有新签约或新建项目。";
    if (landed == 0) return text + u"新签约或新建的" + freshText + u"个项目中，尚无项目落地。";
    if (landed == fresh) return text + u"新签约或新建的" + freshText + u"个项目已全部落地。";
    // 只有 is the seed's word for a poor share; a fair share is stated plainly.
    const std::u16string how = landed * 2 < fresh ? u"只有" : u"已有";
    return text + u"新签约或新建的" + freshText + u"个项目中，" + how + formatCount(landed) + u"个项目落地。";
}

std::u16string recognizedByIndustry(const Assessment& assessment) {
    const Figures& figures = assessment.county.figures;
    const std::u16string opening = u"从申报认定的项目看，";
    if (figures.recognized == 0) return opening + u"尚无项目通过省、市平台认定。";

    const int agriculture = figures.recognizedIn(u"农业");
    const int industry = figures.recognizedIn(u"工业");
    const int technology = figures.recognizedIn(u"科技");
    // Every category is named, or the rest summed as 其他N个, so the parts
    // add up to 认定项目数 (rows without a category fall into 其他).
    const int rest = figures.recognized - agriculture - industry - technology;
    std::vector<std::pair<std::u16string, int>> others;
    for (const auto& entry : figures.recognizedByIndustry) {
        if (entry.recognized <= 0 || entry.industry == u"农业" || entry.industry == u"工业" ||
            entry.industry == u"科技")
            continue;
        others.emplace_back(entry.industry + u"项目", entry.recognized);
    }
    int named = 0;
    for (const auto& other : others) named += other.second;
    std::u16string restText;
    if (rest > 0) {
        if (others.size() == 1 && named == rest)
            restText = others.front().first + formatCount(rest) + u"个";
        else
            restText = u"其他" + formatCount(rest) + u"个";
    }
    if (agriculture > industry && industry > technology && technology > 0) {
        // The seed's own sentence, for the structure it criticises.
        std::u16string text = opening + u"共认定项目" + formatCount(figures.recognized) + u"个，其中农业项目多，有" +
                              formatCount(agriculture) + u"个；工业项目少，只有" + formatCount(industry) +
                              u"个；科技型项目更少，只有" + formatCount(technology) + u"个";
        if (!restText.empty()) text += u"；" + restText;
        return text + u"，项目结构不优。";
    }
    std::u16string text = opening + u"共认定项目" + formatCount(figures.recognized) + u"个";
    std::vector<std::u16string> present, absent;
    const std::pair<std::u16string_view, int> kinds[] = {
        {u"农业项目", agriculture}, {u"工业项目", industry}, {u"科技型项目", technology}};
    for (const auto& [label, count] : kinds) {
        if (count > 0)
            present.push_back(std::u16string(label) + formatCount(count) + u"个");
        else
            absent.emplace_back(label);
    }
    if (!restText.empty()) present.push_back(restText);
    if (!present.empty()) text += u"，其中" + join(present, u"、");
    if (!absent.empty()) text += u"，没有" + join(absent, u"、");
    return text + u"。";
}

std::u16string foreignFunds(const Assessment& assessment) {
    const CountyAssessment& county = assessment.county;
    const std::u16string opening = u"境外资金方面，截至目前，全县";
    if (!county.foreign.rate && county.figures.foreign <= 0) return opening + u"尚无实际到位的境外资金。";
    if (county.figures.foreign <= 0 && hasPositiveTarget(county.foreign) && county.foreign.ahead) {
        // Not "实际利用境外资金0万美元，仅完成…的0.00%": nothing has come yet.
        std::u16string text = opening + u"尚无实际到位的境外资金（" +
                              (county.foreignTargetFromParameters ? u"市下达任务" : u"年度任务") +
                              wanText(*county.foreign.target, figureStyle(assessment)) + u"万美元，" +
                              schedulePhrase(*county.foreign.ahead, assessment.reportSettings.gapInPoints) + u"）";
        if (county.foreign.isBehind()) text += u"，年内完成境外资金引进任务的压力较大";
        return text + u"。";
    }

    std::u16string text = opening + u"实际利用境外资金" + wanText(county.figures.foreign, figureStyle(assessment)) +
                          u"万美元" + yearOnYearClause(county.foreignYearOnYear);
    if (county.foreign.rate) {
        text += completionClause(assessment, county.foreign,
                                 wanText(*county.foreign.target, figureStyle(assessment)) + u"万美元",
                                 county.foreignTargetFromParameters ? u"市下达任务" : u"年度任务");
        if (county.foreign.isBehind()) text += u"，年内完成境外资金引进任务的压力较大";
    }
    return text + u"。";
}

std::u16string townships(const Assessment& assessment) {
    const auto units = unitsOfType(assessment, UnitType::Township);
    if (units.empty()) return {};
    const int threshold = assessment.townshipThreshold;
    const std::u16string opening = u"从乡镇看，";
    if (threshold <= 0) {
        int recognized = 0;
        for (const auto* unit : units) recognized += unit->figures.recognized;
        const std::u16string who = units.size() == 1 ? unitInLists(*units.front())
                                                     : formatCount(static_cast<long long>(units.size())) + u"个乡镇共";
        return opening + who + u"申报认定项目" + formatCount(recognized) + u"个。";
    }

    std::vector<std::u16string> reaching, missing;
    for (const auto* unit : units)
        (unit->figures.recognized >= threshold ? reaching : missing).push_back(unitInLists(*unit));
    const std::u16string all = u"全部" + formatCount(static_cast<long long>(units.size())) + u"个乡镇";
    if (missing.empty()) {
        const std::u16string who = units.size() == 1 ? unitInLists(*units.front()) : all;
        return opening + who + u"申报认定项目" + (units.size() == 1 ? u"" : u"均") + reachesThreshold(threshold) +
               u"。";
    }
    if (reaching.empty()) {
        const std::u16string who = units.size() == 1 ? unitInLists(*units.front()) : all;
        return opening + who + u"申报认定的项目" + (units.size() == 1 ? u"" : u"均") + missesThreshold(threshold) +
               u"。";
    }
    return opening + u"申报认定项目" + reachesThreshold(threshold) + u"的有" + countedNames(reaching, u"个乡镇") +
           u"，但也有" + countedNames(missing, u"个乡镇") + u"申报认定的项目" + missesThreshold(threshold) + u"。";
}

std::u16string departments(const Assessment& assessment) {
    const auto units = unitsOfType(assessment, UnitType::Department);
    if (units.empty()) return {};
    const int threshold = assessment.departmentThreshold;
    const std::u16string opening = u"从县直单位看，";

    if (units.size() == 1) {
        const UnitAssessment& unit = *units.front();
        const std::u16string name = simplifiedName(unit.name);
        if (unit.figures.declared == 0) return opening + name + u"尚未申报项目。";
        std::u16string text = opening + name + u"申报认定项目" + formatCount(unit.figures.recognized) + u"个";
        if (threshold > 0)
            text += u"，" +
                    (unit.figures.recognized >= threshold ? reachesThreshold(threshold) : missesThreshold(threshold));
        if (unit.has(UnitFlag::NoEvidence)) text += u"，申报的项目没有到资依据";
        return text + u"。";
    }

    const std::u16string total = formatCount(static_cast<long long>(units.size()));
    std::vector<std::u16string> reaching;
    int recognized = 0, withoutProjects = 0, withoutEvidence = 0;
    for (const auto* unit : units) {
        recognized += unit->figures.recognized;
        if (unit->figures.recognized >= threshold) reaching.push_back(simplifiedName(unit->name));
        if (unit->figures.declared == 0) ++withoutProjects;
        if (unit->has(UnitFlag::NoEvidence)) ++withoutEvidence;
    }
    if (withoutProjects == static_cast<int>(units.size()))
        return opening + u"纳入考核的" + total + u"个县直单位均未申报项目。";

    std::u16string text = opening + u"纳入考核的" + total + u"个县直单位中，";
    if (threshold <= 0)
        text += u"共申报认定项目" + formatCount(recognized) + u"个";
    else if (reaching.size() == units.size())
        text += u"各单位申报认定项目均" + reachesThreshold(threshold);
    else if (reaching.empty())
        text += u"尚无单位申报认定项目" + reachesThreshold(threshold);
    else
        text += u"只有" + countedNames(reaching, u"个单位") + u"申报认定项目" + reachesThreshold(threshold);

    if (withoutProjects > 0) text += u"，还有" + formatCount(withoutProjects) + u"个单位没有申报项目";
    const int declaring = static_cast<int>(units.size()) - withoutProjects;
    if (withoutEvidence > 0) {
        const std::u16string declaringText = u"，申报了项目的" + formatCount(declaring) + u"个单位";
        if (withoutEvidence == declaring)
            text += declaringText + (declaring == 1 ? u"" : u"均") + u"没有到资依据";
        else
            text += declaringText + u"中有" + formatCount(withoutEvidence) + u"个没有到资依据";
    }
    return text + u"。";
}

std::u16string unitTargets(const Assessment& assessment) {
    const std::u16string notAssessed = u"本次未对各单位的任务完成情况进行考核。";
    if (!assessment.hasRegistry) return u"因未提供任务分解表，" + notAssessed;

    int withFundsTarget = 0, withProjectTarget = 0;
    std::vector<std::u16string> behindFunds, behindProjects;
    for (const auto& unit : assessment.units) {
        if (unit.funds.rate) ++withFundsTarget;
        if (unit.projects.rate) ++withProjectTarget;
        if (unit.has(UnitFlag::BehindSchedule)) behindFunds.push_back(unitInLists(unit));
        if (unit.has(UnitFlag::BehindProjects)) behindProjects.push_back(unitInLists(unit));
    }
    if (withFundsTarget == 0 && withProjectTarget == 0) return u"任务分解表未设定各单位任务，" + notAssessed;

    std::vector<std::u16string> parts;
    if (withFundsTarget > 0) {
        parts.push_back(behindFunds.empty()
                            ? u"有省外资金任务的" + formatCount(withFundsTarget) + u"个单位资金完成率均达到序时进度"
                            : u"省外资金完成率落后序时进度的有" + countedNames(behindFunds, u"个单位"));
    }
    if (withProjectTarget > 0) {
        parts.push_back(behindProjects.empty()
                            ? u"有项目任务的" + formatCount(withProjectTarget) + u"个单位认定项目完成率均达到序时进度"
                            : u"认定项目完成率落后序时进度的有" + countedNames(behindProjects, u"个单位"));
    }
    return u"对照任务分解，" + join(parts, u"；") + u"。";
}

std::u16string unregisteredUnits(const Assessment& assessment) {
    if (!assessment.hasRegistry) return {};
    std::vector<std::u16string> names;
    for (const auto& unit : assessment.units)
        if (!unit.registered) names.push_back(simplifiedName(unit.name));
    if (names.empty()) return {};
    return u"另有" + countedNames(names, u"个申报单位") + u"未列入任务分解表，请核实单位名称或补充任务分解。";
}

std::u16string validation(const Assessment& assessment) {
    const ValidationCounts& counts = assessment.validation;
    if (counts.errors == 0 && counts.warnings == 0) return u"以上数据已经校验，未发现问题。";
    std::vector<std::u16string> parts;
    if (counts.errors > 0) parts.push_back(u"错误" + formatCount(counts.errors) + u"处");
    if (counts.warnings > 0) parts.push_back(u"警告" + formatCount(counts.warnings) + u"处");
    return u"以上数据经校验，尚有" + join(parts, u"、") + u"待核实修正。";
}

namespace {

// 晋熙（120.50%）、城西（110.00%）
std::u16string rankedList(const std::vector<RankedUnit>& units) {
    std::vector<std::u16string> names;
    for (const auto& ranked : units)
        names.push_back(unitInLists(*ranked.unit) + u"（" + formatPercent(*ranked.unit->funds.rate) + u"）");
    return join(names, u"、");
}

// 乡镇前三位是…，后三位是… (完成率较高的是…，较低的是… when ties or fewer than
// six units leave a side short of three); 乡镇完成率均为…% when all are
// alike; empty with fewer than two ranked units.
std::u16string rankingOf(const Assessment& assessment, UnitType type, std::u16string_view who) {
    const auto ranked = rankUnits(assessment, type);
    const TopAndBottom ends = topAndBottom(ranked);
    if (ends.top.empty()) {
        if (ranked.size() < 2) return {};
        return std::u16string(who) + u"完成率均为" + formatPercent(*ranked.front().unit->funds.rate);
    }
    const bool three = ranked.size() >= 6 && ends.top.size() >= 3 && ends.bottom.size() >= 3;
    return std::u16string(who) + (three ? u"前三位是" : u"完成率较高的是") + rankedList(ends.top) +
           (three ? u"，后三位是" : u"，较低的是") + rankedList(ends.bottom);
}

} // namespace

std::u16string ranking(const Assessment& assessment) {
    std::vector<std::u16string> parts;
    if (auto part = rankingOf(assessment, UnitType::Township, u"乡镇"); !part.empty()) parts.push_back(part);
    if (auto part = rankingOf(assessment, UnitType::Department, u"县直单位"); !part.empty()) parts.push_back(part);
    if (parts.empty()) return {};
    return u"从省外资金完成率看，" + join(parts, u"；") + u"。";
}

std::u16string rankingNames(const Assessment& assessment, bool top) {
    std::vector<std::u16string> parts;
    for (UnitType type : {UnitType::Township, UnitType::Department}) {
        const TopAndBottom ends = topAndBottom(rankUnits(assessment, type));
        std::vector<std::u16string> names;
        for (const auto& ranked : top ? ends.top : ends.bottom) names.push_back(unitInLists(*ranked.unit));
        if (!names.empty()) parts.push_back(joinEnumeration(names));
    }
    return join(parts, u"；");
}

} // namespace huibao::phrases
