// Which units have submitted, from the sheet 报送登记 (spec/collection.md),
// for the sidebar.
#pragma once

#include "huibao/values/cell.hpp"

#include <string>
#include <vector>

namespace huibao {

struct CollectionState {
    std::vector<std::u16string> submitted; // 状态 已导入 or 已替换, each unit once, in the log's order
    std::vector<std::u16string> missing;   // 状态 未报送
};

// Columns found by their header titles in row 1 (单位, 状态); a log without
// them gives an empty state.
CollectionState readCollectionState(const Grid& log);

} // namespace huibao
