// Workbook validation: sheet roles, then per submission sheet the header,
// row and sheet rules, then the cross-sheet duplicate rule and sorting.
#include "huibao/validation/validation.hpp"

#include "cross_sheet_index.hpp"
#include "sheet_check.hpp"
#include "workbook_checks.hpp"

#include "huibao/text/key_cache.hpp"
#include "huibao/text/text.hpp"
#include "huibao/validation/row_checker.hpp"
#include "huibao/values/message_text.hpp"
#include "huibao/workbook/cell_reference.hpp"
#include "huibao/workbook/contract.hpp"
#include "huibao/workbook/finding_sink.hpp"

#include "huibao/support/first_occurrence_index.hpp"
#include "huibao/support/memory_hints.hpp"
#include "huibao/support/parallel.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

namespace huibao {
namespace {

// The amount columns a total row is checked on.
constexpr FieldId kTotalledFields[] = {FieldId::Investment, FieldId::Funds, FieldId::Foreign, FieldId::HqTax};

const std::optional<double>& amountOf(const ProjectRow& row, FieldId field) {
    switch (field) {
    case FieldId::Investment: return row.investment;
    case FieldId::Funds: return row.funds;
    case FieldId::Foreign: return row.foreign;
    default: return row.hqTax;
    }
}

// Finds the sheets by name and content: output sheets first (never input),
// then 参数 and 任务分解 by name, then a targets sheet by its header.
void assignRoles(const Workbook& workbook, ValidationResult& result) {
    const int count = static_cast<int>(workbook.sheets.size());
    for (int index = 0; index < count; ++index) {
        const std::u16string& name = workbook.sheets[index].name;
        SheetInfo& info = result.sheets[index];
        if (isOutputSheetName(name)) {
            info.role = SheetRole::Output;
            continue;
        }
        const std::u16string key = normalizeKey(name);
        if (key == contract::kParametersSheet && result.parametersSheet < 0) {
            info.role = SheetRole::Parameters;
            result.parametersSheet = index;
        } else if (key == contract::kTargetsSheet && result.targetsSheet < 0) {
            info.role = SheetRole::Targets;
            result.targetsSheet = index;
        }
    }
    // A sheet's layout depends on its cells alone: recognised in parallel.
    std::vector<int> candidates;
    for (int index = 0; index < count; ++index) {
        if (result.sheets[index].role == SheetRole::Other) candidates.push_back(index);
    }
    support::forEachInParallel(candidates.size(), [&](std::size_t item, std::size_t) {
        const int index = candidates[item];
        result.sheets[index].layout = recognizeSubmission(workbook.sheets[index].cells);
    });
    for (int index : candidates) {
        SheetInfo& info = result.sheets[index];
        const Sheet& sheet = workbook.sheets[index];
        if (info.layout) {
            info.role = SheetRole::Submission;
        } else if (result.targetsSheet < 0 && findTargetsHeaderRow(sheet)) {
            // A project list can also hold 单位名称 and a 类型 column; it stays a
            // submission, so only non-submission sheets are candidates.
            info.role = SheetRole::Targets;
            result.targetsSheet = index;
        }
    }
}

// How many rows ahead of the one being checked its texts are prefetched.
constexpr std::size_t kPrefetchRows = 2;

void prefetchTexts(const std::vector<Cell>& cells) {
    for (const Cell& cell : cells) {
        if (cell.isText()) support::prefetch(cell.text.data());
    }
}

} // namespace

namespace {

using detail::KeySpan;
using detail::SheetCheck;
using detail::UnitName;

// Checks one submission sheet's header, rows, blank rows and total row.
// Thread-safe for distinct sheets: it writes only `check`, the sheet's
// SheetInfo and the sheet's slice of result.rows.
class SubmissionValidator {
public:
    SubmissionValidator(const Workbook& workbook, ValidationResult& result)
        : workbook_(workbook), result_(result), units_(result.hasTargetsSheet() ? &result.registry : nullptr) {}

