// Fibers: stackful execution contexts for task steps (Boost.Context's fcontext), their stacks (carved from
// large arenas with a guard page each) and the pool that reuses them. The only files that name Boost.
// A task step borrows a pooled fiber and gives it back when the step ends; a fiber parked inside native
// code (park()) stays with its task until the task resumes it.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "runtime/vm/vm.hpp"

namespace weft::rt {

inline constexpr std::size_t fiber_stack_size = 512 * 1024;   // usable bytes per fiber stack (the parser needs ~300 KiB at worst)
inline constexpr std::size_t fiber_stacks_per_arena = 16;
inline constexpr std::size_t fiber_stack_reserve = 48 * 1024;  // kept free below the RecursionError limit

struct Fiber {
    void* context = nullptr;            // the fiber's saved context while it is not running
    void* return_context = nullptr;     // where to switch back to (the scheduler), set on each entry
    char* stack_low = nullptr;          // lowest usable address (just above the guard page)
    std::size_t stack_size = 0;
    ThreadState thread;                 // data stack and frame state of code running on this fiber
    void (*work)(void*) = nullptr;      // what to run next (set by FiberPool::run)
    void* work_arg = nullptr;
    bool parked = false;                // switched out from inside work(), to be resumed
    ThreadState* outer_thread = nullptr;  // the VM's thread state to restore on switching out
    void* asan_fake_stack = nullptr;
    void const* outer_stack_bottom = nullptr;  // for ASan: the stack switched away from
    std::size_t outer_stack_size = 0;
    void* tsan_fiber = nullptr;  // for ThreadSanitizer: this fiber, and the one that switched to it
    void* tsan_outer = nullptr;
};

class FiberPool {
public:
    explicit FiberPool(VM& vm);
    ~FiberPool();
    FiberPool(FiberPool const&) = delete;

    Fiber* acquire();
    void release(Fiber* fiber);
    // Runs work(arg) on `fiber`. Returns true when work returned, false when it parked.
    bool run(Fiber* fiber, void (*work)(void*), void* arg);
    // Continues a parked fiber. Returns true when its work returned, false when it parked again.
    bool resume(Fiber* fiber);
    // Called from code running on a fiber: switches back to whoever ran or resumed it.
    void park();
    Fiber* current() const { return m_current; }
    std::size_t fibers_created() const { return m_all.size(); }

private:
    bool switch_in(Fiber* fiber);

    VM& m_vm;
    std::vector<std::unique_ptr<Fiber>> m_all;
    std::vector<Fiber*> m_free;
    std::vector<void*> m_arenas;
    std::vector<char*> m_free_stacks;
    Fiber* m_current = nullptr;
};

} // namespace weft::rt
