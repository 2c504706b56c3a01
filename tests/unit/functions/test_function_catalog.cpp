#include "huibao/functions/function_catalog.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace huibao;

TEST_CASE("the catalog lists the ten functions of the spec, each fully described") {
    const std::set<std::u16string> expected{
        u"SCHEDULEPROGRESS", u"COMPLETIONRATE", u"AHEADOFSCHEDULE", u"CONVERTAMOUNT", u"RMBUPPER",
        u"CNNUMERAL",        u"NORMALIZETEXT",  u"CHECKPROJECT",    u"COUNTPROJECTS", u"SUMPROJECTS"};
    std::set<std::u16string> names;
    for (const auto& info : functionCatalog()) {
        names.emplace(info.displayName);
        CHECK_FALSE(info.description.zh.empty());
        CHECK_FALSE(info.description.en.empty());
        CHECK_FALSE(info.arguments.empty());
        for (const auto& argument : info.arguments) {
            CHECK_FALSE(argument.name.zh.empty());
            CHECK_FALSE(argument.name.en.empty());
            CHECK_FALSE(argument.description.zh.empty());
            CHECK_FALSE(argument.description.en.empty());
        }
        // The stored programmatic name is the upper-cased method name: keep them one word.
        std::u16string upper(info.method);
        for (auto& c : upper)
            if (c >= u'a' && c <= u'z') c = static_cast<char16_t>(c - u'a' + u'A');
        CHECK(upper == info.displayName);
    }
    CHECK(names == expected);
}

TEST_CASE("findFunction finds by IDL method name only") {
    REQUIRE(findFunction(u"rmbupper") != nullptr);
    CHECK(findFunction(u"rmbupper")->displayName == u"RMBUPPER");
    CHECK(findFunction(u"RMBUPPER") == nullptr);
    CHECK(findFunction(u"nosuch") == nullptr);
}

TEST_CASE("optional arguments come last") {
    for (const auto& info : functionCatalog()) {
        bool seenOptional = false;
        for (const auto& argument : info.arguments) {
            if (seenOptional) CHECK(argument.optional);
            seenOptional = seenOptional || argument.optional;
        }
    }
}