    void validate(SheetCheck& check) {
        const int sheetIndex = check.sheetIndex;
        const Sheet& sheet = workbook_.sheets[sheetIndex];
        const SubmissionLayout& layout = *result_.sheets[sheetIndex].layout;
        const ColumnMap& columns = layout.columns;
        FindingSink sink(check.findings, sheetIndex, sheet.name, sheet.isProtected);

        // Without a targets sheet any sheet's name names its unit; with one,
        // only a name that matches a registered unit.
        // A unit's second sheet (孚玉镇（2）) names it as well.
        std::optional<int> registered;
        if (result_.hasTargetsSheet()) registered = result_.registry.matchSheetName(sheet.name);
        const bool sheetNamesUnit = result_.hasTargetsSheet() ? registered.has_value() : true;
        check.sheetNamesUnit = sheetNamesUnit;
        reportMissingHeaders(layout, sheetNamesUnit, sink);

        RowContext& context = check.context;
        context.columns = &columns;
        context.industries = &result_.industries;
        context.nullDate = workbook_.nullDate;
        context.reportDate = result_.parameters.reportDate();
        context.checkUnitRegistry = result_.hasTargetsSheet();
        context.unitRequired = !sheetNamesUnit;
        context.deferUnits = true;
        if (sheetNamesUnit) {
            const bool wholeName = registered && result_.registry.match(sheet.name) == registered;
            context.sheetUnitName = std::u16string(wholeName ? trim(sheet.name) : withoutSheetOrdinal(sheet.name));
        }
        RowChecker checker(context, units_, sink);
        check.rowsBegin = check.findings.size();

        const std::vector<int>& projects = layout.rows.projects;
        check.rowCount = projects.size();
        check.findingsAfterRow.reserve(projects.size());
        check.keys.resize(projects.size());
        check.units.resize(projects.size());
        check.keyText.reserve(projects.size() * 32);
        for (std::size_t i = 0; i < projects.size(); ++i) {
            const int gridRow = projects[i];
            // Every text of a row is a separate allocation: ask for a later
            // row's texts now, so that they are in cache when it is checked.
            if (i + kPrefetchRows < projects.size()) prefetchTexts(sheet.cells[projects[i + kPrefetchRows]]);
            ProjectRow& row = result_.rows[check.firstRow + i];
            row.sheetIndex = sheetIndex;
            RowOutcome outcome;
            checker.checkInto(sheet.cells[gridRow], gridRow, row, outcome);
            check.findingsAfterRow.push_back(check.findings.size());
            keepUnitName(check, i, outcome);
            if (row.name && !outcome.investorUnreadable) {
                KeySpan& key = check.keys[i];
                key.offset = check.keyText.size();
                appendRowKey(row, check.keyText);
                key.length = check.keyText.size() - key.offset;
                key.hash = std::hash<std::u16string_view>{}(check.key(i));
                key.present = true;
            }
        }
        const int seqColumn = layout.columns.column(FieldId::Seq);
        for (int gridRow : layout.rows.blankBetween) {
            // A group title typed into 序号 (二、续建项目) makes the row no
            // project, as workbook.md reads it; the message says what it holds.
            const Cell& seq = cellAt(sheet.cells, gridRow, seqColumn);
            const std::u16string_view title = seq.isText() ? trim(seq.text) : std::u16string_view();
            sink.add(FindingCode::BlankRow, gridRow + 1, -1, u"",
                     title.empty() ? u"数据中间有空行，请删除该行（空行以下的项目仍会读取）"
                                   : u"此行只有序号栏的" + message::quoted(title) +
                                         u"，不是项目：分组标题请移到表格之外或删除该行（以下的项目仍会读取）");
        }
        check.totalsBegin = check.findings.size();
        if (layout.rows.totalRow) checkTotals(sheet, layout, check, sink);
    }

