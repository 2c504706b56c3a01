// Every placeholder Huibao knows is documented for the officers who edit the
// template (spec/report.md: "Every placeholder is listed in the project's
// documentation").
#include "huibao/report/placeholders.hpp"
#include "utf8_view.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace huibao;
using namespace huibao::test;

namespace {

std::string readDoc() {
    const auto path = std::filesystem::path(__FILE__).parent_path() / "../../../docs/report-template.md";
    std::ifstream in(path);
    REQUIRE(in.good());
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("docs/report-template.md lists every placeholder", "[report]") {
    const std::string doc = readDoc();
    for (const auto& info : placeholderCatalog()) {
        const std::string written = "`{" + utf8(info.name) + "}`";
        INFO(written);
        CHECK(doc.find(written) != std::string::npos);
    }
    for (const char* industry : {"工业", "农业", "服务业", "文旅", "科技", "总部经济", "其他"})
        CHECK(doc.find(std::string("`{") + industry + "认定项目数}`") != std::string::npos);
}

TEST_CASE("every catalogued placeholder has a value and a description", "[report]") {
    const PlaceholderValues values = placeholderValues(Assessment{});
    for (const auto& info : placeholderCatalog()) {
        INFO(utf8(info.name));
        CHECK(values.find(info.name) != nullptr);
        CHECK_FALSE(info.description.empty());
    }
    // The industry placeholders come from the catalogue of the assessment.
    CHECK(values.size() >= placeholderCatalog().size());
}
