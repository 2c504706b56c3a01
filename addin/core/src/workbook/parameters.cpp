// Reading the 参数 sheet (spec/workbook.md §3) into Parameters.
#include "huibao/workbook/parameters.hpp"

#include "huibao/text/text.hpp"
#include "huibao/values/amount.hpp"
#include "huibao/values/count_reading.hpp"
#include "huibao/values/enums.hpp"
#include "huibao/values/message_text.hpp"
#include "huibao/workbook/contract.hpp"
#include "huibao/workbook/finding_sink.hpp"
#include "huibao/workbook/workbook.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace huibao {
namespace {

namespace parameter = contract::parameter;

enum class Param {
    County,
    ReportDate,
    Year,
    Basis,
    TownshipThreshold,
    DepartmentThreshold,
    FundsTarget,
    ForeignTarget,
    YiyuanTarget,
    TenYiyuanTarget,
    EmergingTarget,
    LastYearFunds,
    LastYearForeign,
    LastYearProjects,
    Notice,
    IssuingOffice,
    IssueDate,
    GapWording,
    YiyuanDecimals,
    WanyuanDecimals,
    Deadline,
    ContactPerson,
    ContactPhone,
    LiveValidation,
    ExtraIndustries,
};

constexpr ParameterSpec kSpecs[] = {
    {parameter::kCountyName, u"本县"},
    {parameter::kReportDate, u"今天"},
    {parameter::kYear, u"报告日期所在年份"},
    {parameter::kScheduleBasis, u"按月"},
    {parameter::kTownshipThreshold, u"3"},
    {parameter::kDepartmentThreshold, u"1"},
    {parameter::kFundsTarget, u"各单位任务之和"},
    {parameter::kForeignTarget, u"各单位任务之和"},
    {parameter::kYiyuanTarget, u"无"},
    {parameter::kTenYiyuanTarget, u"无"},
    {parameter::kEmergingTarget, u"无"},
    {parameter::kLastYearFunds, u"无"},
    {parameter::kLastYearForeign, u"无"},
    {parameter::kLastYearProjects, u"无"},
    {parameter::kNotice, u"无"},
    {parameter::kIssuingOffice, u"{县名}招商局"},
    {parameter::kIssueDate, u"生成汇报当天"},
    {parameter::kGapWording, u"个百分点"},
    {parameter::kYiyuanDecimals, u"2"},
    {parameter::kWanyuanDecimals, u"0"},
    {parameter::kDeadline, u"无"},
    {parameter::kContactPerson, u"无"},
    {parameter::kContactPhone, u"无"},
    {parameter::kLiveValidation, u"是"},
    {parameter::kExtraIndustries, u"无"},
};

std::optional<Param> findParam(std::u16string_view key) {
    for (std::size_t i = 0; i < std::size(kSpecs); ++i) {
        if (normalizeKey(kSpecs[i].name) == key) return static_cast<Param>(i);
    }
    return std::nullopt;
}

// A 认定项目下限 as the int that unit counts are compared with: a count
// beyond int (10^12 projects) is one no unit reaches, and stays so.
int thresholdFromCount(double count) {
    return static_cast<int>(std::min(count, static_cast<double>(std::numeric_limits<int>::max())));
}

// Reads one parameter row at a time, reporting bad values on column B.
class ParameterReader {
public:
    ParameterReader(FindingSink& sink, const Date& nullDate) : sink_(sink), nullDate_(nullDate) {}

    void setRow(int row, std::u16string_view name, const Cell& value) {
        row_ = row;
        name_ = name;
        value_ = &value;
    }

    std::optional<std::u16string> text(std::u16string_view fallbackText) {
        if (!value_->isError()) return message::cellText(*value_);
        bad(FindingCode::TypeError, u"", fallbackText);
        return std::nullopt;
    }

    std::optional<Date> date(const std::u16string& fallbackText) {
        const DateReading reading = readDate(*value_, nullDate_);
        if (reading.status == DateReading::Status::Ok) return reading.date;
        bad(FindingCode::TypeError, u"不是有效日期（可写作 2026-06-30 或 2026年6月30日）", fallbackText);
        return std::nullopt;
    }

    std::optional<int> year(const std::u16string& fallbackText) {
        std::optional<long long> value;
        if (value_->isNumber()) {
            // 1e300 or inf is no year, and converting it to an integer is undefined.
            if (value_->number == std::floor(value_->number) && std::fabs(value_->number) <= 1e15)
                value = static_cast<long long>(value_->number);
        } else if (value_->isText()) {
            std::u16string text(trim(value_->text));
            if (text.ends_with(u"年")) text.pop_back();
            value = parseWholeNumber(text);
        }
        if (value && *value >= 1990 && *value <= 2100) return static_cast<int>(*value);
        bad(FindingCode::TypeError, u"不是有效年份（如 2026）", fallbackText);
        return std::nullopt;
    }

