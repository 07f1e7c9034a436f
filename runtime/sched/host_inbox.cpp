#include "runtime/sched/host_inbox.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

namespace weft::rt {

HostInbox::HostInbox() = default;

std::uint64_t HostInbox::add_waiter(Ref<Future> f) {
    std::uint64_t id = ++m_next_id;
    m_waiters.emplace(id, std::move(f));
    return id;
}

void HostInbox::remove_waiter(std::uint64_t id) { m_waiters.erase(id); }

void HostInbox::post(std::uint64_t id) {
    std::function<void()> callback;
    {
        std::lock_guard lock(m_mutex);
        if (id) m_posted.push_back(id);
        m_woken = true;
        m_signal.store(true, std::memory_order_release);
        callback = m_on_wakeup;
    }
    m_cv.notify_one();
    if (callback) callback();
}

void HostInbox::wake() { post(0); }

void HostInbox::set_wakeup_callback(std::function<void()> callback) {
    std::lock_guard lock(m_mutex);
    m_on_wakeup = std::move(callback);
}

bool HostInbox::drain(VM& vm) {
    // every post sets the signal (under the mutex, after its id): nothing set, nothing posted since the last drain
    if (!m_signal.load(std::memory_order_acquire)) return false;
    // the two lists trade places, each keeping its capacity: a host thread's post allocates nothing
    std::vector<std::uint64_t> posted = std::move(m_draining);
    posted.clear();
    {
        std::lock_guard lock(m_mutex);
        posted.swap(m_posted);
        m_woken = false;
        m_signal.store(false, std::memory_order_relaxed);
    }
    for (std::uint64_t id : posted) {
        auto it = m_waiters.find(id);
        if (it == m_waiters.end()) continue;  // its task was cancelled meanwhile
        Ref<Future> f = std::move(it->second);
        m_waiters.erase(it);
        if (f->state == FutureState::Pending) (void)future_set_result(vm, f.get(), Value::none());
    }
    bool any = !posted.empty();
    m_draining = std::move(posted);
    return any;
}

bool HostInbox::wait(double seconds) {
    // A host thread often completes an operation within microseconds; sleeping on the condition variable costs a
    // thread wake-up (tens of microseconds) on each side, so look for it a little while first (never on a single
    // processor, where the completing thread could not run meanwhile).
    if (m_spin < 0) m_spin = std::thread::hardware_concurrency() > 1;  // asked once, when first needed
    if (m_spin) {
        auto spin_end = std::chrono::steady_clock::now() + std::chrono::duration<double>(std::min(seconds, 50e-6));
        do {
            for (int i = 0; i < 64; ++i) {
                if (m_signal.load(std::memory_order_acquire)) return true;
#if defined(__x86_64__) || defined(__i386__)
                __builtin_ia32_pause();
#endif
            }
        } while (std::chrono::steady_clock::now() < spin_end);
    }
    std::unique_lock lock(m_mutex);
    if (!m_woken)
        m_cv.wait_for(lock, std::chrono::duration<double>(seconds), [this] { return m_woken; });
    return m_woken;
}

} // namespace weft::rt
