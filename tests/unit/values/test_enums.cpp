#include "huibao/values/enums.hpp"

#include "utf8_view.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace huibao;
using huibao::test::utf8;

TEST_CASE("nature and its synonyms", "[enums]") {
    for (auto text : {u"新签约", u"新签", u"签约", u"新签约项目", u" 新 签 约 ", u"新簽約"})
        CHECK(parseNature(text) == Nature::NewlySigned);
    for (auto text : {u"新建", u"新建项目", u"新开工", u"新開工"}) CHECK(parseNature(text) == Nature::NewlyBuilt);
    for (auto text : {u"续建", u"续建项目", u"續建"}) CHECK(parseNature(text) == Nature::Continued);
    for (auto text : {u"", u"已签约", u"在建", u"新", u"续建中"}) CHECK_FALSE(parseNature(text));
}

TEST_CASE("status and its synonyms", "[enums]") {
    for (auto text : {u"在谈", u"洽谈", u"洽谈中", u"在談"}) CHECK(parseStatus(text) == Status::Negotiating);
    for (auto text : {u"已签约", u"签约", u"签约未开工", u"未开工", u"已簽約"})
        CHECK(parseStatus(text) == Status::Signed);
    for (auto text : {u"已开工", u"开工", u"在建", u"开工建设", u"已開工", u"开工\n建设"})
        CHECK(parseStatus(text) == Status::Started);
    for (auto text : {u"已投产", u"投产", u"竣工投产", u"建成投产", u"已投產"})
        CHECK(parseStatus(text) == Status::Producing);
    for (auto text : {u"", u"新建", u"完成", u"已竣工"}) CHECK_FALSE(parseStatus(text));
}

TEST_CASE("statuses are in the order of the project's life", "[enums]") {
    CHECK(Status::Negotiating < Status::Signed);
    CHECK(Status::Signed < Status::Started);
    CHECK(Status::Started < Status::Producing);
}

TEST_CASE("unit type and its synonyms", "[enums]") {
    for (auto text : {u"乡镇", u"乡", u"镇", u"街道", u"鄉鎮"}) CHECK(parseUnitType(text) == UnitType::Township);
    for (auto text : {u"县直单位", u"县直部门", u"部门", u"县直", u"縣直單位"})
        CHECK(parseUnitType(text) == UnitType::Department);
    for (auto text : {u"", u"村", u"县", u"单位"}) CHECK_FALSE(parseUnitType(text));
}

TEST_CASE("canonical names", "[enums]") {
    CHECK(utf8(natureName(Nature::NewlySigned)) == "新签约");
    CHECK(utf8(natureName(Nature::NewlyBuilt)) == "新建");
    CHECK(utf8(natureName(Nature::Continued)) == "续建");
    CHECK(utf8(statusName(Status::Negotiating)) == "在谈");
    CHECK(utf8(statusName(Status::Signed)) == "已签约");
    CHECK(utf8(statusName(Status::Started)) == "已开工");
    CHECK(utf8(statusName(Status::Producing)) == "已投产");
    CHECK(utf8(unitTypeName(UnitType::Township)) == "乡镇");
    CHECK(utf8(unitTypeName(UnitType::Department)) == "县直单位");

    const auto natures = natureNames();
    REQUIRE(natures.size() == 3);
    CHECK(utf8(natures[0]) == "新签约");
    CHECK(utf8(natures[1]) == "新建");
    CHECK(utf8(natures[2]) == "续建");
    const auto statuses = statusNames();
    REQUIRE(statuses.size() == 4);
    CHECK(utf8(statuses[0]) == "在谈");
    CHECK(utf8(statuses[1]) == "已签约");
    CHECK(utf8(statuses[2]) == "已开工");
    CHECK(utf8(statuses[3]) == "已投产");
}

TEST_CASE("every canonical name parses back to itself", "[enums]") {
    for (auto nature : {Nature::NewlySigned, Nature::NewlyBuilt, Nature::Continued})
        CHECK(parseNature(natureName(nature)) == nature);
    for (auto status : {Status::Negotiating, Status::Signed, Status::Started, Status::Producing})
        CHECK(parseStatus(statusName(status)) == status);
    for (auto type : {UnitType::Township, UnitType::Department}) CHECK(parseUnitType(unitTypeName(type)) == type);
}

