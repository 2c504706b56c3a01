#include "huibao/workbook/document_files.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

using namespace huibao;

TEST_CASE("files next to the document keep its folder and name", "[files]") {
    CHECK(fileUrlNextTo(u"file:///tmp/county.ods", u"_工作汇报.pdf") ==
          u"file:///tmp/county_%E5%B7%A5%E4%BD%9C%E6%B1%87%E6%8A%A5.pdf");
    // LibreOffice's URLs are percent-encoded UTF-8; the folder stays as it was.
    CHECK(fileUrlNextTo(u"file:///home/%E5%8E%BF/%E5%8E%BF%E6%B1%87%E6%80%BB.xlsx", u"_工作汇报.docx") ==
          u"file:///home/%E5%8E%BF/%E5%8E%BF%E6%B1%87%E6%80%BB_%E5%B7%A5%E4%BD%9C%E6%B1%87%E6%8A%A5.docx");
    CHECK(fileUrlNextTo(u"file:///tmp/a.b.c.ods", u"_x.pdf") == u"file:///tmp/a.b.c_x.pdf");
    CHECK(fileUrlNextTo(u"file:///tmp/noext", u"_x.pdf") == u"file:///tmp/noext_x.pdf");
    CHECK(fileUrlNextTo(u"file:///tmp/.hidden", u"_x.pdf") == u"file:///tmp/.hidden_x.pdf");
    CHECK(fileUrlNextTo(u"file:///tmp/a%20b.ods", u"_x.pdf") == u"file:///tmp/a%20b_x.pdf");
    CHECK(siblingFileUrl(u"file:///tmp/county.ods", u"晋熙镇_校验回执.xlsx") ==
          u"file:///tmp/%E6%99%8B%E7%86%99%E9%95%87_%E6%A0%A1%E9%AA%8C%E5%9B%9E%E6%89%A7.xlsx");
}

TEST_CASE("only local file URLs have a folder to write to", "[files]") {
    CHECK_FALSE(fileUrlNextTo(u"https://example.com/a.ods", u"_x.pdf"));
    CHECK_FALSE(fileUrlNextTo(u"", u"_x.pdf"));
    CHECK_FALSE(fileUrlNextTo(u"not a url", u"_x.pdf"));
    CHECK_FALSE(fileUrlNextTo(u"private:factory/scalc", u"_x.pdf"));
}
