#include "huibao/workbook/collection_state.hpp"

#include "huibao/text/text.hpp"
#include "huibao/workbook/workbook.hpp"

#include <algorithm>

namespace huibao {

CollectionState readCollectionState(const Grid& log) {
    CollectionState state;
    if (log.empty()) return state;
    int unitColumn = -1, statusColumn = -1;
    for (int c = 0; c < static_cast<int>(log[0].size()); ++c) {
        const Cell& cell = log[0][c];
        if (!cell.isText()) continue;
        const std::u16string key = normalizeKey(cell.text);
        if (key == u"单位") unitColumn = c;
        if (key == u"状态") statusColumn = c;
    }
    if (unitColumn < 0 || statusColumn < 0) return state;
    for (int r = 1; r < static_cast<int>(log.size()); ++r) {
        const Cell& unit = cellAt(log, r, unitColumn);
        const Cell& status = cellAt(log, r, statusColumn);
        if (!unit.isText() || !status.isText() || unit.isBlank()) continue;
        const std::u16string name(trim(unit.text));
        const std::u16string key = normalizeKey(status.text);
        std::vector<std::u16string>* listed = nullptr;
        if (key == u"未报送") listed = &state.missing;
        if (key == u"已导入" || key == u"已替换") listed = &state.submitted;
        if (!listed) continue; // 无法读取：…, a file that did not come in
        auto& list = *listed;
        if (std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
    }
    // A unit whose sheet was imported once and has gone since is missing now.
    std::erase_if(state.submitted, [&](const std::u16string& name) {
        return std::find(state.missing.begin(), state.missing.end(), name) != state.missing.end();
    });
    return state;
}

} // namespace huibao
