#include "runtime/heap_pages.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

namespace weft::rt {

namespace {

constexpr std::uintptr_t huge_page = std::uintptr_t{2} << 20;
std::uintptr_t g_threshold = 0;    // 0: the policy is off; else the first heap address that gets the advice
std::uintptr_t g_advised_end = 0;  // the heap is advised from the threshold up to here

} // namespace

void enable_huge_heap_pages(std::size_t threshold) {
    auto start = reinterpret_cast<std::uintptr_t>(::sbrk(0)) + threshold;
    g_threshold = (start + huge_page - 1) & ~(huge_page - 1);
    g_advised_end = g_threshold;
}

void advise_heap_growth(void const* chunk) {
    // Only once the heap is really used past the threshold: glibc's break runs ahead of what it hands out
    // (M_TOP_PAD), and a small script must not pay for the system call.
    if (g_threshold == 0 || reinterpret_cast<std::uintptr_t>(chunk) < g_threshold)
        return;
    auto end = reinterpret_cast<std::uintptr_t>(::sbrk(0)) & ~(huge_page - 1);  // glibc caches the break: no system call
    if (end <= g_advised_end)
        return;
    // Failure only means 4 KiB pages, as before.
    (void)::madvise(reinterpret_cast<void*>(g_advised_end), end - g_advised_end, MADV_HUGEPAGE);
    g_advised_end = end;
}

} // namespace weft::rt
