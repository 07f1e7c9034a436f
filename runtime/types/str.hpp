// str: immutable UTF-8 text stored inline after the header, with its hash and code-point count cached.
#pragma once

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
    std::int64_t get_hash() {
        if (hash == -1)
            hash = compute_hash();
        return hash;
    }
    std::int64_t compute_hash() const;
    static std::size_t allocation_size(std::size_t length) { return sizeof(Str) + length; }  // data[1] holds the NUL
    static void operator delete(Str* s, std::destroying_delete_t) {
        std::size_t bytes = allocation_size(s->length);
        s->~Str();
        small_free(s, bytes);
    }

private:
    explicit Str(Type* t) : Object(t) {}
};

// The hash of a str with these bytes (Str::compute_hash), for lookups by text before any Str exists.
std::int64_t str_hash_bytes(char const* data, std::size_t length);
// Number of code points in UTF-8 text.
std::uint32_t utf8_count(std::string_view s);
// Byte offset of code point `index` in UTF-8 text (index <= char count).
std::size_t utf8_offset(std::string_view s, std::size_t index);
bool str_equal(Str const* a, Str const* b);

} // namespace weft::rt
