#include "huibao/values/amount.hpp"

#include "utf8_view.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace huibao;
using huibao::test::utf8;
using Status = AmountReading::Status;

namespace {

AmountReading readText(std::u16string text, AmountUnit unit) {
    return readAmount(Cell::ofText(std::move(text)), unit);
}

} // namespace

TEST_CASE("unit names, scales and currencies", "[amount]") {
    CHECK(utf8(unitName(AmountUnit::Yuan)) == "元");
    CHECK(utf8(unitName(AmountUnit::Wanyuan)) == "万元");
    CHECK(utf8(unitName(AmountUnit::Yiyuan)) == "亿元");
    CHECK(utf8(unitName(AmountUnit::Usd)) == "美元");
    CHECK(utf8(unitName(AmountUnit::WanUsd)) == "万美元");
    CHECK(unitScale(AmountUnit::Yuan) == 1);
    CHECK(unitScale(AmountUnit::Wanyuan) == 1e4);
    CHECK(unitScale(AmountUnit::Yiyuan) == 1e8);
    CHECK(unitScale(AmountUnit::Usd) == 1);
    CHECK(unitScale(AmountUnit::WanUsd) == 1e4);
    CHECK_FALSE(isUsd(AmountUnit::Yuan));
    CHECK_FALSE(isUsd(AmountUnit::Wanyuan));
    CHECK_FALSE(isUsd(AmountUnit::Yiyuan));
    CHECK(isUsd(AmountUnit::Usd));
    CHECK(isUsd(AmountUnit::WanUsd));
}

TEST_CASE("parseUnitName accepts Chinese and Latin names after normalisation", "[amount]") {
    CHECK(parseUnitName(u"元") == AmountUnit::Yuan);
    CHECK(parseUnitName(u"万元") == AmountUnit::Wanyuan);
    CHECK(parseUnitName(u"亿元") == AmountUnit::Yiyuan);
    CHECK(parseUnitName(u"美元") == AmountUnit::Usd);
    CHECK(parseUnitName(u"万美元") == AmountUnit::WanUsd);
    CHECK(parseUnitName(u"yuan") == AmountUnit::Yuan);
    CHECK(parseUnitName(u"WanYuan") == AmountUnit::Wanyuan);
    CHECK(parseUnitName(u"YIYUAN") == AmountUnit::Yiyuan);
    CHECK(parseUnitName(u"usd") == AmountUnit::Usd);
    CHECK(parseUnitName(u"ｗａｎｕｓｄ") == AmountUnit::WanUsd);
    CHECK(parseUnitName(u" 萬元 ") == AmountUnit::Wanyuan);
    CHECK(parseUnitName(u"億　元") == AmountUnit::Yiyuan);
    CHECK(parseUnitName(u"萬美元") == AmountUnit::WanUsd);
    CHECK_FALSE(parseUnitName(u""));
    CHECK_FALSE(parseUnitName(u"万"));
    CHECK_FALSE(parseUnitName(u"千元"));
    CHECK_FALSE(parseUnitName(u"dollar"));
}

TEST_CASE("convertAmount within one currency shifts the decimal point exactly", "[amount]") {
    CHECK(convertAmount(3000, AmountUnit::Wanyuan, AmountUnit::Yiyuan) == 0.3);
    CHECK(convertAmount(0.3, AmountUnit::Yiyuan, AmountUnit::Wanyuan) == 3000);
    CHECK(convertAmount(1, AmountUnit::Yiyuan, AmountUnit::Yuan) == 1e8);
    CHECK(convertAmount(12345, AmountUnit::Yuan, AmountUnit::Wanyuan) == 1.2345);
    CHECK(convertAmount(0.29, AmountUnit::Yiyuan, AmountUnit::Wanyuan) == 2900);
    CHECK(convertAmount(1.1, AmountUnit::Yiyuan, AmountUnit::Wanyuan) == 11000);
    CHECK(convertAmount(123.456, AmountUnit::Wanyuan, AmountUnit::Yiyuan) == 0.0123456);
    CHECK(convertAmount(5, AmountUnit::Usd, AmountUnit::WanUsd) == 0.0005);
    CHECK(convertAmount(2.5, AmountUnit::WanUsd, AmountUnit::Usd) == 25000);
    CHECK(convertAmount(-3000, AmountUnit::Wanyuan, AmountUnit::Yiyuan) == -0.3);
    CHECK(convertAmount(0, AmountUnit::Wanyuan, AmountUnit::Yiyuan) == 0);
    CHECK(convertAmount(42, AmountUnit::Wanyuan, AmountUnit::Wanyuan) == 42);
}

