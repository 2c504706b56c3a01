// The sidebar's findings grouped by unit (spec/integration.md, "Sidebar"):
// each unit with its counts, worst first.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace huibao {

struct GroupedFinding {
    std::u16string unit; // the unit's name, or the sheet's when no unit is known
    bool isError = false;
};

struct FindingGroup {
    std::u16string unit;
    int errors = 0;
    int warnings = 0;
    std::vector<std::size_t> findings; // indices into the input, in input order
};

// Groups by unit: most errors first, then most warnings, then the order in
// which the units first appear (the 校验结果 order).
std::vector<FindingGroup> groupByUnit(std::span<const GroupedFinding> findings);

} // namespace huibao