    // Project `i` of an already checked sheet again (its cells were edited,
    // the sheet's layout is unchanged): its row, findings, key and unit name.
    void recheckRow(SheetCheck& check, std::size_t i) {
        const int sheetIndex = check.sheetIndex;
        const Sheet& sheet = workbook_.sheets[sheetIndex];
        const int gridRow = result_.sheets[sheetIndex].layout->rows.projects[i];
        std::vector<Finding> fresh;
        FindingSink sink(fresh, sheetIndex, sheet.name, sheet.isProtected);
        RowChecker checker(check.context, units_, sink);
        ProjectRow& row = result_.rows[check.firstRow + i];
        row = ProjectRow{};
        row.sheetIndex = sheetIndex;
        RowOutcome outcome;
        checker.checkInto(sheet.cells[gridRow], gridRow, row, outcome);

        // Its findings replace the old ones in place; later rows' bounds move.
        const std::size_t begin = i == 0 ? check.rowsBegin : check.findingsAfterRow[i - 1];
        const std::size_t end = check.findingsAfterRow[i];
        auto& findings = check.findings;
        const auto shift = static_cast<std::ptrdiff_t>(fresh.size()) - static_cast<std::ptrdiff_t>(end - begin);
        const std::size_t common = std::min(fresh.size(), end - begin);
        std::move(fresh.begin(), fresh.begin() + common, findings.begin() + begin);
        if (shift < 0)
            findings.erase(findings.begin() + begin + common, findings.begin() + end);
        else
            findings.insert(findings.begin() + end, std::make_move_iterator(fresh.begin() + common),
                            std::make_move_iterator(fresh.end()));
        for (std::size_t j = i; j < check.rowCount; ++j) check.findingsAfterRow[j] += shift;
        check.totalsBegin += shift;

        check.units[i] = UnitName{};
        keepUnitName(check, i, outcome);
        check.keys[i] = KeySpan{};
        if (row.name && !outcome.investorUnreadable) {
            std::u16string& text = check.editedKeys.emplace_back();
            appendRowKey(row, text);
            KeySpan& key = check.keys[i];
            key.owned = &text;
            key.hash = std::hash<std::u16string_view>{}(text);
            key.present = true;
        }
    }

    // The total row again (a project's amounts changed).
    void recheckTotals(SheetCheck& check) {
        const Sheet& sheet = workbook_.sheets[check.sheetIndex];
        const SubmissionLayout& layout = *result_.sheets[check.sheetIndex].layout;
        check.findings.erase(check.findings.begin() + static_cast<std::ptrdiff_t>(check.totalsBegin),
                             check.findings.end());
        FindingSink sink(check.findings, check.sheetIndex, sheet.name, sheet.isProtected);
        if (layout.rows.totalRow) checkTotals(sheet, layout, check, sink);
    }

private:
    static void keepUnitName(SheetCheck& check, std::size_t i, RowOutcome& outcome) {
        if (!outcome.hasUnitName) return;
        UnitName& unit = check.units[i];
        unit.present = true;
        if (outcome.unitNameOwned) {
            unit.name = check.ownedUnitNames.emplace_back(std::move(outcome.ownedUnitName));
        } else {
            unit.name = outcome.unitName;
        }
    }

    // The duplicate key: name and investor, normalised.
    static void appendRowKey(const ProjectRow& row, std::u16string& out) {
        appendFastKey(*row.name, out);
        out += u'\0'; // never inside a key: the pair stays unambiguous
        if (row.investor) appendFastKey(*row.investor, out);
    }

