// The field table of spec/workbook.md §1 and header matching.
#include "huibao/workbook/fields.hpp"

#include "huibao/text/text.hpp"

#include <unordered_map>

namespace huibao {
namespace {

using namespace std::string_view_literals;

constexpr std::u16string_view kSeqAliases[] = {u"编号"};
constexpr std::u16string_view kNameAliases[] = {u"项目", u"项目名"};
constexpr std::u16string_view kUnitAliases[] = {u"责任单位", u"单位", u"单位名称", u"乡镇", u"乡镇（单位）"};
constexpr std::u16string_view kNatureAliases[] = {u"项目性质", u"项目类型"};
constexpr std::u16string_view kIndustryAliases[] = {u"产业类型", u"行业类别", u"所属产业", u"行业"};
constexpr std::u16string_view kEmergingAliases[] = {u"是否战略性新兴产业", u"新兴产业"};
constexpr std::u16string_view kInvestmentAliases[] = {u"计划总投资", u"投资总额", u"项目总投资"};
constexpr std::u16string_view kFundsAliases[] = {u"到位资金", u"实际到位资金", u"实际利用省外市外资金", u"省外资金",
                                                 u"到位省外资金"};
constexpr std::u16string_view kForeignAliases[] = {u"境外资金", u"实际利用境外资金", u"外资"};
constexpr std::u16string_view kStatusAliases[] = {u"进展情况", u"项目状态", u"目前进展", u"进度"};
constexpr std::u16string_view kSignedAliases[] = {u"签约时间"};
constexpr std::u16string_view kStartedAliases[] = {u"开工时间"};
constexpr std::u16string_view kProducingAliases[] = {u"投产时间"};
constexpr std::u16string_view kRecognizedAliases[] = {u"是否认定", u"认定情况", u"省市平台认定"};
constexpr std::u16string_view kEvidenceAliases[] = {u"到资凭证", u"资金到位依据"};
constexpr std::u16string_view kInvestorAliases[] = {u"投资主体", u"投资企业", u"签约企业"};
constexpr std::u16string_view kOriginAliases[] = {u"来源地", u"资金来源地"};
constexpr std::u16string_view kLeaderAliases[] = {u"联系县领导", u"县级领导", u"包保领导"};
constexpr std::u16string_view kHqTaxAliases[] = {u"引税额"};

using R = Requirement;
using T = FieldType;

const FieldSpec kFields[kFieldCount] = {
    {FieldId::Seq, "seq", u"序号", kSeqAliases, T::Integer, std::nullopt, R::Optional},
    {FieldId::Name, "name", u"项目名称", kNameAliases, T::Text, std::nullopt, R::Required},
    {FieldId::Unit, "unit", u"申报单位", kUnitAliases, T::UnitName, std::nullopt, R::RequiredUnlessSheetNamesUnit},
    {FieldId::Nature, "nature", u"建设性质", kNatureAliases, T::NatureEnum, std::nullopt, R::Required},
    {FieldId::Industry, "industry", u"产业类别", kIndustryAliases, T::IndustryEnum, std::nullopt, R::Required},
    {FieldId::Emerging, "emerging", u"战略性新兴产业", kEmergingAliases, T::YesNo, std::nullopt, R::Optional},
    {FieldId::Investment, "investment", u"总投资", kInvestmentAliases, T::Amount, AmountUnit::Yiyuan, R::Required},
    {FieldId::Funds, "funds", u"实际到位省外资金", kFundsAliases, T::Amount, AmountUnit::Yiyuan, R::Optional},
    {FieldId::Foreign, "foreign", u"实际到位境外资金", kForeignAliases, T::Amount, AmountUnit::WanUsd, R::Optional},
    {FieldId::Status, "status", u"项目进展", kStatusAliases, T::StatusEnum, std::nullopt, R::Required},
    {FieldId::SignedOn, "signed_on", u"签约日期", kSignedAliases, T::Date, std::nullopt, R::ByOtherRules},
    {FieldId::StartedOn, "started_on", u"开工日期", kStartedAliases, T::Date, std::nullopt, R::ByOtherRules},
    {FieldId::ProducingOn, "producing_on", u"投产日期", kProducingAliases, T::Date, std::nullopt, R::ByOtherRules},
    {FieldId::Recognized, "recognized", u"平台认定", kRecognizedAliases, T::YesNo, std::nullopt, R::Optional},
    {FieldId::Evidence, "evidence", u"到资依据", kEvidenceAliases, T::Text, std::nullopt, R::ByOtherRules},
    {FieldId::Investor, "investor", u"投资方", kInvestorAliases, T::Text, std::nullopt, R::Required},
    {FieldId::Origin, "origin", u"投资方来源地", kOriginAliases, T::Text, std::nullopt, R::Optional},
    {FieldId::Leader, "leader", u"包保县领导", kLeaderAliases, T::Text, std::nullopt, R::Optional},
    {FieldId::HqTax, "hq_tax", u"总部经济引税额", kHqTaxAliases, T::Amount, AmountUnit::Wanyuan, R::Optional},
    {FieldId::Remark, "remark", u"备注", {}, T::Text, std::nullopt, R::Optional},
};

// Normalised header and alias -> field, built once: headers are matched for
// every sheet, so their keys are computed a single time per process.
const std::unordered_map<std::u16string, FieldMatch>& headerIndex() {
    static const auto index = [] {
        std::unordered_map<std::u16string, FieldMatch> map;
        for (const FieldSpec& spec : kFields) {
            map.emplace(splitHeaderUnit(normalizeKey(spec.header)).key, FieldMatch{spec.id, true});
        }
        for (const FieldSpec& spec : kFields) {
            for (auto alias : spec.aliases) {
                // An alias never displaces a canonical header (none collide today).
                map.emplace(splitHeaderUnit(normalizeKey(alias)).key, FieldMatch{spec.id, false});
            }
        }
        return map;
    }();
    return index;
}

char16_t openingBracketFor(char16_t close) {
    switch (close) {
    case u')': return u'(';
    case u']': return u'[';
    case u'】': return u'【';
    case u'〕': return u'〔';
    default: return 0;
    }
}

} // namespace

std::span<const FieldSpec> fieldSpecs() {
    return kFields;
}

const FieldSpec& fieldSpec(FieldId id) {
    return kFields[fieldIndex(id)];
}

bool isAmountField(FieldId id) {
    return fieldSpec(id).type == FieldType::Amount;
}
bool isDateField(FieldId id) {
    return fieldSpec(id).type == FieldType::Date;
}

HeaderKey splitHeaderUnit(std::u16string key) {
    HeaderKey result;
    if (key.size() >= 3) {
        const char16_t open = openingBracketFor(key.back());
        const auto at = open ? key.rfind(open) : std::u16string::npos;
        if (at != std::u16string::npos && at > 0) {
            const std::u16string_view inside(key.data() + at + 1, key.size() - at - 2);
            if (auto unit = parseUnitName(inside)) {
                result.unit = unit;
                key.resize(at);
            }
        }
    }
    result.key = std::move(key);
    return result;
}

HeaderKey parseHeaderCell(std::u16string_view text) {
    // The longest header with a unit is 16 characters (实际利用省外市外资金（万美元）).
    // A cell with many more than that, whitespace aside, is no header: it is
    // not normalised at all (the first 15 rows of a sheet are searched for
    // the header, and they may hold 32,000-character values).
    constexpr std::size_t kMaxHeaderUnits = 64;
    std::size_t units = 0;
    for (char16_t c : text) {
        if (!isSpaceChar(c) && ++units > kMaxHeaderUnits) return {};
    }
    return splitHeaderUnit(normalizeKey(text));
}

std::optional<FieldMatch> matchFieldKey(std::u16string_view headerKey) {
    const auto& index = headerIndex();
    auto it = index.find(std::u16string(headerKey));
    if (it == index.end()) return std::nullopt;
    return it->second;
}

std::optional<FieldId> findFieldByName(std::u16string_view name) {
    if (auto match = matchFieldKey(parseHeaderCell(name).key)) return match->id;
    return std::nullopt;
}

} // namespace huibao
