// The small-object free lists' refill (see small_alloc.hpp).
#include "runtime/small_alloc.hpp"

namespace weft::rt {

#if !defined(__SANITIZE_ADDRESS__)
thread_local SmallPools small_pools;

void* SmallPools::refill(std::size_t size_class) {
    constexpr std::size_t chunk_bytes = 64 * 1024;
    std::size_t block = size_class * granularity;
    auto* chunk = static_cast<char*>(::operator new(chunk_bytes));
    std::size_t count = chunk_bytes / block;
    // block 0 is returned; blocks 1..count-1 go on the list in address order
    Block* head = nullptr;
    for (std::size_t i = count - 1; i >= 1; --i) {
        auto* b = reinterpret_cast<Block*>(chunk + i * block);
        b->next = head;
        head = b;
    }
    free[size_class] = head;
    return chunk;
}
#endif

} // namespace weft::rt
