// Text helpers shared by the front end and the runtime: UTF-8 decoding, encoding and counting, and the repr of
// a str (CPython's unicode_repr). Written once here; nothing else decodes UTF-8 by hand.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace weft::text {

// Whether `byte` continues a UTF-8 sequence (10xxxxxx).
constexpr bool is_continuation_byte(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// The length of the UTF-8 sequence that `lead` starts (1 for ASCII, and for a byte that starts none).
constexpr std::size_t sequence_length(unsigned char lead) {
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// Decodes the code point at text[pos] and advances pos past it. An invalid or cut-off sequence gives U+FFFD
// and advances one byte.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `code_point`.
void append_utf8(std::string& out, char32_t code_point);

// The number of code points in valid UTF-8 (ASCII runs are counted eight bytes at a time).
inline std::size_t count_code_points(std::string_view s) {
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if (w & 0x8080808080808080ull)
            break;
    }
    std::size_t n = i;
    for (; i < s.size(); ++i)
        n += !is_continuation_byte(s[i]);
    return n;
}

// The byte offset of code point `index` (the end of the text when there are fewer).
std::size_t offset_of_code_point(std::string_view text, std::size_t index);

// Whether Python prints the character as it is in a repr (str.isprintable()). An approximation of
// Py_UNICODE_ISPRINTABLE by blocks: controls, format characters, separators other than ' ', surrogates,
// private use, noncharacters and unassigned tags are not printable.
bool is_printable(char32_t code_point);

// Appends the repr of a str's text: single quotes unless it holds ' and no ", escapes for \\, the quote,
// \t \n \r, and \x \u \U for what is not printable (CPython: Objects/unicodeobject.c unicode_repr).
void append_repr(std::string& out, std::string_view utf8);
std::string repr(std::string_view utf8);

// Appends the repr of bytes: b'...' with \x escapes outside printable ASCII (CPython: Objects/bytesobject.c
// PyBytes_Repr); bytearray's repr also escapes every single quote (escape_single_quote; bytearray_repr).
void append_bytes_repr(std::string& out, std::string_view bytes, bool escape_single_quote = false);

} // namespace weft::text
