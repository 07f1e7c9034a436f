// str: immutable UTF-8 text stored inline after the header, with its hash and code-point count cached.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/object.hpp"
#include "runtime/result.hpp"

namespace weft::rt {

struct Str final : Object {
    std::int64_t hash = -1;        // cached; -1 until computed
    std::uint32_t length = 0;      // bytes
    std::uint32_t char_count = 0;  // code points
    bool interned = false;
    char data[1];                  // `length` bytes follow, then a NUL

    static Ref<Str> create(Type* type, std::string_view text);
    // When the caller knows the code-point count (text cut from an ASCII str, digits, ...): no counting pass.
    static Ref<Str> create(Type* type, std::string_view text, std::uint32_t char_count);
    // A str of `length` bytes for the caller to fill in `data` (the NUL after them is written).
    static Ref<Str> allocate(Type* type, std::size_t length, std::uint32_t char_count);
    static Ref<Str> concat(Type* type, Str const* a, Str const* b);
    // The concatenation of the strs `parts[0..n)` (f-strings' BUILD_STRING), in one allocation.
    static Ref<Str> concat_values(Type* type, Value const* parts, std::size_t n);
    std::string_view view() const { return {data, length}; }
    bool is_ascii() const { return length == char_count; }
    // The byte offset of code point `index` (at most char_count), and the code point at byte `offset` (the start of
    // one): constant for ASCII text; else counted from the nearest of the start, the end and the position last
    // asked of this str on this thread, so that a loop walking a long str (s[i], s.find(x, i)) costs what it
    // walks rather than its distance from the start each time.
    std::size_t offset_of(std::size_t index) const;
    std::size_t index_at(std::size_t offset) const;
    std::int64_t get_hash() {
        if (hash == -1)
            hash = compute_hash();
        return hash;
    }
    std::int64_t compute_hash() const;
    // The text starts right after the header's fields, not at sizeof(Str) (which pads to 8): a str of up to 6
    // bytes takes 48 bytes, as CPython's compact ASCII strs of up to 7 do.
    static std::size_t allocation_size(std::size_t length) {
        return std::max(sizeof(Str), data_offset() + length + 1);  // + the NUL
    }
    static constexpr std::size_t data_offset();
    static void operator delete(Str* s, std::destroying_delete_t) {
        std::size_t bytes = allocation_size(s->length);
        s->~Str();
        small_free(s, bytes);
    }

private:
    explicit Str(Type* t) : Object(t) {}
};

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"  // Str is not standard-layout (Object is polymorphic); GCC lays it out as declared
constexpr std::size_t Str::data_offset() { return offsetof(Str, data); }
#pragma GCC diagnostic pop

// The hash of a str with these bytes (Str::compute_hash), for lookups by text before any Str exists.
std::int64_t str_hash_bytes(char const* data, std::size_t length);
bool str_equal(Str const* a, Str const* b);

// Whether two strs have the same bytes. Short ones, the usual dict keys, compare with two overlapping loads
// each instead of a memcmp call; no load reaches past a str's own bytes.
inline bool str_bytes_equal(Str const* a, Str const* b) {
    std::size_t n = a->length;
    if (n != b->length)
        return false;
    char const* x = a->data;
    char const* y = b->data;
    if (n >= 8 && n <= 16) {
        std::uint64_t x0, x1, y0, y1;
        std::memcpy(&x0, x, 8);
        std::memcpy(&y0, y, 8);
        std::memcpy(&x1, x + n - 8, 8);
        std::memcpy(&y1, y + n - 8, 8);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (n >= 4 && n < 8) {
        std::uint32_t x0, x1, y0, y1;
        std::memcpy(&x0, x, 4);
        std::memcpy(&y0, y, 4);
        std::memcpy(&x1, x + n - 4, 4);
        std::memcpy(&y1, y + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (n < 4) {
        for (std::size_t i = 0; i < n; ++i)
            if (x[i] != y[i]) return false;
        return true;
    }
    return std::memcmp(x, y, n) == 0;
}


// s[index] and s[slice].
Result<Value> str_getitem(VM& vm, Str* s, Value const& key);

} // namespace weft::rt
