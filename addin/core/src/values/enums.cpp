#include "huibao/values/enums.hpp"

#include "huibao/text/text.hpp"

#include <array>

namespace huibao {
namespace {

template <typename Value>
struct Synonym {
    std::u16string_view key; // as normalizeKey leaves it
    Value value;
};

// The synonym tables of spec/workbook.md "Enums". The same word may mean
// different things in different fields (签约: nature 新签约, status 已签约).
constexpr std::array kNatureSynonyms{
    Synonym<Nature>{u"新签约", Nature::NewlySigned}, Synonym<Nature>{u"新签", Nature::NewlySigned},
    Synonym<Nature>{u"签约", Nature::NewlySigned},   Synonym<Nature>{u"新签约项目", Nature::NewlySigned},
    Synonym<Nature>{u"新建", Nature::NewlyBuilt},    Synonym<Nature>{u"新建项目", Nature::NewlyBuilt},
    Synonym<Nature>{u"新开工", Nature::NewlyBuilt},  Synonym<Nature>{u"续建", Nature::Continued},
    Synonym<Nature>{u"续建项目", Nature::Continued},
};

constexpr std::array kStatusSynonyms{
    Synonym<Status>{u"在谈", Status::Negotiating},   Synonym<Status>{u"洽谈", Status::Negotiating},
    Synonym<Status>{u"洽谈中", Status::Negotiating}, Synonym<Status>{u"已签约", Status::Signed},
    Synonym<Status>{u"签约", Status::Signed},        Synonym<Status>{u"签约未开工", Status::Signed},
    Synonym<Status>{u"未开工", Status::Signed},      Synonym<Status>{u"已开工", Status::Started},
    Synonym<Status>{u"开工", Status::Started},       Synonym<Status>{u"在建", Status::Started},
    Synonym<Status>{u"开工建设", Status::Started},   Synonym<Status>{u"已投产", Status::Producing},
    Synonym<Status>{u"投产", Status::Producing},     Synonym<Status>{u"竣工投产", Status::Producing},
    Synonym<Status>{u"建成投产", Status::Producing},
};

constexpr std::array kUnitTypeSynonyms{
    Synonym<UnitType>{u"乡镇", UnitType::Township},       Synonym<UnitType>{u"乡", UnitType::Township},
    Synonym<UnitType>{u"镇", UnitType::Township},         Synonym<UnitType>{u"街道", UnitType::Township},
    Synonym<UnitType>{u"县直单位", UnitType::Department}, Synonym<UnitType>{u"县直部门", UnitType::Department},
    Synonym<UnitType>{u"部门", UnitType::Department},     Synonym<UnitType>{u"县直", UnitType::Department},
};

constexpr std::array kYesNoWords{
    Synonym<bool>{u"是", true},     Synonym<bool>{u"y", true},    Synonym<bool>{u"yes", true},
    Synonym<bool>{u"√", true},      Synonym<bool>{u"✓", true},    Synonym<bool>{u"✔", true},
    Synonym<bool>{u"1", true},      Synonym<bool>{u"true", true}, Synonym<bool>{u"否", false},
    Synonym<bool>{u"n", false},     Synonym<bool>{u"no", false},  Synonym<bool>{u"×", false},
    Synonym<bool>{u"✗", false},     Synonym<bool>{u"✘", false},   Synonym<bool>{u"0", false},
    Synonym<bool>{u"false", false},
};

template <typename Value, std::size_t Size>
std::optional<Value> lookUp(const std::array<Synonym<Value>, Size>& synonyms, std::u16string_view text) {
    const std::u16string key = normalizeKey(text);
    for (const auto& synonym : synonyms)
        if (synonym.key == key) return synonym.value;
    return std::nullopt;
}

struct IndustrySynonyms {
    std::u16string_view name;
    std::array<std::u16string_view, 3> synonyms; // besides the name itself; empty = none
};

constexpr std::array kIndustries{
    IndustrySynonyms{u"工业", {}},
    IndustrySynonyms{u"农业", {u"现代农业"}},
    IndustrySynonyms{u"服务业", {u"现代服务业"}},
    IndustrySynonyms{u"文旅", {u"旅游", u"文化旅游"}},
    IndustrySynonyms{u"科技", {u"科技型", u"高新技术"}},
    IndustrySynonyms{u"总部经济", {}},
    IndustrySynonyms{u"其他", {}},
};

} // namespace

std::optional<Nature> parseNature(std::u16string_view text) {
    return lookUp(kNatureSynonyms, text);
}
std::optional<Status> parseStatus(std::u16string_view text) {
    return lookUp(kStatusSynonyms, text);
}
std::optional<UnitType> parseUnitType(std::u16string_view text) {
    return lookUp(kUnitTypeSynonyms, text);
}

std::u16string natureName(Nature nature) {
    switch (nature) {
    case Nature::NewlySigned: return u"新签约";
    case Nature::NewlyBuilt: return u"新建";
    case Nature::Continued: return u"续建";
    }
    return {};
}

std::u16string statusName(Status status) {
    switch (status) {
    case Status::Negotiating: return u"在谈";
    case Status::Signed: return u"已签约";
    case Status::Started: return u"已开工";
    case Status::Producing: return u"已投产";
    }
    return {};
}

std::u16string unitTypeName(UnitType type) {
    switch (type) {
    case UnitType::Township: return u"乡镇";
    case UnitType::Department: return u"县直单位";
    }
    return {};
}

std::vector<std::u16string> natureNames() {
    return {natureName(Nature::NewlySigned), natureName(Nature::NewlyBuilt), natureName(Nature::Continued)};
}

std::vector<std::u16string> statusNames() {
    return {statusName(Status::Negotiating), statusName(Status::Signed), statusName(Status::Started),
            statusName(Status::Producing)};
}

IndustryCatalog::IndustryCatalog(std::vector<std::u16string> extraCategories) {
    auto addKey = [this](std::u16string_view synonym, std::size_t index) {
        // The first spelling of a key keeps it.
        return keys_.try_emplace(normalizeKey(synonym), index).second;
    };
    for (const auto& industry : kIndustries) {
        const std::size_t index = names_.size();
        names_.emplace_back(industry.name);
        addKey(industry.name, index);
        for (auto synonym : industry.synonyms)
            if (!synonym.empty()) addKey(synonym, index);
    }
    for (const auto& extra : extraCategories) {
        const std::u16string_view name = trim(extra);
        // A county listing 工业 again, or a blank between separators, adds nothing.
        if (normalizeKey(name).empty()) continue;
        if (addKey(name, names_.size())) names_.emplace_back(name);
    }
}

std::optional<std::u16string> IndustryCatalog::parse(std::u16string_view text) const {
    const std::u16string key = normalizeKey(text);
    if (key.empty()) return std::nullopt;
    if (const auto it = keys_.find(key); it != keys_.end()) return names_[it->second];
    return std::nullopt;
}

YesNoReading readYesNo(const Cell& cell) {
    // Not `Status`: that name is the project status enum of this namespace.
    using Outcome = YesNoReading::Status;
    switch (cell.kind) {
    case Cell::Kind::Empty: return {Outcome::Ok, false};
    case Cell::Kind::Error: return {Outcome::ErrorValue, false};
    case Cell::Kind::Number:
    case Cell::Kind::Boolean:
        if (cell.number == 1) return {Outcome::Ok, true};
        if (cell.number == 0) return {Outcome::Ok, false};
        return {Outcome::Invalid, false};
    case Cell::Kind::Text: {
        if (cell.isBlank()) return {Outcome::Ok, false};
        const auto value = lookUp(kYesNoWords, cell.text);
        return value ? YesNoReading{Outcome::Ok, *value} : YesNoReading{Outcome::Invalid, false};
    }
    }
    return {Outcome::Invalid, false};
}

} // namespace huibao
