// The names of the public contract (spec/README.md): sheet names and
// parameter labels that users' workbooks, macros and saved files depend on.
// Every other file takes them from here; none spells them again.
#pragma once

#include <string_view>

namespace huibao::contract {

// Input sheets Huibao recognises by name (spec/workbook.md §2, §3).
inline constexpr std::u16string_view kTargetsSheet = u"任务分解";
inline constexpr std::u16string_view kParametersSheet = u"参数";

// Huibao's own output sheets. They, and kept copies of them (any sheet whose
// normalised name starts with one of these: 工作汇报（修改稿）, 工作汇报 (2)),
// are never read as input.
inline constexpr std::u16string_view kFindingsSheet = u"校验结果";
inline constexpr std::u16string_view kUnitAssessmentSheet = u"单位考核";
inline constexpr std::u16string_view kReportSheet = u"工作汇报";
inline constexpr std::u16string_view kReportDataSheet = u"汇报数据";
inline constexpr std::u16string_view kReportTemplateSheet = u"汇报模板";
inline constexpr std::u16string_view kSubmissionLogSheet = u"报送登记";
inline constexpr std::u16string_view kOutputSheets[] = {
    kFindingsSheet, kUnitAssessmentSheet, kReportSheet, kReportDataSheet, kReportTemplateSheet, kSubmissionLogSheet,
};

// The 参数 sheet's header row (A and B are the spec's; C is Huibao's note).
inline constexpr std::u16string_view kParameterNameHeader = u"参数";
inline constexpr std::u16string_view kParameterValueHeader = u"值";
inline constexpr std::u16string_view kParameterNoteHeader = u"说明";

// The parameters of spec/workbook.md §3, in the spec's order.
namespace parameter {
inline constexpr std::u16string_view kCountyName = u"县名";
inline constexpr std::u16string_view kReportDate = u"报告日期";
inline constexpr std::u16string_view kYear = u"年度";
inline constexpr std::u16string_view kScheduleBasis = u"序时进度口径";
inline constexpr std::u16string_view kTownshipThreshold = u"乡镇认定项目下限";
inline constexpr std::u16string_view kDepartmentThreshold = u"县直单位认定项目下限";
inline constexpr std::u16string_view kFundsTarget = u"省外资金任务";
inline constexpr std::u16string_view kForeignTarget = u"境外资金任务";
inline constexpr std::u16string_view kYiyuanTarget = u"亿元以上项目任务";
inline constexpr std::u16string_view kTenYiyuanTarget = u"十亿元以上项目任务";
inline constexpr std::u16string_view kEmergingTarget = u"战略性新兴产业项目任务";
inline constexpr std::u16string_view kLastYearFunds = u"上年同期省外资金";
inline constexpr std::u16string_view kLastYearForeign = u"上年同期境外资金";
inline constexpr std::u16string_view kLastYearProjects = u"上年同期申报项目数";
inline constexpr std::u16string_view kNotice = u"通知依据";
inline constexpr std::u16string_view kIssuingOffice = u"报告单位";
inline constexpr std::u16string_view kIssueDate = u"成文日期";
inline constexpr std::u16string_view kGapWording = u"进度差表述";
inline constexpr std::u16string_view kYiyuanDecimals = u"亿元小数位";
inline constexpr std::u16string_view kWanyuanDecimals = u"万元小数位";
inline constexpr std::u16string_view kDeadline = u"报送截止日期";
inline constexpr std::u16string_view kContactPerson = u"联系人";
inline constexpr std::u16string_view kContactPhone = u"联系电话";
inline constexpr std::u16string_view kLiveValidation = u"实时校验";
inline constexpr std::u16string_view kExtraIndustries = u"其他产业类别";
} // namespace parameter

} // namespace huibao::contract
