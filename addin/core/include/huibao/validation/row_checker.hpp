// The row-level rules of spec/validation.md applied to one data row, shared by
// workbook validation and CHECKPROJECT. Internal.
#pragma once

#include "huibao/support/text_map.hpp"
#include "huibao/validation/unit_resolver.hpp"
#include "huibao/values/enums.hpp"
#include "huibao/workbook/finding_sink.hpp"
#include "huibao/workbook/project_row.hpp"
#include "huibao/workbook/submission_layout.hpp"

#include <optional>

namespace huibao {

struct RowContext {
    const ColumnMap* columns = nullptr;
    const IndustryCatalog* industries = nullptr;
    Date nullDate = kDefaultNullDate;
    // Report date for future-date; nullopt (CHECKPROJECT) skips the rule.
    std::optional<Date> reportDate;
    // The sheet's name when it names the unit: a blank 申报单位 means it.
    // Empty: a blank 申报单位 is missing-cell unless unitRequired is false.
    std::u16string sheetUnitName;
    bool unitRequired = true;
    // unknown-unit is raised only when this is true (a targets sheet exists).
    bool checkUnitRegistry = false;
    // For a unit that is not registered, leave ProjectRow::unit empty and say
    // in RowOutcome which name it is: workbook validation resolves those
    // names afterwards, in sheet and row order, so that unregistered units
    // keep their order of appearance when sheets are checked in parallel. (A
    // registered unit's resolution depends on the registry alone.)
    bool deferUnits = false;
};

// What a checked row tells its caller besides the ProjectRow.
struct RowOutcome {
    // The 投资方 cell holds an error value: the row takes no part in
    // duplicate detection (its key is unknown, not blank).
    bool investorUnreadable = false;
    // With RowContext::deferUnits: the name whose resolution is the row's
    // unit (the written 申报单位, trimmed, or the sheet's unit name), when the
    // row has a unit that is not registered. It views the row's cell or the context's sheetUnitName,
    // except for a number or boolean written as the unit: then it views
    // ownedUnitName.
    bool hasUnitName = false;
    bool unitNameOwned = false;
    std::u16string_view unitName;
    std::u16string ownedUnitName;
};

struct CheckedRow {
    ProjectRow project;
    // The 投资方 cell holds an error value: the row takes no part in
    // duplicate detection (its key is unknown, not blank).
    bool investorUnreadable = false;
};

class RowChecker {
public:
    RowChecker(const RowContext& context, UnitResolver& units, FindingSink& sink);

    // Applies every row-level rule to the row at 0-based gridRow.
    CheckedRow check(const std::vector<Cell>& cells, int gridRow);
    // The same, into `row` (default-constructed; sheetIndex is left alone).
    void checkInto(const std::vector<Cell>& cells, int gridRow, ProjectRow& row, RowOutcome& outcome);

private:
    enum class State { Absent, Blank, Invalid, Ok };

    const Cell& cellOf(const std::vector<Cell>& cells, FieldId id) const;
    void report(FindingCode code, FieldId field, std::u16string message);
    void reportErrorValue(FieldId field);

    std::optional<std::u16string> readText(const std::vector<Cell>& cells, FieldId field, bool required, State& state);
    void readUnit(const std::vector<Cell>& cells, ProjectRow& row, RowOutcome& outcome);
    template <class Parsed, class Parse>
    std::optional<Parsed> readEnum(const std::vector<Cell>& cells, FieldId field, TextMap<std::optional<Parsed>>& memo,
                                   Parse parse, std::u16string_view fieldLabel, std::u16string_view choices);
    std::optional<double> readAmountField(const std::vector<Cell>& cells, FieldId field, State& state);
    std::optional<Date> readDateField(const std::vector<Cell>& cells, FieldId field, State& state);
    std::optional<bool> readYesNoField(const std::vector<Cell>& cells, FieldId field);
    void readSeq(const std::vector<Cell>& cells, ProjectRow& row);
    void checkDateOrder(const ProjectRow& row);
    void checkStatusDates(const ProjectRow& row, const std::array<State, kFieldCount>& states);
    void checkEvidence(const ProjectRow& row, State evidenceState);

    const RowContext& context_;
    const ColumnMap& columns_;
    UnitResolver& units_;
    FindingSink& sink_;
    int sheetRow_ = 0;

    TextMap<std::optional<Nature>> natures_;
    TextMap<std::optional<Status>> statuses_;
    TextMap<std::optional<std::u16string>> industries_;
    TextMap<YesNoReading> yesNo_;
    std::u16string natureChoices_, statusChoices_, industryChoices_;
};

} // namespace huibao
