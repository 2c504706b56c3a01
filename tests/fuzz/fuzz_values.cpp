// The readers of single values: amounts, dates, yes/no, counts, the enums,
// unit names, schedule bases, and the Chinese numerals written from numbers.
// The input is the text of a cell; its first eight bytes are also read as the
// double a number cell would hold (NaN, infinities, huge and tiny values).
#include "fuzz_support.hpp"

#include "huibao/values/amount.hpp"
#include "huibao/values/chinese_numbers.hpp"
#include "huibao/values/count_reading.hpp"
#include "huibao/values/date.hpp"
#include "huibao/values/enums.hpp"
#include "huibao/values/message_text.hpp"
#include "huibao/values/schedule.hpp"

#include <cmath>
#include <cstring>

using namespace huibao;

namespace {

constexpr AmountUnit kUnits[] = {AmountUnit::Yuan, AmountUnit::Wanyuan, AmountUnit::Yiyuan, AmountUnit::Usd,
                                 AmountUnit::WanUsd};

void readAll(const Cell& cell) {
    for (AmountUnit unit : kUnits) {
        const AmountReading amount = readAmount(cell, unit);
        if (amount.status == AmountReading::Status::Ok) HUIBAO_FUZZ_CHECK(std::isfinite(amount.value));
    }
    const DateReading date = readDate(cell);
    if (date.status == DateReading::Status::Ok) HUIBAO_FUZZ_CHECK(isValidDate(date.date));
    (void)readDate(cell, Date{1904, 1, 1});
    (void)readYesNo(cell);
    const CountReading count = readCount(cell);
    if (count.status == CountReading::Status::Ok) HUIBAO_FUZZ_CHECK(count.value >= 0 && std::isfinite(count.value));
    (void)cell.isBlank();
    (void)message::cellText(cell);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::u16string text = fuzz::decodeLenient(data, size);

    readAll(Cell::ofText(text));
    if (const auto date = parseDateText(text)) {
        HUIBAO_FUZZ_CHECK(isValidDate(*date));
        (void)message::date(*date);
        (void)dayOfYear(*date);
        const long long serial = toSerial(*date);
        HUIBAO_FUZZ_CHECK(fromSerial(static_cast<double>(serial)) == *date);
        for (auto basis : {ScheduleBasis::ByMonth, ScheduleBasis::ByDay}) {
            const double progress = scheduleProgress(*date, 2026, basis);
            HUIBAO_FUZZ_CHECK(progress >= 0 && progress <= 1);
        }
    }
    (void)parseWholeNumber(text);
    (void)parseNature(text);
    (void)parseStatus(text);
    (void)parseUnitType(text);
    (void)parseUnitName(text);
    (void)parseScheduleBasis(text);
    static const IndustryCatalog industries({u"文旅康养", u"其他"});
    (void)industries.parse(text);
    (void)message::quoted(text);

    if (size >= sizeof(double)) {
        double number;
        std::memcpy(&number, data, sizeof number);
        readAll(Cell::ofNumber(number));
        (void)message::number(number);
        if (const auto upper = rmbUppercase(number)) HUIBAO_FUZZ_CHECK(!upper->empty());
        (void)chineseNumeral(number);
        (void)scheduleBasisFromNumber(number);
        (void)completionRate(number, 3.0);
        (void)completionRate(1.0, number);
        for (AmountUnit from : kUnits) {
            for (AmountUnit to : kUnits) (void)convertAmount(number, from, to, 7.1);
        }
        const Date date = fromSerial(number);
        (void)toSerial(date);
        if (size >= 2 * sizeof(double)) {
            double rate;
            std::memcpy(&rate, data + sizeof(double), sizeof rate);
            (void)convertAmount(number, AmountUnit::Yiyuan, AmountUnit::WanUsd, rate);
        }
    }
    readAll(Cell::ofBoolean(size % 2 == 1));
    readAll(Cell::ofError());
    readAll(Cell::empty());
    return 0;
}
