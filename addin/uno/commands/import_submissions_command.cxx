// huibao:ImportSubmissions — the units' files into the county workbook
// (spec/collection.md, "Submissions"): each file opened as untrusted, its
// submission sheets' values and formats copied into the unit's sheet, the
// whole batch one undo step; then validation, and 报送登记.

#include "commands/command_arguments.hxx"
#include "commands/command_scope.hxx"
#include "commands/commands.hxx"
#include "commands/unreadable_reasons.hxx"
#include "commands/validate_command.hxx"
#include "common/today.hxx"
#include "common/uno_conversions.hxx"
#include "document/output_sheet.hxx"
#include "document/submitted_file.hxx"
#include "document/table_writer.hxx"
#include "document/workbook_reader.hxx"

#include "huibao/collection/submission_log.hpp"
#include "huibao/collection/submission_owner.hpp"
#include "huibao/text/text.hpp"
#include "huibao/workbook/contract.hpp"
#include "huibao/workbook/fields.hpp"
#include "huibao/workbook/unit_registry.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <algorithm>
#include <ctime>
#include <map>
#include <memory>
#include <set>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

struct OwnedSheet {
    SubmittedSheet* sheet;
    std::u16string owner;
    int rows = 0;
    SubmissionLayout layout;
};

struct Submission {
    InputFile file;
    std::unique_ptr<SubmittedFile> content;
    std::vector<OwnedSheet> sheets; // its submission sheets, with their units
    std::u16string unit;            // the file's unit
    bool registered = false;        // the unit is in 任务分解
    std::u16string reason;          // non-empty: unreadable
    bool imported = false;
    SubmissionRecord record;
    std::vector<std::u16string> sheetNames; // in the county workbook
};

bool isReservedName(std::u16string_view name) {
    return name == contract::kTargetsSheet || name == contract::kParametersSheet || isOutputSheetName(name);
}

sal_Int32 sheetIndex(const Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& name) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        if (Reference<css::container::XNamed>(sheets->getByIndex(i), UNO_QUERY_THROW)->getName() == name) return i;
    return -1;
}

// Where a new unit sheet goes: before Huibao's own sheets, after the others.
sal_Int32 newSheetPosition(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const sal_Int32 count = sheets->getCount();
    for (sal_Int32 i = 0; i < count; ++i)
        if (isOutputSheetName(
                view(Reference<css::container::XNamed>(sheets->getByIndex(i), UNO_QUERY_THROW)->getName())))
            return i;
    return count;
}

// The county workbook's combined sheets (workbook.md: a sheet with a 申报单位
// column, named after no registered unit, whose rows name other units):
// collection.md never lets an import replace one, even a file of a unit
// named like it (县直单位_汇总.xlsx).
std::set<std::u16string> combinedSheets(const Workbook& workbook, const ValidationResult& result) {
    std::set<std::u16string> names;
    for (const ProjectRow& row : result.rows) {
        const auto index = std::size_t(row.sheetIndex);
        if (!row.unit || result.sheets[index].sheetUnit) continue;
        const std::u16string& name = workbook.sheets[index].name;
        if (row.unit->key != normalizeKey(withoutSheetOrdinal(name))) names.insert(name);
    }
    return names;
}

bool isProtectedSheet(const Reference<css::container::XNameAccess>& sheets, const OUString& name) {
    if (!sheets->hasByName(name)) return false;
    Reference<css::util::XProtectable> sheet(sheets->getByName(name), css::uno::UNO_QUERY);
    return sheet.is() && sheet->isProtected();
}

// The sheets a submission becomes: `<单位>`, `<单位>（2）`, … per unit,
// never a name Huibao keeps for itself nor a combined sheet's.
std::vector<std::u16string> targetNames(const Submission& submission, const std::set<std::u16string>& combined) {
    std::map<std::u16string, int> ordinals;
    std::vector<std::u16string> names;
    for (const OwnedSheet& owned : submission.sheets) {
        int& ordinal = ordinals[owned.owner];
        std::u16string name;
        do name = unitSheetName(owned.owner, ++ordinal);
        while (isReservedName(name) || combined.contains(name));
        names.push_back(std::move(name));
    }
    return names;
}