    void reportMissingHeaders(const SubmissionLayout& layout, bool sheetNamesUnit, FindingSink& sink) {
        for (const FieldSpec& spec : fieldSpecs()) {
            const bool required = spec.requirement == Requirement::Required ||
                                  (spec.requirement == Requirement::RequiredUnlessSheetNamesUnit && !sheetNamesUnit);
            if (!required || layout.columns.has(spec.id)) continue;
            // A two-row header is named by both its rows.
            const std::u16string rowsText =
                layout.headerRowCount == 1
                    ? message::number(layout.headerRow + 1)
                    : message::number(layout.headerRow + 1) + u"至" + message::number(layout.lastHeaderRow() + 1);
            std::u16string message =
                u"缺少必填列 " + message::quoted(spec.header) + u"（表头在第" + rowsText + u"行），请增加该列";
            if (spec.id == FieldId::Unit) message += u"，或将工作表命名为任务分解表中的单位名称";
            sink.add(FindingCode::MissingHeader, layout.headerRow + 1, -1, spec.header, std::move(message),
                     fieldIndex(spec.id));
        }
    }

    void checkTotals(const Sheet& sheet, const SubmissionLayout& layout, const SheetCheck& check, FindingSink& sink) {
        const int totalRow = *layout.rows.totalRow;
        for (FieldId field : kTotalledFields) {
            if (!layout.columns.has(field)) continue;
            const int column = layout.columns.column(field);
            const Cell& cell = cellAt(sheet.cells, totalRow, column);
            if (cell.isBlank()) continue;
            const std::u16string label = std::u16string(fieldHeader(field));
            if (cell.isError()) {
                sink.add(FindingCode::TypeError, totalRow + 1, column, label,
                         u"合计行的 " + label + u" 单元格是错误值（如 #N/A、#DIV/0!），请检查公式", fieldIndex(field));
                continue;
            }
            const AmountUnit columnUnit = layout.columns.unit(field);
            const AmountReading stated = readAmount(cell, columnUnit);
            if (stated.status != AmountReading::Status::Ok) continue; // a note such as "/" states no amount
            const AmountUnit fieldUnit = *fieldSpec(field).defaultUnit;
            const double toColumn = unitScale(fieldUnit) / unitScale(columnUnit);
            // The sheet's rows, last first (the order of the sum matters to the last bit).
            double sum = 0;
            for (std::size_t i = check.rowCount; i-- > 0;) {
                if (const auto& value = amountOf(result_.rows[check.firstRow + i], field)) sum += *value * toColumn;
            }
            const double difference = stated.value - sum;
            if (std::abs(difference) <= 0.005 + 1e-9) continue;
            std::u16string unit(1, u' ');
            unit += unitName(columnUnit);
            sink.add(FindingCode::TotalMismatch, totalRow + 1, column, label,
                     u"合计行 " + label + u" 为 " + message::number(stated.value) + unit + u"，各项目之和为 " +
                         message::number(sum) + unit + u"，合计" + (difference > 0 ? u"多" : u"少") + u" " +
                         message::number(std::abs(difference)) + unit + u"，请核对合计或明细",
                     fieldIndex(field));
        }
    }

