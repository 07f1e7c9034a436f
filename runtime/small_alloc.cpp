// The small-object free lists' refill (see small_alloc.hpp).
#include "runtime/small_alloc.hpp"

#include "runtime/heap_pages.hpp"

namespace weft::rt {

#if !defined(__SANITIZE_ADDRESS__)
thread_local WEFT_FAST_TLS SmallPools small_pools;

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
