// huibao_core_bench: times huibao::validateWorkbook alone on the cells of a
// real document, as LibreOffice's getDataArray gave them.
//
//   huibao_core_bench DUMP [--runs N] [--today YYYY-MM-DD] [--findings OUT.tsv]
//                          [--result OUT.txt] [--live-edits N]
//
// --live-edits N times live validation's core on N typed edits as
// bench/live_bench.py makes them (总投资 of a random project set to 很多, the
// next edit puts a broken one back): LiveValidator::replaceRows per edit, CPU
// and wall, median and p95; the result after the last edit is compared with a
// full validateWorkbook.
//
// --result writes everything validateWorkbook returned (every finding with
// its message, every ProjectRow field, sheet roles and layouts, unregistered
// units), for comparing two builds: the output must not change.
//
// DUMP is written by bench/office_bench.py from the loaded document (one
// getDataArray per sheet). Its format, UTF-8 text, one line per record:
//
//   huibao-dump 1
//   nulldate <year> <month> <day>
//   sheet <rows> <columns> <protected 0|1> <name, escaped>
//   <rows lines follow, each `columns` cells separated by TAB>
//   ... more sheets ...
//
// A cell is "" (empty: getDataArray's empty string), "n<number>" (shortest
// round-trip decimal), "t<text>" (escaped), "b0"/"b1" (boolean) or "x" (void:
// an error value, #N/A, #DIV/0! ...). Escapes in text and names: \\ \t \n \r.
// This is exactly what the adapter's toCell/toGrid (addin/uno) produce from
// the same Anys: void -> Error, empty string -> Empty, string -> Text,
// number -> Number, boolean -> Boolean.
//
// Output: human-readable lines on stderr, and one JSON object on stdout
// (bench/run.sh reads it).

#include "huibao/validation/cell_marks.hpp"
#include "huibao/validation/findings_sheet.hpp"
#include "huibao/validation/live_validation.hpp"
#include "huibao/validation/validation.hpp"
#include "huibao/workbook/cell_reference.hpp"
#include "huibao/workbook/finding.hpp"
#include "huibao/workbook/workbook.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::u16string fromUtf8(std::string_view in) {
    std::u16string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        const auto c = static_cast<unsigned char>(in[i]);
        char32_t cp;
        int extra;
        if (c < 0x80) {
            cp = c;
            extra = 0;
        } else if ((c >> 5) == 0x6) {
            cp = c & 0x1F;
            extra = 1;
        } else if ((c >> 4) == 0xE) {
            cp = c & 0x0F;
            extra = 2;
        } else if ((c >> 3) == 0x1E) {
            cp = c & 0x07;
            extra = 3;
        } else
            throw std::runtime_error("bad UTF-8 in dump");
        if (i + extra >= in.size()) throw std::runtime_error("truncated UTF-8 in dump");
        for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(in[i + k]) & 0x3F);
        i += extra + 1;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out.push_back(char16_t(0xD800 + (cp >> 10)));
            out.push_back(char16_t(0xDC00 + (cp & 0x3FF)));
        } else {
            out.push_back(char16_t(cp));
        }
    }
    return out;
}

std::string toUtf8(std::u16string_view in) {
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        char32_t cp = in[i];
        if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < in.size()) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (in[i + 1] - 0xDC00);
            ++i;
        }
        if (cp < 0x80)
            out.push_back(char(cp));
        else if (cp < 0x800) {
            out.push_back(char(0xC0 | (cp >> 6)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(char(0xE0 | (cp >> 12)));
            out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(char(0xF0 | (cp >> 18)));
            out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        }
    }
    return out;
}

std::string unescape(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '\\' || i + 1 == in.size()) {
            out.push_back(in[i]);
            continue;
        }
        switch (in[++i]) {
        case 't': out.push_back('\t'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        default: out.push_back(in[i]); break;
        }
    }
    return out;
}

huibao::Cell parseCell(std::string_view field) {
    if (field.empty()) return huibao::Cell::empty();
    const std::string_view payload = field.substr(1);
    switch (field[0]) {
    case 'n': return huibao::Cell::ofNumber(std::strtod(std::string(payload).c_str(), nullptr));
    case 't': return huibao::Cell::ofText(fromUtf8(unescape(payload)));
    case 'b': return huibao::Cell::ofBoolean(payload == "1");
    case 'x': return huibao::Cell::ofError();
    default: throw std::runtime_error("unknown cell type in dump: " + std::string(field));
    }
}

