// parseMarks on any text: the record of marks is a document property that a
// user, a macro or another program may have written. What it accepts must
// survive serializeMarks and parseMarks unchanged.
#include "fuzz_support.hpp"

#include "huibao/validation/cell_marks.hpp"

using namespace huibao;

namespace {

bool sameMark(const CellMark& a, const CellMark& b) {
    return a.sheet == b.sheet && a.row == b.row && a.column == b.column && a.fill == b.fill && a.ownFill == b.ownFill &&
           a.appendedToOwnNote == b.appendedToOwnNote && a.noteText == b.noteText;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parsed = parseMarks(fuzz::decodeLenient(data, size));
    if (!parsed) return 0;
    for (const CellMark& mark : *parsed) HUIBAO_FUZZ_CHECK(mark.row >= 0 && mark.column >= 0);
    const std::u16string text = serializeMarks(*parsed);
    const auto again = parseMarks(text);
    HUIBAO_FUZZ_CHECK(again && again->size() == parsed->size());
    for (std::size_t i = 0; i < parsed->size(); ++i) {
        const CellMark& a = (*parsed)[i];
        const CellMark& b = (*again)[i];
        HUIBAO_FUZZ_CHECK(a.row == b.row && a.column == b.column && a.fill == b.fill && a.ownFill == b.ownFill &&
                          a.appendedToOwnNote == b.appendedToOwnNote);
    }
    // Text the serialisation wrote is read back exactly.
    const auto third = parseMarks(serializeMarks(*again));
    HUIBAO_FUZZ_CHECK(third && third->size() == again->size());
    for (std::size_t i = 0; i < again->size(); ++i) HUIBAO_FUZZ_CHECK(sameMark((*again)[i], (*third)[i]));
    return 0;
}
