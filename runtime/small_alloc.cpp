// The small-object free lists' refill (see small_alloc.hpp) and the memory account (memory_account.hpp).
#include "runtime/small_alloc.hpp"

#include <unistd.h>

#include "runtime/heap_pages.hpp"

namespace weft::rt {

thread_local constinit WEFT_FAST_TLS MemoryAccount* memory_account = nullptr;

void* big_alloc(std::size_t bytes) {
    memory_charge(bytes);
    return ::operator new(bytes);
}

void big_free(void* p, std::size_t bytes) {
    memory_credit(bytes);
    ::operator delete(p);
}

bool memory_available(std::uint64_t bytes) {
    static std::uint64_t const machine = static_cast<std::uint64_t>(::sysconf(_SC_PHYS_PAGES)) *
                                         static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
    if (bytes > machine) return false;
    MemoryAccount const* a = memory_account;
    return !a || bytes <= a->room();
}

#if !defined(__SANITIZE_ADDRESS__)
thread_local constinit WEFT_FAST_TLS SmallPools small_pools;

void* SmallPools::refill(std::size_t size_class) {
    constexpr std::size_t chunk_bytes = 64 * 1024;
    std::size_t block = size_class * granularity;
    if (!carve[size_class] || carve[size_class] + block > carve_end[size_class]) {
        auto* chunk = static_cast<char*>(::operator new(chunk_bytes));
        advise_heap_growth(chunk);
        carve[size_class] = chunk;
        carve_end[size_class] = chunk + chunk_bytes;
    }
    void* p = carve[size_class];
    carve[size_class] += block;
    return p;
}
#endif

} // namespace weft::rt
