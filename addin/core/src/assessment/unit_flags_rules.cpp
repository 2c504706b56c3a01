#include "unit_flags_rules.hpp"

#include "huibao/assessment/figure_text.hpp"

namespace huibao {
namespace {

std::u16string explain(UnitFlag flag, const UnitAssessment& unit, int threshold, double scheduleProgress) {
    switch (flag) {
    case UnitFlag::NoProjects: return u"未申报项目";
    case UnitFlag::FewRecognized:
        return u"认定项目" + formatCount(unit.figures.recognized) + u"个，不足下限" + formatCount(threshold) + u"个";
    case UnitFlag::NoEvidence:
        // The flag covers both cases; the reader should know which one it is.
        return unit.figures.funds > 0 ? u"到位资金均无到资依据" : u"无到位资金及到资依据";
    case UnitFlag::BehindSchedule:
        return u"资金完成率" + formatPercent(*unit.funds.rate) + u"，落后序时进度" +
               formatPercentMagnitude(*unit.funds.rate - scheduleProgress);
    case UnitFlag::BehindProjects:
        return u"项目完成率" + formatPercent(*unit.projects.rate) + u"，落后序时进度" +
               formatPercentMagnitude(*unit.projects.rate - scheduleProgress);
    case UnitFlag::Unregistered: return u"未列入任务分解表";
    }
    return {};
}

} // namespace

void raiseFlags(UnitAssessment& unit, int threshold, double scheduleProgress, bool hasRegistry) {
    const Figures& figures = unit.figures;
    unit.flags.clear();
    if (figures.declared == 0) unit.flags.push_back(UnitFlag::NoProjects);
    if (figures.declared > 0 && figures.recognized < threshold) unit.flags.push_back(UnitFlag::FewRecognized);
    if (figures.declared > 0 && figures.documentedFunds == 0) unit.flags.push_back(UnitFlag::NoEvidence);
    if (unit.funds.isBehind()) unit.flags.push_back(UnitFlag::BehindSchedule);
    if (unit.projects.isBehind()) unit.flags.push_back(UnitFlag::BehindProjects);
    if (hasRegistry && !unit.registered) unit.flags.push_back(UnitFlag::Unregistered);

    unit.explanation.clear();
    for (UnitFlag flag : unit.flags) {
        if (!unit.explanation.empty()) unit.explanation += u"；";
        unit.explanation += explain(flag, unit, threshold, scheduleProgress);
    }
}

} // namespace huibao
