#include "huibao/validation/unit_resolver.hpp"

#include "huibao/text/key_cache.hpp"

namespace huibao {

const UnitResolver::Resolution& UnitResolver::resolve(std::u16string_view writtenName) {
    if (auto it = byWrittenName_.find(writtenName); it != byWrittenName_.end()) return it->second;

    Resolution resolution;
    std::u16string key = fastKey(writtenName);
    if (registry_) {
        if (auto index = registry_->matchKey(key)) {
            resolution.unit.registered = *index;
            resolution.unit.key = std::move(key);
            resolution.unit.displayName = registry_->units()[*index].name;
            return byWrittenName_.emplace(std::u16string(writtenName), std::move(resolution)).first->second;
        }
        resolution.unknown = true;
        if (auto closest = registry_->closest(key)) resolution.suggestion = registry_->units()[*closest].name;
    }
    // Unregistered spellings are grouped by their normalised text; the group
    // shows the spelling met first.
    auto [group, isNew] = unregisteredByKey_.try_emplace(key, unregistered_.size());
    if (isNew) unregistered_.push_back({key, std::u16string(writtenName), inferUnitTypeOfKey(key)});
    resolution.unit.key = std::move(key);
    resolution.unit.displayName = unregistered_[group->second].displayName;
    return byWrittenName_.emplace(std::u16string(writtenName), std::move(resolution)).first->second;
}

} // namespace huibao
