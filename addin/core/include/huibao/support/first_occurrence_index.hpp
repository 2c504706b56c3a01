// The first item of each key, for keys that are views into text owned
// elsewhere and whose hashes are already known.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace huibao::support {

// An open-addressing table over at most `items` keys. Slots are small (part of
// the hash and the item) so that the table stays in cache; the keys
// themselves are compared only when those parts agree. Measured faster than
// boost::unordered_flat_map here (docs/benchmarks.md), which must store or
// rehash the key.
class FirstOccurrenceIndex {
public:
    explicit FirstOccurrenceIndex(std::size_t items) : keys_(items) {
        std::size_t capacity = 16;
        while (capacity < items * 2) capacity *= 2;
        slots_.assign(capacity, Slot{});
        mask_ = capacity - 1;
    }

    // The item that first had `key`, or -1 after recording `item` (< items)
    // as its first. `key` must outlive the index.
    int findOrAdd(std::u16string_view key, std::size_t hash, int item) {
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        for (std::size_t at = hash & mask_;; at = (at + 1) & mask_) {
            Slot& slot = slots_[at];
            if (slot.item < 0) {
                slot = Slot{tag, item};
                keys_[item] = key;
                return -1;
            }
            if (slot.tag == tag && keys_[slot.item] == key) return slot.item;
        }
    }

private:
    struct Slot {
        std::uint32_t tag = 0;
        int item = -1;
    };
    std::vector<Slot> slots_;
    std::vector<std::u16string_view> keys_; // by item, for the items in the table
    std::size_t mask_ = 0;
};

} // namespace huibao::support