// The county workbook's sheets that are already the unit's, in sheet order:
// those whose name names it (workbook.md: `城西` and `城西乡（2）` are
// 城西乡's), or, for a unit not in 任务分解, those Huibao named after it.
// The unit's new sheets replace them (collection.md).
std::vector<std::u16string> unitSheetsOf(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                         const UnitRegistry& registry, const Submission& submission,
                                         const std::set<std::u16string>& combined) {
    std::vector<std::u16string> names;
    for (const auto& title : document->getSheets()->getElementNames()) {
        const std::u16string name(view(title));
        if (isReservedName(name) || combined.contains(name)) continue;
        bool ours = false;
        if (submission.registered) {
            const auto unit = registry.matchSheetName(name);
            ours = unit && registry.units()[std::size_t(*unit)].name == submission.unit;
        } else {
            ours = withoutSheetOrdinal(name) == submission.unit;
        }
        if (ours) names.push_back(name);
    }
    return names;
}

// A unit's sheet the officer protected is theirs: the file is not imported
// (and listed with this reason) rather than the sheet replaced or the whole
// import stopped. Empty when every sheet the file would replace is open.
std::u16string protectedTargetReason(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                     const std::vector<std::u16string>& names,
                                     const std::vector<std::u16string>& unitSheets) {
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (const auto* list : {&names, &unitSheets})
        for (const auto& name : *list)
            if (isProtectedSheet(sheets, toOUString(name))) return protectedSheetReason(name);
    return {};
}

// A file that names no registered unit, on a sheet without a 申报单位
// column: the unit it came in under (its file name's first part) is written
// as that column, after the sheet's own, on every project row. The sheet's
// name does not name its rows' unit the way a registered unit's does
// (workbook.md), so without the column its rows would belong to no unit;
// with it, validation flags the name unknown-unit on each row as it does any
// unregistered 申报单位, and the assessment lists it as unregistered
// (collection.md, assessment.md).
void addUnitColumn(const Reference<css::sheet::XSpreadsheet>& target, const OwnedSheet& owned) {
    Grid& grid = owned.sheet->cells;
    std::size_t width = 0;
    for (const auto& row : grid) width = std::max(width, row.size());
    const sal_Int32 column = sal_Int32(width);
    for (auto& row : grid) row.resize(width + 1);
    // As text, never parsed (a file name may start with `=`).
    auto write = [&](int row, std::u16string_view text) {
        Reference<css::text::XText>(target->getCellByPosition(column, row), UNO_QUERY_THROW)
            ->setString(toOUString(text));
        grid[std::size_t(row)][width] = Cell::ofText(std::u16string(text));
    };
    write(owned.layout.headerRow, fieldSpec(FieldId::Unit).header);
    for (int row : owned.layout.rows.projects) write(row, owned.owner);
}

