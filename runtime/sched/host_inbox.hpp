// Where host threads finish an engine's operations (the embedding API's weft::Completion): the one part of an
// engine that other threads touch. A task that waits on a host operation waits on a future registered here
// under an id; the host posts the id from any thread, and the event loop, which blocks here when it has
// nothing else to do, finishes those futures on the engine's thread.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "runtime/sched/future.hpp"

namespace weft::rt {

class HostInbox {
public:
    HostInbox();
    // Engine thread: `f` is finished (with None) when its id is posted.
    std::uint64_t add_waiter(Ref<Future> f);
    // Engine thread: forget a waiter whose task stopped waiting (it was cancelled).
    void remove_waiter(std::uint64_t id);
    bool has_waiters() const { return !m_waiters.empty(); }
    // Engine thread, as the engine ends: drops every waiting future (a later post finds none).
    void clear_waiters() { m_waiters.clear(); }

    // Any thread: the operation `id` is done (0: an operation nobody waits on yet; only wakes the loop).
    void post(std::uint64_t id);
    // Any thread: wakes a waiting loop, and calls the wake-up callback.
    void wake();
    void set_wakeup_callback(std::function<void()> callback);

    // Engine thread: finishes the futures whose ids were posted; whether there were any.
    bool drain(VM& vm);
    // Engine thread: blocks until something is posted or woken, or `seconds` pass; whether it was woken.
    bool wait(double seconds);

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<std::uint64_t> m_posted;  // under m_mutex
    std::vector<std::uint64_t> m_draining;  // engine thread: the ids drain() is finishing
    bool m_woken = false;                 // under m_mutex
    std::atomic<bool> m_signal = false;   // m_woken, readable without the mutex (wait() spins on it a little)
    int m_spin = -1;                      // more than one processor: spinning can see a completion arrive (-1: not
                                          // known yet)
    std::function<void()> m_on_wakeup;    // under m_mutex
    std::unordered_map<std::uint64_t, Ref<Future>> m_waiters;  // engine thread only
    std::uint64_t m_next_id = 0;          // engine thread only
};

} // namespace weft::rt
