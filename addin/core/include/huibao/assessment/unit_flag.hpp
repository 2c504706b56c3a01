// The six unit flags of the assessment (spec/assessment.md, "Unit flags").
//
// Like FindingCode, every flag says when it is raised and how it differs from
// its neighbours. A unit may carry several; they are always listed in the
// order below (the spec's table), which is also the order of the 问题 column
// of the 单位考核 sheet and of the clauses of its 说明 text.
#pragma once

#include <string>
#include <string_view>

namespace huibao {

enum class UnitFlag : unsigned char {
    // 申报项目数 = 0: the unit declared nothing (registered units are assessed
    // whether they submitted or not). Suppresses few-recognized and
    // no-evidence, which would only restate it.
    // 说明: 未申报项目
    NoProjects,
    // 认定项目数 below the threshold of the unit's type (参数 乡镇认定项目下限
    // or 县直单位认定项目下限). Not raised with no-projects.
    // 说明: 认定项目2个，不足下限3个
    FewRecognized,
    // The unit declared projects but no row has 实际到位省外资金 > 0 together
    // with a non-blank 到资依据: none of its money is documented. Differs from
    // the evidence-missing finding, which is per row and a warning.
    // 说明: 无有到资依据的到位资金
    NoEvidence,
    // 省外资金任务 > 0 and 省外资金 ÷ 省外资金任务 < 序时进度.
    // 说明: 资金完成率31.20%，落后序时进度52.13%
    BehindSchedule,
    // 项目任务 > 0 and 认定项目数 ÷ 项目任务 < 序时进度. Differs from
    // few-recognized: that one compares with a fixed floor, this one with the
    // unit's own target scaled by the time elapsed.
    // 说明: 项目完成率40.00%，落后序时进度43.33%
    BehindProjects,
    // The unit's name is not in the targets sheet (only raised when one
    // exists). Such a unit has no targets, so it never gets the two flags above.
    // 说明: 未列入任务分解表
    Unregistered,
};

inline constexpr int kUnitFlagCount = 6;

// The public code of assessment.md, e.g. "no-projects".
std::string_view flagCode(UnitFlag flag);
std::u16string flagCode16(UnitFlag flag);

} // namespace huibao
