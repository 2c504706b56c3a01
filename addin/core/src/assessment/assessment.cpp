// The assessment: rows tallied per unit and for the county, targets applied,
// flags raised (spec/assessment.md).
#include "huibao/assessment/assessment.hpp"

#include "huibao/text/text.hpp"
#include "huibao/values/message_text.hpp"
#include "unit_flags_rules.hpp"

#include <algorithm>
#include <unordered_map>

namespace huibao {
namespace {

// Sums the units' targets of one kind; nullopt when no unit has one.
template <typename Member>
std::optional<double> sumTargets(const UnitRegistry& registry, Member member) {
    std::optional<double> sum;
    for (const auto& unit : registry.units()) {
        if (const auto& target = unit.*member) sum = sum.value_or(0) + *target;
    }
    return sum;
}

// The units in report order, and where each row's unit lands among them.
class UnitTable {
public:
    UnitTable(const UnitRegistry& registry, const std::vector<std::u16string>& industries)
        : registry_(registry), industries_(industries) {
        const auto& registered = registry.units();
        slotOfRegistered_.assign(registered.size(), -1);
        for (UnitType type : {UnitType::Township, UnitType::Department}) {
            for (std::size_t index = 0; index < registered.size(); ++index) {
                if (registered[index].type != type) continue;
                slotOfRegistered_[index] = static_cast<int>(units_.size());
                units_.push_back(fromRegistry(registered[index]));
            }
        }
    }

    UnitAssessment& unitOf(const UnitRef& ref) {
        if (ref.isRegistered() && ref.registered < static_cast<int>(slotOfRegistered_.size()))
            return units_[slotOfRegistered_[ref.registered]];
        auto [it, inserted] = slotOfUnregistered_.try_emplace(ref.key, static_cast<int>(units_.size()));
        if (inserted) units_.push_back(fromSubmission(ref));
        return units_[it->second];
    }

    // Without a registry every unit is unregistered; the report still lists
    // 乡镇 before 县直单位, each in order of first appearance.
    std::vector<UnitAssessment> take() {
        if (registry_.empty()) {
            std::stable_partition(units_.begin(), units_.end(),
                                  [](const UnitAssessment& unit) { return unit.type == UnitType::Township; });
        }
        // Two units with one short form (牛镇镇, 牛镇乡) are named in full:
        // workbook.md matches neither by it, and a list must tell them apart.
        std::unordered_map<std::u16string, int> sharing;
        for (const auto& unit : units_) ++sharing[normalizeKey(unit.shortName)];
        for (auto& unit : units_)
            if (sharing[normalizeKey(unit.shortName)] > 1) unit.shortName = unit.name;
        return std::move(units_);
    }

private:
    UnitAssessment fromRegistry(const RegisteredUnit& registered) const {
        UnitAssessment unit;
        unit.name = message::clipped(registered.name, message::kShownCodePoints);
        unit.shortName = shortUnitName(unit.name);
        unit.type = registered.type;
        unit.group = registered.group;
        unit.registered = true;
        unit.figures = emptyFigures(industries_);
        unit.funds.target = registered.fundsTarget;
        unit.projects.target = registered.projectTarget;
        unit.foreign.target = registered.foreignTarget;
        return unit;
    }

    UnitAssessment fromSubmission(const UnitRef& ref) const {
        UnitAssessment unit;
        unit.name = message::clipped(ref.displayName, message::kShownCodePoints);
        unit.shortName = shortUnitName(unit.name);
        unit.type = inferUnitTypeOfKey(ref.key);
        unit.figures = emptyFigures(industries_);
        return unit;
    }