huibao::Workbook loadDump(const std::string& path, long long& cellCount) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::string line;
    if (!std::getline(in, line) || line != "huibao-dump 1")
        throw std::runtime_error(path + ": not a huibao-dump 1 file");
    huibao::Workbook workbook;
    cellCount = 0;
    while (std::getline(in, line)) {
        if (line.rfind("nulldate ", 0) == 0) {
            std::istringstream s(line.substr(9));
            s >> workbook.nullDate.year >> workbook.nullDate.month >> workbook.nullDate.day;
            continue;
        }
        if (line.rfind("sheet ", 0) != 0) throw std::runtime_error("unexpected line in dump: " + line.substr(0, 60));
        std::istringstream s(line.substr(6));
        long rows = 0, columns = 0;
        int isProtected = 0;
        s >> rows >> columns >> isProtected;
        std::string name;
        std::getline(s, name);
        if (!name.empty() && name[0] == ' ') name.erase(0, 1);
        auto& sheet = workbook.sheets.emplace_back();
        sheet.name = fromUtf8(unescape(name));
        sheet.isProtected = isProtected != 0;
        sheet.cells.reserve(rows);
        for (long r = 0; r < rows; ++r) {
            if (!std::getline(in, line)) throw std::runtime_error("dump ends inside sheet " + name);
            auto& row = sheet.cells.emplace_back();
            row.reserve(columns);
            std::size_t start = 0;
            while (true) {
                const auto tab = line.find('\t', start);
                const auto end = tab == std::string::npos ? line.size() : tab;
                row.push_back(parseCell(std::string_view(line).substr(start, end - start)));
                if (tab == std::string::npos) break;
                start = tab + 1;
            }
            if (long(row.size()) != columns)
                throw std::runtime_error("row width differs from the sheet header in " + name);
            cellCount += columns;
        }
    }
    return workbook;
}

huibao::Date parseIsoDate(const char* text) {
    huibao::Date date;
    if (std::sscanf(text, "%d-%d-%d", &date.year, &date.month, &date.day) != 3)
        throw std::runtime_error(std::string("bad date: ") + text);
    return date;
}

huibao::Date localToday() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return huibao::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::string jsonList(const std::vector<double>& values) {
    std::ostringstream out;
    out << '[';
    for (std::size_t i = 0; i < values.size(); ++i) out << (i ? "," : "") << values[i];
    return out.str() + ']';
}

template <class T, class F>
void putOptional(std::ostream& out, const std::optional<T>& value, F&& show) {
    if (value)
        show(*value);
    else
        out << '-';
}

std::string showNumber(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

std::string showDate(const huibao::Date& d) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buffer;
}

void writeResult(const std::string& path, const huibao::ValidationResult& result) {
    std::ofstream out(path, std::ios::binary);
    out << "targets " << result.targetsSheet << " parameters " << result.parametersSheet << '\n';
    for (std::size_t i = 0; i < result.sheets.size(); ++i) {
        const auto& info = result.sheets[i];
        out << "sheet " << i << " role " << int(info.role);
        if (info.layout) {
            const auto& l = *info.layout;
            out << " header " << l.headerRow << " note " << (l.unitNote ? int(*l.unitNote) : -1) << " matched "
                << l.columns.matchedFields << " columns";
            for (int c : l.columns.columns) out << ' ' << c;
            out << " units";
            for (auto u : l.columns.units) out << ' ' << int(u);
            out << " projects " << l.rows.projects.size() << " blanks";
            for (int r : l.rows.blankBetween) out << ' ' << r;
            out << " total " << (l.rows.totalRow ? *l.rows.totalRow : -1);
        }
        if (info.sheetUnit)
            out << " unit " << info.sheetUnit->registered << ' ' << toUtf8(info.sheetUnit->key) << ' '
                << toUtf8(info.sheetUnit->displayName);
        out << '\n';
    }
    out << "reportDate " << showDate(result.parameters.reportDate()) << '\n';
    for (const auto& u : result.unregisteredUnits)
        out << "unregistered " << toUtf8(u.key) << '\t' << toUtf8(u.displayName) << '\t' << int(u.type) << '\n';
    for (const auto& f : result.findings)
        out << "finding " << int(f.code) << ' ' << int(f.severity) << ' ' << f.sheetIndex << ' ' << toUtf8(f.sheetName)
            << ' ' << f.row << ' ' << f.column << ' ' << toUtf8(f.field) << ' ' << f.onProtectedSheet << ' '
            << f.fieldOrder << '\t' << toUtf8(f.message) << '\n';
    for (const auto& r : result.rows) {
        out << "row " << r.sheetIndex << ' ' << r.row << ' ';
        putOptional(out, r.seq, [&](long long v) { out << v; });
        out << '\t';
        putOptional(out, r.name, [&](const std::u16string& v) { out << toUtf8(v); });
        out << '\t';
        putOptional(out, r.unit, [&](const huibao::UnitRef& v) {
            out << v.registered << '|' << toUtf8(v.key) << '|' << toUtf8(v.displayName);
        });
        out << '\t';
        putOptional(out, r.nature, [&](huibao::Nature v) { out << int(v); });
        out << '\t';
        putOptional(out, r.industry, [&](const std::u16string& v) { out << toUtf8(v); });
        out << '\t';
        putOptional(out, r.emerging, [&](bool v) { out << v; });
        out << '\t';
        putOptional(out, r.investment, [&](double v) { out << showNumber(v); });
        out << '\t';
        putOptional(out, r.funds, [&](double v) { out << showNumber(v); });
        out << '\t';
        putOptional(out, r.foreign, [&](double v) { out << showNumber(v); });
        out << '\t';
        putOptional(out, r.status, [&](huibao::Status v) { out << int(v); });
        out << '\t';
        putOptional(out, r.signedOn, [&](const huibao::Date& v) { out << showDate(v); });
        out << '\t';
        putOptional(out, r.startedOn, [&](const huibao::Date& v) { out << showDate(v); });
        out << '\t';
        putOptional(out, r.producingOn, [&](const huibao::Date& v) { out << showDate(v); });
        out << '\t';
        putOptional(out, r.recognized, [&](bool v) { out << v; });
        out << '\t';
        for (const auto* text : {&r.evidence, &r.investor, &r.origin, &r.leader}) {
            putOptional(out, *text, [&](const std::u16string& v) { out << toUtf8(v); });
            out << '\t';
        }
        putOptional(out, r.hqTax, [&](double v) { out << showNumber(v); });
        out << '\t';
        putOptional(out, r.remark, [&](const std::u16string& v) { out << toUtf8(v); });
        out << '\t' << r.isDuplicate << ' ' << r.firstOccurrence << '\n';
    }
}

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double q) {
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<std::size_t>(q * double(values.size() - 1) + 0.5))];
}

