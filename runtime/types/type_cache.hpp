// The type attribute cache: a direct-mapped table from (type, interned name) to the result of looking the
// name up along the type's MRO (Type::lookup), shared by all types of a VM. One epoch validates every
// entry and every inline cache that remembers a type: anything that can change what a lookup finds (a class
// attribute set or deleted, a builtin type given methods, a type freed so that its address may be reused)
// bumps it. CPython keeps a similar global cache keyed by type version tags (Objects/typeobject.c,
// _PyType_Lookup).
#pragma once

#include <cstdint>
#include <cstdlib>
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
    // calloc'd: all-zero entries are empty ones, and the pages stay untouched until used (start-up time)
    Entry* entries = static_cast<Entry*>(std::calloc(size, sizeof(Entry)));

    TypeAttrCache() {
        if (!entries) throw std::bad_alloc();
    }
    ~TypeAttrCache() { std::free(entries); }
    TypeAttrCache(TypeAttrCache const&) = delete;
    TypeAttrCache& operator=(TypeAttrCache const&) = delete;

    Entry& slot(Type const* type, Str const* name) {
        auto h = (reinterpret_cast<std::uintptr_t>(type) >> 4) * 31 + (reinterpret_cast<std::uintptr_t>(name) >> 4);
        return entries[h & (size - 1)];
    }
    void invalidate() { ++epoch; }
};

} // namespace weft::rt
