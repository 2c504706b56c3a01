// Recognising a submission sheet: header cells (parseHeaderCell,
// matchFieldKey, findFieldByName), unit notes, the column map of a header row
// and the whole layout of a sheet (recognizeSubmission, classifyRows). The
// input is a sheet as text (fuzz_support.hpp, gridFromText).
#include "fuzz_support.hpp"

#include "huibao/text/text.hpp"
#include "huibao/workbook/fields.hpp"
#include "huibao/workbook/submission_layout.hpp"
#include "huibao/workbook/unit_registry.hpp"
#include "huibao/workbook/workbook.hpp"

using namespace huibao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::u16string text = fuzz::decodeLenient(data, size);
    const Grid grid = fuzz::gridFromText(text, 40, 40);

    for (const auto& row : grid) {
        for (const Cell& cell : row) {
            if (!cell.isText()) continue;
            const HeaderKey header = parseHeaderCell(cell.text);
            if (const auto match = matchFieldKey(header.key)) {
                HUIBAO_FUZZ_CHECK(fieldIndex(match->id) >= 0 && fieldIndex(match->id) < kFieldCount);
            }
            // Splitting is idempotent on a key that has no unit left.
            if (!header.unit) HUIBAO_FUZZ_CHECK(splitHeaderUnit(header.key).key == header.key);
            (void)findFieldByName(cell.text);
            if (const auto unit = parseUnitNote(cell.text)) HUIBAO_FUZZ_CHECK(!isUsd(*unit));
            (void)inferUnitType(cell.text);
            (void)shortFormKey(normalizeKey(cell.text));
            (void)isOutputSheetName(cell.text);
        }
        const ColumnMap columns = mapColumns(row);
        int matched = 0;
        for (int column : columns.columns) {
            HUIBAO_FUZZ_CHECK(column >= -1 && column < static_cast<int>(row.size()));
            matched += column >= 0;
        }
        HUIBAO_FUZZ_CHECK(matched == columns.matchedFields);
        (void)mapColumns(row, AmountUnit::Wanyuan);
    }

    if (const auto layout = recognizeSubmission(grid)) {
        HUIBAO_FUZZ_CHECK(layout->headerRow >= 0 && layout->headerRow < kHeaderSearchRows);
        const int rows = static_cast<int>(grid.size());
        int previous = layout->headerRow;
        for (int row : layout->rows.projects) {
            HUIBAO_FUZZ_CHECK(row > previous && row < rows);
            previous = row;
        }
        for (int row : layout->rows.blankBetween) HUIBAO_FUZZ_CHECK(row > layout->headerRow && row < rows);
        if (layout->rows.totalRow)
            HUIBAO_FUZZ_CHECK(*layout->rows.totalRow > layout->headerRow && *layout->rows.totalRow < rows);
    }
    Sheet sheet{u"任务分解", grid, false};
    if (const auto header = findTargetsHeaderRow(sheet))
        HUIBAO_FUZZ_CHECK(*header >= 0 && *header < static_cast<int>(grid.size()));
    std::vector<Finding> findings;
    const UnitRegistry registry = readTargetsSheet(sheet, 0, findings);
    for (const auto& row : grid) {
        for (const Cell& cell : row) {
            if (!cell.isText()) continue;
            if (const auto unit = registry.match(cell.text))
                HUIBAO_FUZZ_CHECK(*unit >= 0 && *unit < static_cast<int>(registry.units().size()));
            if (const auto unit = registry.closest(normalizeKey(cell.text)))
                HUIBAO_FUZZ_CHECK(*unit >= 0 && *unit < static_cast<int>(registry.units().size()));
        }
    }
    return 0;
}
