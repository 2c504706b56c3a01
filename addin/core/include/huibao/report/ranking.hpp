// 名次 (spec/report.md, "Ranking"): units ranked by 省外资金完成率 as
// displayed (a percentage rounded to 2 decimals), highest first, within 乡镇
// and within 县直单位 separately. Equal rates share a rank (1, 2, 2, 4) and
// keep registry order; a unit without a rate has no rank.
#pragma once

#include "huibao/assessment/assessment.hpp"

#include <vector>

namespace huibao {

struct RankedUnit {
    const UnitAssessment* unit = nullptr;
    int rank = 0; // 1-based
};

// The ranked units of one type, best first (ties in registry order).
std::vector<RankedUnit> rankUnits(const Assessment& assessment, UnitType type);

// The rank of every unit of assessment.units, by index (0: no rank).
std::vector<int> unitRanks(const Assessment& assessment);

// The units the narrative names as highest and lowest, never overlapping and
// never splitting units that share a rank. Six or more ranked: the first
// three and the last three (lowest first; ties in registry order), each with
// any unit tied at its edge. Fewer: the upper half (rounded up) as highest
// and the rest as lowest, the boundary moved to the nearer edge of a tie it
// would cut. One, none, or all alike: both empty.
struct TopAndBottom {
    std::vector<RankedUnit> top;
    std::vector<RankedUnit> bottom; // lowest first
};
TopAndBottom topAndBottom(const std::vector<RankedUnit>& ranked);

} // namespace huibao
