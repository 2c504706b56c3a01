#include "huibao/collection/template_layout.hpp"

#include "huibao/collection/receipt.hpp"
#include "huibao/values/date.hpp"
#include "huibao/values/message_text.hpp"

namespace huibao {
namespace {

std::u16string joined(const std::vector<std::u16string>& names) {
    std::u16string text;
    for (const auto& name : names) {
        if (!text.empty()) text += u"、";
        text += name;
    }
    return text;
}

// What each column asks for, as the input help and 填报说明 say it.
std::u16string_view fieldHelp(FieldId id) {
    switch (id) {
    case FieldId::Seq: return u"项目编号，填 1、2、3……";
    case FieldId::Name: return u"项目全称（必填），一个项目一行";
    case FieldId::Unit: return u"可不填：本表的项目默认属于本单位";
    case FieldId::Nature: return u"必填，从下拉列表选择";
    case FieldId::Industry: return u"必填，从下拉列表选择";
    case FieldId::Emerging: return u"是否战略性新兴产业：是 或 否，不填视为否";
    case FieldId::Investment: return u"项目计划总投资（必填），单位亿元，填数字，如 1.5";
    case FieldId::Funds: return u"本年实际到位省外资金，单位亿元，填数字；有到位资金须填到资依据";
    case FieldId::Foreign: return u"本年实际到位境外资金，单位万美元，填数字";
    case FieldId::Status: return u"必填，从下拉列表选择：已签约须填签约日期，已开工须填开工日期，已投产须填投产日期";
    case FieldId::SignedOn:
    case FieldId::StartedOn:
    case FieldId::ProducingOn: return u"日期，写成 2026-03-05 或 2026年3月5日";
    case FieldId::Recognized: return u"是否经省市平台认定：是 或 否，不填视为否";
    case FieldId::Evidence: return u"有到位资金时必填，如银行进账单号";
    case FieldId::Investor: return u"投资企业全称（必填）";
    case FieldId::Origin: return u"投资方所在省市或国家";
    case FieldId::Leader: return u"包保本项目的县领导";
    case FieldId::HqTax: return u"总部经济引税额，单位万元，填数字";
    case FieldId::Remark: return u"其他需要说明的情况";
    }
    return {};
}

int fieldWidth(FieldId id) {
    switch (id) {
    case FieldId::Seq: return 1200;
    case FieldId::Name: return 6000;
    case FieldId::Investor: return 5000;
    case FieldId::Evidence:
    case FieldId::Remark: return 4000;
    default: return 2600;
    }
}

} // namespace

double templateDateMin() {
    return static_cast<double>(toSerial(Date{1990, 1, 1}));
}
double templateDateMax() {
    return static_cast<double>(toSerial(Date{2100, 12, 31}));
}

TemplateLayout templateFor(const RegisteredUnit& unit, const Parameters& parameters) {
    TemplateLayout layout;
    const std::u16string year = message::number(parameters.year());
    layout.fileName = safeFileName(unit.name) + u"_" + year + u"年招商引资项目申报表.xlsx";
    layout.sheetName = unit.name;
    layout.title = unit.name + year + u"年招商引资项目申报表";
    layout.filledBy = u"填报单位：" + unit.name;
    layout.filledOn = u"填报日期：";
    const IndustryCatalog industries(parameters.extraIndustries());
    const std::vector<std::u16string> yesNo{u"是", u"否"};

    for (const FieldSpec& spec : fieldSpecs()) {
        TemplateColumn column;
        column.field = spec.id;
        const std::u16string header(spec.header);
        column.header = header;
        if (spec.defaultUnit) column.header += u"（" + unitName(*spec.defaultUnit) + u"）";
        column.helpText = std::u16string(fieldHelp(spec.id));
        column.width = fieldWidth(spec.id);
        auto list = [&](std::vector<std::u16string> choices, std::u16string_view label) {
            column.validity = ValidityKind::List;
            column.errorMessage = header + u" 不是有效的" + std::u16string(label) + u"，可选：" + joined(choices);
            column.choices = std::move(choices);
        };
        switch (spec.type) {
        case FieldType::NatureEnum: list(natureNames(), u"建设性质"); break;
        case FieldType::IndustryEnum: list(industries.names(), u"产业类别"); break;
        case FieldType::StatusEnum: list(statusNames(), u"项目进展"); break;
        case FieldType::YesNo:
            column.validity = ValidityKind::List;
            column.choices = yesNo;
            column.errorMessage = header + u" 无法识别，请填 是 或 否";
            break;
        case FieldType::Date:
            column.validity = ValidityKind::Date;
            column.errorMessage = header + u" 不是有效日期，请写成 2026-03-05 或 2026年3月5日";
            break;
        case FieldType::Amount:
            column.validity = ValidityKind::Amount;
            column.errorMessage =
                header + u" 不是数字或为负数，请填写金额（" + unitName(*spec.defaultUnit) + u"），如 1.5";
            break;
        case FieldType::Integer:
            column.validity = ValidityKind::WholeSeq;
            column.errorMessage = header + u" 不是整数，请填 1、2、3 这样的编号";
            break;
        default: break;
        }
        layout.columns.push_back(std::move(column));
    }

    auto& rows = layout.instructions;
    rows.push_back({layout.title + u"填报说明"});
    rows.push_back({});
    rows.push_back({u"栏目", u"填写要求", u"可选值"});
    for (const TemplateColumn& column : layout.columns)
        rows.push_back({column.header, column.helpText, joined(column.choices)});
    rows.push_back({});
    rows.push_back({u"一个项目填一行，请勿改动表头、工作表名称和列的顺序；不用的行留空。"});
    rows.push_back({u"金额按表头注明的单位填写数字；日期写成 2026-03-05 或 2026年3月5日。"});
    if (parameters.deadline())
        rows.push_back({u"报送截止日期", message::number(parameters.deadline()->year) + u"年" +
                                             message::number(parameters.deadline()->month) + u"月" +
                                             message::number(parameters.deadline()->day) + u"日"});
    if (!parameters.contactPerson().empty()) rows.push_back({u"联系人", parameters.contactPerson()});
    if (!parameters.contactPhone().empty()) rows.push_back({u"联系电话", parameters.contactPhone()});
    return layout;
}

} // namespace huibao
