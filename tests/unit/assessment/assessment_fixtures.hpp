// Test helpers for the assessment and report tests: project rows, a registry
// and parameters built by hand, and one small county whose every figure is
// worked out in the comments below.
#pragma once

#include "huibao/assessment/assessment.hpp"
#include "huibao/text/text.hpp"
#include "huibao/workbook/parameters.hpp"
#include "huibao/workbook/workbook.hpp"

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace huibao::test {

inline UnitRef registeredRef(const UnitRegistry& registry, int index) {
    const auto& name = registry.units().at(index).name;
    return UnitRef{index, normalizeKey(name), name};
}

inline UnitRef unregisteredRef(std::u16string name) {
    return UnitRef{-1, normalizeKey(name), std::move(name)};
}

// A counted project row with the fields every test sets; the rest stay blank.
inline ProjectRow project(std::optional<UnitRef> unit, std::u16string name, Nature nature, std::u16string industry,
                          double investment, Status status, bool recognized = false) {
    ProjectRow row;
    row.unit = std::move(unit);
    row.name = std::move(name);
    row.nature = nature;
    row.industry = std::move(industry);
    row.investment = investment;
    row.status = status;
    row.recognized = recognized;
    return row;
}

inline ProjectRow withFunds(ProjectRow row, double funds, std::u16string evidence = {}) {
    row.funds = funds;
    if (!evidence.empty()) row.evidence = std::move(evidence);
    return row;
}

// Parameters as the 参数 sheet would give them: name/value text pairs.
inline Parameters parameters(const std::vector<std::pair<std::u16string, std::u16string>>& entries) {
    Sheet sheet;
    sheet.name = u"参数";
    sheet.cells.push_back({Cell::ofText(u"参数"), Cell::ofText(u"值")});
    for (const auto& [name, value] : entries) sheet.cells.push_back({Cell::ofText(name), Cell::ofText(value)});
    std::vector<Finding> findings;
    Parameters result = readParameters(&sheet, 0, Date{2026, 1, 1}, kDefaultNullDate, findings);
    return result;
}

inline RegisteredUnit unit(std::u16string name, UnitType type, std::optional<double> projectTarget = std::nullopt,
                           std::optional<double> fundsTarget = std::nullopt,
                           std::optional<double> foreignTarget = std::nullopt, std::u16string group = {}) {
    RegisteredUnit registered;
    registered.name = std::move(name);
    registered.type = type;
    registered.group = std::move(group);
    registered.projectTarget = projectTarget;
    registered.fundsTarget = fundsTarget;
    registered.foreignTarget = foreignTarget;
    return registered;
}

// 太湖县 on 2026-10-31, by month: 序时进度 = 10/12.
//
// Registry (targets-sheet order): 晋熙镇 (项目4, 资金2, 外资100, 一团),
// 城西镇 (项目2, 资金1), 开发区管委会 (项目2, 资金5), 农委 (none),
// 牛镇镇 (none). Rows:
//   r1 晋熙镇  新签约 工业 1.5亿 已开工 认定 新兴 资金0.8 有依据   -> 亿元以上, 落地
//   r2 晋熙镇  续建   农业 0.5亿 已投产 认定      资金0.2 无依据
//   r3 晋熙镇  新建   科技 12亿  已签约 认定                       -> 十亿元以上, 未开工
//   r4 晋熙镇  repeat of r1 (duplicate-row)                       -> not counted
//   r5 城西镇  新签约 农业 0.3亿 在谈        资金0.9 有依据 外资50
//   r6 开发区  新建 总部经济 2亿 已投产 认定 资金1.0 有依据 引税300.5 -> 亿元以上, 已投产
//   r7 城关街道 (unregistered) 新签约 工业 0.8亿 已开工            -> 落地
//   r8 县商务局 (unregistered) 续建 服务业 0.5亿 已开工 认定 资金0.1 有依据
//   r9 (no unit) 新签约 农业 3亿 在谈
struct SampleCounty {
    UnitRegistry registry;
    std::vector<ProjectRow> rows;
    Parameters params;

    SampleCounty()
        : registry({unit(u"晋熙镇", UnitType::Township, 4, 2.0, 100, u"一团"),
                    unit(u"城西镇", UnitType::Township, 2, 1.0), unit(u"开发区管委会", UnitType::Department, 2, 5.0),
                    unit(u"农委", UnitType::Department), unit(u"牛镇镇", UnitType::Township)}),
          params(parameters({{u"县名", u"太湖县"}, {u"报告日期", u"2026-10-31"}})) {
        const UnitRef jinxi = registeredRef(registry, 0);
        const UnitRef chengxi = registeredRef(registry, 1);
        const UnitRef zone = registeredRef(registry, 2);

        ProjectRow r1 =
            withFunds(project(jinxi, u"光伏发电站项目", Nature::NewlySigned, u"工业", 1.5, Status::Started, true), 0.8,
                      u"银行回单001");
        r1.emerging = true;
        rows.push_back(r1);
        rows.push_back(
            withFunds(project(jinxi, u"茶叶基地项目", Nature::Continued, u"农业", 0.5, Status::Producing, true), 0.2));
        rows.push_back(project(jinxi, u"针织品研发与加工项目", Nature::NewlyBuilt, u"科技", 12, Status::Signed, true));
        ProjectRow r4 = r1;
        r4.isDuplicate = true;
        r4.firstOccurrence = 0;
        rows.push_back(r4);
        ProjectRow r5 = withFunds(
            project(chengxi, u"花海观光项目", Nature::NewlySigned, u"农业", 0.3, Status::Negotiating), 0.9, u"回单005");
        r5.foreign = 50;
        rows.push_back(r5);
        ProjectRow r6 =
            withFunds(project(zone, u"总部大厦项目", Nature::NewlyBuilt, u"总部经济", 2, Status::Producing, true), 1.0,
                      u"回单006");
        r6.hqTax = 300.5;
        rows.push_back(r6);
        rows.push_back(
            project(unregisteredRef(u"城关街道"), u"物流园项目", Nature::NewlySigned, u"工业", 0.8, Status::Started));
        rows.push_back(withFunds(project(unregisteredRef(u"县商务局"), u"商贸城项目", Nature::Continued, u"服务业", 0.5,
                                         Status::Started, true),
                                 0.1, u"回单008"));
        rows.push_back(project(std::nullopt, u"无单位项目", Nature::NewlySigned, u"农业", 3, Status::Negotiating));
    }

    Assessment assess(ValidationCounts counts = {2, 1}) const { return huibao::assess(rows, registry, params, counts); }
};

inline const UnitAssessment& unitNamed(const Assessment& assessment, std::u16string_view name) {
    for (const auto& unit : assessment.units)
        if (unit.name == name) return unit;
    throw std::runtime_error("no such unit: " + toUtf8(name));
}

} // namespace huibao::test