    const Workbook& workbook_;
    ValidationResult& result_;
    // This validator's own cache; only unknown-unit's test and suggestion
    // (which depend on the registry alone) are taken from it.
    UnitResolver units_;
};

// Applies the rules that depend on earlier sheets, in sheet and row order:
// units resolved (unregistered units keep their order of appearance) and
// duplicate-row.
void joinSheets(const Workbook& workbook, ValidationResult& result,
                const std::vector<std::unique_ptr<SheetCheck>>& checks, std::size_t projectCount) {
    UnitResolver units(result.hasTargetsSheet() ? &result.registry : nullptr);
    // The first row of each duplicate key, in sheet then row order.
    support::FirstOccurrenceIndex firstRowByKey(projectCount);
    for (const auto& owned : checks) {
        SheetCheck& check = *owned;
        check.duplicates.clear(); // a re-join starts afresh
        SheetInfo& info = result.sheets[check.sheetIndex];
        // A per-unit sheet names its unit even before any row uses it.
        if (check.sheetNamesUnit) info.sheetUnit = units.resolve(check.context.sheetUnitName).unit;
        for (std::size_t i = 0; i < check.rowCount; ++i) {
            const int index = static_cast<int>(check.firstRow + i);
            ProjectRow& row = result.rows[index];
            row.isDuplicate = false;
            row.firstOccurrence = -1;
            if (check.units[i].present) row.unit = units.resolve(check.units[i].name).unit;
            const KeySpan& span = check.keys[i];
            if (!span.present) continue;
            const int first = firstRowByKey.findOrAdd(check.key(i), span.hash, index);
            if (first < 0) continue;
            row.isDuplicate = true;
            row.firstOccurrence = first;
            check.duplicates.emplace_back(i, detail::duplicateFinding(workbook, result, check, row, first));
        }
    }
    result.unregisteredUnits = units.unregistered();
}

// The sheet's findings in the order a sequential check raises them: each
// row's duplicate-row right after its row rules. Copied: the check is kept
// for the next re-join.
void appendFindings(const SheetCheck& check, std::vector<Finding>& out) {
    std::size_t next = 0; // in check.findings
    for (const auto& [row, finding] : check.duplicates) {
        const std::size_t end = check.findingsAfterRow[row];
        out.insert(out.end(), check.findings.begin() + next, check.findings.begin() + end);
        next = end;
        out.push_back(finding);
    }
    out.insert(out.end(), check.findings.begin() + next, check.findings.end());
}

} // namespace

int ValidationResult::errorCount() const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [](const Finding& f) { return f.severity == Severity::Error; }));
}

int ValidationResult::warningCount() const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [](const Finding& f) { return f.severity == Severity::Warning; }));
}

namespace {

// Where a sheet's findings come in 校验结果's order.
long long sheetRank(std::span<const int> firstSheets, int sheetIndex) {
    const auto at = std::find(firstSheets.begin(), firstSheets.end(), sheetIndex);
    if (at != firstSheets.end()) return static_cast<long long>(at - firstSheets.begin());
    return static_cast<long long>(firstSheets.size()) + sheetIndex;
}

} // namespace

void sortFindings(std::vector<Finding>& findings, std::span<const int> firstSheets) {
    auto rank = [&](int sheetIndex) { return sheetRank(firstSheets, sheetIndex); };
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
        const auto keyOf = [&](const Finding& f) {
            return std::tuple(rank(f.sheetIndex), f.row, f.targetColumn(), static_cast<int>(f.code), f.fieldOrder);
        };
        return keyOf(a) < keyOf(b);
    });
}

ValidationResult validateWorkbook(const Workbook& workbook, const Date& today) {
    detail::WorkbookChecks checks(workbook, today);
    checks.validateAll();
    return checks.takeResult();
}

