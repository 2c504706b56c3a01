// Which units have submitted, from the sheet 报送登记 (spec/collection.md),
// for the sidebar.
#pragma once

#include "huibao/values/cell.hpp"

#include <string>
#include <vector>

namespace huibao {

struct CollectionState {
    std::vector<std::u16string> submitted; // units with a sheet: 已导入 or 已替换, each once, in the log's order
    std::vector<std::u16string> missing;   // registered units without a sheet: 未报送
    // Registered units (任务分解), when known; 0 when only the log is read.
    int registered = 0;
    // How many registered units have submitted (when `registered` is known).
    int registeredSubmitted() const { return registered - static_cast<int>(missing.size()); }
    bool operator==(const CollectionState&) const = default;
};

// Columns found by their header titles in row 1 (单位, 状态); a log without
// them gives an empty state. The 未报送 rows are recomputed at each import,
// so a unit listed there has no sheet now, whatever older rows say.
CollectionState readCollectionState(const Grid& log);

} // namespace huibao
