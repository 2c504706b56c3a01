// The Calc functions over a range the user selects: CHECKPROJECT on each row
// against the first, COUNTPROJECTS and SUMPROJECTS with criteria such as
// ">=5000万元". The input's first line holds the criteria (field, value,
// field, value … separated by tabs); the rest is the range (gridFromText).
#include "fuzz_support.hpp"

#include "huibao/functions/project_functions.hpp"

#include <cmath>

using namespace huibao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::u16string text = fuzz::decodeLenient(data, size);
    const std::size_t lineEnd = std::min(text.find(u'\n'), text.size());
    const Grid criteriaRow = fuzz::gridFromText(std::u16string_view(text).substr(0, lineEnd), 1, 8);
    const Grid range = fuzz::gridFromText(std::u16string_view(text).substr(std::min(lineEnd + 1, text.size())), 24, 24);

    std::vector<ProjectCriterion> criteria;
    if (!criteriaRow.empty()) {
        const auto& cells = criteriaRow.front();
        for (std::size_t i = 0; i + 1 < cells.size(); i += 2) criteria.push_back({cells[i], cells[i + 1]});
    }
    if (const auto count = countProjects(range, criteria)) {
        HUIBAO_FUZZ_CHECK(*count >= 0 && *count <= static_cast<double>(range.size()));
    }
    for (const char16_t* sumField :
         {u"总投资", u"实际到位省外资金", u"到位资金（万元）", u"总部经济引税额", u"项目名称"}) {
        if (const auto sum = sumProjects(range, Cell::ofText(sumField), criteria)) (void)std::isnan(*sum);
    }
    if (!criteria.empty()) (void)sumProjects(range, criteria.front().field, criteria, Date{1904, 1, 1});
    if (!range.empty()) {
        for (std::size_t row = 1; row < range.size(); ++row) (void)checkProject(range[row], range.front());
        if (range.size() > 1) {
            std::vector<Cell> shorter = range[1];
            shorter.pop_back();
            HUIBAO_FUZZ_CHECK(!checkProject(shorter, range.front()));
        }
    }
    return 0;
}
