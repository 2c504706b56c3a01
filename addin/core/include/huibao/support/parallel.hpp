// Running independent pieces of work on the machine's two cores.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace huibao::support {

// At most this many threads share a piece of work (the target machine has 2 cores).
inline constexpr unsigned kMaxWorkers = 2;

// Calls work(item, worker) for every item in [0, count), on up to
// kMaxWorkers threads (this one included; worker numbers them from 0). Items
// must be independent; which thread runs which item must not matter. The
// first exception thrown is rethrown here.
template <class Work>
void forEachInParallel(std::size_t count, Work&& work) {
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t workers = std::min<std::size_t>({kMaxWorkers, hardware, count});
    if (workers <= 1) {
        for (std::size_t item = 0; item < count; ++item) work(item, std::size_t{0});
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> errors(workers);
    auto run = [&](std::size_t worker) {
        try {
            for (std::size_t item; (item = next.fetch_add(1)) < count;) work(item, worker);
        } catch (...) {
            errors[worker] = std::current_exception();
            next.store(count);
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(workers - 1);
    for (std::size_t worker = 1; worker < workers; ++worker) threads.emplace_back(run, worker);
    run(0);
    for (std::thread& thread : threads) thread.join();
    for (const std::exception_ptr& error : errors) {
        if (error) std::rethrow_exception(error);
    }
}

} // namespace huibao::support
