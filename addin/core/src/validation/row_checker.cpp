// Row-level validation rules (spec/validation.md): missing-cell, type-error,
// enum-error, constraint-error, unit-suspect, unknown-unit, future-date,
// date-order, status-conflict, evidence-missing.
#include "huibao/validation/row_checker.hpp"

#include "huibao/text/text.hpp"
#include "huibao/values/count_reading.hpp"
#include "huibao/values/message_text.hpp"
#include "huibao/workbook/workbook.hpp"

#include <cmath>

namespace huibao {
namespace {

// The accepted values an enum-error lists. 其他产业类别 (参数) may add any
// number of categories of any length: the list is clipped like a quoted value
// (twice as long, the built-in choices alone take 25 code points), so that
// every message stays short.
std::u16string joinChoices(const std::vector<std::u16string>& names) {
    constexpr std::size_t kChoicesCodePoints = 2 * message::kQuotedCodePoints;
    std::u16string joined;
    for (const auto& name : names) {
        if (!joined.empty()) joined += u'、';
        joined += name;
        if (joined.size() > 2 * kChoicesCodePoints) break; // enough to clip: no need to join thousands
    }
    return message::clipped(joined, kChoicesCodePoints);
}

std::u16string header(FieldId field) {
    return std::u16string(fieldHeader(field));
}

// An amount held in its field's default unit, shown in the unit of the
// column the user typed it in: "500 万元", not "0.05 亿元".
std::u16string amountText(double valueInFieldUnit, FieldId field, const ColumnMap& columns) {
    const AmountUnit fieldUnit = *fieldSpec(field).defaultUnit;
    const AmountUnit columnUnit = columns.unit(field);
    const double value = valueInFieldUnit * unitScale(fieldUnit) / unitScale(columnUnit);
    return message::number(value) + u" " + unitName(columnUnit);
}

// Amount comparisons in 亿元 tolerate the rounding of unit conversion.
constexpr double kAmountEpsilon = 1e-9;

} // namespace

RowChecker::RowChecker(const RowContext& context, UnitResolver& units, FindingSink& sink)
    : context_(context), columns_(*context.columns), units_(units), sink_(sink),
      natureChoices_(joinChoices(natureNames())), statusChoices_(joinChoices(statusNames())),
      industryChoices_(joinChoices(context.industries->names())) {}

const Cell& RowChecker::cellOf(const std::vector<Cell>& cells, FieldId id) const {
    static const Cell blank;
    const int column = columns_.column(id);
    if (column < 0 || column >= static_cast<int>(cells.size())) return blank;
    return cells[column];
}

void RowChecker::report(FindingCode code, FieldId field, std::u16string message) {
    sink_.add(code, sheetRow_, columns_.column(field), fieldHeader(field), std::move(message), fieldIndex(field));
}

void RowChecker::reportErrorValue(FieldId field) {
    report(FindingCode::TypeError, field,
           header(field) + u" 单元格是错误值（如 #N/A、#DIV/0!），请检查公式或改为有效内容");
}

std::optional<std::u16string> RowChecker::readText(const std::vector<Cell>& cells, FieldId field, bool required,
                                                   State& state) {
    if (!columns_.has(field)) {
        state = State::Absent;
        return std::nullopt;
    }
    const Cell& cell = cellOf(cells, field);
    // The text is trimmed once: blank is "nothing left after trimming".
    std::u16string_view text;
    if (cell.isText()) text = trim(cell.text);
    if (cell.kind == Cell::Kind::Empty || (cell.isText() && text.empty())) {
        state = State::Blank;
        if (required) report(FindingCode::MissingCell, field, header(field) + u" 未填写（必填项），请补充");
        return std::nullopt;
    }
    if (cell.isError()) {
        state = State::Invalid;
        reportErrorValue(field);
        return std::nullopt;
    }
    state = State::Ok;
    if (cell.isText()) return std::u16string(text);
    return message::cellText(cell);
}

void RowChecker::readUnit(const std::vector<Cell>& cells, ProjectRow& row, RowOutcome& outcome) {
    const Cell& cell = cellOf(cells, FieldId::Unit);
    if (cell.isError()) {
        reportErrorValue(FieldId::Unit);
        return;
    }
    std::u16string_view written;
    if (cell.isText()) written = trim(cell.text);
    if (cell.kind == Cell::Kind::Empty || (cell.isText() && written.empty())) {
        if (!context_.sheetUnitName.empty()) {
            const auto& resolution = units_.resolve(context_.sheetUnitName);
            if (context_.deferUnits && !resolution.unit.isRegistered()) {
                outcome.hasUnitName = true;
                outcome.unitName = context_.sheetUnitName;
            } else {
                row.unit = resolution.unit;
            }
        } else if (context_.unitRequired && columns_.has(FieldId::Unit)) {
            report(FindingCode::MissingCell, FieldId::Unit, u"申报单位 未填写（必填项），请填写单位名称");
        }
        return;
    }
    if (!cell.isText()) {
        // A number or boolean written as the unit: what the cell shows.
        outcome.ownedUnitName = message::cellText(cell);
        outcome.unitNameOwned = true;
        written = outcome.ownedUnitName;
    }
    const auto& resolution = units_.resolve(written);
    if (context_.deferUnits && !resolution.unit.isRegistered()) {
        outcome.hasUnitName = true;
        outcome.unitName = written;
    } else {
        row.unit = resolution.unit;
    }
    if (resolution.unknown && context_.checkUnitRegistry) {
        std::u16string message = u"申报单位 " + message::quoted(written) + u" 不在任务分解表中";
        if (!resolution.suggestion.empty()) {
            message += u"，是否应为 " + message::quoted(resolution.suggestion) + u"？";
        }
        message += u"请改用任务分解表中的单位名称或别名";
        report(FindingCode::UnknownUnit, FieldId::Unit, std::move(message));
    }
}

template <class Parsed, class Parse>
std::optional<Parsed> RowChecker::readEnum(const std::vector<Cell>& cells, FieldId field,
                                           TextMap<std::optional<Parsed>>& memo, Parse parse,
                                           std::u16string_view fieldLabel, std::u16string_view choices) {
    if (!columns_.has(field)) return std::nullopt;
    const Cell& cell = cellOf(cells, field);
    std::u16string owned;
    std::u16string_view written;
    if (cell.isText()) written = trim(cell.text);
    if (cell.kind == Cell::Kind::Empty || (cell.isText() && written.empty())) {
        report(FindingCode::MissingCell, field, header(field) + u" 未填写（必填项），可选：" + std::u16string(choices));
        return std::nullopt;
    }
    if (cell.isError()) {
        reportErrorValue(field);
        return std::nullopt;
    }
    // The same few words fill a whole column: parse each spelling once.
    if (!cell.isText()) {
        owned = message::cellText(cell);
        written = owned;
    }
    auto it = memo.find(written);
    if (it == memo.end()) it = memo.emplace(std::u16string(written), parse(written)).first;
    if (!it->second) {
        report(FindingCode::EnumError, field,
               message::quoted(written) + u" 不是有效的" + std::u16string(fieldLabel) + u"，可选：" +
                   std::u16string(choices));
    }
    return it->second;
}

std::optional<double> RowChecker::readAmountField(const std::vector<Cell>& cells, FieldId field, State& state) {
    if (!columns_.has(field)) {
        state = State::Absent;
        return std::nullopt;
    }
    const Cell& cell = cellOf(cells, field);
    const AmountUnit columnUnit = columns_.unit(field);
    const AmountReading reading = readAmount(cell, columnUnit);
    switch (reading.status) {
    case AmountReading::Status::Blank:
        state = State::Blank;
        if (fieldSpec(field).requirement == Requirement::Required) {
            report(FindingCode::MissingCell, field,
                   header(field) + u" 未填写（必填项），请填写金额（" + unitName(columnUnit) + u"）");
        }
        return std::nullopt;
    case AmountReading::Status::ErrorValue:
        state = State::Invalid;
        reportErrorValue(field);
        return std::nullopt;
    case AmountReading::Status::NotANumber:
        state = State::Invalid;
        report(FindingCode::TypeError, field,
               header(field) + u" " + message::quoted(message::cellText(cell)) + u" 不是数字，请填写金额（" +
                   unitName(columnUnit) + u"），如 1.5");
        return std::nullopt;
    case AmountReading::Status::WrongCurrency:
        state = State::Invalid;
        report(FindingCode::TypeError, field,
               header(field) + u" " + message::quoted(message::cellText(cell)) + u" 的币种与本列不符，本列单位是" +
                   unitName(columnUnit));
        return std::nullopt;
    case AmountReading::Status::Ok: break;
    }
    state = State::Ok;
    const double value = reading.value;
    if (value < 0) {
        report(FindingCode::ConstraintError, field,
               header(field) + u" 不能为负数（" + message::number(value) + u" " + unitName(columnUnit) + u"）");
    } else if (field == FieldId::Investment && value == 0) {
        report(FindingCode::ConstraintError, field, u"总投资 不能为 0，请填写项目计划总投资");
    } else if (columnUnit == AmountUnit::Yiyuan && value >= 100) {
        report(FindingCode::UnitSuspect, field,
               header(field) + u" " + message::number(value) + u" 亿元偏大，可能误按万元填写；若单位是万元，请改为 " +
                   message::number(value / 1e4) + u"，或在表头注明（万元）");
    }
    const auto converted = convertAmount(value, columnUnit, *fieldSpec(field).defaultUnit);
    return converted;
}

std::optional<Date> RowChecker::readDateField(const std::vector<Cell>& cells, FieldId field, State& state) {
    if (!columns_.has(field)) {
        state = State::Absent;
        return std::nullopt;
    }
    const Cell& cell = cellOf(cells, field);
    const DateReading reading = readDate(cell, context_.nullDate);
    switch (reading.status) {
    case DateReading::Status::Blank: state = State::Blank; return std::nullopt;
    case DateReading::Status::ErrorValue:
        state = State::Invalid;
        reportErrorValue(field);
        return std::nullopt;
    case DateReading::Status::Invalid:
        state = State::Invalid;
        if (cell.isNumber()) {
            report(FindingCode::TypeError, field,
                   header(field) + u" 的数值 " + message::number(cell.number) +
                       u" 不是有效日期（应在 1990 至 2100 年间），请写成 2026-03-05 或 2026年3月5日");
        } else {
            report(FindingCode::TypeError, field,
                   header(field) + u" " + message::quoted(message::cellText(cell)) +
                       u" 不是有效日期，请写成 2026-03-05 或 2026年3月5日");
        }
        return std::nullopt;
    case DateReading::Status::Ok: break;
    }
    state = State::Ok;
    if (context_.reportDate && reading.date > *context_.reportDate) {
        report(FindingCode::FutureDate, field,
               header(field) + u" " + message::date(reading.date) + u" 晚于报告日期 " +
                   message::date(*context_.reportDate) + u"，请核对");
    }
    return reading.date;
}

std::optional<bool> RowChecker::readYesNoField(const std::vector<Cell>& cells, FieldId field) {
    if (!columns_.has(field)) return std::nullopt;
    const Cell& cell = cellOf(cells, field);
    YesNoReading reading;
    if (cell.isText()) {
        // 是/否 fill whole columns: read each spelling once.
        auto it = yesNo_.find(cell.text);
        if (it == yesNo_.end()) it = yesNo_.emplace(cell.text, readYesNo(cell)).first;
        reading = it->second;
    } else {
        reading = readYesNo(cell);
    }
    switch (reading.status) {
    case YesNoReading::Status::Ok: return reading.value;
    case YesNoReading::Status::ErrorValue: reportErrorValue(field); return std::nullopt;
    case YesNoReading::Status::Invalid:
        report(FindingCode::TypeError, field,
               header(field) + u" " + message::quoted(message::cellText(cell)) + u" 无法识别，请填 是 或 否");
        return std::nullopt;
    }
    return std::nullopt;
}

void RowChecker::readSeq(const std::vector<Cell>& cells, ProjectRow& row) {
    if (!columns_.has(FieldId::Seq)) return;
    const Cell& cell = cellOf(cells, FieldId::Seq);
    if (cell.isBlank()) return;
    if (cell.isError()) {
        reportErrorValue(FieldId::Seq);
        return;
    }
    if (cell.kind == Cell::Kind::Number && cell.number == std::floor(cell.number) && std::fabs(cell.number) < 1e15) {
        row.seq = static_cast<long long>(cell.number);
        return;
    }
    if (cell.isText()) {
        if (auto value = parseWholeNumber(cell.text)) {
            row.seq = *value;
            return;
        }
    }
    report(FindingCode::TypeError, FieldId::Seq,
           u"序号 " + message::quoted(message::cellText(cell)) + u" 不是整数，请填 1、2、3 这样的编号");
}

void RowChecker::checkDateOrder(const ProjectRow& row) {
    if (row.signedOn && row.startedOn && *row.startedOn < *row.signedOn) {
        report(FindingCode::DateOrder, FieldId::StartedOn,
               u"开工日期 " + message::date(*row.startedOn) + u" 早于签约日期 " + message::date(*row.signedOn) +
                   u"，请核对两个日期");
    }
    if (row.startedOn && row.producingOn && *row.producingOn < *row.startedOn) {
        report(FindingCode::DateOrder, FieldId::ProducingOn,
               u"投产日期 " + message::date(*row.producingOn) + u" 早于开工日期 " + message::date(*row.startedOn) +
                   u"，请核对两个日期");
    }
}

void RowChecker::checkStatusDates(const ProjectRow& row, const std::array<State, kFieldCount>& states) {
    if (!row.status) return;
    const Status status = *row.status;
    // Formatted only for a finding: most rows have none.
    const auto statusText = [status] { return message::quoted(statusName(status)); };
    struct DateRule {
        FieldId field;
        bool required;  // the stage reached needs this date
        bool forbidden; // the stage not reached rules this date out
        const std::optional<Date>* value;
    };
    const DateRule rules[] = {
        {FieldId::SignedOn, status >= Status::Signed, false, &row.signedOn},
        {FieldId::StartedOn, status >= Status::Started, status <= Status::Signed, &row.startedOn},
        {FieldId::ProducingOn, status == Status::Producing, status != Status::Producing, &row.producingOn},
    };
    for (const DateRule& rule : rules) {
        const State state = states[fieldIndex(rule.field)];
        if (rule.required && state == State::Absent) {
            // The finding goes on 项目进展 but sorts like the missing date.
            sink_.add(FindingCode::StatusConflict, sheetRow_, columns_.column(FieldId::Status),
                      fieldHeader(FieldId::Status),
                      u"项目进展为 " + statusText() + u"，但表中没有 " + header(rule.field) + u" 列，请增加该列并填写",
                      fieldIndex(rule.field));
        } else if (rule.required && state == State::Blank) {
            report(FindingCode::StatusConflict, rule.field,
                   u"项目进展为 " + statusText() + u"，但未填写" + header(rule.field) + u"，请补充日期或核对项目进展");
        } else if (rule.forbidden && state == State::Ok) {
            report(FindingCode::StatusConflict, rule.field,
                   u"项目进展为 " + statusText() + u"，却填写了" + header(rule.field) + u" " +
                       message::date(**rule.value) + u"，请核对项目进展或删除该日期");
        }
    }
}

void RowChecker::checkEvidence(const ProjectRow& row, State evidenceState) {
    if (!row.funds || *row.funds <= 0) return;
    // The amount is formatted only for a finding: most rows have evidence.
    if (evidenceState == State::Absent) {
        report(FindingCode::EvidenceMissing, FieldId::Funds,
               u"实际到位省外资金 " + amountText(*row.funds, FieldId::Funds, columns_) +
                   u"，但表中没有 到资依据 列，请增加该列并填写到资凭证");
    } else if (evidenceState == State::Blank) {
        report(FindingCode::EvidenceMissing, FieldId::Evidence,
               u"实际到位省外资金 " + amountText(*row.funds, FieldId::Funds, columns_) +
                   u"，但未填写到资依据（如银行进账单号）");
    }
}

CheckedRow RowChecker::check(const std::vector<Cell>& cells, int gridRow) {
    CheckedRow checked;
    RowOutcome outcome;
    checkInto(cells, gridRow, checked.project, outcome);
    checked.investorUnreadable = outcome.investorUnreadable;
    return checked;
}

void RowChecker::checkInto(const std::vector<Cell>& cells, int gridRow, ProjectRow& row, RowOutcome& outcome) {
    sheetRow_ = gridRow + 1;
    row.row = sheetRow_;
    std::array<State, kFieldCount> states;
    states.fill(State::Absent);
    auto state = [&](FieldId id) -> State& { return states[fieldIndex(id)]; };

    // In the order of the field table, so one row's findings come out ordered.
    readSeq(cells, row);
    row.name = readText(cells, FieldId::Name, true, state(FieldId::Name));
    readUnit(cells, row, outcome);
    row.nature = readEnum<Nature>(
        cells, FieldId::Nature, natures_, [](std::u16string_view text) { return parseNature(text); }, u"建设性质",
        natureChoices_);
    const IndustryCatalog& industries = *context_.industries;
    row.industry = readEnum<std::u16string>(
        cells, FieldId::Industry, industries_, [&](std::u16string_view text) { return industries.parse(text); },
        u"产业类别", industryChoices_);
    row.emerging = readYesNoField(cells, FieldId::Emerging);
    row.investment = readAmountField(cells, FieldId::Investment, state(FieldId::Investment));
    row.funds = readAmountField(cells, FieldId::Funds, state(FieldId::Funds));
    row.foreign = readAmountField(cells, FieldId::Foreign, state(FieldId::Foreign));
    row.status = readEnum<Status>(
        cells, FieldId::Status, statuses_, [](std::u16string_view text) { return parseStatus(text); }, u"项目进展",
        statusChoices_);
    row.signedOn = readDateField(cells, FieldId::SignedOn, state(FieldId::SignedOn));
    row.startedOn = readDateField(cells, FieldId::StartedOn, state(FieldId::StartedOn));
    row.producingOn = readDateField(cells, FieldId::ProducingOn, state(FieldId::ProducingOn));
    row.recognized = readYesNoField(cells, FieldId::Recognized);
    row.evidence = readText(cells, FieldId::Evidence, false, state(FieldId::Evidence));
    row.investor = readText(cells, FieldId::Investor, true, state(FieldId::Investor));
    outcome.investorUnreadable = state(FieldId::Investor) == State::Invalid;
    State ignored = State::Absent;
    row.origin = readText(cells, FieldId::Origin, false, ignored);
    row.leader = readText(cells, FieldId::Leader, false, ignored);
    row.hqTax = readAmountField(cells, FieldId::HqTax, state(FieldId::HqTax));
    row.remark = readText(cells, FieldId::Remark, false, ignored);

    // Cross-field rules see only values that passed their own checks; a
    // negative amount (constraint-error) is not compared again.
    if (row.funds && row.investment && *row.funds >= 0 && *row.investment > 0 &&
        *row.funds > *row.investment * (1 + kAmountEpsilon) + kAmountEpsilon) {
        report(FindingCode::ConstraintError, FieldId::Funds,
               u"实际到位省外资金 " + amountText(*row.funds, FieldId::Funds, columns_) + u" 超过总投资 " +
                   amountText(*row.investment, FieldId::Investment, columns_) + u"，请核对金额或单位");
    }
    checkDateOrder(row);
    checkStatusDates(row, states);
    checkEvidence(row, state(FieldId::Evidence));
}

} // namespace huibao
