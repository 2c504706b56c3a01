#include "common/warm_up.hxx"

#include "huibao/text/key_cache.hpp"

#include <mutex>
#include <thread>

namespace huibao::uno {

void warmUpInBackground() noexcept {
    static std::once_flag started;
    try {
        std::call_once(started, [] {
            // Detached: what it fills is never destroyed, and a command that
            // needs the same tables first simply waits for them (ICU and the
            // key table are thread-safe).
            std::thread([]() noexcept {
                try {
                    prepareTextServices();
                } catch (...) {
                    // the first command builds them instead
                }
            }).detach();
        });
    } catch (...) {
        // no thread: the first command builds them instead
    }
}

} // namespace huibao::uno
