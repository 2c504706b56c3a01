// Resolving the 申报单位 written in rows to units, once per distinct
// spelling across the whole workbook. Internal.
#pragma once

#include "huibao/support/text_map.hpp"
#include "huibao/workbook/project_row.hpp"
#include "huibao/workbook/unit_registry.hpp"

#include <string>
#include <vector>

namespace huibao {

class UnitResolver {
public:
    // registry nullptr: there is no targets sheet; every name is its own unit.
    explicit UnitResolver(const UnitRegistry* registry) : registry_(registry) {}

    struct Resolution {
        UnitRef unit;
        // Only with a registry: the name matched no registered unit.
        bool unknown = false;
        // For unknown names: the closest registered name, or empty.
        std::u16string suggestion;
    };

    // writtenName: trimmed, non-blank.
    // The reference is valid until the next call (the cache may grow).
    const Resolution& resolve(std::u16string_view writtenName);

    bool hasRegistry() const { return registry_ != nullptr; }
    const std::vector<UnregisteredUnit>& unregistered() const { return unregistered_; }

private:
    const UnitRegistry* registry_;
    TextMap<Resolution> byWrittenName_;
    TextMap<std::size_t> unregisteredByKey_;
    std::vector<UnregisteredUnit> unregistered_;
};

} // namespace huibao