    const UnitRegistry& registry_;
    const std::vector<std::u16string>& industries_;
    std::vector<UnitAssessment> units_;
    std::vector<int> slotOfRegistered_;
    std::unordered_map<std::u16string, int> slotOfUnregistered_;
};

LargeProject largeProjectOf(const ProjectRow& row) {
    LargeProject project;
    // Shown in the report's tables and text: clipped like the units' names.
    if (row.name) project.name = message::clipped(*row.name, message::kShownCodePoints);
    if (row.unit) project.unit = message::clipped(row.unit->displayName, message::kShownCodePoints);
    project.investment = row.investment.value_or(0);
    project.status = row.status.value_or(Status::Signed);
    project.emerging = row.emerging.value_or(false);
    return project;
}

void measureCounty(Assessment& result, const UnitRegistry& registry, const Parameters& parameters) {
    CountyAssessment& county = result.county;
    const Figures& figures = county.figures;
    const double schedule = result.scheduleProgress;

    const auto fundsTarget =
        parameters.fundsTarget() ? parameters.fundsTarget() : sumTargets(registry, &RegisteredUnit::fundsTarget);
    const auto foreignTarget =
        parameters.foreignTarget() ? parameters.foreignTarget() : sumTargets(registry, &RegisteredUnit::foreignTarget);
    county.fundsTargetFromParameters = parameters.fundsTarget().has_value();
    county.foreignTargetFromParameters = parameters.foreignTarget().has_value();
    county.funds = measureProgress(figures.funds, fundsTarget, schedule);
    county.foreign = measureProgress(figures.foreign, foreignTarget, schedule);
    county.projects =
        measureProgress(figures.recognized, sumTargets(registry, &RegisteredUnit::projectTarget), schedule);
    county.large = measureProgress(figures.large, parameters.yiyuanProjectsTarget(), schedule);
    county.veryLarge = measureProgress(figures.veryLarge, parameters.tenYiyuanProjectsTarget(), schedule);
    county.emerging = measureProgress(figures.emerging, parameters.emergingProjectsTarget(), schedule);

    county.declaredYearOnYear = yearOnYear(figures.declared, parameters.lastYearProjects());
    county.fundsYearOnYear = yearOnYear(figures.funds, parameters.lastYearFunds());
    county.foreignYearOnYear = yearOnYear(figures.foreign, parameters.lastYearForeign());
}

} // namespace

bool UnitAssessment::has(UnitFlag flag) const {
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

int Assessment::thresholdFor(UnitType type) const {
    return type == UnitType::Township ? townshipThreshold : departmentThreshold;
}

std::u16string shortUnitName(std::u16string_view name) {
    const std::u16string_view written = trim(name);
    const std::u16string key = normalizeKey(written);
    // The suffixes are single characters in every script (鎮 -> 镇), 街道 two,
    // so the written name loses as many characters as the key does.
    std::size_t drop = 0;
    const std::u16string_view keyView = key;
    if (keyView.ends_with(u"街道"))
        drop = 2;
    else if (keyView.ends_with(u"镇") || keyView.ends_with(u"乡"))
        drop = 1;
    if (drop == 0 || keyView.size() <= drop || written.size() <= drop) return std::u16string(written);
    return std::u16string(written.substr(0, written.size() - drop));
}

Assessment assess(const std::vector<ProjectRow>& rows, const UnitRegistry& registry, const Parameters& parameters,
                  ValidationCounts validation) {
    Assessment result;
    result.countyName = parameters.countyName();
    result.reportDate = parameters.reportDate();
    result.year = parameters.year();
    result.basis = parameters.scheduleBasis();
    result.scheduleProgress = scheduleProgress(result.reportDate, result.year, result.basis);
    result.townshipThreshold = parameters.townshipThreshold();
    result.departmentThreshold = parameters.departmentThreshold();
    result.hasRegistry = !registry.empty();
    result.industries = IndustryCatalog(parameters.extraIndustries()).names();
    result.validation = validation;
    result.reportSettings = {parameters.notice(),         parameters.issuingOffice(),
                             parameters.issueDate(),      parameters.gapInPercentagePoints(),
                             parameters.yiyuanDecimals(), parameters.wanDecimals()};
    result.county.figures = emptyFigures(result.industries);

    UnitTable units(registry, result.industries);
    for (const ProjectRow& row : rows) {
        if (!row.counts()) continue;
        addProject(result.county.figures, row);
        if (row.unit)
            addProject(units.unitOf(*row.unit).figures, row);
        else
            ++result.county.rowsWithoutUnit;
        if (isLargeProject(row)) result.largeProjects.push_back(largeProjectOf(row));
    }

    result.units = units.take();
    for (UnitAssessment& unit : result.units) {
        const double schedule = result.scheduleProgress;
        unit.funds = measureProgress(unit.figures.funds, unit.funds.target, schedule);
        unit.projects = measureProgress(unit.figures.recognized, unit.projects.target, schedule);
        unit.foreign = measureProgress(unit.figures.foreign, unit.foreign.target, schedule);
        raiseFlags(unit, result.thresholdFor(unit.type), schedule, result.hasRegistry);
    }
    measureCounty(result, registry, parameters);
    return result;
}

} // namespace huibao
