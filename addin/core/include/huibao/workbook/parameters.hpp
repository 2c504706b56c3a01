// The report parameters of the 参数 sheet (spec/workbook.md §3), read once
// into one immutable value that everything downstream takes (in the manner of
// ICU's NumberFormatter settings).
#pragma once

#include "huibao/values/date.hpp"
#include "huibao/values/schedule.hpp"
#include "huibao/workbook/finding.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace huibao {

struct Sheet;

// One row of the spec's parameter table, in the spec's order: what the
// sidebar writes when it creates the sheet.
struct ParameterSpec {
    std::u16string_view name;        // 县名, 报告日期, …
    std::u16string_view defaultText; // as shown to users: 本县, 今天, 3, 无 …
};
std::span<const ParameterSpec> parameterSpecs();

class Parameters {
public:
    // All defaults; 报告日期 = today, 年度 = today's year.
    explicit Parameters(const Date& today);

    const std::u16string& countyName() const { return countyName_; } // 县名
    const Date& reportDate() const { return reportDate_; }           // 报告日期
    int year() const { return year_; }                               // 年度
    ScheduleBasis scheduleBasis() const { return basis_; }           // 序时进度口径
    int townshipThreshold() const { return townshipThreshold_; }     // 乡镇认定项目下限
    int departmentThreshold() const { return departmentThreshold_; } // 县直单位认定项目下限
    // nullopt: use the sum of the units' targets (assessment decides).
    std::optional<double> fundsTarget() const { return fundsTarget_; }     // 省外资金任务, 亿元
    std::optional<double> foreignTarget() const { return foreignTarget_; } // 境外资金任务, 万美元
    // nullopt: no such target.
    std::optional<double> yiyuanProjectsTarget() const { return yiyuanTarget_; }       // 亿元以上项目任务
    std::optional<double> tenYiyuanProjectsTarget() const { return tenYiyuanTarget_; } // 十亿元以上项目任务
    std::optional<double> emergingProjectsTarget() const { return emergingTarget_; } // 战略性新兴产业项目任务
    std::optional<double> lastYearFunds() const { return lastYearFunds_; }           // 上年同期省外资金, 亿元
    std::optional<double> lastYearForeign() const { return lastYearForeign_; }   // 上年同期境外资金, 万美元
    std::optional<double> lastYearProjects() const { return lastYearProjects_; } // 上年同期申报项目数
    // nullopt / empty: not set (collection.md writes them into templates and receipts).
    const std::optional<Date>& deadline() const { return deadline_; }      // 报送截止日期
    const std::u16string& contactPerson() const { return contactPerson_; } // 联系人
    const std::u16string& contactPhone() const { return contactPhone_; }   // 联系电话
    // 实时校验: whether a validated workbook is re-validated as it is edited.
    bool liveValidation() const { return liveValidation_; }
    // 通知依据: the notice the report answers; nullopt when not set (or 无).
    const std::optional<std::u16string>& notice() const { return notice_; }
    // 报告单位: as written, else {县名}招商局.
    std::u16string issuingOffice() const;
    // 成文日期: as written, else the day of the build (`today`).
    const Date& issueDate() const { return issueDate_; }
    // 进度差表述: true for 个百分点 (the default), false for %.
    bool gapInPercentagePoints() const { return gapInPoints_; }
    int yiyuanDecimals() const { return yiyuanDecimals_; } // 亿元小数位
    int wanDecimals() const { return wanDecimals_; }       // 万元小数位 (万元 and 万美元)
    // 其他产业类别, as written, each its own category.
    const std::vector<std::u16string>& extraIndustries() const { return extraIndustries_; }

private:
    friend Parameters readParameters(const Sheet*, int, const Date&, const Date&, std::vector<Finding>&);

    std::u16string countyName_;
    Date reportDate_;
    int year_;
    ScheduleBasis basis_ = ScheduleBasis::ByMonth;
    int townshipThreshold_ = 3;
    int departmentThreshold_ = 1;
    std::optional<double> fundsTarget_, foreignTarget_;
    std::optional<double> yiyuanTarget_, tenYiyuanTarget_, emergingTarget_;
    std::optional<double> lastYearFunds_, lastYearForeign_, lastYearProjects_;
    std::optional<Date> deadline_;
    std::u16string contactPerson_, contactPhone_;
    bool liveValidation_ = true;
    std::optional<std::u16string> notice_, issuingOffice_;
    Date issueDate_;
    bool gapInPoints_ = true;
    int yiyuanDecimals_ = 2;
    int wanDecimals_ = 0;
    std::vector<std::u16string> extraIndustries_;
};

// Reads the 参数 sheet (nullptr: no such sheet, all defaults). A bad value is
// a finding on that sheet (type-error / enum-error) appended to `findings`,
// and the default is used instead. Unknown names are ignored.
Parameters readParameters(const Sheet* sheet, int sheetIndex, const Date& today, const Date& nullDate,
                          std::vector<Finding>& findings);

// The row of the 参数 sheet a parameter is written to: the first row whose
// column A (`names`, one cell text per row) names it as readParameters reads
// it (the header row is not a parameter), or nullopt when no row does (then a
// new row is appended).
std::optional<int> parameterRow(std::span<const std::u16string> names, std::u16string_view name);

// Splits a list the way 别名 and 其他产业类别 are written: on 、 , ， ; ； /
// and whitespace; empty pieces dropped.
std::vector<std::u16string> splitNameList(std::u16string_view text);

} // namespace huibao