namespace detail {

WorkbookChecks::WorkbookChecks(const Workbook& workbook, const Date& today)
    : workbook_(workbook), today_(today), result_(today) {}

WorkbookChecks::~WorkbookChecks() {
    settle();
}

void WorkbookChecks::prepareRowEdits() {
    if (index_ || building_.valid()) return;
    building_ = std::async(std::launch::async, [this] { return std::make_unique<CrossSheetIndex>(checks_, result_); });
}

void WorkbookChecks::settle() {
    if (!building_.valid()) return;
    auto built = building_.get();
    if (!index_) index_ = std::move(built);
}

void WorkbookChecks::validateAll() {
    settle();
    const Workbook& workbook = workbook_;
    ValidationResult& result = result_ = ValidationResult(today_);
    result.sheets.resize(workbook.sheets.size());
    assignRoles(workbook, result);

    std::vector<Finding>& findings = leadingFindings_;
    findings.clear();
    const Sheet* parameters = result.parametersSheet >= 0 ? &workbook.sheets[result.parametersSheet] : nullptr;
    result.parameters = readParameters(parameters, result.parametersSheet, today_, workbook.nullDate, findings);
    result.industries = IndustryCatalog(result.parameters.extraIndustries());
    if (result.hasTargetsSheet()) {
        result.registry = readTargetsSheet(workbook.sheets[result.targetsSheet], result.targetsSheet, findings);
    }

    index_.reset();
    checks_.clear();
    std::size_t projectCount = 0;
    for (int index = 0; index < static_cast<int>(workbook.sheets.size()); ++index) {
        if (result.sheets[index].role != SheetRole::Submission) continue;
        SheetCheck& check = *checks_.emplace_back(std::make_unique<SheetCheck>());
        check.sheetIndex = index;
        check.firstRow = projectCount;
        projectCount += result.sheets[index].layout->rows.projects.size();
    }
    // Each sheet fills its own slice of the rows.
    result.rows.reserve(projectCount);
    support::adviseHugePages(result.rows.data(), projectCount * sizeof(ProjectRow));
    result.rows.resize(projectCount);
    // One validator per thread: its unit cache serves all the sheets it checks.
    std::vector<std::unique_ptr<SubmissionValidator>> validators(support::kMaxWorkers);
    support::forEachInParallel(checks_.size(), [&](std::size_t item, std::size_t worker) {
        if (!validators[worker]) validators[worker] = std::make_unique<SubmissionValidator>(workbook, result);
        validators[worker]->validate(*checks_[item]);
    });
    joinAndCollect();
}

bool WorkbookChecks::recheckSheet(int sheetIndex) {
    settle();
    if (sheetIndex < 0 || sheetIndex >= static_cast<int>(result_.sheets.size())) return false;
    SheetInfo& info = result_.sheets[sheetIndex];
    const Sheet& sheet = workbook_.sheets[sheetIndex];
    switch (info.role) {
    case SheetRole::Parameters:
    case SheetRole::Targets: return false;
    case SheetRole::Output: return true; // never input
    case SheetRole::Other:
        // Still nothing Huibao reads: nothing to do.
        return !recognizeSubmission(sheet.cells) && (result_.hasTargetsSheet() || !findTargetsHeaderRow(sheet));
    case SheetRole::Submission: break;
    }
    auto layout = recognizeSubmission(sheet.cells);
    if (!layout) return false;
    auto at = std::find_if(checks_.begin(), checks_.end(), [&](const auto& c) { return c->sheetIndex == sheetIndex; });
    if (at == checks_.end()) return false;

    // The sheet's slice of the rows takes its new length; later sheets move.
    const std::size_t firstRow = (*at)->firstRow;
    const std::size_t oldCount = (*at)->rowCount;
    const std::size_t newCount = layout->rows.projects.size();
    auto& rows = result_.rows;
    if (newCount < oldCount) {
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(firstRow + newCount),
                   rows.begin() + static_cast<std::ptrdiff_t>(firstRow + oldCount));
    } else if (newCount > oldCount) {
        rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(firstRow + oldCount), newCount - oldCount, ProjectRow{});
    }
    for (auto later = at + 1; later != checks_.end(); ++later)
        (*later)->firstRow = (*later)->firstRow + newCount - oldCount;
    std::fill(rows.begin() + static_cast<std::ptrdiff_t>(firstRow),
              rows.begin() + static_cast<std::ptrdiff_t>(firstRow + newCount), ProjectRow{});

    index_.reset(); // it views the old check's keys
    info.layout = std::move(layout);
    *at = std::make_unique<SheetCheck>();
    (*at)->sheetIndex = sheetIndex;
    (*at)->firstRow = firstRow;
    SubmissionValidator(workbook_, result_).validate(**at);
    joinAndCollect();
    return true;
}

void WorkbookChecks::joinAndCollect() {
    ValidationResult& result = result_;
    joinSheets(workbook_, result, checks_, result.rows.size());
    std::vector<Finding> findings = leadingFindings_;
    for (const auto& check : checks_) appendFindings(*check, findings);
    sortFindings(findings, firstSheets());
    result.findings = std::move(findings);
}