// The new sheets take the places of the unit's old ones: a sheet of the same
// name is replaced where it stands, another old sheet (`城西` for 城西乡) gives
// its place to the next new one, and old sheets left over go (a unit that
// sent two sheets last time and one now).
void importSheets(CommandScope& scope, Submission& submission, const std::vector<std::u16string>& names,
                  std::vector<std::u16string> unitSheets, bool unitColumnNeeded, WrittenSheets& written) {
    const auto& document = scope.document();
    auto isNew = [&names](const std::u16string& name) {
        return std::find(names.begin(), names.end(), name) != names.end();
    };
    std::erase_if(unitSheets, isNew); // those are replaced in place
    auto oldPlaces = unitSheets.begin();
    for (std::size_t i = 0; i < names.size(); ++i) {
        const OwnedSheet& owned = submission.sheets[i];
        sal_Int32 position = sheetIndex(document, toOUString(names[i]));
        if (position < 0 && oldPlaces != unitSheets.end()) {
            position = sheetIndex(document, toOUString(*oldPlaces));
            written.erase(*oldPlaces);
            removeSheet(document, *oldPlaces++);
        }
        auto target = replaceOutputSheet(document, names[i], position >= 0 ? position : newSheetPosition(document));
        submission.content->copyInto(*owned.sheet, document, target);
        if (unitColumnNeeded && !owned.layout.columns.has(FieldId::Unit)) addUnitColumn(target, owned);
        written[names[i]] = std::move(owned.sheet->cells);
        submission.sheetNames.push_back(names[i]);
        submission.record.rows = submission.record.rows.value_or(0) + owned.rows;
    }
    for (; oldPlaces != unitSheets.end(); ++oldPlaces) {
        removeSheet(document, *oldPlaces);
        written.erase(*oldPlaces);
    }
}

std::u16string joined(const std::vector<std::u16string>& names, std::u16string_view separator) {
    std::u16string text;
    for (const auto& name : names) {
        if (!text.empty()) text += separator;
        text += name;
    }
    return text;
}

} // namespace

