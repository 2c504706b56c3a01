#include "huibao/collection/submission_owner.hpp"

#include "huibao/text/text.hpp"
#include "huibao/values/message_text.hpp"
#include "huibao/workbook/workbook.hpp"

#include <algorithm>

namespace huibao {
namespace {

std::optional<std::u16string> registeredName(const UnitRegistry& registry, std::u16string_view written) {
    if (trim(written).empty()) return std::nullopt;
    if (auto index = registry.match(written)) return registry.units()[*index].name;
    return std::nullopt;
}

// The text after `填报单位` and its colon, in the cell itself or the next one.
std::optional<std::u16string> filledByUnit(const std::vector<Cell>& row) {
    for (std::size_t c = 0; c < row.size(); ++c) {
        if (!row[c].isText()) continue;
        const std::u16string key = normalizeKey(row[c].text);
        if (!key.starts_with(u"填报单位")) continue;
        std::u16string_view text = trim(row[c].text);
        const auto colon = text.find_first_of(u":：");
        if (colon != std::u16string_view::npos) {
            std::u16string_view rest = trim(text.substr(colon + 1));
            // 填报单位：晋熙镇  填报日期：… in one cell: up to the next field.
            const auto next = rest.find_first_of(u" 　\t");
            if (next != std::u16string_view::npos) rest = rest.substr(0, next);
            if (!rest.empty()) return std::u16string(rest);
        }
        for (std::size_t n = c + 1; n < row.size(); ++n)
            if (!row[n].isBlank()) return std::u16string(trim(message::cellText(row[n])));
    }
    return std::nullopt;
}

// A registered unit whose name or alias starts the title (晋熙镇2026年招商…).
std::optional<std::u16string> titleUnit(const UnitRegistry& registry, const std::vector<Cell>& row) {
    for (const Cell& cell : row) {
        if (!cell.isText()) continue;
        const std::u16string key = normalizeKey(cell.text);
        std::optional<std::u16string> best;
        std::size_t bestLength = 0;
        for (const RegisteredUnit& unit : registry.units()) {
            auto consider = [&](std::u16string_view written) {
                const std::u16string unitKey = normalizeKey(written);
                if (!unitKey.empty() && key.starts_with(unitKey) && unitKey.size() > bestLength) {
                    best = unit.name;
                    bestLength = unitKey.size();
                }
            };
            consider(unit.name);
            for (const auto& alias : unit.aliases) consider(alias);
        }
        if (best) return best;
    }
    return std::nullopt;
}

} // namespace

bool isGenericSheetName(std::u16string_view sheetName) {
    const std::u16string key = normalizeKey(sheetName);
    static constexpr std::u16string_view kGeneric[] = {u"sheet", u"工作表", u"表", u"tabelle", u"feuil", u"hoja"};
    for (std::u16string_view prefix : kGeneric) {
        if (!key.starts_with(prefix)) continue;
        const auto rest = std::u16string_view(key).substr(prefix.size());
        if (std::all_of(rest.begin(), rest.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; })) return true;
    }
    return false;
}

std::u16string fileNameUnitPart(std::u16string_view fileName) {
    std::u16string_view stem = fileName;
    if (const auto dot = stem.rfind(u'.'); dot != std::u16string_view::npos && dot > 0) stem = stem.substr(0, dot);
    if (const auto underscore = stem.find(u'_'); underscore != std::u16string_view::npos)
        stem = stem.substr(0, underscore);
    return std::u16string(trim(stem));
}