// Live validation's core on typed edits (see --live-edits above).
void liveEdits(const huibao::Workbook& workbook, const huibao::Date& today, int edits) {
    using namespace huibao;
    auto start = Clock::now();
    LiveValidator live(workbook, today);
    const double constructSeconds = secondsSince(start);
    struct Target {
        int sheet, column;
        std::vector<int> rows;
    };
    std::vector<Target> targets;
    const ValidationResult& first = live.result();
    for (std::size_t s = 0; s < first.sheets.size(); ++s) {
        const auto& info = first.sheets[s];
        if (info.role != SheetRole::Submission || !info.layout->columns.has(FieldId::Investment)) continue;
        Target target{int(s), info.layout->columns.column(FieldId::Investment), {}};
        for (int row : info.layout->rows.projects)
            if (cellAt(workbook.sheets[s].cells, row, target.column).kind == Cell::Kind::Number)
                target.rows.push_back(row);
        if (!target.rows.empty()) targets.push_back(std::move(target));
    }
    if (targets.empty()) throw std::runtime_error("no 总投资 cells to edit");
    std::mt19937 random(12);
    struct Broken {
        int sheet, row, column;
        Cell original;
    };
    std::vector<Broken> pending;
    std::vector<double> cpu, wall;
    for (int i = 0; i < edits; ++i) {
        int sheet, row, column;
        Cell value;
        if (!pending.empty() && i % 2 == 1) {
            const Broken broken = pending.back();
            pending.pop_back();
            sheet = broken.sheet, row = broken.row, column = broken.column, value = broken.original;
        } else {
            const Target& target = targets[random() % targets.size()];
            sheet = target.sheet, column = target.column, row = target.rows[random() % target.rows.size()];
            pending.push_back({sheet, row, column, live.workbook().sheets[sheet].cells[row][column]});
            value = Cell::ofText(u"很多");
        }
        Grid rows{live.workbook().sheets[sheet].cells[row]};
        rows[0][column] = value;
        const double cpuStart = threadCpuMs();
        start = Clock::now();
        live.replaceRows(sheet, row, std::move(rows));
        wall.push_back(secondsSince(start) * 1e3);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    const ValidationResult full = validateWorkbook(live.workbook(), today);
    const bool same = full.findings.size() == live.result().findings.size() &&
                      std::equal(full.findings.begin(), full.findings.end(), live.result().findings.begin(),
                                 [](const Finding& a, const Finding& b) {
                                     return a.sheetIndex == b.sheetIndex && a.row == b.row && a.column == b.column &&
                                            a.code == b.code && a.message == b.message;
                                 });
    std::cerr << "core_bench: live validation: first full check " << constructSeconds << " s; " << edits
              << " typed edits, replaceRows CPU median " << percentile(cpu, 0.5) << " ms, p95 " << percentile(cpu, 0.95)
              << " ms, max " << percentile(cpu, 1.0) << " ms; wall median " << percentile(wall, 0.5) << " ms, p95 "
              << percentile(wall, 0.95) << " ms; "
              << "result after the edits " << (same ? "equals" : "DIFFERS FROM") << " a full validation\n";
}

} // namespace