TEST_CASE("industry catalogue: the seven categories and their synonyms", "[enums]") {
    const IndustryCatalog catalog;
    REQUIRE(catalog.names().size() == 7);
    CHECK(utf8(catalog.names()[0]) == "工业");
    CHECK(utf8(catalog.names()[6]) == "其他");
    struct Case {
        const char16_t* text;
        const char* category;
    };
    const Case cases[] = {
        {u"工业", "工业"},     {u"工業", "工业"},         {u"农业", "农业"},         {u"现代农业", "农业"},
        {u"現代農業", "农业"}, {u"服务业", "服务业"},     {u"现代服务业", "服务业"}, {u"文旅", "文旅"},
        {u"旅游", "文旅"},     {u"文化旅游", "文旅"},     {u"科技", "科技"},         {u"科技型", "科技"},
        {u"高新技术", "科技"}, {u"总部经济", "总部经济"}, {u"總部經濟", "总部经济"}, {u"其他", "其他"},
        {u" 工 业 ", "工业"},
    };
    for (const auto& c : cases) {
        INFO(utf8(std::u16string_view(c.text)));
        CHECK(utf8(catalog.parse(c.text)) == c.category);
    }
    for (auto text : {u"", u"  ", u"房地产", u"商贸", u"其它产业"}) CHECK_FALSE(catalog.parse(text));
}

TEST_CASE("industry catalogue: the county's extra categories", "[enums]") {
    const IndustryCatalog catalog({u"房地产", u" 商贸 ", u"基础设施", u"工业", u"", u"房地產"});
    REQUIRE(catalog.names().size() == 10); // 工业 and the traditional 房地產 add nothing, nor does a blank
    CHECK(utf8(catalog.names()[7]) == "房地产");
    CHECK(utf8(catalog.names()[8]) == "商贸");
    CHECK(utf8(catalog.names()[9]) == "基础设施");
    CHECK(utf8(catalog.parse(u"房地产")) == "房地产");
    CHECK(utf8(catalog.parse(u"房地產")) == "房地产");
    CHECK(utf8(catalog.parse(u"商贸")) == "商贸");
    CHECK(utf8(catalog.parse(u"基础 设施")) == "基础设施");
    CHECK(utf8(catalog.parse(u"工业")) == "工业");
    CHECK_FALSE(catalog.parse(u"物流"));
}

TEST_CASE("industry catalogue keeps an extra category as written", "[enums]") {
    const IndustryCatalog catalog({u"現代物流"});
    CHECK(utf8(catalog.names().back()) == "現代物流");
    CHECK(utf8(catalog.parse(u"现代物流")) == "現代物流");
}

namespace {

YesNoReading yesNo(std::u16string text) {
    return readYesNo(Cell::ofText(std::move(text)));
}

} // namespace

TEST_CASE("yes/no words", "[enums]") {
    using Status = YesNoReading::Status;
    for (auto text :
         {u"是", u"Y", u"y", u"YES", u"yes", u"Yes", u"√", u"✓", u"1", u"TRUE", u"true", u"ｙｅｓ", u" 是 "}) {
        INFO(utf8(std::u16string_view(text)));
        const auto reading = yesNo(text);
        CHECK(reading.status == Status::Ok);
        CHECK(reading.value);
    }
    for (auto text : {u"否", u"N", u"n", u"NO", u"no", u"×", u"✗", u"0", u"FALSE", u"False", u"Ｎｏ"}) {
        INFO(utf8(std::u16string_view(text)));
        const auto reading = yesNo(text);
        CHECK(reading.status == Status::Ok);
        CHECK_FALSE(reading.value);
    }
    for (auto text : {u"可能", u"2", u"yess", u"是的吧", u"1.5", u"x", u"-"}) {
        INFO(utf8(std::u16string_view(text)));
        CHECK(yesNo(text).status == Status::Invalid);
    }
}

TEST_CASE("yes/no numbers, booleans, blanks and errors", "[enums]") {
    using Status = YesNoReading::Status;
    auto reading = readYesNo(Cell::ofNumber(1));
    CHECK(reading.status == Status::Ok);
    CHECK(reading.value);
    reading = readYesNo(Cell::ofNumber(0));
    CHECK(reading.status == Status::Ok);
    CHECK_FALSE(reading.value);
    reading = readYesNo(Cell::ofBoolean(true));
    CHECK(reading.status == Status::Ok);
    CHECK(reading.value);
    reading = readYesNo(Cell::ofBoolean(false));
    CHECK(reading.status == Status::Ok);
    CHECK_FALSE(reading.value);
    CHECK(readYesNo(Cell::ofNumber(2)).status == Status::Invalid);
    CHECK(readYesNo(Cell::ofNumber(-1)).status == Status::Invalid);
    CHECK(readYesNo(Cell::ofNumber(0.5)).status == Status::Invalid);
    CHECK(readYesNo(Cell::ofNumber(std::nan(""))).status == Status::Invalid);

    reading = readYesNo(Cell::empty());
    CHECK(reading.status == Status::Ok);
    CHECK_FALSE(reading.value);
    reading = readYesNo(Cell::ofText(u"　"));
    CHECK(reading.status == Status::Ok);
    CHECK_FALSE(reading.value);
    CHECK(readYesNo(Cell::ofError()).status == Status::ErrorValue);
}