Results runImportSubmissions(CommandScope& scope) {
    auto files = inputFilesArgument(scope);
    const auto& document = scope.document();
    ensureReplaceable(document, contract::kSubmissionLogSheet);

    scope.progress({u"汇报助手：正在读取任务分解表……", u"汇报助手: reading 任务分解…"}, 2);
    UnitRegistry registry;
    bool targetsSheet = false;
    std::set<std::u16string> combined;
    {
        const Workbook workbook = readWorkbook(document);
        auto result = validateWorkbook(workbook, today());
        combined = combinedSheets(workbook, result);
        registry = std::move(result.registry);
        targetsSheet = result.hasTargetsSheet();
    }
    Grid previousLog;
    if (document->getSheets()->hasByName(toOUString(contract::kSubmissionLogSheet)))
        previousLog = readSheetGrid(Reference<css::sheet::XSpreadsheet>(
            document->getSheets()->getByName(toOUString(contract::kSubmissionLogSheet)), UNO_QUERY_THROW));
    const double importedAt = localSerial(double(std::time(nullptr)));

    // Oldest first, each file closed as soon as it is copied: a newer file of
    // the same unit then simply replaces the older one's sheet, and the older
    // is listed as 已替换 (a tie goes to the later in the batch).
    std::vector<std::size_t> order(files.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return files[a].modifiedUtc.value_or(0) < files[b].modifiedUtc.value_or(0);
    });
    std::vector<Submission> submissions(files.size());
    std::map<std::u16string, std::size_t> importedByUnit; // unit key → submission
    int imported = 0, replaced = 0, unreadable = 0;
    std::vector<std::u16string> unreadableList;
    // The imported sheets' cells as written: validation takes them instead
    // of reading 100,000 rows back (collection.md's budget against opening).
    WrittenSheets written;
    for (std::size_t step = 0; step < order.size(); ++step) {
        const std::size_t i = order[step];
        scope.progress({u"汇报助手：正在导入 " + files[i].name + u"……", u"汇报助手: importing " + files[i].name + u"…"},
                       5 + int(75 * step / order.size()));
        Submission& submission = submissions[i];
        submission.file = files[i];
        auto& record = submission.record;
        record.file = files[i].name;
        if (files[i].modifiedUtc) record.fileModified = localSerial(*files[i].modifiedUtc);
        record.importedAt = importedAt;
        submission.content = std::make_unique<SubmittedFile>(scope.context(), files[i].url, files[i].name);
        scope.trace(u"import: opened and read");
        submission.reason = submission.content->unreadable();
        if (submission.reason.empty()) {
            // One unit for the whole file: the first sheet that names a
            // registered unit names it for all (石门乡 and 石门乡(二) come in
            // as 石门乡 and 石门乡（2）).
            std::vector<std::optional<std::u16string>> sheetOwners;
            for (SubmittedSheet& sheet : submission.content->sheets()) {
                auto layout = recognizeSubmission(sheet.cells);
                if (!layout) continue;
                sheetOwners.push_back(sheetOwner(registry, sheet.name, sheet.cells, *layout));
                submission.sheets.push_back({&sheet, {}, int(layout->rows.projects.size()), std::move(*layout)});
            }
            if (submission.sheets.empty()) submission.reason = u"没有找到项目申报表（表头应有项目名称等列）";
            if (const auto units = unitsNamedBySheets(sheetOwners); units.size() > 1)
                submission.reason = severalUnitsReason(units);
            const auto owner = fileOwner(registry, files[i].name, sheetOwners);
            submission.registered = owner.registered;
            for (OwnedSheet& owned : submission.sheets) owned.owner = owner.unitName;
        }
        if (!submission.reason.empty()) {
            submission.content.reset();
            record.unit = fileNameUnitPart(files[i].name);
            record.status = std::u16string(submission_status::kUnreadablePrefix) + submission.reason;
            unreadableList.push_back(unreadableLine(scope.context(), files[i].name, submission.reason));
            ++unreadable;
            continue;
        }
        submission.unit = submission.sheets.front().owner;
        record.unit = submission.unit;
        const auto names = targetNames(submission, combined);
        auto unitSheets = unitSheetsOf(document, registry, submission, combined);
        if (const auto reason = protectedTargetReason(document, names, unitSheets); !reason.empty()) {
            submission.content.reset();
            record.status = std::u16string(submission_status::kUnreadablePrefix) + reason;
            unreadableList.push_back(unreadableLine(scope.context(), files[i].name, reason));
            ++unreadable;
            continue;
        }
        // Without a targets sheet every sheet's name names its unit.
        importSheets(scope, submission, names, std::move(unitSheets), targetsSheet && !submission.registered, written);
        scope.trace(u"import: copied");
        submission.content.reset(); // closes the file's document
        scope.trace(u"import: closed");
        const std::u16string key = normalizeKey(submission.unit);
        if (auto earlier = importedByUnit.find(key); earlier != importedByUnit.end()) {
            Submission& older = submissions[earlier->second];
            older.imported = false;
            older.sheetNames.clear();
            older.record.sheets.clear();
            older.record.rows.reset();
            older.record.status = submission_status::kSuperseded;
            --imported;
            ++replaced;
        }
        submission.imported = true;
        record.status = submission_status::kImported;
        record.sheets = joined(submission.sheetNames, u"、");
        importedByUnit[key] = i;
        ++imported;
    }

    const auto run = validateDocument(scope, InputCells::ReadAgain, std::move(written));
    std::vector<SubmissionRecord> records;
    for (auto& submission : submissions) {
        if (submission.imported) {
            const auto counts = countFindings(run.result.findings, submission.sheetNames);
            submission.record.errors = counts.errors;
            submission.record.warnings = counts.warnings;
        }
        records.push_back(std::move(submission.record));
    }
    const auto notSubmitted = unitsNotSubmitted(run.result);
    auto log =
        replaceOutputSheet(document, contract::kSubmissionLogSheet, positionAfter(document, contract::kFindingsSheet));
    writeFormattedTable(document, log, submissionLogTable(records, previousLog, notSubmitted), 0, 0);

    Results results;
    addResult(results, "Imported", imported);
    addResult(results, "Replaced", replaced);
    addResult(results, "Unreadable", unreadable);
    addResult(results, "NotSubmitted", sal_Int32(notSubmitted.size()));
    addResult(results, "Errors", run.result.errorCount());
    addResult(results, "Warnings", run.result.warningCount());
    addResult(results, "UnreadableFiles", toOUString(joined(unreadableList, u"\n")));
    addResult(results, "NotSubmittedUnits", toOUString(joined(notSubmitted, u"、")));
    return results;
}

} // namespace huibao::uno