TEST_CASE("convertAmount between currencies needs a positive rate", "[amount]") {
    CHECK(convertAmount(710, AmountUnit::Wanyuan, AmountUnit::WanUsd, 7.1) == Approx(100));
    CHECK(convertAmount(710, AmountUnit::Wanyuan, AmountUnit::WanUsd, 7.1) == 100);
    CHECK(convertAmount(100, AmountUnit::WanUsd, AmountUnit::Wanyuan, 7.1) == Approx(710));
    CHECK(convertAmount(100, AmountUnit::WanUsd, AmountUnit::Yiyuan, 7.1) == Approx(0.071));
    CHECK(convertAmount(1, AmountUnit::Yiyuan, AmountUnit::Usd, 7) == Approx(1e8 / 7));
    CHECK(convertAmount(7.1, AmountUnit::Yuan, AmountUnit::Usd, 7.1) == Approx(1));
    CHECK_FALSE(convertAmount(710, AmountUnit::Wanyuan, AmountUnit::WanUsd));
    CHECK_FALSE(convertAmount(710, AmountUnit::Wanyuan, AmountUnit::WanUsd, 0.0));
    CHECK_FALSE(convertAmount(710, AmountUnit::Wanyuan, AmountUnit::WanUsd, -7.1));
    CHECK_FALSE(convertAmount(710, AmountUnit::Wanyuan, AmountUnit::WanUsd, std::nan("")));
    CHECK_FALSE(convertAmount(710, AmountUnit::Usd, AmountUnit::Yuan));
    // A rate is not needed, and ignored, within one currency.
    CHECK(convertAmount(3000, AmountUnit::Wanyuan, AmountUnit::Yiyuan, 7.1) == 0.3);
}

TEST_CASE("convertAmount refuses non-finite values", "[amount]") {
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_FALSE(convertAmount(std::nan(""), AmountUnit::Wanyuan, AmountUnit::Yiyuan));
    CHECK_FALSE(convertAmount(inf, AmountUnit::Wanyuan, AmountUnit::Yiyuan));
    CHECK_FALSE(convertAmount(-inf, AmountUnit::Wanyuan, AmountUnit::Yiyuan));
    CHECK_FALSE(convertAmount(1e305, AmountUnit::Yiyuan, AmountUnit::Yuan)); // overflows
}

TEST_CASE("readAmount takes numbers as they are", "[amount]") {
    auto reading = readAmount(Cell::ofNumber(1234.5), AmountUnit::Wanyuan);
    CHECK(reading.status == Status::Ok);
    CHECK(reading.value == 1234.5);
    reading = readAmount(Cell::ofNumber(-5), AmountUnit::Yiyuan);
    CHECK(reading.status == Status::Ok);
    CHECK(reading.value == -5);
    reading = readAmount(Cell::ofNumber(0), AmountUnit::Yiyuan);
    CHECK(reading.status == Status::Ok);
    CHECK(reading.value == 0);
    CHECK(readAmount(Cell::ofNumber(std::nan("")), AmountUnit::Yiyuan).status == Status::NotANumber);
}

TEST_CASE("readAmount: blank and error cells", "[amount]") {
    CHECK(readAmount(Cell::empty(), AmountUnit::Wanyuan).status == Status::Blank);
    CHECK(readText(u"", AmountUnit::Wanyuan).status == Status::Blank);
    CHECK(readText(u"  　", AmountUnit::Wanyuan).status == Status::Blank);
    CHECK(readAmount(Cell::ofError(), AmountUnit::Wanyuan).status == Status::ErrorValue);
}

