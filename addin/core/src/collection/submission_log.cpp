#include "huibao/collection/submission_log.hpp"

#include "huibao/text/text.hpp"

#include <algorithm>

namespace huibao {
namespace {

constexpr std::u16string_view kHeader[] = {u"单位", u"文件", u"文件修改时间", u"导入时间", u"工作表",
                                           u"行数", u"错误", u"警告",         u"状态"};
constexpr int kStatusColumn = 8;

FormattedCell optionalCount(const std::optional<int>& value) {
    return value ? FormattedCell::ofNumber(*value, NumberFormat::Integer) : FormattedCell::blank(NumberFormat::Integer);
}

// A kept row as it was: numbers keep their column's format.
FormattedCell keptCell(const Cell& cell, int column) {
    if (cell.isNumber())
        return FormattedCell::ofNumber(cell.number,
                                       column == 2 || column == 3 ? NumberFormat::DateTime : NumberFormat::Integer);
    if (cell.isText() && !cell.isBlank()) return FormattedCell::ofText(cell.text);
    return FormattedCell::blank();
}

} // namespace

std::span<const std::u16string_view> submissionLogHeader() {
    return kHeader;
}

FormattedTable submissionLogTable(std::span<const SubmissionRecord> newest, const Grid& previous,
                                  std::span<const std::u16string> notSubmitted) {
    FormattedTable table;
    table.name = u"报送登记";
    for (auto title : kHeader) table.header.emplace_back(title);
    for (const SubmissionRecord& record : newest) {
        FormattedRow row;
        row.cells = {
            FormattedCell::ofText(record.unit),
            FormattedCell::ofText(record.file),
            record.fileModified ? FormattedCell::ofNumber(*record.fileModified, NumberFormat::DateTime)
                                : FormattedCell::blank(NumberFormat::DateTime),
            FormattedCell::ofNumber(record.importedAt, NumberFormat::DateTime),
            record.sheets.empty() ? FormattedCell::blank() : FormattedCell::ofText(record.sheets),
            optionalCount(record.rows),
            optionalCount(record.errors),
            optionalCount(record.warnings),
            FormattedCell::ofText(record.status),
        };
        row.highlighted = record.status.starts_with(submission_status::kUnreadablePrefix);
        table.rows.push_back(std::move(row));
    }
    const std::u16string notSubmittedKey = normalizeKey(submission_status::kNotSubmitted);
    for (std::size_t r = 1; r < previous.size(); ++r) {
        const auto& cells = previous[r];
        const bool blank = std::all_of(cells.begin(), cells.end(), [](const Cell& c) { return c.isBlank(); });
        if (blank) continue;
        if (cells.size() > kStatusColumn && cells[kStatusColumn].isText() &&
            normalizeKey(cells[kStatusColumn].text) == notSubmittedKey)
            continue;
        FormattedRow row;
        for (int c = 0; c < static_cast<int>(std::size(kHeader)); ++c)
            row.cells.push_back(c < static_cast<int>(cells.size()) ? keptCell(cells[c], c) : FormattedCell::blank());
        row.highlighted = row.cells[kStatusColumn].isText() &&
                          row.cells[kStatusColumn].text.starts_with(submission_status::kUnreadablePrefix);
        table.rows.push_back(std::move(row));
    }
    for (const auto& unit : notSubmitted) {
        FormattedRow row;
        row.cells.assign(std::size(kHeader), FormattedCell::blank());
        row.cells[0] = FormattedCell::ofText(unit);
        row.cells[kStatusColumn] = FormattedCell::ofText(std::u16string(submission_status::kNotSubmitted));
        table.rows.push_back(std::move(row));
    }
    return table;
}

namespace {

std::vector<bool> registeredWithSheet(const ValidationResult& result) {
    std::vector<bool> submitted(result.registry.units().size(), false);
    for (const SheetInfo& info : result.sheets)
        if (info.role == SheetRole::Submission && info.sheetUnit && info.sheetUnit->isRegistered())
            submitted[info.sheetUnit->registered] = true;
    for (const ProjectRow& row : result.rows)
        if (row.unit && row.unit->isRegistered()) submitted[row.unit->registered] = true;
    return submitted;
}

} // namespace

std::vector<std::u16string> unitsNotSubmitted(const ValidationResult& result) {
    const auto submitted = registeredWithSheet(result);
    std::vector<std::u16string> missing;
    for (std::size_t i = 0; i < submitted.size(); ++i)
        if (!submitted[i]) missing.push_back(result.registry.units()[i].name);
    return missing;
}

CollectionState collectionState(const ValidationResult& result) {
    const auto submitted = registeredWithSheet(result);
    CollectionState state;
    state.registered = static_cast<int>(submitted.size());
    for (std::size_t i = 0; i < submitted.size(); ++i)
        (submitted[i] ? state.submitted : state.missing).push_back(result.registry.units()[i].name);
    return state;
}

FindingCounts countFindings(const std::vector<Finding>& findings, std::span<const std::u16string> sheetNames) {
    FindingCounts counts;
    for (const Finding& finding : findings) {
        if (std::find(sheetNames.begin(), sheetNames.end(), finding.sheetName) == sheetNames.end()) continue;
        (finding.severity == Severity::Error ? counts.errors : counts.warnings) += 1;
    }
    return counts;
}

} // namespace huibao
