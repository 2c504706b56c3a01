// COUNTPROJECTS and SUMPROJECTS: criteria over the project rows of a range.
#include "huibao/functions/project_functions.hpp"

#include "huibao/text/text.hpp"
#include "huibao/values/amount.hpp"
#include "huibao/values/enums.hpp"
#include "huibao/workbook/fields.hpp"
#include "huibao/workbook/submission_layout.hpp"
#include "huibao/workbook/unit_registry.hpp"
#include "huibao/workbook/workbook.hpp"

#include <cmath>
#include <functional>

namespace huibao {
namespace {

enum class Comparison { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };

// Splits a leading comparison operator off a normalised criterion text.
Comparison splitComparison(std::u16string_view& key) {
    struct Operator {
        std::u16string_view text;
        Comparison comparison;
    };
    static constexpr Operator kOperators[] = {
        {u">=", Comparison::GreaterOrEqual}, {u"<=", Comparison::LessOrEqual},   {u"<>", Comparison::NotEqual},
        {u"!=", Comparison::NotEqual},       {u"≥", Comparison::GreaterOrEqual}, {u"≤", Comparison::LessOrEqual},
        {u"≠", Comparison::NotEqual},        {u">", Comparison::Greater},        {u"<", Comparison::Less},
        {u"=", Comparison::Equal},
    };
    for (const Operator& op : kOperators) {
        if (key.starts_with(op.text)) {
            key.remove_prefix(op.text.size());
            return op.comparison;
        }
    }
    return Comparison::Equal;
}

bool compare(double value, Comparison comparison, double target) {
    switch (comparison) {
    case Comparison::Equal: return nearlyEqual(value, target);
    case Comparison::NotEqual: return !nearlyEqual(value, target);
    case Comparison::Less: return value < target && !nearlyEqual(value, target);
    case Comparison::LessOrEqual: return value < target || nearlyEqual(value, target);
    case Comparison::Greater: return value > target && !nearlyEqual(value, target);
    case Comparison::GreaterOrEqual: return atLeast(value, target);
    }
    return false;
}

std::u16string looseUnitKey(std::u16string_view text) {
    std::u16string key = normalizeKey(text);
    if (key.size() > 2 && std::u16string_view(key).ends_with(u"政府")) key.resize(key.size() - 2);
    return shortFormKey(key);
}

std::u16string cellAsText(const Cell& cell) {
    if (cell.isText()) return cell.text;
    if (cell.isNumber()) {
        const double v = cell.number;
        if (v == std::floor(v) && std::fabs(v) < 1e15) {
            std::u16string text;
            for (char c : std::to_string(static_cast<long long>(v))) text += static_cast<char16_t>(c);
            return text;
        }
        std::u16string text;
        for (char c : std::to_string(v)) text += static_cast<char16_t>(c);
        return text;
    }
    return {};
}

using RowTest = std::function<bool(const Cell&)>;

// A number, or comparison text whose operand `readOperand` reads.
template <class ReadOperand>
std::optional<RowTest> numericTest(const Cell& value, ReadOperand readOperand,
                                   std::function<std::optional<double>(const Cell&)> readCell) {
    Comparison comparison = Comparison::Equal;
    std::optional<double> target;
    if (value.kind == Cell::Kind::Number) {
        target = value.number;
    } else if (value.isText()) {
        const std::u16string key = normalizeKey(value.text);
        std::u16string_view operand = key;
        comparison = splitComparison(operand);
        target = readOperand(operand);
    }
    if (!target) return std::nullopt;
    return RowTest([=](const Cell& cell) {
        const auto cellValue = readCell(cell);
        return cellValue && compare(*cellValue, comparison, *target);
    });
}

std::optional<RowTest> makeTest(FieldId field, AmountUnit columnUnit, const Cell& value, const Date& nullDate) {
    if (value.isError()) return std::nullopt;
    if (value.isBlank()) return RowTest([](const Cell& cell) { return cell.isBlank(); });
    const FieldSpec& spec = fieldSpec(field);
    switch (spec.type) {
    case FieldType::Amount: {
        const AmountUnit fieldUnit = *spec.defaultUnit;
        return numericTest(
            value,
            [&](std::u16string_view operand) -> std::optional<double> {
                const AmountReading reading = readAmount(Cell::ofText(std::u16string(operand)), fieldUnit);
                if (reading.status != AmountReading::Status::Ok) return std::nullopt;
                return reading.value;
            },
            [=](const Cell& cell) -> std::optional<double> {
                const AmountReading reading = readAmount(cell, columnUnit);
                if (reading.status != AmountReading::Status::Ok) return std::nullopt;
                return convertAmount(reading.value, columnUnit, fieldUnit);
            });
    }
    case FieldType::Integer:
        return numericTest(
            value,
            [](std::u16string_view operand) -> std::optional<double> {
                double parsed = 0;
                std::string ascii(operand.begin(), operand.end());
                try {
                    std::size_t used = 0;
                    parsed = std::stod(ascii, &used);
                    if (used != ascii.size()) return std::nullopt;
                } catch (...) {
                    return std::nullopt;
                }
                return parsed;
            },
            [](const Cell& cell) -> std::optional<double> {
                if (cell.kind == Cell::Kind::Number) return cell.number;
                return std::nullopt;
            });
    case FieldType::Date:
        return numericTest(
            value,
            [&](std::u16string_view operand) -> std::optional<double> {
                const auto date = parseDateText(operand);
                if (!date) return std::nullopt;
                return static_cast<double>(toSerial(*date, nullDate));
            },
            [=](const Cell& cell) -> std::optional<double> {
                const DateReading reading = readDate(cell, nullDate);
                if (reading.status != DateReading::Status::Ok) return std::nullopt;
                return static_cast<double>(toSerial(reading.date, nullDate));
            });
    case FieldType::NatureEnum: {
        const auto target = parseNature(cellAsText(value));
        if (!target) return std::nullopt;
        return RowTest([=](const Cell& cell) { return cell.isText() && parseNature(cell.text) == target; });
    }
    case FieldType::StatusEnum: {
        const auto target = parseStatus(cellAsText(value));
        if (!target) return std::nullopt;
        return RowTest([=](const Cell& cell) { return cell.isText() && parseStatus(cell.text) == target; });
    }
    case FieldType::IndustryEnum: {
        const IndustryCatalog catalog;
        const std::u16string written = cellAsText(value);
        if (const auto target = catalog.parse(written)) {
            return RowTest([=](const Cell& cell) { return cell.isText() && catalog.parse(cell.text) == target; });
        }
        // A county's own category (其他产业类别) is matched as text.
        const std::u16string key = normalizeKey(written);
        return RowTest([=](const Cell& cell) { return cell.isText() && normalizeKey(cell.text) == key; });
    }
    case FieldType::YesNo: {
        const YesNoReading target = readYesNo(value);
        if (target.status != YesNoReading::Status::Ok) return std::nullopt;
        return RowTest([=](const Cell& cell) {
            const YesNoReading reading = readYesNo(cell);
            return reading.status == YesNoReading::Status::Ok && reading.value == target.value;
        });
    }
    case FieldType::UnitName: {
        const std::u16string key = looseUnitKey(cellAsText(value));
        return RowTest([=](const Cell& cell) { return !cell.isBlank() && looseUnitKey(cellAsText(cell)) == key; });
    }
    case FieldType::Text: {
        const std::u16string key = normalizeKey(cellAsText(value));
        return RowTest([=](const Cell& cell) { return !cell.isBlank() && normalizeKey(cellAsText(cell)) == key; });
    }
    }
    return std::nullopt;
}

struct BoundTest {
    int column;
    RowTest test;
};

std::optional<FieldId> fieldOfCell(const Cell& field) {
    if (!field.isText()) return std::nullopt;
    return findFieldByName(field.text);
}

// Calls visit(row) for each project row meeting every criterion; false when
// the arguments are wrong.
template <class Visit>
bool forEachMatchingRow(const Grid& data, const ColumnMap& columns, const std::vector<ProjectCriterion>& criteria,
                        const Date& nullDate, Visit visit) {
    std::vector<BoundTest> tests;
    for (const ProjectCriterion& criterion : criteria) {
        const auto field = fieldOfCell(criterion.field);
        if (!field || !columns.has(*field)) return false;
        auto test = makeTest(*field, columns.unit(*field), criterion.value, nullDate);
        if (!test) return false;
        tests.push_back({columns.column(*field), std::move(*test)});
    }
    const DataRows rows = classifyRows(data, 0, columns);
    for (int row : rows.projects) {
        bool matches = true;
        for (const BoundTest& test : tests) {
            if (!test.test(cellAt(data, row, test.column))) {
                matches = false;
                break;
            }
        }
        if (matches) visit(row);
    }
    return true;
}

} // namespace

std::optional<double> countProjects(const Grid& data, const std::vector<ProjectCriterion>& criteria,
                                    const Date& nullDate) {
    if (data.empty()) return std::nullopt;
    const ColumnMap columns = mapColumns(data.front());
    double count = 0;
    if (!forEachMatchingRow(data, columns, criteria, nullDate, [&](int) { ++count; })) return std::nullopt;
    return count;
}

std::optional<double> sumProjects(const Grid& data, const Cell& sumField, const std::vector<ProjectCriterion>& criteria,
                                  const Date& nullDate) {
    if (data.empty()) return std::nullopt;
    const auto field = fieldOfCell(sumField);
    if (!field || !isAmountField(*field)) return std::nullopt;
    const ColumnMap columns = mapColumns(data.front());
    if (!columns.has(*field)) return std::nullopt;
    const int column = columns.column(*field);
    const AmountUnit columnUnit = columns.unit(*field);
    const AmountUnit fieldUnit = *fieldSpec(*field).defaultUnit;
    double sum = 0;
    const bool ok = forEachMatchingRow(data, columns, criteria, nullDate, [&](int row) {
        const AmountReading reading = readAmount(cellAt(data, row, column), columnUnit);
        if (reading.status != AmountReading::Status::Ok) return;
        if (auto value = convertAmount(reading.value, columnUnit, fieldUnit)) sum += *value;
    });
    if (!ok) return std::nullopt;
    return sum;
}

} // namespace huibao
