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

TopAndBottom topAndBottom(const std::vector<RankedUnit>& ranked) {
    TopAndBottom result;
    const std::size_t n = ranked.size();
    if (n < 2) return result;
    const std::size_t top = n >= 6 ? 3 : (n + 1) / 2;
    const std::size_t bottom = n >= 6 ? 3 : n - top;
    result.top.assign(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(top));
    for (std::size_t i = 0; i < bottom; ++i) result.bottom.push_back(ranked[n - 1 - i]);
    return result;
}

} // namespace huibao
