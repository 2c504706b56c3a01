#include "huibao/cell_marks.hpp"

#include <map>
#include <string>
#include <tuple>

namespace huibao {

namespace {

constexpr std::u16string_view kHeader = u"huibao-marks 1\n";

void appendEscaped(std::u16string& out, std::u16string_view text)
{
    for (char16_t c : text) {
        switch (c) {
        case u'\\': out += u"\\\\"; break;
        case u'\t': out += u"\\t"; break;
        case u'\n': out += u"\\n"; break;
        default: out += c;
        }
    }
}

std::optional<std::u16string> unescape(std::u16string_view text)
{
    std::u16string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\') {
            out += text[i];
            continue;
        }
        if (++i == text.size())
            return std::nullopt;
        switch (text[i]) {
        case u'\\': out += u'\\'; break;
        case u't': out += u'\t'; break;
        case u'n': out += u'\n'; break;
        default: return std::nullopt;
        }
    }
    return out;
}

void appendNumber(std::u16string& out, long long value)
{
    for (char c : std::to_string(value))
        out += static_cast<char16_t>(c);
}

std::optional<long long> parseNumber(std::u16string_view text)
{
    if (text.empty() || text.size() > 18)
        return std::nullopt;
    bool negative = text.front() == u'-';
    if (negative)
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    long long value = 0;
    for (char16_t c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return negative ? -value : value;
}

std::vector<std::u16string_view> split(std::u16string_view text, char16_t separator)
{
    std::vector<std::u16string_view> parts;
    std::size_t start = 0;
    for (;;) {
        auto end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::u16string_view::npos ? end : end - start));
        if (end == std::u16string_view::npos)
            return parts;
        start = end + 1;
    }
}

} // namespace

std::vector<CellMark> marksFor(const std::vector<Finding>& findings)
{
    // Keyed by sheet index so marks come out in the findings' own order.
    std::map<std::tuple<int, int, int>, CellMark> byCell;
    for (const auto& finding : findings) {
        if (finding.onProtectedSheet)
            continue;
        auto key = std::make_tuple(finding.sheetIndex, finding.row - 1, finding.targetColumn());
        auto [it, inserted] = byCell.try_emplace(key);
        auto& mark = it->second;
        if (inserted) {
            mark.sheet = finding.sheetName;
            mark.row = finding.row - 1;
            mark.column = finding.targetColumn();
            mark.fill = kWarningFill;
            mark.noteText = kNotePrefix;
        } else {
            mark.noteText += u'\n';
        }
        if (finding.severity == Severity::Error)
            mark.fill = kErrorFill;
        mark.noteText += finding.message;
    }
    std::vector<CellMark> marks;
    marks.reserve(byCell.size());
    for (auto& entry : byCell)
        marks.push_back(std::move(entry.second));
    return marks;
}

std::u16string serializeMarks(const std::vector<CellMark>& marks)
{
    std::u16string out(kHeader);
    for (const auto& mark : marks) {
        appendEscaped(out, mark.sheet);
        out += u'\t';
        appendNumber(out, mark.row);
        out += u'\t';
        appendNumber(out, mark.column);
        out += u'\t';
        appendNumber(out, mark.fill);
        out += u'\t';
        if (mark.ownFill)
            appendNumber(out, *mark.ownFill);
        else
            out += u'~';
        out += u'\t';
        out += mark.appendedToOwnNote ? u'+' : u'=';
        out += u'\t';
        appendEscaped(out, mark.noteText);
        out += u'\n';
    }
    return out;
}

std::optional<std::vector<CellMark>> parseMarks(std::u16string_view text)
{
    if (text.substr(0, kHeader.size()) != kHeader)
        return std::nullopt;
    text.remove_prefix(kHeader.size());
    std::vector<CellMark> marks;
    for (auto line : split(text, u'\n')) {
        if (line.empty())
            continue;
        auto fields = split(line, u'\t');
        if (fields.size() != 7)
            return std::nullopt;
        CellMark mark;
        auto sheet = unescape(fields[0]);
        auto row = parseNumber(fields[1]);
        auto column = parseNumber(fields[2]);
        auto fill = parseNumber(fields[3]);
        auto note = unescape(fields[6]);
        if (!sheet || !row || !column || !fill || !note || *row < 0 || *column < 0
            || (fields[5] != u"+" && fields[5] != u"="))
            return std::nullopt;
        if (fields[4] != u"~") {
            auto own = parseNumber(fields[4]);
            if (!own)
                return std::nullopt;
            mark.ownFill = static_cast<std::int32_t>(*own);
        }
        mark.sheet = std::move(*sheet);
        mark.row = static_cast<int>(*row);
        mark.column = static_cast<int>(*column);
        mark.fill = static_cast<std::int32_t>(*fill);
        mark.appendedToOwnNote = fields[5] == u"+";
        mark.noteText = std::move(*note);
        marks.push_back(std::move(mark));
    }
    return marks;
}

} // namespace huibao
