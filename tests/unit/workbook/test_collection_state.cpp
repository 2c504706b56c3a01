// The collection state the sidebar shows, from 报送登记 (spec/collection.md).
#include "huibao/workbook/collection_state.hpp"
#include "validation/validation_fixture.hpp"

#include <catch2/catch.hpp>

using namespace huibao;
using namespace huibao::test;

TEST_CASE("submitted and missing units from 报送登记", "[workbook][collection]") {
    const Grid log = makeGrid({
        {u"单位", u"文件", u"文件修改时间", u"导入时间", u"工作表", u"行数", u"错误", u"警告", u"状态"},
        {u"晋熙镇", u"晋熙镇.xlsx", 1, 1, u"晋熙镇", 3, 0, 0, u"已替换"},
        {u"牛镇镇", u"牛镇镇.xlsx", 1, 1, u"牛镇镇", 3, 0, 0, u"无法读取：文件已加密"},
        {u"晋熙镇", u"晋熙镇.xlsx", 1, 1, u"晋熙镇", 3, 0, 0, u"已导入"},
        {u"县农委", u"", u"", u"", u"", u"", u"", u"", u"未报送"},
        {u"牛镇镇", u"", u"", u"", u"", u"", u"", u"", u"未报送"},
    });
    const CollectionState state = readCollectionState(log);
    REQUIRE(state.submitted.size() == 1);
    CHECK(utf8(state.submitted[0]) == "晋熙镇");
    REQUIRE(state.missing.size() == 2);
    CHECK(utf8(state.missing[0]) == "县农委");
    CHECK(utf8(state.missing[1]) == "牛镇镇");
    CHECK(state.registered == 0); // the log alone does not know the registry
    CHECK(readCollectionState(makeGrid({{u"说明"}})).submitted.empty());
}

TEST_CASE("a unit listed 未报送 at the last import has no sheet now, whatever older rows say",
          "[workbook][collection]") {
    const Grid log = makeGrid({
        {u"单位", u"文件", u"文件修改时间", u"导入时间", u"工作表", u"行数", u"错误", u"警告", u"状态"},
        {u"晋熙镇", u"晋熙镇.xlsx", 2, 2, u"晋熙镇", 3, 0, 0, u"已导入"},
        {u"牛镇镇", u"牛镇镇.xlsx", 1, 1, u"牛镇镇", 3, 0, 0, u"已导入"}, // its sheet deleted since
        {u"牛镇镇", u"", u"", u"", u"", u"", u"", u"", u"未报送"},
    });
    const CollectionState state = readCollectionState(log);
    REQUIRE(state.submitted.size() == 1);
    CHECK(utf8(state.submitted[0]) == "晋熙镇");
    REQUIRE(state.missing.size() == 1);
    CHECK(utf8(state.missing[0]) == "牛镇镇");
}
