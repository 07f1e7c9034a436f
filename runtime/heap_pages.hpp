// Transparent huge pages for a big heap. A script that builds large data structures touches tens of
// thousands of fresh 4 KiB heap pages, and the kernel's page fault for each (about 1.5 us on the
// virtual machines we measure on, zeroing included) can be a tenth of the run. Once the heap has grown
// past a threshold, the program asks for huge pages on the heap beyond it (madvise MADV_HUGEPAGE): one fault
// per 2 MiB. A small script never crosses the threshold, so its start-up and memory stay as they are.
//
// A process-wide policy: the `weft` program turns it on; a host application embedding weft decides for
// itself. The heap here is glibc's main arena (the brk heap), which holds every small-object chunk.
#pragma once

#include <cstddef>

namespace weft::rt {

// Turns the policy on: the heap more than `threshold` bytes above its current end gets huge pages.
void enable_huge_heap_pages(std::size_t threshold);
// Called with each new small-object chunk: once chunks lie past the threshold, advises the heap's new part.
// Cheap when off or below the threshold.
void advise_heap_growth(void const* chunk);

} // namespace weft::rt
