// bytes and bytearray: byte strings, immutable and mutable. Both are a Bytes object; the layout tells them apart.
// Text codecs (str.encode, bytes.decode) are in codecs.cpp.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.hpp"
#include "runtime/result.hpp"

namespace weft::rt {

class VM;
struct Type;

struct Bytes final : Object {
    std::string data;
    std::int64_t hash = -1;      // bytes only: cached
    std::uint32_t exports = 0;   // memoryviews of it: a bytearray cannot change size meanwhile
    std::size_t counted = 0;     // of data's capacity, what the memory account was charged
    explicit Bytes(Type* t) : Object(t) {}
    ~Bytes() override { memory_credit(counted); }
    std::string_view view() const { return data; }
    // Brings the memory account up to data's capacity (after it was made, and before a bytearray changes size).
    void recount() {
        std::size_t c = data.capacity();
        if (c > counted) memory_charge(c - counted);
        else memory_credit(counted - c);
        counted = c;
    }
};

// The bytes a memoryview shows; false once it is released (types/memoryview.cpp).
bool memoryview_bytes(VM& vm, Value const& v, std::string_view& out);

// Raises BufferError when a bytearray with memoryviews of it would change size (CPython: bytearray's
// _canresize).
Result<void> check_resizable(VM& vm, Bytes* b);

// A new bytes (or, with `type`, bytearray or subclass) object holding `data`.
Value make_bytes(VM& vm, std::string data, Type* type = nullptr);
// The bytes of a bytes-like object (bytes, bytearray), or false.
bool bytes_like(VM& vm, Value const& v, std::string_view& out);

// The bytes as hex digits, with an optional separator every `bytes_per_sep` bytes (bytes.hex, binascii.hexlify).
Result<std::string> hex_digits(VM& vm, std::string_view data, Value const& sep, Value const& bytes_per_sep);

// Codecs (codecs.cpp): `encoding` and `errors` as str.encode/bytes.decode take them, with CPython's errors
// (LookupError "unknown encoding: x", UnicodeEncodeError/UnicodeDecodeError with CPython's messages).
Result<std::string> encode_text(VM& vm, std::string_view text, std::string_view encoding, std::string_view errors);
// The byte offset of the first lone surrogate in a str's text (which UTF-8 output cannot hold), or npos.
std::size_t find_surrogate(std::string_view text);
Result<std::string> decode_bytes(VM& vm, std::string_view data, std::string_view encoding, std::string_view errors);

} // namespace weft::rt
