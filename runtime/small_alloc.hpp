// Memory for small objects: segregated free lists in 16-byte size classes up to 512 bytes, carved from
// 64 KiB chunks (CPython's obmalloc and Lua's allocator hook serve the same purpose). A block has no header,
// so a 48-byte object costs 48 bytes rather than malloc's 64, and allocating or freeing one is a list push
// or pop. Callers pass the size back when freeing (C++ sized deallocation). The lists are per thread: a
// VM runs on one thread (its fibers included). Chunks are kept for reuse, never returned to the system.
// Sanitizer builds use plain operator new/delete so that AddressSanitizer sees every object.
#pragma once

#include <cstddef>
#include <new>

#include "runtime/memory_account.hpp"


namespace weft::rt {

// Every block small_alloc gives is aligned to this (a multiple of 16 bytes; operator new's in sanitizer builds).
inline constexpr std::size_t small_block_alignment = 16;

// Objects too big for the pools (and, in sanitizer builds, every object) are counted one by one. Out of line: they
// are the slow path, and GCC's -Wmismatched-new-delete would otherwise pair this operator new with Object's
// operator delete.
void* big_alloc(std::size_t bytes);
void big_free(void* p, std::size_t bytes);

#if defined(__SANITIZE_ADDRESS__)
inline void* small_alloc(std::size_t bytes) { return big_alloc(bytes); }
inline void small_free(void* p, std::size_t bytes) { big_free(p, bytes); }
#else

struct SmallPools {
    static constexpr std::size_t granularity = 16;
    static constexpr std::size_t max_size = 512;  // the lists live in initial-exec TLS: see memory_account.hpp
    static constexpr std::size_t classes = max_size / granularity;
    struct Block { Block* next; };
    Block* free[classes + 1] = {};
    // Each class carves blocks off its current chunk as they are first needed, so pages are touched only
    // when used (start-up allocates a little from many classes).
    char* carve[classes + 1] = {};
    char* carve_end[classes + 1] = {};
    void* refill(std::size_t size_class);  // small_alloc.cpp: the next fresh block (a new chunk when needed)
};
extern thread_local constinit WEFT_FAST_TLS SmallPools small_pools;

inline void* small_alloc(std::size_t bytes) {
    if (bytes > SmallPools::max_size) [[unlikely]]
        return big_alloc(bytes);
    std::size_t c = (bytes + SmallPools::granularity - 1) / SmallPools::granularity;
    memory_charge(c * SmallPools::granularity);
    SmallPools& pools = small_pools;
    if (SmallPools::Block* b = pools.free[c]) [[likely]] {
        pools.free[c] = b->next;
        return b;
    }
    return pools.refill(c);
}

inline void small_free(void* p, std::size_t bytes) {
    if (bytes > SmallPools::max_size) [[unlikely]] {
        big_free(p, bytes);
        return;
    }
    std::size_t c = (bytes + SmallPools::granularity - 1) / SmallPools::granularity;
    memory_credit(c * SmallPools::granularity);
    auto* b = static_cast<SmallPools::Block*>(p);
    SmallPools& pools = small_pools;
    b->next = pools.free[c];
    pools.free[c] = b;
}
#endif

// The allocator of the arrays behind lists, dicts, sets and the runtime's vectors of values: small ones from the
// pools above (a list or dict of a few items grows through arrays of 1, 2, 4, 8 ... slots, and malloc's cost per
// array showed in every call-heavy profile), larger ones from operator new; either way charged to the current
// account and credited to whichever account is current when freed. A block freed on another thread joins that
// thread's free list (the pools never return chunks, so that is safe).
struct RawSlot;  // object.hpp

template <class T>
struct AccountedAllocator {
    static_assert(alignof(T) <= small_block_alignment, "the pools' blocks are 16-byte aligned");
    using value_type = T;
    AccountedAllocator() = default;
    template <class U>
    AccountedAllocator(AccountedAllocator<U> const&) noexcept {}
    T* allocate(std::size_t n) {
        if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
        return static_cast<T*>(small_alloc(n * sizeof(T)));
    }
    void deallocate(T* p, std::size_t n) noexcept { small_free(p, n * sizeof(T)); }
    // append_raw's slots (object.hpp) are left as they are; everything else is constructed as usual
    template <class U>
    void construct(U*, RawSlot const&) noexcept {}
    template <class U>
    bool operator==(AccountedAllocator<U> const&) const noexcept { return true; }
};

} // namespace weft::rt