std::optional<std::u16string> sheetOwner(const UnitRegistry& registry, std::u16string_view sheetName, const Grid& grid,
                                         const SubmissionLayout& layout) {
    auto found = [](std::u16string name) { return std::optional<std::u16string>(std::move(name)); };
    if (!isGenericSheetName(sheetName))
        if (auto name = registeredName(registry, sheetName)) return found(*name);
    for (int row = 0; row < layout.headerRow && row < static_cast<int>(grid.size()); ++row)
        if (auto written = filledByUnit(grid[row]))
            if (auto name = registeredName(registry, *written)) return found(*name);
    if (layout.columns.has(FieldId::Unit)) {
        const int column = layout.columns.column(FieldId::Unit);
        std::optional<int> unit;
        bool same = true;
        for (int row : layout.rows.projects) {
            const Cell& cell = cellAt(grid, row, column);
            if (cell.isBlank()) continue;
            const auto index = registry.match(message::cellText(cell));
            if (!index || (unit && *unit != *index)) {
                same = false;
                break;
            }
            unit = index;
        }
        if (same && unit) return found(registry.units()[*unit].name);
    }
    for (int row = 0; row < layout.headerRow && row < static_cast<int>(grid.size()); ++row)
        if (auto name = titleUnit(registry, grid[row])) return found(*name);
    return std::nullopt;
}

SubmissionOwner fileOwner(const UnitRegistry& registry, std::u16string_view fileName,
                          const std::vector<std::optional<std::u16string>>& sheetOwners) {
    for (const auto& owner : sheetOwners)
        if (owner) return SubmissionOwner{*owner, true};
    const std::u16string part = fileNameUnitPart(fileName);
    if (auto name = registeredName(registry, part)) return SubmissionOwner{*name, true};
    return SubmissionOwner{part.empty() ? std::u16string(u"未命名单位") : part, false};
}

std::vector<std::u16string> unitsNamedBySheets(const std::vector<std::optional<std::u16string>>& sheetOwners) {
    std::vector<std::u16string> units;
    for (const auto& owner : sheetOwners)
        if (owner && std::find(units.begin(), units.end(), *owner) == units.end()) units.push_back(*owner);
    return units;
}

std::u16string severalUnitsReason(const std::vector<std::u16string>& units) {
    std::u16string listed;
    for (const auto& unit : units) listed += (listed.empty() ? u"" : u"、") + unit;
    return u"文件含多个单位的申报表（" + listed + u"），请各单位分别报送";
}

SubmissionOwner submissionOwner(const UnitRegistry& registry, std::u16string_view fileName,
                                std::u16string_view sheetName, const Grid& grid, const SubmissionLayout& layout) {
    return fileOwner(registry, fileName, {sheetOwner(registry, sheetName, grid, layout)});
}

std::u16string unitSheetName(std::u16string_view unitName, int ordinal) {
    // Every sheet whose name starts with an output sheet's is Huibao's own
    // and never read as input (workbook.md): a file 工作汇报_….xlsx of no
    // registered unit comes in as 来件_工作汇报.
    std::u16string name = isOutputSheetName(unitName) ? u"来件_" + std::u16string(unitName) : std::u16string(unitName);
    if (ordinal > 1) name += u"（" + message::number(ordinal) + u"）";
    return name;
}

} // namespace huibao

namespace huibao {
namespace {

std::u16string lowerExtension(std::u16string_view fileName) {
    const auto dot = fileName.rfind(u'.');
    if (dot == std::u16string_view::npos) return {};
    std::u16string extension(fileName.substr(dot + 1));
    for (auto& c : extension)
        if (c >= u'A' && c <= u'Z') c = static_cast<char16_t>(c - u'A' + u'a');
    return extension;
}

} // namespace

bool isSubmissionFileName(std::u16string_view fileName) {
    if (fileName.empty() || fileName.front() == u'.' || fileName.starts_with(u"~$")) return false;
    static constexpr std::u16string_view kExtensions[] = {u"xlsx", u"xlsm", u"xls", u"ods", u"fods", u"et", u"csv"};
    const std::u16string extension = lowerExtension(fileName);
    return std::find(std::begin(kExtensions), std::end(kExtensions), extension) != std::end(kExtensions);
}

bool isCsvFileName(std::u16string_view fileName) {
    return lowerExtension(fileName) == u"csv";
}

} // namespace huibao