    std::optional<ScheduleBasis> basis() {
        std::optional<ScheduleBasis> basis;
        if (value_->isNumber()) basis = scheduleBasisFromNumber(value_->number);
        if (value_->isText()) basis = parseScheduleBasis(value_->text);
        if (!basis) bad(FindingCode::EnumError, u"不是有效的序时进度口径，可选：按月、按日", u"按月");
        return basis;
    }

    std::optional<double> count(const std::u16string& fallbackText) {
        const CountReading reading = readCount(*value_);
        if (reading.status == CountReading::Status::Ok) return reading.value;
        bad(FindingCode::TypeError, u"不是有效的个数（请填非负整数，如 3）", fallbackText);
        return std::nullopt;
    }

    std::optional<bool> yesNo(std::u16string_view fallbackText) {
        const YesNoReading reading = readYesNo(*value_);
        if (reading.status == YesNoReading::Status::Ok) return reading.value;
        bad(FindingCode::EnumError, u"不是有效的是/否，可选：是、否", fallbackText);
        return std::nullopt;
    }

    // 进度差表述: 个百分点 or % (workbook.md names these two; a near miss
    // such as 百分比 is a finding too, not a guess at which form was meant).
    std::optional<bool> gapInPoints() {
        if (value_->isText()) {
            const std::u16string key = normalizeKey(value_->text);
            if (key == u"个百分点") return true;
            if (key == u"%") return false;
        }
        bad(FindingCode::EnumError, u"不是有效的进度差表述，可选：个百分点、%", u"个百分点");
        return std::nullopt;
    }

    // 亿元小数位 / 万元小数位: 0 to 4.
    std::optional<int> decimals(const std::u16string& fallbackText) {
        const CountReading reading = readCount(*value_);
        if (reading.status == CountReading::Status::Ok && reading.value <= 4) return static_cast<int>(reading.value);
        bad(FindingCode::TypeError, u"不是有效的小数位数（请填 0 到 4 的整数）", fallbackText);
        return std::nullopt;
    }

    std::optional<double> amount(AmountUnit unit, const std::u16string& fallbackText) {
        const AmountReading reading = readAmount(*value_, unit);
        if (reading.status == AmountReading::Status::Ok && reading.value >= 0) return reading.value;
        bad(FindingCode::TypeError, u"不是有效金额（请填非负数，单位" + unitName(unit) + u"）", fallbackText);
        return std::nullopt;
    }

private:
    void bad(FindingCode code, std::u16string_view problem, std::u16string_view fallbackText) {
        std::u16string message = u"参数 " + std::u16string(name_) + u" 的值 " +
                                 message::quoted(message::cellText(*value_)) + u" " + std::u16string(problem) +
                                 u"，已使用默认值：" + std::u16string(fallbackText);
        if (value_->isError()) {
            message = u"参数 " + std::u16string(name_) + u" 的单元格是错误值，请检查公式；已使用默认值：" +
                      std::u16string(fallbackText);
            code = FindingCode::TypeError;
        }
        sink_.add(code, row_ + 1, 1, name_, std::move(message));
    }

    FindingSink& sink_;
    Date nullDate_;
    int row_ = 0;
    std::u16string_view name_;
    const Cell* value_ = nullptr;
};

} // namespace

std::span<const ParameterSpec> parameterSpecs() {
    return kSpecs;
}

std::vector<std::u16string> splitNameList(std::u16string_view text) {
    std::vector<std::u16string> names;
    std::u16string current;
    auto flush = [&] {
        if (!current.empty()) names.push_back(std::move(current));
        current.clear();
    };
    for (char16_t c : text) {
        switch (c) {
        case u'、':
        case u',':
        case u'，':
        case u';':
        case u'；':
        case u'/':
        case u'／': flush(); break;
        default:
            if (isSpaceChar(c))
                flush();
            else
                current += c;
        }
    }
    flush();
    return names;
}

Parameters::Parameters(const Date& today)
    : countyName_(u"本县"), reportDate_(today), year_(today.year), issueDate_(today) {}

std::u16string Parameters::issuingOffice() const {
    return issuingOffice_ ? *issuingOffice_ : countyName_ + u"招商局";
}

