#include "huibao/validation/live_validation.hpp"

#include "workbook_checks.hpp"

#include <algorithm>

namespace huibao {
namespace {

bool isBlankRow(const std::vector<Cell>& cells) {
    return std::all_of(cells.begin(), cells.end(), [](const Cell& cell) { return cell.kind == Cell::Kind::Empty; });
}

// A full read gives the used area: no empty rows after the last used one,
// every row as wide as the widest.
void normalizeShape(Grid& grid) {
    while (!grid.empty() && isBlankRow(grid.back())) grid.pop_back();
    std::size_t width = 0;
    for (const auto& row : grid) width = std::max(width, row.size());
    for (auto& row : grid) row.resize(width);
}

} // namespace

LiveValidator::LiveValidator(Workbook workbook, const Date& today)
    : workbook_(std::make_unique<Workbook>(std::move(workbook))), today_(today),
      checks_(std::make_unique<detail::WorkbookChecks>(*workbook_, today)) {
    checks_->validateAll();
    checks_->prepareRowEdits();
}

LiveValidator::~LiveValidator() = default;

const ValidationResult& LiveValidator::result() const {
    return checks_->result();
}

LiveValidator::Scope LiveValidator::replaceRows(int sheetIndex, int firstRow, Grid rows) {
    if (sheetIndex < 0 || sheetIndex >= static_cast<int>(workbook_->sheets.size()) || firstRow < 0) return Scope::Sheet;
    checks_->settle(); // nothing changes while the index is built
    Grid& cells = workbook_->sheets[sheetIndex].cells;
    const std::size_t height = cells.size();
    const std::size_t width = cells.empty() ? 0 : cells.front().size();
    const int count = static_cast<int>(rows.size());
    const std::size_t end = static_cast<std::size_t>(firstRow) + rows.size();
    if (cells.size() < end) cells.resize(end);
    std::move(rows.begin(), rows.end(), cells.begin() + firstRow);
    normalizeShape(cells);
    // Same shape: the other rows' cells did not move, and the checks' views
    // into them hold; only the edited rows need checking again.
    if (cells.size() == height && (cells.empty() ? 0 : cells.front().size()) == width &&
        checks_->recheckRows(sheetIndex, firstRow, count)) {
        ++rowEdits_;
        return Scope::Sheet;
    }
    return recheck(sheetIndex);
}

LiveValidator::Scope LiveValidator::replaceSheet(int sheetIndex, Grid cells) {
    if (sheetIndex < 0 || sheetIndex >= static_cast<int>(workbook_->sheets.size())) return Scope::Sheet;
    checks_->settle();
    normalizeShape(cells);
    workbook_->sheets[sheetIndex].cells = std::move(cells);
    return recheck(sheetIndex);
}

void LiveValidator::replaceWorkbook(Workbook workbook) {
    checks_.reset(); // waits for its index
    *workbook_ = std::move(workbook);
    checks_ = std::make_unique<detail::WorkbookChecks>(*workbook_, today_);
    checks_->validateAll();
    checks_->prepareRowEdits();
}

Workbook LiveValidator::releaseWorkbook() {
    checks_.reset(); // it holds views into the cells
    return std::move(*workbook_);
}

std::u16string LiveValidator::unitAt(std::u16string_view sheetName, int row) const {
    const auto& sheets = workbook_->sheets;
    const auto sheet = std::find_if(sheets.begin(), sheets.end(), [&](const Sheet& s) { return s.name == sheetName; });
    if (sheet == sheets.end()) return {};
    const int sheetIndex = static_cast<int>(sheet - sheets.begin());
    const ValidationResult& kept = result();
    // Rows are in sheet, then row order.
    const auto at = std::lower_bound(
        kept.rows.begin(), kept.rows.end(), std::pair(sheetIndex, row),
        [](const ProjectRow& r, std::pair<int, int> key) { return std::pair(r.sheetIndex, r.row) < key; });
    if (at != kept.rows.end() && at->sheetIndex == sheetIndex && at->row == row && at->unit)
        return at->unit->displayName;
    const auto& unit = kept.sheets[sheetIndex].sheetUnit;
    return unit ? unit->displayName : std::u16string();
}

LiveValidator::Scope LiveValidator::recheck(int sheetIndex) {
    Scope scope = Scope::Sheet;
    if (!checks_->recheckSheet(sheetIndex)) {
        checks_->validateAll();
        scope = Scope::Workbook;
    }
    checks_->prepareRowEdits();
    return scope;
}

} // namespace huibao
