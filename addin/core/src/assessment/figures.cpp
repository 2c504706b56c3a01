#include "huibao/assessment/figures.hpp"

#include "huibao/values/amount.hpp"

namespace huibao {
namespace {

bool isNew(const ProjectRow& row) {
    return row.nature == Nature::NewlySigned || row.nature == Nature::NewlyBuilt;
}

IndustryCount& industryEntry(Figures& figures, const std::u16string& industry) {
    for (auto& entry : figures.recognizedByIndustry)
        if (entry.industry == industry) return entry;
    return figures.recognizedByIndustry.emplace_back(IndustryCount{industry, 0});
}

} // namespace

bool isLargeProject(const ProjectRow& row, double thresholdYiyuan) {
    return isNew(row) && row.status && *row.status != Status::Negotiating && row.investment &&
           atLeast(*row.investment, thresholdYiyuan);
}

std::optional<double> Figures::startRate() const {
    if (newSignedOrLater <= 0) return std::nullopt;
    return static_cast<double>(landed) / newSignedOrLater;
}

int Figures::recognizedIn(std::u16string_view industry) const {
    for (const auto& entry : recognizedByIndustry)
        if (entry.industry == industry) return entry.recognized;
    return 0;
}

Figures emptyFigures(const std::vector<std::u16string>& industries) {
    Figures figures;
    for (const auto& industry : industries) figures.recognizedByIndustry.push_back({industry, 0});
    return figures;
}

void addProject(Figures& figures, const ProjectRow& row) {
    ++figures.declared;
    const bool isNewProject = isNew(row);
    if (isNewProject) ++figures.newProjects;
    if (row.nature == Nature::Continued) ++figures.continued;

    const bool isRecognized = row.recognized.value_or(false);
    if (isRecognized) ++figures.recognized;

    const bool started = row.status == Status::Started || row.status == Status::Producing;
    if (isNewProject && started) ++figures.landed;
    if (isNewProject && row.status && *row.status >= Status::Signed) ++figures.newSignedOrLater;

    if (isLargeProject(row)) {
        ++figures.large;
        if (isLargeProject(row, 10.0)) ++figures.veryLarge;
        if (row.emerging.value_or(false)) ++figures.emerging;
        if (row.status == Status::Started) ++figures.largeStarted;
        if (row.status == Status::Producing) ++figures.largeProducing;
        if (row.status == Status::Signed) ++figures.largeNotStarted;
    }

    const double funds = row.funds.value_or(0);
    figures.funds += funds;
    figures.foreign += row.foreign.value_or(0);
    figures.headquartersTax += row.hqTax.value_or(0);
    if (funds > 0 && row.hasEvidence()) ++figures.documentedFunds;

    if (row.industry) {
        if (*row.industry == u"总部经济") ++figures.headquarters;
        IndustryCount& entry = industryEntry(figures, *row.industry);
        if (isRecognized) ++entry.recognized;
    }
}

} // namespace huibao
