#include "huibao/report/ranking.hpp"

#include "huibao/assessment/figure_text.hpp"

#include <algorithm>

namespace huibao {

std::vector<RankedUnit> rankUnits(const Assessment& assessment, UnitType type) {
    struct Entry {
        const UnitAssessment* unit;
        long long hundredths; // the rate as displayed
    };
    std::vector<Entry> entries;
    for (const auto& unit : assessment.units)
        if (unit.type == type && unit.funds.rate) entries.push_back({&unit, percentHundredths(*unit.funds.rate)});
    // Stable: equal displayed rates keep registry order.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.hundredths > b.hundredths; });
    std::vector<RankedUnit> ranked;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const bool tied = i > 0 && entries[i].hundredths == entries[i - 1].hundredths;
        ranked.push_back({entries[i].unit, tied ? ranked.back().rank : static_cast<int>(i) + 1});
    }
    return ranked;
}

std::vector<int> unitRanks(const Assessment& assessment) {
    std::vector<int> ranks(assessment.units.size(), 0);
    for (UnitType type : {UnitType::Township, UnitType::Department})
        for (const auto& ranked : rankUnits(assessment, type))
            ranks[static_cast<std::size_t>(ranked.unit - assessment.units.data())] = ranked.rank;
    return ranks;
}

namespace {

// The index of the first unit sharing ranked[i]'s rank, and one past the last.
std::size_t tieStart(const std::vector<RankedUnit>& ranked, std::size_t i) {
    while (i > 0 && ranked[i - 1].rank == ranked[i].rank) --i;
    return i;
}
std::size_t tieEnd(const std::vector<RankedUnit>& ranked, std::size_t i) {
    while (i < ranked.size() && ranked[i].rank == ranked[i - 1].rank) ++i;
    return i;
}

} // namespace

TopAndBottom topAndBottom(const std::vector<RankedUnit>& ranked) {
    TopAndBottom result;
    const std::size_t n = ranked.size();
    if (n < 2) return result;
    // With six or more, the three highest and the three lowest (report.md),
    // three each even when a tie runs across the edge: the ranked order
    // (equal rates in registry order) decides, as it does in 附件1. With
    // fewer, the halves, whose boundary moves to the nearer edge of a tie it
    // would cut (units sharing a rank are never named on both sides).
    std::size_t topEnd = 0;
    std::size_t bottomStart = n;
    if (n >= 6) {
        if (ranked.front().rank == ranked.back().rank) return result; // all alike: no higher nor lower
        topEnd = 3;
        bottomStart = n - 3;
    } else {
        std::size_t boundary = (n + 1) / 2;
        if (ranked[boundary].rank == ranked[boundary - 1].rank) {
            const std::size_t up = tieStart(ranked, boundary);
            const std::size_t down = tieEnd(ranked, boundary);
            if (up == 0 && down == n) return result; // all alike: no higher nor lower
            boundary = up == 0 ? down : down == n ? up : (boundary - up <= down - boundary ? up : down);
        }
        topEnd = bottomStart = boundary;
    }
    result.top.assign(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(topEnd));
    // Lowest first; units sharing a rank stay in registry order.
    result.bottom.assign(ranked.begin() + static_cast<std::ptrdiff_t>(bottomStart), ranked.end());
    std::stable_sort(result.bottom.begin(), result.bottom.end(),
                     [](const RankedUnit& a, const RankedUnit& b) { return a.rank > b.rank; });
    return result;
}

} // namespace huibao
