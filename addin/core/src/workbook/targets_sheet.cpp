// Reading the targets sheet 任务分解 (spec/workbook.md §2) into a UnitRegistry.
#include "huibao/text/text.hpp"
#include "huibao/values/amount.hpp"
#include "huibao/values/count_reading.hpp"
#include "huibao/values/message_text.hpp"
#include "huibao/workbook/fields.hpp"
#include "huibao/workbook/finding_sink.hpp"
#include "huibao/workbook/parameters.hpp"
#include "huibao/workbook/submission_layout.hpp"
#include "huibao/workbook/unit_registry.hpp"
#include "huibao/workbook/workbook.hpp"

#include <algorithm>
#include <array>

namespace huibao {
namespace {

enum class TargetColumn { Name, Type, Group, Aliases, ProjectTarget, FundsTarget, ForeignTarget, Count };
constexpr int kTargetColumnCount = static_cast<int>(TargetColumn::Count);

struct TargetHeader {
    std::u16string_view header;
    std::u16string_view alias;
};
constexpr TargetHeader kTargetHeaders[kTargetColumnCount] = {
    {u"单位名称", u"单位"},       {u"单位类型", u"类型"},         {u"招商团", u"所属招商团"},     {u"别名", u"简称"},
    {u"项目任务", u"项目任务数"}, {u"省外资金任务", u"资金任务"}, {u"境外资金任务", u"外资任务"},
};

struct TargetColumns {
    std::array<int, kTargetColumnCount> columns;
    std::array<bool, kTargetColumnCount> canonical{};
    AmountUnit fundsUnit = AmountUnit::Yiyuan;
    AmountUnit foreignUnit = AmountUnit::WanUsd;
    TargetColumns() { columns.fill(-1); }
    int operator[](TargetColumn column) const { return columns[static_cast<int>(column)]; }
};

TargetColumns mapTargetColumns(const std::vector<Cell>& row) {
    TargetColumns map;
    for (int column = 0; column < static_cast<int>(row.size()); ++column) {
        if (!row[column].isText()) continue;
        const HeaderKey header = parseHeaderCell(row[column].text);
        for (int index = 0; index < kTargetColumnCount; ++index) {
            const bool canonical = header.key == kTargetHeaders[index].header;
            if (!canonical && header.key != kTargetHeaders[index].alias) continue;
            // As in submissions: canonical beats alias, else the leftmost stays.
            if (map.columns[index] >= 0 && (map.canonical[index] || !canonical)) break;
            map.columns[index] = column;
            map.canonical[index] = canonical;
            const auto kind = static_cast<TargetColumn>(index);
            if (header.unit && kind == TargetColumn::FundsTarget && !isUsd(*header.unit)) map.fundsUnit = *header.unit;
            if (header.unit && kind == TargetColumn::ForeignTarget && isUsd(*header.unit))
                map.foreignUnit = *header.unit;
            break;
        }
    }
    return map;
}

std::u16string errorValueMessage(std::u16string_view field) {
    return std::u16string(field) + u" 单元格是错误值（如 #N/A、#DIV/0!），请检查公式或改为有效内容";
}

} // namespace

std::optional<int> findTargetsHeaderRow(const Sheet& sheet) {
    const int searched = std::min<int>(15, static_cast<int>(sheet.cells.size()));
    for (int row = 0; row < searched; ++row) {
        const TargetColumns map = mapTargetColumns(sheet.cells[row]);
        if (map[TargetColumn::Name] >= 0 && map[TargetColumn::Type] >= 0) return row;
    }
    return std::nullopt;
}

UnitRegistry readTargetsSheet(const Sheet& sheet, int sheetIndex, std::vector<Finding>& findings) {
    FindingSink sink(findings, sheetIndex, sheet.name, sheet.isProtected);
    const auto headerRow = findTargetsHeaderRow(sheet);
    if (!headerRow) {
        // The sheet is named 任务分解 but has no usable header: say so, register nothing.
        for (int index = 0; index < 2; ++index) {
            sink.add(FindingCode::MissingHeader, 1, -1, kTargetHeaders[index].header,
                     u"任务分解表前15行中找不到含 单位名称 和 单位类型 的表头行，无法读取各单位任务", index);
        }
        return {};
    }
    const TargetColumns columns = mapTargetColumns(sheet.cells[*headerRow]);
    const Grid& grid = sheet.cells;
    std::vector<RegisteredUnit> units;

    for (int row = *headerRow + 1; row < static_cast<int>(grid.size()); ++row) {
        const auto& cells = grid[row];
        auto firstFilled = std::find_if(cells.begin(), cells.end(), [](const Cell& cell) { return !cell.isBlank(); });
        if (firstFilled == cells.end()) continue;
        if (firstFilled->isText()) {
            const std::u16string firstKey = normalizeKey(firstFilled->text);
            if (isFooterKey(firstKey)) break;
            if (isTotalKey(firstKey) || isSubtotalKey(firstKey)) continue;
        }
        const Cell& nameCell = cellAt(grid, row, columns[TargetColumn::Name]);
        const Cell& typeCell = cellAt(grid, row, columns[TargetColumn::Type]);
        const int sheetRow = row + 1;
        if (nameCell.isText()) {
            const std::u16string nameKey = normalizeKey(nameCell.text);
            if (isTotalKey(nameKey) || isSubtotalKey(nameKey)) continue;
        }
        if (nameCell.isError()) {
            sink.add(FindingCode::TypeError, sheetRow, columns[TargetColumn::Name], u"单位名称",
                     errorValueMessage(u"单位名称"));
            continue;
        }
        if (nameCell.isBlank()) {
            // A row with only a 序号 or a stray note is not a unit; one with a
            // type or a target is a unit whose name was forgotten.
            bool describesUnit = !typeCell.isBlank();
            for (auto column : {TargetColumn::ProjectTarget, TargetColumn::FundsTarget, TargetColumn::ForeignTarget}) {
                describesUnit = describesUnit || !cellAt(grid, row, columns[column]).isBlank();
            }
            if (describesUnit) {
                sink.add(FindingCode::MissingCell, sheetRow, columns[TargetColumn::Name], u"单位名称",
                         u"单位名称 未填写：这一行有任务数据但没有单位名称，请补上单位名称");
            }
            continue;
        }

        RegisteredUnit unit;
        unit.name = message::cellText(nameCell);
        unit.sheetRow = sheetRow;
        unit.type = inferUnitType(unit.name);
        if (typeCell.isBlank()) {
            sink.add(FindingCode::MissingCell, sheetRow, columns[TargetColumn::Type], u"单位类型",
                     u"单位类型 未填写，请填 乡镇 或 县直单位；暂按名称视为" + unitTypeName(unit.type));
        } else if (typeCell.isError()) {
            sink.add(FindingCode::TypeError, sheetRow, columns[TargetColumn::Type], u"单位类型",
                     errorValueMessage(u"单位类型"));
        } else if (auto type = parseUnitType(message::cellText(typeCell))) {
            unit.type = *type;
        } else {
            sink.add(FindingCode::EnumError, sheetRow, columns[TargetColumn::Type], u"单位类型",
                     message::quoted(message::cellText(typeCell)) +
                         u" 不是有效的单位类型，可选：乡镇、县直单位；暂按名称视为" + unitTypeName(unit.type));
        }
        if (const Cell& group = cellAt(grid, row, columns[TargetColumn::Group]); !group.isBlank() && !group.isError()) {
            unit.group = message::cellText(group);
        }
        if (const Cell& aliases = cellAt(grid, row, columns[TargetColumn::Aliases]); aliases.isText()) {
            unit.aliases = splitNameList(aliases.text);
        }

        const int projectColumn = columns[TargetColumn::ProjectTarget];
        if (const Cell& cell = cellAt(grid, row, projectColumn); !cell.isBlank()) {
            const CountReading reading = readCount(cell);
            if (reading.status == CountReading::Status::Ok) {
                unit.projectTarget = reading.value;
            } else {
                sink.add(FindingCode::TypeError, sheetRow, projectColumn, u"项目任务",
                         cell.isError() ? errorValueMessage(u"项目任务")
                                        : u"项目任务 " + message::quoted(message::cellText(cell)) +
                                              u" 不是有效的个数，请填阿拉伯数字（如 3）；该单位暂无项目任务");
            }
        }
        auto readTarget = [&](TargetColumn which, std::u16string_view field, AmountUnit columnUnit,
                              AmountUnit targetUnit, std::optional<double>& out) {
            const int column = columns[which];
            const Cell& cell = cellAt(grid, row, column);
            if (cell.isBlank()) return;
            const AmountReading reading = readAmount(cell, columnUnit);
            if (reading.status == AmountReading::Status::Ok && reading.value >= 0) {
                out = convertAmount(reading.value, columnUnit, targetUnit);
                return;
            }
            sink.add(FindingCode::TypeError, sheetRow, column, field,
                     cell.isError() ? errorValueMessage(field)
                                    : std::u16string(field) + u" " + message::quoted(message::cellText(cell)) +
                                          u" 不是有效金额（单位" + unitName(columnUnit) + u"），该单位暂无此项任务");
        };
        readTarget(TargetColumn::FundsTarget, u"省外资金任务", columns.fundsUnit, AmountUnit::Yiyuan, unit.fundsTarget);
        readTarget(TargetColumn::ForeignTarget, u"境外资金任务", columns.foreignUnit, AmountUnit::WanUsd,
                   unit.foreignTarget);
        units.push_back(std::move(unit));
    }
    return UnitRegistry(std::move(units));
}

} // namespace huibao
