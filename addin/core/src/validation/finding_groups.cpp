#include "huibao/validation/finding_groups.hpp"

#include <algorithm>
#include <unordered_map>

namespace huibao {

std::vector<FindingGroup> groupByUnit(std::span<const GroupedFinding> findings) {
    std::vector<FindingGroup> groups;
    std::unordered_map<std::u16string, std::size_t> byUnit;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const auto& finding = findings[i];
        auto [at, added] = byUnit.try_emplace(finding.unit, groups.size());
        if (added) groups.push_back(FindingGroup{finding.unit, 0, 0, {}});
        FindingGroup& group = groups[at->second];
        ++(finding.isError ? group.errors : group.warnings);
        group.findings.push_back(i);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const FindingGroup& a, const FindingGroup& b) {
        if (a.errors != b.errors) return a.errors > b.errors;
        return a.warnings > b.warnings;
    });
    return groups;
}

} // namespace huibao
