// The type attribute cache: a direct-mapped table from (type, interned name) to the result of looking the
// name up along the type's MRO (Type::lookup), shared by all types of a VM. One epoch validates every
// entry and every inline cache that remembers a type: anything that can change what a lookup finds (a class
// attribute set or deleted, a builtin type given methods, a type freed so that its address may be reused)
// bumps it. CPython keeps a similar global cache keyed by type version tags (Objects/typeobject.c,
// _PyType_Lookup).
#pragma once

#include <sys/mman.h>

#include <cstdint>
#include <new>

#include "runtime/value.hpp"

namespace weft::rt {

struct Type;
struct Str;

struct TypeAttrCache {
    static constexpr std::size_t size = 4096;
    struct Entry {
        Type const* type = nullptr;
        Str const* name = nullptr;
        std::uint64_t bits = 0;   // the value found (not owned: the type's dict holds it while the epoch holds)
        std::uint32_t epoch = 0;
        Tag tag = Tag::Null;
    };

    std::uint32_t epoch = 1;
    // Gives a builtin type the methods it gets on first use (Type::complete): set by the owning VM.
    void (*complete)(void* context, Type* type) = nullptr;
    void* complete_context = nullptr;
    // An anonymous mapping: all-zero entries are empty ones, and a page costs nothing until a lookup lands
    // on it. (calloc from the heap's top would clear all 128 KiB up front: a fifth of the script runner's
    // start-up instructions and 32 page faults.)
    Entry* entries = map_entries();

    TypeAttrCache() = default;
    ~TypeAttrCache() { ::munmap(entries, size * sizeof(Entry)); }
    TypeAttrCache(TypeAttrCache const&) = delete;
    TypeAttrCache& operator=(TypeAttrCache const&) = delete;

    Entry& slot(Type const* type, Str const* name) {
        auto h = (reinterpret_cast<std::uintptr_t>(type) >> 4) * 31 + (reinterpret_cast<std::uintptr_t>(name) >> 4);
        return entries[h & (size - 1)];
    }
    void invalidate() { ++epoch; }

private:
    static Entry* map_entries() {
        void* p = ::mmap(nullptr, size * sizeof(Entry), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        return static_cast<Entry*>(p);
    }
};

} // namespace weft::rt
