#include "huibao/values/chinese_numbers.hpp"

#include "utf8_view.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace huibao;
using huibao::test::utf8;

namespace {

std::string upper(double amount) {
    return utf8(rmbUppercase(amount));
}
std::string numeral(double n) {
    return utf8(chineseNumeral(n));
}

} // namespace

TEST_CASE("RMBUPPER: the examples of functions.md", "[rmb]") {
    CHECK(upper(1234.56) == "壹仟贰佰叁拾肆元伍角陆分");
    CHECK(upper(1005) == "壹仟零伍元整");
    CHECK(upper(100000000) == "壹亿元整");
    CHECK(upper(107000.53) == "壹拾万柒仟元零伍角叁分");
    CHECK(upper(0.5) == "伍角");
    CHECK(upper(0.06) == "陆分");
    CHECK(upper(0) == "零元整");
    CHECK(upper(10100) == "壹万零壹佰元整");
    CHECK(upper(105000) == "壹拾万伍仟元整");
    CHECK(upper(100010) == "壹拾万零壹拾元整");
    CHECK(upper(1680.32) == "壹仟陆佰捌拾元零叁角贰分");
    CHECK(upper(1.05) == "壹元零伍分");
}

TEST_CASE("RMBUPPER: tens always carry 壹", "[rmb]") {
    CHECK(upper(10) == "壹拾元整");
    CHECK(upper(15) == "壹拾伍元整");
    CHECK(upper(110) == "壹佰壹拾元整");
    CHECK(upper(100000) == "壹拾万元整");
    CHECK(upper(1000000000) == "壹拾亿元整");
    CHECK(upper(20) == "贰拾元整");
}

TEST_CASE("RMBUPPER: zeros across sections", "[rmb]") {
    CHECK(upper(1) == "壹元整");
    CHECK(upper(10000) == "壹万元整");
    CHECK(upper(100000001) == "壹亿零壹元整");
    CHECK(upper(1000010000) == "壹拾亿零壹万元整");
    CHECK(upper(100100000) == "壹亿零壹拾万元整");
    CHECK(upper(100001000) == "壹亿零壹仟元整"); // an empty 万 section is a run of zeros
    CHECK(upper(10001000) == "壹仟万壹仟元整");  // trailing zeros of a section: none
    CHECK(upper(1050000) == "壹佰零伍万元整");
    CHECK(upper(10500001) == "壹仟零伍拾万零壹元整");
    CHECK(upper(1001) == "壹仟零壹元整");
    CHECK(upper(1010) == "壹仟零壹拾元整");
    CHECK(upper(1100) == "壹仟壹佰元整");
    CHECK(upper(10010) == "壹万零壹拾元整");
    CHECK(upper(101010101) == "壹亿零壹佰零壹万零壹佰零壹元整");
    CHECK(upper(200000000000) == "贰仟亿元整");
    CHECK(upper(123456789012) == "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元整");
}

TEST_CASE("RMBUPPER: 角 and 分", "[rmb]") {
    CHECK(upper(20000000.1) == "贰仟万元零壹角");
    CHECK(upper(1.5) == "壹元伍角"); // no 整 after 角
    CHECK(upper(1.56) == "壹元伍角陆分");
    CHECK(upper(10.05) == "壹拾元零伍分"); // one 零 for 元 digit 0 and 角 0
    CHECK(upper(10.5) == "壹拾元零伍角");
    CHECK(upper(0.05) == "伍分");
    CHECK(upper(0.56) == "伍角陆分");
    CHECK(upper(0.01) == "壹分");
    CHECK(upper(1680.02) == "壹仟陆佰捌拾元零贰分");
    CHECK(upper(100.1) == "壹佰元零壹角");
}

TEST_CASE("RMBUPPER: rounds half-up as the decimal reads", "[rmb]") {
    CHECK(upper(1.005) == "壹元零壹分");
    CHECK(upper(1.004) == "壹元整");
    CHECK(upper(0.005) == "壹分");
    CHECK(upper(0.0049) == "零元整");
    CHECK(upper(0.995) == "壹元整");
    CHECK(upper(9.999) == "壹拾元整");
    CHECK(upper(2.675) == "贰元陆角捌分");
    CHECK(upper(1.15) == "壹元壹角伍分");
    CHECK(upper(99999.995) == "壹拾万元整");
    CHECK(upper(1e-10) == "零元整");
}

TEST_CASE("RMBUPPER: negative amounts start with 负", "[rmb]") {
    CHECK(upper(-1234.56) == "负壹仟贰佰叁拾肆元伍角陆分");
    CHECK(upper(-0.5) == "负伍角");
    CHECK(upper(-1.005) == "负壹元零壹分");
    CHECK(upper(-0.001) == "零元整"); // rounds to nothing: no 负
    CHECK(upper(-0.0) == "零元整");
}

