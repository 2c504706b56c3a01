#include "huibao/validation/cell_marks.hpp"

#include "huibao/text/text.hpp"

#include <boost/json.hpp>

#include <map>
#include <string>
#include <tuple>

namespace huibao {

namespace {

// The record as 0.1.0 wrote it: a header line, then one tab-separated line
// per mark. Still read, so a workbook marked by 0.1.0 is cleared exactly.
constexpr std::u16string_view kVersion1Header = u"huibao-marks 1\n";

// The record since 0.2.0: {"format": "huibao-marks", "version": 2, "marks": [...]}.
constexpr std::string_view kFormat = "huibao-marks";
constexpr std::int64_t kVersion = 2;

std::optional<std::u16string> unescape(std::u16string_view text) {
    std::u16string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\') {
            out += text[i];
            continue;
        }
        if (++i == text.size()) return std::nullopt;
        switch (text[i]) {
        case u'\\': out += u'\\'; break;
        case u't': out += u'\t'; break;
        case u'n': out += u'\n'; break;
        default: return std::nullopt;
        }
    }
    return out;
}

// A decimal integer that fits a cell position or a colour (std::int32_t);
// anything longer is not a record this version wrote.
std::optional<std::int32_t> parseNumber(std::u16string_view text) {
    if (text.empty() || text.size() > 18) return std::nullopt;
    bool negative = text.front() == u'-';
    if (negative) text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    long long value = 0;
    for (char16_t c : text) {
        if (c < u'0' || c > u'9') return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    if (negative) value = -value;
    if (value < INT32_MIN || value > INT32_MAX) return std::nullopt;
    return static_cast<std::int32_t>(value);
}

std::vector<std::u16string_view> split(std::u16string_view text, char16_t separator) {
    std::vector<std::u16string_view> parts;
    std::size_t start = 0;
    for (;;) {
        auto end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::u16string_view::npos ? end : end - start));
        if (end == std::u16string_view::npos) return parts;
        start = end + 1;
    }
}

std::optional<std::u16string> stringField(const boost::json::object& record, std::string_view name) {
    const auto* value = record.if_contains(name);
    if (!value || !value->is_string()) return std::nullopt;
    const auto& text = value->get_string();
    return fromUtf8(std::string_view(text.data(), text.size()));
}

std::optional<std::int32_t> intField(const boost::json::object& record, std::string_view name) {
    const auto* value = record.if_contains(name);
    if (!value || !value->is_int64()) return std::nullopt;
    const auto number = value->get_int64();
    if (number < INT32_MIN || number > INT32_MAX) return std::nullopt;
    return static_cast<std::int32_t>(number);
}

std::optional<std::vector<CellMark>> parseVersion1(std::u16string_view text);

} // namespace

bool showsSame(const CellMark& a, const CellMark& b) {
    return a.row == b.row && a.column == b.column && a.fill == b.fill && a.sheet == b.sheet && a.noteText == b.noteText;
}

std::vector<CellMark> marksFor(const std::vector<Finding>& findings) {
    // Keyed by sheet index so marks come out in the findings' own order.
    std::map<std::tuple<int, int, int>, CellMark> byCell;
    for (const auto& finding : findings) {
        if (finding.onProtectedSheet) continue;
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
        if (finding.severity == Severity::Error) mark.fill = kErrorFill;
        mark.noteText += finding.message;
    }
    std::vector<CellMark> marks;
    marks.reserve(byCell.size());
    for (auto& entry : byCell) marks.push_back(std::move(entry.second));
    return marks;
}

std::u16string serializeMarks(const std::vector<CellMark>& marks) {
    boost::json::array records;
    records.reserve(marks.size());
    for (const auto& mark : marks) {
        boost::json::object record;
        record["sheet"] = toUtf8(mark.sheet);
        record["row"] = mark.row;
        record["column"] = mark.column;
        record["fill"] = mark.fill;
        if (mark.ownFill)
            record["ownFill"] = *mark.ownFill;
        else
            record["ownFill"] = nullptr;
        record["appendedToOwnNote"] = mark.appendedToOwnNote;
        record["note"] = toUtf8(mark.noteText);
        records.push_back(std::move(record));
    }
    const boost::json::object document{{"format", kFormat}, {"version", kVersion}, {"marks", std::move(records)}};
    return fromUtf8(boost::json::serialize(document));
}

std::optional<std::vector<CellMark>> parseMarks(std::u16string_view text) {
    if (text.substr(0, kVersion1Header.size()) == kVersion1Header)
        return parseVersion1(text.substr(kVersion1Header.size()));
    boost::system::error_code error;
    const boost::json::value parsed = boost::json::parse(toUtf8(text), error);
    if (error) return std::nullopt;
    const auto* document = parsed.if_object();
    if (!document) return std::nullopt;
    const auto* format = document->if_contains("format");
    const auto* version = document->if_contains("version");
    const auto* records = document->if_contains("marks");
    if (!format || !format->is_string() || format->get_string() != kFormat || !version || !version->is_int64() ||
        version->get_int64() != kVersion || !records || !records->is_array())
        return std::nullopt;
    std::vector<CellMark> marks;
    marks.reserve(records->get_array().size());
    for (const auto& value : records->get_array()) {
        const auto* record = value.if_object();
        if (!record) return std::nullopt;
        const auto sheet = stringField(*record, "sheet");
        const auto row = intField(*record, "row");
        const auto column = intField(*record, "column");
        const auto fill = intField(*record, "fill");
        const auto note = stringField(*record, "note");
        const auto* own = record->if_contains("ownFill");
        const auto* appended = record->if_contains("appendedToOwnNote");
        if (!sheet || !row || !column || !fill || !note || *row < 0 || *column < 0 || !own || !appended ||
            !appended->is_bool())
            return std::nullopt;
        CellMark mark;
        if (!own->is_null()) {
            const auto ownFill = intField(*record, "ownFill");
            if (!ownFill) return std::nullopt;
            mark.ownFill = *ownFill;
        }
        mark.sheet = std::move(*sheet);
        mark.row = *row;
        mark.column = *column;
        mark.fill = *fill;
        mark.appendedToOwnNote = appended->get_bool();
        mark.noteText = std::move(*note);
        marks.push_back(std::move(mark));
    }
    return marks;
}

namespace {

std::optional<std::vector<CellMark>> parseVersion1(std::u16string_view text) {
    std::vector<CellMark> marks;
    for (auto line : split(text, u'\n')) {
        if (line.empty()) continue;
        auto fields = split(line, u'\t');
        if (fields.size() != 7) return std::nullopt;
        CellMark mark;
        auto sheet = unescape(fields[0]);
        auto row = parseNumber(fields[1]);
        auto column = parseNumber(fields[2]);
        auto fill = parseNumber(fields[3]);
        auto note = unescape(fields[6]);
        if (!sheet || !row || !column || !fill || !note || *row < 0 || *column < 0 ||
            (fields[5] != u"+" && fields[5] != u"="))
            return std::nullopt;
        if (fields[4] != u"~") {
            auto own = parseNumber(fields[4]);
            if (!own) return std::nullopt;
            mark.ownFill = *own;
        }
        mark.sheet = std::move(*sheet);
        mark.row = *row;
        mark.column = *column;
        mark.fill = *fill;
        mark.appendedToOwnNote = fields[5] == u"+";
        mark.noteText = std::move(*note);
        marks.push_back(std::move(mark));
    }
    return marks;
}

} // namespace

} // namespace huibao
