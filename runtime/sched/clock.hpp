// The clock behind time.monotonic/perf_counter and the event loop's timers. In virtual mode
// (weft --virtual-clock) time stands still while code runs and jumps to the next timer when nothing is
// ready, so long sleeps are instant and output order is unchanged.
#pragma once

#include <chrono>

namespace weft::rt {

class Clock {
public:
    explicit Clock(bool is_virtual = false) : m_virtual(is_virtual) {}
    bool is_virtual() const { return m_virtual; }
    // Seconds on a monotonic clock (virtual mode: seconds since the VM started, advanced by the loop).
    double now() const {
        if (m_virtual)
            return m_virtual_now;
        return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    }
    // Virtual mode: moves time forward to `t` (never backward).
    void advance_to(double t) {
        if (t > m_virtual_now)
            m_virtual_now = t;
    }

private:
    bool m_virtual;
    double m_virtual_now = 0.0;
};

} // namespace weft::rt