TEST_CASE("RMBUPPER: the limit of 10^12", "[rmb]") {
    CHECK(upper(999999999999.99) == "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
    CHECK(upper(999999999999) == "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整");
    CHECK(upper(-999999999999.99) == "负玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
    CHECK_FALSE(rmbUppercase(1e12));
    CHECK_FALSE(rmbUppercase(-1e12));
    CHECK_FALSE(rmbUppercase(999999999999.995)); // rounds up to 10^12
    CHECK_FALSE(rmbUppercase(1e20));
    CHECK_FALSE(rmbUppercase(std::numeric_limits<double>::max()));
}

TEST_CASE("RMBUPPER: NaN and infinities", "[rmb]") {
    CHECK_FALSE(rmbUppercase(std::nan("")));
    CHECK_FALSE(rmbUppercase(std::numeric_limits<double>::infinity()));
    CHECK_FALSE(rmbUppercase(-std::numeric_limits<double>::infinity()));
}

TEST_CASE("CNNUMERAL: heading numerals", "[cnnumeral]") {
    CHECK(numeral(0) == "零");
    CHECK(numeral(1) == "一");
    CHECK(numeral(2) == "二");
    CHECK(numeral(10) == "十");
    CHECK(numeral(11) == "十一");
    CHECK(numeral(12) == "十二");
    CHECK(numeral(15) == "十五");
    CHECK(numeral(19) == "十九");
    CHECK(numeral(20) == "二十");
    CHECK(numeral(21) == "二十一");
    CHECK(numeral(99) == "九十九");
    CHECK(numeral(100) == "一百");
    CHECK(numeral(101) == "一百零一");
    CHECK(numeral(105) == "一百零五");
    CHECK(numeral(110) == "一百一十");
    CHECK(numeral(111) == "一百一十一");
    CHECK(numeral(1000) == "一千");
    CHECK(numeral(1001) == "一千零一");
    CHECK(numeral(1010) == "一千零一十");
    CHECK(numeral(10000) == "一万");
    CHECK(numeral(10010) == "一万零一十");
    CHECK(numeral(10100) == "一万零一百");
    CHECK(numeral(100000) == "十万");
    CHECK(numeral(100010) == "十万零一十");
    CHECK(numeral(105000) == "十万五千");
    CHECK(numeral(110000) == "十一万");
    CHECK(numeral(1000000) == "一百万");
    CHECK(numeral(1234567) == "一百二十三万四千五百六十七");
    CHECK(numeral(10000000) == "一千万");
    CHECK(numeral(10000001) == "一千万零一");
    CHECK(numeral(99999999) == "九千九百九十九万九千九百九十九");
}

TEST_CASE("CNNUMERAL: refuses fractions, negatives and 10^8", "[cnnumeral]") {
    CHECK_FALSE(chineseNumeral(1.5));
    CHECK_FALSE(chineseNumeral(-1));
    CHECK_FALSE(chineseNumeral(1e8));
    CHECK_FALSE(chineseNumeral(1e20));
    CHECK_FALSE(chineseNumeral(std::nan("")));
    CHECK_FALSE(chineseNumeral(std::numeric_limits<double>::infinity()));
    CHECK(numeral(-0.0) == "零");
}

TEST_CASE("CNNUMERAL: never the 〇 or 两 forms", "[cnnumeral]") {
    for (int n = 0; n < 200000; n += 7) {
        const std::string text = numeral(n);
        INFO(n << " -> " << text);
        REQUIRE(text != "<nullopt>");
        REQUIRE(text.find("〇") == std::string::npos);
        REQUIRE(text.find("两") == std::string::npos);
        REQUIRE(text.find("一十") != 0); // 10..19 at the start read 十…
    }
}

namespace {

// An independent statement of the heading-numeral rules: sections of four
// digits, one 零 per zero run, a section's trailing zeros absorbed by its 万,
// and 一十 at the very start read 十.
std::string referenceNumeral(long n) {
    if (n == 0) return "零";
    const char* const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    const char* const positions[] = {"", "十", "百", "千"};
    std::string padded = std::to_string(n);
    padded.insert(0, (4 - padded.size() % 4) % 4, '0');
    const std::size_t sections = padded.size() / 4;
    std::string words;
    bool pendingZero = false;
    for (std::size_t section = 0; section < sections; ++section) {
        bool sectionHasDigits = false;
        for (std::size_t offset = 0; offset < 4; ++offset) {
            const int digit = padded[section * 4 + offset] - '0';
            if (digit == 0) {
                pendingZero = !words.empty();
                continue;
            }
            if (pendingZero) words += "零";
            pendingZero = false;
            words += digits[digit];
            words += positions[3 - offset];
            sectionHasDigits = true;
        }
        if (sectionHasDigits && section + 2 == sections) {
            words += "万";
            pendingZero = false;
        }
    }
    if (words.rfind("一十", 0) == 0) words.erase(0, std::string("一").size());
    return words;
}

} // namespace

TEST_CASE("CNNUMERAL agrees with the section rules across the range", "[cnnumeral]") {
    for (long n = 0; n < 100000000; n = n < 30000 ? n + 1 : n * 1.0001 + 7) {
        INFO(n);
        REQUIRE(numeral(static_cast<double>(n)) == referenceNumeral(n));
    }
}
