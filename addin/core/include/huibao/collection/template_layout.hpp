// The blank template a unit fills in (spec/collection.md, "Templates"): its
// file name, title rows, header in canonical order with units, the input help
// and data validity of each column, and the 填报说明 sheet.
#pragma once

#include "huibao/values/enums.hpp"
#include "huibao/workbook/fields.hpp"
#include "huibao/workbook/parameters.hpp"
#include "huibao/workbook/unit_registry.hpp"

#include <string>
#include <vector>

namespace huibao {

inline constexpr std::u16string_view kInstructionsSheet = u"填报说明";

enum class ValidityKind : unsigned char {
    None,
    List,     // one of `choices`
    Date,     // a date between 1990-01-01 and 2100-12-31
    Amount,   // a number ≥ 0
    WholeSeq, // a whole number ≥ 1
};

struct TemplateColumn {
    FieldId field;
    std::u16string header;   // canonical, with its unit: 总投资（亿元）
    std::u16string helpText; // the header cell's input help
    ValidityKind validity = ValidityKind::None;
    std::vector<std::u16string> choices; // List
    std::u16string errorMessage;         // what the validator would say
    int width = 2400;                    // 1/100 mm
};

struct TemplateLayout {
    std::u16string fileName;  // <单位名称>_{年度}年招商引资项目申报表.xlsx
    std::u16string sheetName; // the unit's name
    std::u16string title;     // {单位名称}{年度}年招商引资项目申报表
    std::u16string filledBy;  // 填报单位：{单位名称}
    std::u16string filledOn;  // 填报日期：
    int headerRow = 2;        // 0-based; rows above are title and 填报单位
    int dataRows = 300;       // rows open for input below the header
    std::vector<TemplateColumn> columns;
    // The 填报说明 sheet, row by row (first row: its title).
    std::vector<std::vector<std::u16string>> instructions;
};

// The validity bounds of ValidityKind::Date, as serials against the default null date.
double templateDateMin();
double templateDateMax();

TemplateLayout templateFor(const RegisteredUnit& unit, const Parameters& parameters);

} // namespace huibao
