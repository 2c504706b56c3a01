// validateWorkbook alone on a synthetic county built in memory: 100,000
// project rows over 30 sheets, about one finding per 1,000 rows (the speed
// budget of spec/validation.md is for the whole command inside Calc; the
// core takes a fraction of it). Prints CPU and wall time of each run and the
// median; exits 1 when the rows or findings are not the expected ones.
//
//   huibao_synthetic_bench [runs]
#include "validation/validation_fixture.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <vector>

using namespace huibao;
using namespace huibao::test;

namespace {

// Distinct, realistic project and company names: 汉字 drawn from a fixed pool.
std::u16string chineseName(int seed, int length, std::u16string_view suffix) {
    static constexpr std::u16string_view kPool =
        u"智能制造产业园光伏电站新材料科技生物医药食品加工物流中心文化旅游康养基地数字经济农业示范区"
        u"绿色建材汽车零部件电子信息装备智造茶叶深加工现代服务综合体研发总部";
    std::u16string name;
    unsigned state = static_cast<unsigned>(seed) * 2654435761u + 12345u;
    for (int i = 0; i < length; ++i) {
        state = state * 1103515245u + 12345u;
        name += kPool[(state >> 8) % kPool.size()];
    }
    name += suffix;
    return name;
}

Workbook bigWorkbook(int sheets, int rowsPerSheet) {
    static const char16_t* kUnits[] = {u"晋熙镇", u"牛镇镇", u"县农委", u"开发区管委会"};
    static const char16_t* kNatures[] = {u"新签约", u"新建", u"续建"};
    static const char16_t* kIndustries[] = {u"工业", u"农业", u"服务业", u"文旅", u"科技"};
    static const char16_t* kStatuses[] = {u"在谈", u"已签约", u"已开工", u"已投产"};
    std::vector<Sheet> all = {targetsSheet()};
    int serial = 0;
    for (int s = 0; s < sheets; ++s) {
        std::vector<Row> rows = {{u"某单位招商引资项目申报表"}, {u"单位：亿元"}, standardHeader()};
        for (int r = 0; r < rowsPerSheet; ++r, ++serial) {
            const int status = serial % 4;
            Row row = {r + 1,
                       chineseName(serial, 8, u"项目"),
                       kUnits[serial % 4],
                       kNatures[serial % 3],
                       kIndustries[serial % 5],
                       serial % 7 == 0 ? u"是" : u"否",
                       1.0 + (serial % 50),
                       0.5,
                       serial % 9 == 0 ? C(20.0) : C(u""),
                       kStatuses[status],
                       status >= 1 ? C(46023.0 + serial % 30) : C(u""), // 2026-01-01 + n
                       status >= 2 ? C(u"2026年3月5日") : C(u""),
                       status == 3 ? C(u"2026-04-01") : C(u""),
                       serial % 3 == 0 ? u"是" : u"否",
                       u"进账单",
                       chineseName(serial * 7 + 1, 6, u"有限公司")};
            if (serial % 1000 == 0) row[6] = C(u"三百"); // about one finding per 1,000 rows
            rows.push_back(std::move(row));
        }
        rows.push_back({u"填表人：张三"});
        all.push_back(makeSheet(u"单位" + std::u16string(1, char16_t(u'甲' + s)), rows));
    }
    return makeWorkbook(std::move(all));
}

// CPU time of this thread: other work on this 2-core machine would be in wall time too.
double cpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const Workbook workbook = bigWorkbook(30, 3334);
    std::vector<double> cpu, wall;
    for (int run = 0; run < runs; ++run) {
        const auto wallStart = std::chrono::steady_clock::now();
        const double start = cpuSeconds();
        const ValidationResult result = validateWorkbook(workbook, kToday);
        cpu.push_back(cpuSeconds() - start);
        wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count());
        if (result.rows.size() != 100020 || result.findings.size() != 101) {
            std::cerr << "unexpected result: " << result.rows.size() << " rows, " << result.findings.size()
                      << " findings (expected 100020 and 101)\n";
            return 1;
        }
    }
    std::cout << "validateWorkbook, 100,020 rows over 30 sheets, 101 findings, " << runs << " runs\n"
              << "  median " << median(cpu) * 1000 << " ms CPU (this thread), " << median(wall) * 1000
              << " ms wall; budget for the whole command in Calc: 1000 ms (ratio " << median(wall) / 1.0 << ")\n";
    return 0;
}
