// The assessment (spec/assessment.md): every unit's figures against its
// targets and the time-schedule progress, the county totals, the six flags.
// Input is what validation produced; the result is plain data from which the
// 单位考核 sheet (unit_assessment_table.hpp) and the report (report.hpp) are
// built.
#pragma once

#include "huibao/assessment/figures.hpp"
#include "huibao/assessment/target_progress.hpp"
#include "huibao/assessment/unit_flag.hpp"
#include "huibao/values/date.hpp"
#include "huibao/values/enums.hpp"
#include "huibao/values/schedule.hpp"
#include "huibao/workbook/parameters.hpp"
#include "huibao/workbook/project_row.hpp"
#include "huibao/workbook/unit_registry.hpp"

#include <optional>
#include <string>
#include <vector>

namespace huibao {

// How many findings validation left: the report states them.
struct ValidationCounts {
    int errors = 0;
    int warnings = 0;
};

struct UnitAssessment {
    // As the registry (or, unregistered, the first submission) writes it; at
    // most message::kShownCodePoints code points, then …
    std::u16string name;
    std::u16string shortName; // without a trailing 镇/乡/街道 (晋熙镇 -> 晋熙, 牛镇镇 -> 牛镇); else the name
    UnitType type = UnitType::Township;
    std::u16string group; // 招商团; empty when unregistered
    bool registered = false;

    Figures figures;
    TargetProgress funds;    // 省外资金 against 省外资金任务
    TargetProgress projects; // 认定项目数 against 项目任务
    TargetProgress foreign;  // 境外资金 against 境外资金任务

    std::vector<UnitFlag> flags; // in UnitFlag order
    std::u16string explanation;  // 说明: the flags in Chinese, clauses joined by ；

    bool isFlagged() const { return !flags.empty(); }
    // How the report's lists name the unit: townships by short name, as the
    // seed does (晋熙、城西…), other units by name.
    const std::u16string& nameInLists() const { return type == UnitType::Township ? shortName : name; }
    bool has(UnitFlag flag) const;
};

// A 亿元以上 project, for the 亿元以上项目清单 and the names in the narrative.
struct LargeProject {
    std::u16string name;   // 项目名称 as written (empty when blank), clipped as UnitAssessment::name
    std::u16string unit;   // 申报单位 as displayed (empty when unknown), clipped too
    double investment = 0; // 总投资, 亿元
    Status status = Status::Signed;
    bool emerging = false;
};

struct CountyAssessment {
    Figures figures;
    // Targets: 参数 省外资金任务 / 境外资金任务, else the sum of the units'
    // targets (nullopt when neither exists).
    TargetProgress funds;
    TargetProgress foreign;
    bool fundsTargetFromParameters = false; // 市下达任务 rather than the sum of the breakdown
    bool foreignTargetFromParameters = false;
    // Sum of the units' 项目任务 (the 全县合计 row), against 认定项目数.
    TargetProgress projects;
    // Against 参数 亿元以上项目任务 / 十亿元以上项目任务 / 战略性新兴产业项目任务.
    TargetProgress large;
    TargetProgress veryLarge;
    TargetProgress emerging;
    // 同比, where 参数 gives 上年同期 figures (nullopt when absent or 0).
    std::optional<double> declaredYearOnYear;
    std::optional<double> fundsYearOnYear;
    std::optional<double> foreignYearOnYear;
    // Rows that count but name no unit (申报单位 blank with no sheet unit):
    // in the county figures, in no unit's.
    int rowsWithoutUnit = 0;
};

// The report's own parameters (workbook.md §3), carried to the report layer.
struct ReportSettings {
    std::optional<std::u16string> notice; // 通知依据
    std::u16string issuingOffice;         // 报告单位
    Date issueDate;                       // 成文日期
    bool gapInPoints = true;              // 进度差表述: 个百分点 (else %)
    int yiyuanDecimals = 2;               // 亿元小数位
    int wanDecimals = 0;                  // 万元小数位
};

struct Assessment {
    std::u16string countyName; // 县名
    Date reportDate;           // 报告日期
    int year = 0;              // 年度
    ScheduleBasis basis = ScheduleBasis::ByMonth;
    double scheduleProgress = 0;            // 序时进度, a fraction
    int townshipThreshold = 3;              // 乡镇认定项目下限
    int departmentThreshold = 1;            // 县直单位认定项目下限
    bool hasRegistry = false;               // a targets sheet exists: target flags and unregistered apply
    std::vector<std::u16string> industries; // the 产业类别 catalogue, in order

    // 乡镇 then 县直单位, each in targets-sheet order, then unregistered names
    // in order of first appearance. Without a registry: 乡镇 then 县直单位,
    // each in order of first appearance.
    std::vector<UnitAssessment> units;
    CountyAssessment county;
    std::vector<LargeProject> largeProjects; // in sheet and row order
    ValidationCounts validation;
    ReportSettings reportSettings;

    int thresholdFor(UnitType type) const;
};

// Assesses the counting rows (rows whose counts() is false are skipped).
// `registry` is empty when the workbook has no targets sheet.
Assessment assess(const std::vector<ProjectRow>& rows, const UnitRegistry& registry, const Parameters& parameters,
                  ValidationCounts validation);

// The unit's name without one trailing 镇, 乡 or 街道, as written (compared
// after normalisation, so 晉熙鎮 -> 晉熙); the name itself if nothing would be left.
std::u16string shortUnitName(std::u16string_view name);

} // namespace huibao
