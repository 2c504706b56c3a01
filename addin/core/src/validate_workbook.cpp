// Workbook validation: sheet roles, then per submission sheet the header,
// row and sheet rules, then the cross-sheet duplicate rule and sorting.
#include "huibao/validation.hpp"

#include "finding_sink.hpp"
#include "huibao/cell_reference.hpp"
#include "huibao/text.hpp"
#include "key_cache.hpp"
#include "message_text.hpp"
#include "row_checker.hpp"
#include "text_map.hpp"

#include <algorithm>

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
        if (key == u"参数" && result.parametersSheet < 0) {
            info.role = SheetRole::Parameters;
            result.parametersSheet = index;
        } else if (key == u"任务分解" && result.targetsSheet < 0) {
            info.role = SheetRole::Targets;
            result.targetsSheet = index;
        }
    }
    for (int index = 0; index < count; ++index) {
        SheetInfo& info = result.sheets[index];
        if (info.role != SheetRole::Other) continue;
        const Sheet& sheet = workbook.sheets[index];
        info.layout = recognizeSubmission(sheet.cells);
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

// Validates one submission sheet; appends its rows and findings.
class SubmissionValidator {
public:
    SubmissionValidator(const Workbook& workbook, ValidationResult& result, UnitResolver& units,
                        TextMap<int>& firstRowByKey, std::vector<Finding>& findings)
        : workbook_(workbook), result_(result), units_(units), firstRowByKey_(firstRowByKey), findings_(findings) {}

    void validate(int sheetIndex) {
        const Sheet& sheet = workbook_.sheets[sheetIndex];
        SheetInfo& info = result_.sheets[sheetIndex];
        const SubmissionLayout& layout = *info.layout;
        const ColumnMap& columns = layout.columns;
        FindingSink sink(findings_, sheetIndex, sheet.name, sheet.isProtected);

        // Without a targets sheet any sheet's name names its unit; with one,
        // only a name that matches a registered unit.
        const bool sheetNamesUnit = result_.hasTargetsSheet() ? result_.registry.match(sheet.name).has_value() : true;
        reportMissingHeaders(layout, sheetNamesUnit, sink);

        RowContext context;
        context.columns = &columns;
        context.industries = &result_.industries;
        context.nullDate = workbook_.nullDate;
        context.reportDate = result_.parameters.reportDate();
        context.checkUnitRegistry = result_.hasTargetsSheet();
        context.unitRequired = !sheetNamesUnit;
        if (sheetNamesUnit) {
            context.sheetUnitName = std::u16string(trim(sheet.name));
            // A per-unit sheet names its unit even before any row uses it.
            info.sheetUnit = units_.resolve(context.sheetUnitName).unit;
        }
        RowChecker checker(context, units_, sink);

        for (int gridRow : layout.rows.projects) {
            CheckedRow checked = checker.check(sheet.cells[gridRow], gridRow);
            checked.project.sheetIndex = sheetIndex;
            if (const int first = checkDuplicate(checked, columns, sink); first >= 0) {
                checked.project.isDuplicate = true;
                checked.project.firstOccurrence = first;
            }
            result_.rows.push_back(std::move(checked.project));
        }
        for (int gridRow : layout.rows.blankBetween) {
            sink.add(FindingCode::BlankRow, gridRow + 1, -1, u"", u"数据中间有空行，请删除该行（空行以下的项目仍会读取）");
        }
        if (layout.rows.totalRow) checkTotals(sheet, layout, sheetIndex, sink);
    }

private:
    void reportMissingHeaders(const SubmissionLayout& layout, bool sheetNamesUnit, FindingSink& sink) {
        for (const FieldSpec& spec : fieldSpecs()) {
            const bool required = spec.requirement == Requirement::Required ||
                                  (spec.requirement == Requirement::RequiredUnlessSheetNamesUnit && !sheetNamesUnit);
            if (!required || layout.columns.has(spec.id)) continue;
            std::u16string message = u"缺少必填列 " + message::quoted(spec.header) + u"（表头在第" +
                                     message::number(layout.headerRow + 1) + u"行），请增加该列";
            if (spec.id == FieldId::Unit) message += u"，或将工作表命名为任务分解表中的单位名称";
            sink.add(FindingCode::MissingHeader, layout.headerRow + 1, -1, spec.header, std::move(message),
                     fieldIndex(spec.id));
        }
    }

    // duplicate-row; returns the index in result_.rows of the first
    // occurrence, or -1 when the row is the first of its kind.
    int checkDuplicate(const CheckedRow& checked, const ColumnMap& columns, FindingSink& sink) {
        const ProjectRow& row = checked.project;
        if (!row.name || checked.investorUnreadable) return -1;
        key_.clear();
        appendFastKey(*row.name, key_);
        key_ += u'\0';   // never inside a key: the pair stays unambiguous
        if (row.investor) appendFastKey(*row.investor, key_);
        const int index = static_cast<int>(result_.rows.size());
        auto [first, isNew] = firstRowByKey_.try_emplace(key_, index);
        if (isNew) return -1;
        const ProjectRow& original = result_.rows[first->second];
        const Sheet& originalSheet = workbook_.sheets[original.sheetIndex];
        const int nameColumn = result_.sheets[original.sheetIndex].layout->columns.column(FieldId::Name);
        sink.add(FindingCode::DuplicateRow, row.row, columns.column(FieldId::Name), fieldHeader(FieldId::Name),
                 u"与 " + qualifiedReference(originalSheet.name, original.row, nameColumn) +
                     u" 重复（项目名称和投资方相同），请删除重复行或区分项目名称",
                 fieldIndex(FieldId::Name));
        return first->second;
    }

    void checkTotals(const Sheet& sheet, const SubmissionLayout& layout, int sheetIndex, FindingSink& sink) {
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
            if (stated.status != AmountReading::Status::Ok) continue;   // a note such as "/" states no amount
            const AmountUnit fieldUnit = *fieldSpec(field).defaultUnit;
            const double toColumn = unitScale(fieldUnit) / unitScale(columnUnit);
            double sum = 0;
            for (auto it = result_.rows.rbegin(); it != result_.rows.rend() && it->sheetIndex == sheetIndex; ++it) {
                if (const auto& value = amountOf(*it, field)) sum += *value * toColumn;
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
    UnitResolver& units_;
    TextMap<int>& firstRowByKey_;
    std::vector<Finding>& findings_;
    std::u16string key_;   // reused: one allocation for all duplicate keys
};

} // namespace

int ValidationResult::errorCount() const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [](const Finding& f) { return f.severity == Severity::Error; }));
}