int main(int argc, char** argv) {
    try {
        std::string dump, findingsOut, resultOut;
        int runs = 10;
        int liveEditCount = 0;
        huibao::Date today = localToday();
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            if (arg == "--runs" && i + 1 < argc)
                runs = std::max(1, std::atoi(argv[++i]));
            else if (arg == "--today" && i + 1 < argc)
                today = parseIsoDate(argv[++i]);
            else if (arg == "--findings" && i + 1 < argc)
                findingsOut = argv[++i];
            else if (arg == "--result" && i + 1 < argc)
                resultOut = argv[++i];
            else if (arg == "--live-edits" && i + 1 < argc)
                liveEditCount = std::max(1, std::atoi(argv[++i]));
            else if (!arg.empty() && arg[0] != '-' && dump.empty())
                dump = arg;
            else {
                std::cerr << "usage: huibao_core_bench DUMP [--runs N] [--today YYYY-MM-DD] [--findings OUT.tsv] "
                             "[--result OUT.txt] [--live-edits N]\n";
                return 2;
            }
        }
        if (dump.empty()) {
            std::cerr << "usage: huibao_core_bench DUMP [--runs N] [--today YYYY-MM-DD] [--findings OUT.tsv] [--result "
                         "OUT.txt] [--live-edits N]\n";
            return 2;
        }

        long long cells = 0;
        auto start = Clock::now();
        const huibao::Workbook workbook = loadDump(dump, cells);
        const double loadSeconds = secondsSince(start);

        // One untimed warm-up (first-use costs: ICU data, static tables).
        std::size_t findingCount = huibao::validateWorkbook(workbook, today).findings.size();

        std::vector<double> validate, table, marks;
        int errors = 0, warnings = 0;
        for (int run = 0; run < runs; ++run) {
            start = Clock::now();
            const auto result = huibao::validateWorkbook(workbook, today);
            validate.push_back(secondsSince(start));
            // The core parts of the write phase: the 校验结果 table and the marks.
            start = Clock::now();
            const auto rows = huibao::findingsSheetTable(result.findings);
            table.push_back(secondsSince(start));
            start = Clock::now();
            const auto cellMarks = huibao::marksFor(result.findings);
            const auto record = huibao::serializeMarks(cellMarks);
            marks.push_back(secondsSince(start));
            findingCount = result.findings.size();
            errors = result.errorCount();
            warnings = result.warningCount();
            if (run == 0 && !resultOut.empty()) writeResult(resultOut, result);
            if (run == 0 && !findingsOut.empty()) {
                std::ofstream out(findingsOut, std::ios::binary);
                for (const auto& f : result.findings)
                    out << toUtf8(f.sheetName) << '\t' << toUtf8(huibao::cellReference(f.row, f.targetColumn())) << '\t'
                        << huibao::codeName(f.code) << '\t' << toUtf8(f.field) << '\n';
            }
        }

        std::size_t rowCount = 0;
        for (const auto& sheet : workbook.sheets) rowCount += sheet.cells.size();
        std::cerr << "core_bench: " << workbook.sheets.size() << " sheets, " << rowCount << " rows, " << cells
                  << " cells (dump loaded in " << loadSeconds << " s)\n"
                  << "core_bench: validateWorkbook median " << median(validate) << " s, min "
                  << *std::min_element(validate.begin(), validate.end()) << " s over " << runs << " runs; "
                  << findingCount << " findings (" << errors << " 错误, " << warnings << " 警告)\n"
                  << "core_bench: findingsSheetTable median " << median(table) << " s, marksFor+serialize median "
                  << median(marks) << " s\n";
        std::cout << "{\"sheets\":" << workbook.sheets.size() << ",\"rows\":" << rowCount << ",\"cells\":" << cells
                  << ",\"load_s\":" << loadSeconds << ",\"runs\":" << runs
                  << ",\"validate_median_s\":" << median(validate)
                  << ",\"validate_min_s\":" << *std::min_element(validate.begin(), validate.end())
                  << ",\"validate_s\":" << jsonList(validate) << ",\"findings_table_median_s\":" << median(table)
                  << ",\"marks_median_s\":" << median(marks) << ",\"findings\":" << findingCount
                  << ",\"errors\":" << errors << ",\"warnings\":" << warnings << "}\n";
        if (liveEditCount > 0) liveEdits(workbook, today, liveEditCount);
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "huibao_core_bench: " << error.what() << '\n';
        return 1;
    }
}
