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
    std::int64_t hash = -1;  // bytes only: cached
    explicit Bytes(Type* t) : Object(t) {}
    std::string_view view() const { return data; }
};

// A new bytes (or, with `type`, bytearray or subclass) object holding `data`.
Value make_bytes(VM& vm, std::string data, Type* type = nullptr);
// The bytes of a bytes-like object (bytes, bytearray), or false.
bool bytes_like(VM& vm, Value const& v, std::string_view& out);

// Codecs (codecs.cpp): `encoding` and `errors` as str.encode/bytes.decode take them, with CPython's errors
// (LookupError "unknown encoding: x", UnicodeEncodeError/UnicodeDecodeError with CPython's messages).
Result<std::string> encode_text(VM& vm, std::string_view text, std::string_view encoding, std::string_view errors);
Result<std::string> decode_bytes(VM& vm, std::string_view data, std::string_view encoding, std::string_view errors);

} // namespace weft::rt
