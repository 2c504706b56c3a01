// The counted figures of assessment.md ("Figures"), for one unit or for the
// whole county: one tally over the project rows that count.
#pragma once

#include "huibao/workbook/project_row.hpp"

#include <optional>
#include <string>
#include <vector>

namespace huibao {

// 亿元以上 in the spec's sense: a new project (新签约 or 新建) past 在谈 with
// 总投资 of at least `thresholdYiyuan` 亿元. A row whose 项目进展 is blank or
// invalid is not one: nothing says it got past 在谈, and the 已开工 / 已投产 /
// 未开工 split must add up to the total.
bool isLargeProject(const ProjectRow& row, double thresholdYiyuan = 1.0);

struct IndustryCount {
    std::u16string industry; // canonical 产业类别
    int recognized = 0;      // projects of that category with 平台认定 = 是
};

struct Figures {
    int declared = 0;           // 申报项目数: rows
    int newProjects = 0;        // 新签约或新建
    int continued = 0;          // 续建
    int recognized = 0;         // 认定项目数: 平台认定 = 是
    int landed = 0;             // 落地项目数: new and 已开工 / 已投产
    int large = 0;              // 亿元以上项目数
    int veryLarge = 0;          // 十亿元以上项目数
    int emerging = 0;           // 战略性新兴产业项目数 (among the 亿元以上)
    int largeStarted = 0;       // 亿元以上已开工
    int largeProducing = 0;     // 亿元以上已投产
    int largeNotStarted = 0;    // 亿元以上未开工 (项目进展 已签约)
    double funds = 0;           // 省外资金, 亿元
    double foreign = 0;         // 境外资金, 万美元
    int headquarters = 0;       // 总部经济项目数
    double headquartersTax = 0; // 总部经济引税额, 万元
    // New projects at 已签约 or later: the base of 项目开工率.
    int newSignedOrLater = 0;
    // Rows with 实际到位省外资金 > 0 and a 到资依据: none means no-evidence.
    int documentedFunds = 0;
    // One entry per category of the catalogue, in its order (categories a
    // row names outside the catalogue are appended as met).
    std::vector<IndustryCount> recognizedByIndustry;

    // 项目开工率 = landed ÷ newSignedOrLater; nullopt when that base is 0.
    std::optional<double> startRate() const;
    // Recognised projects of one category (0 when unknown).
    int recognizedIn(std::u16string_view industry) const;
};

// Empty figures listing every category (the seven and the county's extra ones).
Figures emptyFigures(const std::vector<std::u16string>& industries);

// Adds one counting row (the caller skips rows whose counts() is false).
void addProject(Figures& figures, const ProjectRow& row);

} // namespace huibao
