// The huge-page policy for a big heap (runtime/heap_pages.hpp): heap growth past the threshold is advised
// for transparent huge pages, which /proc/self/smaps shows as the "hg" flag of that part of the heap.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "runtime/heap_pages.hpp"

namespace {

// The VmFlags line of the mapping that holds `address`, or "" when none does.
[[maybe_unused]] std::string vm_flags_of(void const* address) {
    auto a = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        unsigned long lo = 0, hi = 0;
        if (std::sscanf(line.c_str(), "%lx-%lx ", &lo, &hi) == 2)  // a mapping's first line
            inside = lo <= a && a < hi;
        else if (inside && line.rfind("VmFlags:", 0) == 0)
            return line;
    }
    return "";
}

TEST(HeapPages, GrowthPastTheThresholdIsAdvisedForHugePages) {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer's allocator does not use the brk heap";
#else
    if (!std::ifstream("/sys/kernel/mm/transparent_hugepage/enabled"))
        GTEST_SKIP() << "this kernel has no transparent huge pages";
    weft::rt::enable_huge_heap_pages(0);
    std::vector<void*> blocks;
    for (int i = 0; i < 256; ++i) blocks.push_back(std::malloc(64 << 10));  // 16 MiB on the brk heap
    weft::rt::advise_heap_growth(blocks.back());
    std::string flags = vm_flags_of(blocks[blocks.size() / 2]);
    EXPECT_NE(flags.find(" hg"), std::string::npos) << flags;
    for (void* b : blocks) std::free(b);
#endif
}

} // namespace