TEST_CASE("readAmount reads plain numbers written as text", "[amount]") {
    struct Case {
        std::u16string text;
        double value;
    };
    const Case cases[] = {
        {u"3000", 3000},
        {u"３０００", 3000},
        {u"-5", -5},
        {u"+5", 5},
        {u"－５", -5},
        {u"1,234.5", 1234.5},
        {u"1，234.5", 1234.5},
        {u"1,234,567", 1234567},
        {u"0.05", 0.05},
        {u".5", 0.5},
        {u"5.", 5},
        {u" 12.5 ", 12.5},
        {u"１２．５", 12.5},
        {u"0", 0},
        {u"-0", 0},
        {u"007", 7},
        {u"\u2212"
         u"3",
         -3},
    };
    for (const auto& c : cases) {
        INFO(utf8(c.text));
        const auto reading = readText(c.text, AmountUnit::Wanyuan);
        CHECK(reading.status == Status::Ok);
        CHECK(reading.value == c.value);
    }
}

TEST_CASE("readAmount converts a trailing unit word into the column's unit", "[amount]") {
    struct Case {
        std::u16string text;
        AmountUnit column;
        double value;
    };
    const Case cases[] = {
        {u"1,234.5万元", AmountUnit::Wanyuan, 1234.5},
        {u"1,234.5万元", AmountUnit::Yiyuan, 0.12345},
        {u"1.2亿", AmountUnit::Wanyuan, 12000},
        {u"1亿", AmountUnit::Wanyuan, 10000},
        {u"1 亿元", AmountUnit::Yuan, 100000000},
        {u"1.2亿元", AmountUnit::Wanyuan, 12000},
        {u"1.2亿元", AmountUnit::Yiyuan, 1.2},
        {u"3000万", AmountUnit::Yiyuan, 0.3},
        {u"3000 万元", AmountUnit::Yiyuan, 0.3},
        {u"5000元", AmountUnit::Wanyuan, 0.5},
        {u"12345元", AmountUnit::Yuan, 12345},
        {u"2亿", AmountUnit::Yuan, 2e8},
        {u"0.29亿元", AmountUnit::Wanyuan, 2900},
        {u"３０００萬元", AmountUnit::Yiyuan, 0.3}, // full-width digits, traditional 萬
        {u"1.5億", AmountUnit::Wanyuan, 15000},
        {u"100万美元", AmountUnit::WanUsd, 100},
        {u"100万", AmountUnit::WanUsd, 100}, // 万 alone follows the column's currency
        {u"5000美元", AmountUnit::WanUsd, 0.5},
        {u"5000美元", AmountUnit::Usd, 5000},
        {u"2万美元", AmountUnit::Usd, 20000},
        {u"-5万元", AmountUnit::Yiyuan, -0.0005},
        {u"10,000元", AmountUnit::Wanyuan, 1},
    };
    for (const auto& c : cases) {
        INFO(utf8(c.text) << " in " << utf8(unitName(c.column)));
        const auto reading = readText(c.text, c.column);
        CHECK(reading.status == Status::Ok);
        CHECK(reading.value == c.value);
    }
}

TEST_CASE("readAmount: a unit word of the other currency is WrongCurrency", "[amount]") {
    CHECK(readText(u"100万美元", AmountUnit::Wanyuan).status == Status::WrongCurrency);
    CHECK(readText(u"100美元", AmountUnit::Yiyuan).status == Status::WrongCurrency);
    CHECK(readText(u"1亿元", AmountUnit::WanUsd).status == Status::WrongCurrency);
    CHECK(readText(u"1亿", AmountUnit::WanUsd).status == Status::WrongCurrency); // 亿 alone is 亿元
    CHECK(readText(u"710万元", AmountUnit::WanUsd).status == Status::WrongCurrency);
    CHECK(readText(u"5元", AmountUnit::Usd).status == Status::WrongCurrency);
}

TEST_CASE("readAmount: anything else is NotANumber", "[amount]") {
    const std::u16string garbage[] = {
        u"3OO",      u"abc",          u"约3000", u"3000万元左右", u"三千", u"1,5",  u"12,34", u"1,2345",
        u",123",     u"123,",         u"1,,234", u"1.2.3",        u"--5",  u"-",    u".",     u"1e5",
        u"3000千元", u"100 万 元 万", u"¥100",   u"$100",         u"5%",   u"万元", u"N/A",   u"1 234",
    };
    for (const auto& text : garbage) {
        INFO(utf8(text));
        CHECK(readText(text, AmountUnit::Wanyuan).status == Status::NotANumber);
    }
}