int ValidationResult::warningCount() const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [](const Finding& f) { return f.severity == Severity::Warning; }));
}

void sortFindings(std::vector<Finding>& findings, std::span<const int> firstSheets) {
    auto rank = [&](int sheetIndex) {
        const auto at = std::find(firstSheets.begin(), firstSheets.end(), sheetIndex);
        if (at != firstSheets.end()) return static_cast<long long>(at - firstSheets.begin());
        return static_cast<long long>(firstSheets.size()) + sheetIndex;
    };
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
        const auto keyOf = [&](const Finding& f) {
            return std::tuple(rank(f.sheetIndex), f.row, f.targetColumn(), static_cast<int>(f.code), f.fieldOrder);
        };
        return keyOf(a) < keyOf(b);
    });
}

ValidationResult validateWorkbook(const Workbook& workbook, const Date& today) {
    ValidationResult result(today);
    result.sheets.resize(workbook.sheets.size());
    assignRoles(workbook, result);

    std::vector<Finding> findings;
    const Sheet* parameters = result.parametersSheet >= 0 ? &workbook.sheets[result.parametersSheet] : nullptr;
    result.parameters = readParameters(parameters, result.parametersSheet, today, workbook.nullDate, findings);
    result.industries = IndustryCatalog(result.parameters.extraIndustries());
    if (result.hasTargetsSheet()) {
        result.registry = readTargetsSheet(workbook.sheets[result.targetsSheet], result.targetsSheet, findings);
    }

    UnitResolver units(result.hasTargetsSheet() ? &result.registry : nullptr);
    std::size_t projectCount = 0;
    for (const SheetInfo& info : result.sheets) {
        if (info.layout) projectCount += info.layout->rows.projects.size();
    }
    result.rows.reserve(projectCount);
    TextMap<int> firstRowByKey;
    firstRowByKey.reserve(projectCount);
    SubmissionValidator validator(workbook, result, units, firstRowByKey, findings);
    for (int index = 0; index < static_cast<int>(workbook.sheets.size()); ++index) {
        if (result.sheets[index].role == SheetRole::Submission) validator.validate(index);
    }
    result.unregisteredUnits = units.unregistered();

    std::vector<int> firstSheets;
    for (int index : {result.targetsSheet, result.parametersSheet}) {
        if (index >= 0) firstSheets.push_back(index);
    }
    std::sort(firstSheets.begin(), firstSheets.end());
    sortFindings(findings, firstSheets);
    result.findings = std::move(findings);
    return result;
}

} // namespace huibao
