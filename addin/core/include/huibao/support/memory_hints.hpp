// Hints to the kernel and the CPU about memory the hot loops are about to use.
// Hints only: where they are not supported nothing changes.
#pragma once

#include <cstddef>

namespace huibao::support {

// Asks for transparent huge pages behind a large buffer (8 MiB or more): the
// kernel would otherwise hand it out and clear it 4 KiB at a time, one page
// fault each (about a sixth of validation time on the 100,000-row benchmark).
void adviseHugePages(const void* data, std::size_t bytes);

// Asks for the cache line at `address` ahead of its use.
inline void prefetch(const void* address) {
#if defined(__GNUC__)
    __builtin_prefetch(address);
#else
    (void)address;
#endif
}

} // namespace huibao::support