Parameters readParameters(const Sheet* sheet, int sheetIndex, const Date& today, const Date& nullDate,
                          std::vector<Finding>& findings) {
    Parameters result(today);
    if (!sheet) return result;

    FindingSink sink(findings, sheetIndex, sheet->name, sheet->isProtected);
    ParameterReader reader(sink, nullDate);
    const std::u16string todayText = u"今天 " + message::date(today);
    std::optional<Date> reportDate;
    std::optional<int> year;
    std::array<bool, std::size(kSpecs)> seen{};

    for (int row = 0; row < static_cast<int>(sheet->cells.size()); ++row) {
        const Cell& nameCell = cellAt(sheet->cells, row, 0);
        const Cell& value = cellAt(sheet->cells, row, 1);
        if (!nameCell.isText()) continue;
        const std::u16string key = normalizeKey(nameCell.text);
        if (row == 0 && key == contract::kParameterNameHeader) continue; // the 参数 · 值 header
        const auto param = findParam(key);
        if (!param) continue; // unknown names are ignored
        const auto index = static_cast<std::size_t>(*param);
        if (seen[index]) continue; // the first row of a name wins
        seen[index] = true;
        if (value.isBlank()) continue; // blank = default
        reader.setRow(row, kSpecs[index].name, value);

        switch (*param) {
        case Param::County:
            if (auto name = reader.text(u"本县")) result.countyName_ = *name;
            break;
        case Param::ReportDate: reportDate = reader.date(todayText); break;
        case Param::Year: year = reader.year(u"报告日期所在年份"); break;
        case Param::Basis:
            if (auto basis = reader.basis()) result.basis_ = *basis;
            break;
        case Param::TownshipThreshold:
            if (auto count = reader.count(u"3")) result.townshipThreshold_ = thresholdFromCount(*count);
            break;
        case Param::DepartmentThreshold:
            if (auto count = reader.count(u"1")) result.departmentThreshold_ = thresholdFromCount(*count);
            break;
        case Param::FundsTarget: result.fundsTarget_ = reader.amount(AmountUnit::Yiyuan, u"各单位任务之和"); break;
        case Param::ForeignTarget: result.foreignTarget_ = reader.amount(AmountUnit::WanUsd, u"各单位任务之和"); break;
        case Param::YiyuanTarget: result.yiyuanTarget_ = reader.count(u"无"); break;
        case Param::TenYiyuanTarget: result.tenYiyuanTarget_ = reader.count(u"无"); break;
        case Param::EmergingTarget: result.emergingTarget_ = reader.count(u"无"); break;
        case Param::LastYearFunds: result.lastYearFunds_ = reader.amount(AmountUnit::Yiyuan, u"无"); break;
        case Param::LastYearForeign: result.lastYearForeign_ = reader.amount(AmountUnit::WanUsd, u"无"); break;
        case Param::LastYearProjects: result.lastYearProjects_ = reader.count(u"无"); break;
        case Param::Deadline: result.deadline_ = reader.date(u"无"); break;
        case Param::ContactPerson: result.contactPerson_ = reader.text(u"无").value_or(u""); break;
        case Param::ContactPhone: result.contactPhone_ = reader.text(u"无").value_or(u""); break;
        case Param::LiveValidation:
            if (auto live = reader.yesNo(u"是")) result.liveValidation_ = *live;
            break;
        case Param::Notice:
            if (auto text = reader.text(u"无")) {
                const std::u16string written(trim(*text));
                if (!written.empty() && written != u"无") result.notice_ = written;
            }
            break;
        case Param::IssuingOffice:
            if (auto text = reader.text(u"{县名}招商局")) {
                const std::u16string written(trim(*text));
                if (!written.empty()) result.issuingOffice_ = written;
            }
            break;
        case Param::IssueDate:
            if (auto date = reader.date(todayText)) result.issueDate_ = *date;
            break;
        case Param::GapWording:
            if (auto points = reader.gapInPoints()) result.gapInPoints_ = *points;
            break;
        case Param::YiyuanDecimals:
            if (auto decimals = reader.decimals(u"2")) result.yiyuanDecimals_ = *decimals;
            break;
        case Param::WanyuanDecimals:
            if (auto decimals = reader.decimals(u"0")) result.wanDecimals_ = *decimals;
            break;
        case Param::ExtraIndustries:
            if (auto list = reader.text(u"无")) result.extraIndustries_ = splitNameList(*list);
            break;
        }
    }
    if (reportDate) result.reportDate_ = *reportDate;
    result.year_ = year.value_or(result.reportDate_.year);
    return result;
}

std::optional<int> parameterRow(std::span<const std::u16string> names, std::u16string_view name) {
    const std::u16string key = normalizeKey(name);
    for (std::size_t row = 0; row < names.size(); ++row) {
        const std::u16string candidate = normalizeKey(names[row]);
        if (row == 0 && candidate == contract::kParameterNameHeader) continue;
        if (candidate == key) return static_cast<int>(row);
    }
    return std::nullopt;
}

} // namespace huibao
