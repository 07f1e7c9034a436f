// Fiber switching over Boost.Context's fcontext (make_fcontext/jump_fcontext), with AddressSanitizer's
// fiber-switch annotations (boostorg/context#65: without them ASan reports false stack overflows).
#include "runtime/fiber/fiber.hpp"
#include "runtime/memory_account.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <boost/context/detail/fcontext.hpp>
#include <cstdlib>

#if defined(__SANITIZE_ADDRESS__)
#define WEFT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WEFT_ASAN 1
#endif
#endif

#ifdef WEFT_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

// ThreadSanitizer must be told of every switch between stacks, or it takes one fiber's accesses for another
// thread's (its fiber API: __tsan_create_fiber, __tsan_switch_to_fiber).
#if defined(__SANITIZE_THREAD__)
#define WEFT_TSAN 1
#include <sanitizer/tsan_interface.h>
#define WEFT_TSAN_SWITCH(to) __tsan_switch_to_fiber((to), 0)
#else
#define WEFT_TSAN_SWITCH(to) ((void)0)
#endif

namespace weft::rt {

namespace ctx = boost::context::detail;

namespace {

std::size_t page_size() {
    static std::size_t size = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    return size;
}

// The fiber's first activation: record where to return, then loop running work items.
[[noreturn]] void fiber_main(ctx::transfer_t t) {
    auto* fiber = static_cast<Fiber*>(t.data);
#ifdef WEFT_ASAN
    __sanitizer_finish_switch_fiber(fiber->asan_fake_stack, &fiber->outer_stack_bottom, &fiber->outer_stack_size);
#endif
    fiber->return_context = t.fctx;
    for (;;) {
        fiber->work(fiber->work_arg);
        fiber->parked = false;
        fiber->work = nullptr;
#ifdef WEFT_ASAN
        __sanitizer_start_switch_fiber(&fiber->asan_fake_stack, fiber->outer_stack_bottom, fiber->outer_stack_size);
#endif
        WEFT_TSAN_SWITCH(fiber->tsan_outer);
        ctx::transfer_t back = ctx::jump_fcontext(static_cast<ctx::fcontext_t>(fiber->return_context), nullptr);
#ifdef WEFT_ASAN
        __sanitizer_finish_switch_fiber(fiber->asan_fake_stack, &fiber->outer_stack_bottom, &fiber->outer_stack_size);
#endif
        fiber->return_context = back.fctx;
    }
}

} // namespace

FiberPool::FiberPool(VM& vm) : m_vm(vm) {}

FiberPool::~FiberPool() {
#ifdef WEFT_TSAN
    for (auto const& f : m_all) __tsan_destroy_fiber(f->tsan_fiber);
#endif
    std::size_t arena_bytes = fiber_stacks_per_arena * (fiber_stack_size + page_size());
    for (void* a : m_arenas) ::munmap(a, arena_bytes);
}

Fiber* FiberPool::acquire() {
    if (!m_free.empty()) {
        Fiber* f = m_free.back();
        m_free.pop_back();
        return f;
    }
    if (m_free_stacks.empty()) {
        // A new arena: fiber_stacks_per_arena stacks, each preceded by a PROT_NONE guard page.
        std::size_t slot = fiber_stack_size + page_size();
        std::size_t bytes = fiber_stacks_per_arena * slot;
        void* arena = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (arena == MAP_FAILED)
            std::abort();
        m_arenas.push_back(arena);
        for (std::size_t i = 0; i < fiber_stacks_per_arena; ++i) {
            char* guard = static_cast<char*>(arena) + i * slot;
            ::mprotect(guard, page_size(), PROT_NONE);
            m_free_stacks.push_back(guard + page_size());
        }
    }
    // the memory account counts what a shallow task touches of its stack (pages are mapped as they are used)
    memory_charge(sizeof(Fiber) + 2 * page_size());
    auto fiber = std::make_unique<Fiber>();
    fiber->stack_low = m_free_stacks.back();
    m_free_stacks.pop_back();
    fiber->stack_size = fiber_stack_size;
    fiber->thread.stack_limit = fiber->stack_low + fiber_stack_reserve;
    fiber->context = ctx::make_fcontext(fiber->stack_low + fiber->stack_size, fiber->stack_size, fiber_main);
#ifdef WEFT_TSAN
    fiber->tsan_fiber = __tsan_create_fiber(0);
#endif
    Fiber* raw = fiber.get();
    m_all.push_back(std::move(fiber));
    return raw;
}

void FiberPool::release(Fiber* fiber) { m_free.push_back(fiber); }

bool FiberPool::switch_in(Fiber* fiber) {
    Fiber* previous = m_current;
    fiber->outer_thread = m_vm.thread();
    m_vm.set_thread(&fiber->thread);
    m_current = fiber;
#ifdef WEFT_ASAN
    void* fake = nullptr;
    __sanitizer_start_switch_fiber(&fake, fiber->stack_low, fiber->stack_size);
#endif
#ifdef WEFT_TSAN
    fiber->tsan_outer = __tsan_get_current_fiber();
#endif
    WEFT_TSAN_SWITCH(fiber->tsan_fiber);
    ctx::transfer_t t = ctx::jump_fcontext(static_cast<ctx::fcontext_t>(fiber->context), fiber);
#ifdef WEFT_ASAN
    __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
#endif
    fiber->context = t.fctx;
    m_current = previous;
    m_vm.set_thread(fiber->outer_thread);
    return !fiber->parked;
}

bool FiberPool::run(Fiber* fiber, void (*work)(void*), void* arg) {
    fiber->work = work;
    fiber->work_arg = arg;
    fiber->parked = false;
    fiber->thread.yield_sink = nullptr;  // none left by work that never finished
    return switch_in(fiber);
}

bool FiberPool::resume(Fiber* fiber) {
    fiber->parked = false;
    return switch_in(fiber);
}

void FiberPool::park() {
    Fiber* fiber = m_current;
    fiber->parked = true;
#ifdef WEFT_ASAN
    __sanitizer_start_switch_fiber(&fiber->asan_fake_stack, fiber->outer_stack_bottom, fiber->outer_stack_size);
#endif
    WEFT_TSAN_SWITCH(fiber->tsan_outer);
    ctx::transfer_t back = ctx::jump_fcontext(static_cast<ctx::fcontext_t>(fiber->return_context), nullptr);
#ifdef WEFT_ASAN
    __sanitizer_finish_switch_fiber(fiber->asan_fake_stack, &fiber->outer_stack_bottom, &fiber->outer_stack_size);
#endif
    fiber->return_context = back.fctx;
}

} // namespace weft::rt
