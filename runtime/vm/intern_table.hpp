// The VM's table of interned strs: open addressing over the strs' own cached hashes, so interning a name
// hashes its bytes once (the hash the str keeps) and a hit costs one probe and one compare. The table owns
// one reference to each str.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/types/str.hpp"

namespace weft::rt {

class InternTable {
public:
    InternTable() = default;
    ~InternTable() { clear(); }
    InternTable(InternTable const&) = delete;
    InternTable& operator=(InternTable const&) = delete;

    // The interned str with this text, or null.
    Str* find(std::string_view text, std::int64_t hash) const;
    // Takes ownership of `s`, which must not be in the table yet and must have its hash computed.
    void insert(Str* s);
    void clear();

private:
    void grow();

    Str** m_slots = nullptr;
    std::size_t m_mask = 0;  // capacity - 1; capacity is a power of two
    std::size_t m_count = 0;
};

} // namespace weft::rt
