// The memory cap of an engine (weft::Options::memory_limit): what the objects of the VM running on this thread
// hold, counted where script-sized memory is taken, and a check of the sizes a script asks for before they are
// taken. The VM an engine runs makes its account current on the thread for the length of a call into it
// (MemoryAccountScope); without a cap (the weft program, a host that sets none) no account is current and every
// charge is one load and one test.
//
// What is counted: every object and buffer by its size (objects from the small pools by their block size; str,
// tuple and instance bodies, the arrays of lists, dicts and sets, bytes), and each fiber stack a task first runs on
// (fibers are pooled: the most tasks running at once). Going over the cap never fails the allocation that
// did it: the account raises the VM's flag, and the dispatch loop raises MemoryError at its next safe point (so an
// allocation inside the runtime never has to be undone halfway); a single request bigger than what is left fails
// before it is made (memory_available), as a request bigger than the machine does.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>

// For weft's hot thread-locals: the initial-exec model, one instruction to reach them in the program and in
// libweft.so alike (whose objects are position-independent, where the default model calls __tls_get_addr). They
// are under a kilobyte (the small-object lists, the tuple free lists), which fits the static TLS space glibc keeps
// even for a library loaded with dlopen (about 1.5 KiB): check `readelf -lW libweft.so` (TLS) when adding one.
#define WEFT_FAST_TLS __attribute__((tls_model("initial-exec")))

namespace weft::rt {

struct MemoryAccount {
    std::size_t used = 0;
    std::size_t limit = 0;                    // bytes: the cap
    std::size_t threshold = 0;                // charges past it raise the flags below: the cap, or a little more
    std::atomic<bool>* exceeded = nullptr;    // the VM's "memory cap reached" flag
    std::atomic<bool>* breaker = nullptr;     // the VM's eval breaker (its safe points look at it)

    void charge(std::size_t bytes) {
        used += bytes;
        if (used > threshold) [[unlikely]] {
            exceeded->store(true, std::memory_order_relaxed);
            breaker->store(true, std::memory_order_relaxed);
        }
    }
    void credit(std::size_t bytes) {
        used = bytes < used ? used - bytes : 0;
        if (used <= limit) threshold = limit;
    }
    bool over() const { return used > threshold; }
    // After a MemoryError: the handlers it reaches get room to run (an eighth of the cap more, never past a quarter
    // over it) before the next one; back under the cap, the cap is the threshold again.
    void raised() { threshold = std::max(threshold, std::min(used + limit / 8, limit + limit / 4)); }
    std::size_t room() const { return used < threshold ? threshold - used : 0; }
};

// The account of the engine running on this thread, if it has a cap.
extern thread_local constinit WEFT_FAST_TLS MemoryAccount* memory_account;

inline void memory_charge(std::size_t bytes) {
    if (MemoryAccount* a = memory_account) [[unlikely]]
        a->charge(bytes);
}
inline void memory_credit(std::size_t bytes) {
    if (MemoryAccount* a = memory_account) [[unlikely]]
        a->credit(bytes);
}

// Whether `bytes` more can be asked for: not more than the machine's memory, nor more than the cap leaves. The
// callers raise MemoryError when not (CPython's PyErr_NoMemory where its allocator returns NULL).
bool memory_available(std::uint64_t bytes);

// Makes `account` current on this thread (null: none) until the scope ends.
class MemoryAccountScope {
public:
    explicit MemoryAccountScope(MemoryAccount* account) : m_saved(memory_account) { memory_account = account; }
    ~MemoryAccountScope() { memory_account = m_saved; }
    MemoryAccountScope(MemoryAccountScope const&) = delete;
    MemoryAccountScope& operator=(MemoryAccountScope const&) = delete;

private:
    MemoryAccount* m_saved;
};

} // namespace weft::rt
