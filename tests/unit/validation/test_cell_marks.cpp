#include "huibao/validation/cell_marks.hpp"

#include <catch2/catch.hpp>

using namespace huibao;

namespace {

Finding finding(FindingCode code, int sheet, int row, int column, std::u16string message) {
    Finding f;
    f.code = code;
    f.severity = severityOf(code);
    f.sheetIndex = sheet;
    f.sheetName = sheet == 0 ? u"晋熙镇" : u"城西乡";
    f.row = row;
    f.column = column;
    f.message = std::move(message);
    return f;
}

} // namespace

TEST_CASE("one mark per cell, red when any finding on it is an error") {
    std::vector<Finding> findings{
        finding(FindingCode::EvidenceMissing, 0, 5, 3, u"缺到资依据"),
        finding(FindingCode::TypeError, 0, 5, 3, u"不是数字"),
        finding(FindingCode::BlankRow, 1, 9, -1, u"空行"),
    };
    auto marks = marksFor(findings);
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].sheet == u"晋熙镇");
    CHECK(marks[0].row == 4);
    CHECK(marks[0].column == 3);
    CHECK(marks[0].fill == kErrorFill);
    CHECK(marks[0].noteText == u"【汇报助手】缺到资依据\n不是数字");
    CHECK(marks[1].sheet == u"城西乡");
    CHECK(marks[1].column == 0); // no field cell: column A
    CHECK(marks[1].fill == kWarningFill);
}

TEST_CASE("findings on protected sheets are not marked") {
    auto f = finding(FindingCode::TypeError, 0, 5, 3, u"x");
    f.onProtectedSheet = true;
    CHECK(marksFor({f}).empty());
}

TEST_CASE("the record survives a round trip, awkward text included") {
    CellMark a;
    a.sheet = u"晋熙镇\t(2)\\";
    a.row = 6;
    a.column = 27;
    a.fill = kWarningFill;
    a.ownFill = -1;
    a.appendedToOwnNote = true;
    a.noteText = u"\n【汇报助手】第一行\n第二行\\n";
    CellMark b;
    b.sheet = u"城西乡";
    b.ownFill = std::nullopt;
    auto parsed = parseMarks(serializeMarks({a, b}));
    REQUIRE(parsed);
    REQUIRE(parsed->size() == 2);
    CHECK((*parsed)[0].sheet == a.sheet);
    CHECK((*parsed)[0].row == 6);
    CHECK((*parsed)[0].column == 27);
    CHECK((*parsed)[0].fill == kWarningFill);
    CHECK((*parsed)[0].ownFill == -1);
    CHECK((*parsed)[0].appendedToOwnNote);
    CHECK((*parsed)[0].noteText == a.noteText);
    CHECK_FALSE((*parsed)[1].ownFill.has_value());
    CHECK_FALSE((*parsed)[1].appendedToOwnNote);
}

TEST_CASE("an empty record and garbage") {
    auto empty = parseMarks(serializeMarks({}));
    REQUIRE(empty);
    CHECK(empty->empty());
    CHECK_FALSE(parseMarks(u""));
    CHECK_FALSE(parseMarks(u"something else"));
    CHECK_FALSE(parseMarks(u"huibao-marks 1\nA\t1\t2\n"));
    CHECK_FALSE(parseMarks(u"huibao-marks 1\nA\tx\t2\t3\t~\t=\tt\n"));
    CHECK_FALSE(parseMarks(u"huibao-marks 1\nA\t1\t2\t3\t~\t?\tt\n"));
    CHECK_FALSE(parseMarks(u"huibao-marks 1\nA\t1\t2\t3\t~\t=\tbad\\q\n"));
}

TEST_CASE("a position or colour beyond 32 bits is not read as another one") {
    // Found by fuzz_marks: 33333333333 became row -1026405035.
    CHECK_FALSE(parseMarks(u"huibao-marks 1\nA\t33333333333\t2\t3\t~\t=\tt\n"));
    CHECK_FALSE(parseMarks(u"huibao-marks 1\nA\t1\t4294967296\t3\t~\t=\tt\n"));
    CHECK_FALSE(parseMarks(u"huibao-marks 1\nA\t1\t2\t3\t2147483648\t=\tt\n"));
    CHECK(parseMarks(u"huibao-marks 1\nA\t2147483647\t2\t-2147483648\t-1\t=\tt\n"));
    CHECK_FALSE(
        parseMarks(u"{\"format\":\"huibao-marks\",\"version\":2,\"marks\":[{\"sheet\":\"A\",\"row\":1,"
                   u"\"column\":1,\"fill\":1,\"ownFill\":4294967296,\"appendedToOwnNote\":false,\"note\":\"\"}]}"));
}

TEST_CASE("a record written by 0.1.0 is still read") {
    // Exactly what 0.1.0's serializeMarks wrote for two marks.
    const std::u16string version1 = u"huibao-marks 1\n"
                                    u"晋熙镇\\t(2)\t6\t27\t16771996\t-1\t+\t\\n【汇报助手】第一行\\n第二行\\\\n\n"
                                    u"城西乡\t0\t0\t16762830\t~\t=\t【汇报助手】x\n";
    auto parsed = parseMarks(version1);
    REQUIRE(parsed);
    REQUIRE(parsed->size() == 2);
    CHECK((*parsed)[0].sheet == u"晋熙镇\t(2)");
    CHECK((*parsed)[0].row == 6);
    CHECK((*parsed)[0].column == 27);
    CHECK((*parsed)[0].fill == kWarningFill);
    CHECK((*parsed)[0].ownFill == -1);
    CHECK((*parsed)[0].appendedToOwnNote);
    CHECK((*parsed)[0].noteText == u"\n【汇报助手】第一行\n第二行\\n");
    CHECK((*parsed)[1].fill == kErrorFill);
    CHECK_FALSE((*parsed)[1].ownFill.has_value());
    CHECK_FALSE((*parsed)[1].appendedToOwnNote);
}

TEST_CASE("the record is versioned JSON") {
    CellMark mark;
    mark.sheet = u"城西乡";
    const auto text = serializeMarks({mark});
    CHECK(text.starts_with(u"{"));
    CHECK(text.find(u"\"format\":\"huibao-marks\"") != std::u16string::npos);
    CHECK(text.find(u"\"version\":2") != std::u16string::npos);
    CHECK_FALSE(parseMarks(u"{\"format\":\"huibao-marks\",\"version\":3,\"marks\":[]}"));
    CHECK_FALSE(parseMarks(u"{\"format\":\"huibao-marks\",\"version\":2,\"marks\":[{\"sheet\":\"A\"}]}"));
    CHECK_FALSE(
        parseMarks(u"{\"format\":\"huibao-marks\",\"version\":2,\"marks\":[{\"sheet\":\"A\",\"row\":1,"
                   u"\"column\":1,\"fill\":1,\"ownFill\":\"red\",\"appendedToOwnNote\":false,\"note\":\"\"}]}"));
    CHECK(parseMarks(u"{\"format\":\"huibao-marks\",\"version\":2,\"marks\":[{\"sheet\":\"A\",\"row\":1,"
                     u"\"column\":1,\"fill\":1,\"ownFill\":null,\"appendedToOwnNote\":false,\"note\":\"\"}]}"));
}
