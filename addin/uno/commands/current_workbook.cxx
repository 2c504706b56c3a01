#include "commands/current_workbook.hxx"

#include "commands/live_validation.hxx"
#include "commands/pre_read.hxx"
#include "common/uno_conversions.hxx"
#include "document/workbook_reader.hxx"
#include "huibao/workbook/workbook.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

namespace huibao::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

// A formula cell's value as the document now shows it.
struct FormulaValue {
    std::size_t row = 0;
    std::size_t column = 0;
    Cell value;
};

// The values of the sheet's formula cells, read in bulk range by range.
std::vector<FormulaValue> formulaValues(const Reference<css::sheet::XSpreadsheet>& sheet) {
    auto found = Reference<css::sheet::XCellRangesQuery>(sheet, UNO_QUERY_THROW)
                     ->queryContentCells(css::sheet::CellFlags::FORMULA);
    std::vector<FormulaValue> values;
    for (const auto& range : found->getRangeAddresses()) {
        const Grid cells =
            toGrid(Reference<css::sheet::XCellRangeData>(
                       sheet->getCellRangeByPosition(range.StartColumn, range.StartRow, range.EndColumn, range.EndRow),
                       UNO_QUERY_THROW)
                       ->getDataArray());
        for (std::size_t r = 0; r < cells.size(); ++r)
            for (std::size_t c = 0; c < cells[r].size(); ++c)
                values.push_back({range.StartRow + r, range.StartColumn + c, cells[r][c]});
    }
    return values;
}

// Where each of the document's sheets comes from.
struct SheetSource {
    std::u16string name;
    bool isProtected = false;
    bool isOutput = false;
    std::size_t kept = 0;                 // index in the live workbook (input sheets)
    std::vector<FormulaValue> recomputed; // formula cells whose value is not the one kept
};

// The document's sheets matched, in order, with the live workbook's input
// sheets; nothing when an input sheet was added, removed, renamed, moved or
// (un)protected, which live validation does not follow cell by cell. The
// kept sheets marked in `readNow` were read just now: their formula values
// are not looked at again (Calc's query costs 2 ms a sheet).
std::optional<std::vector<SheetSource>> match(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                              const Workbook& kept, const std::vector<char>& readNow) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    std::vector<SheetSource> sources(static_cast<std::size_t>(sheets->getCount()));
    std::size_t next = 0;
    auto nextInput = [&] {
        while (next < kept.sheets.size() && isOutputSheetName(kept.sheets[next].name)) ++next;
        return next;
    };
    for (std::size_t i = 0; i < sources.size(); ++i) {
        auto& source = sources[i];
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(sal_Int32(i)), UNO_QUERY_THROW);
        source.name = view(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        source.isProtected = Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->isProtected();
        source.isOutput = isOutputSheetName(source.name);
        if (source.isOutput) continue;
        source.kept = nextInput();
        if (source.kept == kept.sheets.size()) return std::nullopt;
        const Sheet& was = kept.sheets[source.kept];
        if (was.name != source.name || was.isProtected != source.isProtected) return std::nullopt;
        // A formula's value can change with a cell elsewhere (another sheet)
        // without Calc reporting the formula's own cell: look at each again.
        if (source.kept < readNow.size() && readNow[source.kept]) {
            ++next;
            continue;
        }
        for (auto& formula : formulaValues(sheet))
            if (formula.value != cellAt(was.cells, int(formula.row), int(formula.column)))
                source.recomputed.push_back(std::move(formula));
        ++next;
    }
    if (nextInput() != kept.sheets.size()) return std::nullopt;
    return sources;
}

void patch(Grid& cells, std::vector<FormulaValue>& recomputed) {
    for (auto& formula : recomputed) {
        if (cells.size() <= formula.row) cells.resize(formula.row + 1);
        const std::size_t width = std::max(formula.column + 1, cells.front().size());
        if (cells[formula.row].size() < width)
            for (auto& row : cells) row.resize(std::max(row.size(), width));
        cells[formula.row][formula.column] = std::move(formula.value);
    }
}

std::shared_ptr<LiveValidator> fromLiveState(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                             std::shared_ptr<LiveValidator> live, const Date& today,
                                             const std::vector<char>& readNow) {
    const Date nullDate = nullDateOf(Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW));
    if (nullDate != live->workbook().nullDate) return nullptr;
    auto sources = match(document, live->workbook(), readNow);
    if (!sources) return nullptr;

    bool asIs = live->today() == today && sources->size() == live->workbook().sheets.size();
    for (std::size_t i = 0; asIs && i < sources->size(); ++i)
        asIs = (*sources)[i].recomputed.empty() && (*sources)[i].name == live->workbook().sheets[i].name;
    if (asIs) return live; // its result is the document's

    Workbook released = live->releaseWorkbook();
    Workbook workbook;
    workbook.nullDate = nullDate;
    for (auto& source : *sources) {
        Sheet sheet{source.name, {}, source.isProtected};
        if (!source.isOutput) {
            sheet.cells = std::move(released.sheets[source.kept].cells);
            patch(sheet.cells, source.recomputed);
        }
        workbook.sheets.push_back(std::move(sheet));
    }
    return std::make_shared<LiveValidator>(std::move(workbook), today);
}

// The document's sheets, those in `written` taken as they are, the others read.
Workbook readAllBut(const Reference<css::sheet::XSpreadsheetDocument>& document, WrittenSheets written) {
    Workbook workbook = sheetList(document);
    std::vector<char> toRead(workbook.sheets.size(), 1);
    for (std::size_t i = 0; i < workbook.sheets.size(); ++i) {
        auto found = written.find(workbook.sheets[i].name);
        if (found == written.end()) continue;
        workbook.sheets[i].cells = std::move(found->second);
        toRead[i] = 0;
    }
    readSheets(document, workbook, toRead);
    return workbook;
}

} // namespace

std::shared_ptr<LiveValidator> validatorOfDocument(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                   const Date& today, InputCells cells, WrittenSheets written) {
    auto live = takeCurrentLiveValidator(document);
    std::vector<char> readNow; // sheets read by this command
    if (cells == InputCells::ReadAgain) {
        dropPreRead(document);
        live.reset();
    } else if (!live) {
        // The cells read while the document was idle after it was opened,
        // with every sheet changed since read again.
        live = takePreRead(document, today, readNow);
    } else {
        dropPreRead(document);
    }
    if (live)
        if (auto validator = fromLiveState(document, std::move(live), today, readNow)) {
            if (std::getenv("HUIBAO_TRACE")) std::fprintf(stderr, "huibao-trace cells from live validation\n");
            return validator;
        }
    return std::make_shared<LiveValidator>(readAllBut(document, std::move(written)), today);
}

} // namespace huibao::uno
