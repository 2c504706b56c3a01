// The phrase placeholders of the report template: whole clauses or sentences
// worded for the case at hand (empty lists, one name, zero counts, ahead or
// behind schedule, no targets sheet). Internal; see placeholders.hpp.
#pragma once

#include "huibao/assessment/assessment.hpp"
#include "huibao/report/phrasing.hpp"

#include <string>
#include <vector>

namespace huibao::phrases {

std::u16string declaredProjects(const Assessment&);                   // 项目申报情况
std::u16string yearOnYearClause(const std::optional<double>& change); // ，同比增长12.30% or empty
std::u16string fundsCompletion(const Assessment&);                    // 省外资金完成表述
std::u16string largeProjects(const Assessment&);                      // 亿元以上项目情况
std::u16string largeProjectProgress(const Assessment&);               // 亿元以上项目进展情况
std::u16string headquarters(const Assessment&);                       // 总部经济情况
std::u16string projectQuality(const Assessment&);                     // 项目质量情况
std::u16string recognizedByIndustry(const Assessment&);               // 认定项目产业情况
std::u16string foreignFunds(const Assessment&);                       // 境外资金情况
std::u16string townships(const Assessment&);                          // 乡镇认定情况
std::u16string departments(const Assessment&);                        // 县直单位认定情况
std::u16string unitTargets(const Assessment&);                        // 单位任务完成情况
std::u16string unregisteredUnits(const Assessment&);                  // 未列入任务分解单位情况
std::u16string validation(const Assessment&);                         // 校验情况 (for 汇报数据's notes)
std::u16string ranking(const Assessment&);                            // 单位排名情况
std::u16string rankingNames(const Assessment&, bool top);             // 名次前三 / 名次后三

// The report's figure style, from the parameters.
FigureStyle figureStyle(const Assessment&);
// How the report names a unit in lists: simplified, townships by short name.
std::u16string unitInLists(const UnitAssessment& unit);

// 超序时进度5.20% …, or 未设定任务 when there is no rate.
std::u16string progressWording(const Assessment&, const TargetProgress& progress);
// Names of the 亿元以上 projects at one stage, in row order, as the report
// prints them (largeProjectDisplayNames).
std::vector<std::u16string> largeProjectNames(const Assessment&, Status status);
// Every 亿元以上 project's printed name, parallel to assessment.largeProjects:
// simplified, and two projects with the same name told apart by their unit's
// short name in front (牛镇铝合金门窗生产项目).
std::vector<std::u16string> largeProjectDisplayNames(const Assessment&);

} // namespace huibao::phrases