std::vector<int> WorkbookChecks::firstSheets() const {
    std::vector<int> first;
    for (int index : {result_.targetsSheet, result_.parametersSheet}) {
        if (index >= 0) first.push_back(index);
    }
    std::sort(first.begin(), first.end());
    return first;
}

bool WorkbookChecks::recheckRows(int sheetIndex, int firstRow, int rowCount) {
    settle();
    if (sheetIndex < 0 || sheetIndex >= static_cast<int>(result_.sheets.size())) return false;
    const SheetInfo& info = result_.sheets[sheetIndex];
    // The header is looked for in the first rows: an edit there may move it,
    // and one in the row after them may make it a header's second row.
    if (info.role != SheetRole::Submission || firstRow <= kHeaderSearchRows) return false;
    const auto at =
        std::find_if(checks_.begin(), checks_.end(), [&](const auto& c) { return c->sheetIndex == sheetIndex; });
    if (at == checks_.end()) return false;
    const SubmissionLayout& layout = *info.layout;
    const DataRows& rows = layout.rows;
    const Grid& cells = workbook_.sheets[sheetIndex].cells;

    // The layout stands when each edited row is what it was: a project, a
    // blank row between projects, or past the total row (never read).
    std::vector<std::size_t> projects; // indices among the sheet's projects
    for (int row = firstRow; row < firstRow + rowCount; ++row) {
        if (rows.endsAtTotal() && row > *rows.totalRow) continue;
        if (row >= static_cast<int>(cells.size())) return false;
        const RowKind kind = classifyRow(cells[row], layout.columns);
        if (const auto p = std::lower_bound(rows.projects.begin(), rows.projects.end(), row);
            p != rows.projects.end() && *p == row) {
            if (kind != RowKind::Project) return false;
            projects.push_back(static_cast<std::size_t>(p - rows.projects.begin()));
        } else if (!std::binary_search(rows.blankBetween.begin(), rows.blankBetween.end(), row) ||
                   kind != RowKind::Blank) {
            return false;
        }
    }

    if (!index_) index_ = std::make_unique<CrossSheetIndex>(checks_, result_);
    const std::size_t c = static_cast<std::size_t>(at - checks_.begin());
    SheetCheck& check = **at;
    SubmissionValidator validator(workbook_, result_);
    for (std::size_t i : projects) {
        index_->removeRow(checks_, result_, c, i);
        validator.recheckRow(check, i);
        index_->addRow(checks_, c, i);
    }
    if (!projects.empty()) validator.recheckTotals(check);
    std::vector<char> dirty(checks_.size(), 0);
    dirty[c] = 1;
    index_->apply(workbook_, checks_, result_, dirty);
    const std::vector<int> first = firstSheets();
    for (std::size_t d = 0; d < checks_.size(); ++d)
        if (dirty[d]) replaceFindingsOf(*checks_[d], first);
    return true;
}

void WorkbookChecks::replaceFindingsOf(const SheetCheck& check, std::span<const int> first) {
    std::vector<Finding> fresh;
    appendFindings(check, fresh);
    sortFindings(fresh, first);
    // The findings are in sheet rank order: the sheet's own lie together.
    auto& all = result_.findings;
    const long long rank = sheetRank(first, check.sheetIndex);
    const auto begin = std::partition_point(all.begin(), all.end(),
                                            [&](const Finding& f) { return sheetRank(first, f.sheetIndex) < rank; });
    const auto end = std::partition_point(begin, all.end(),
                                          [&](const Finding& f) { return sheetRank(first, f.sheetIndex) == rank; });
    const auto common = std::min<std::ptrdiff_t>(end - begin, static_cast<std::ptrdiff_t>(fresh.size()));
    std::move(fresh.begin(), fresh.begin() + common, begin);
    if (end - begin > common)
        all.erase(begin + common, end);
    else
        all.insert(begin + common, std::make_move_iterator(fresh.begin() + common),
                   std::make_move_iterator(fresh.end()));
}

} // namespace detail

} // namespace huibao
