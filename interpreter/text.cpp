// Text helpers shared by the front end and the runtime (see text.hpp).
#include "interpreter/text.hpp"

#include "interpreter/unicode.hpp"

#include <cstring>

namespace weft::text {

char32_t next_code_point(std::string_view text, std::size_t& pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    std::size_t length = (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || pos + length > text.size()) {
        ++pos;
        return 0xFFFD;
    }
    char32_t c = lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        if (!is_continuation_byte(text[pos + i])) {
            ++pos;
            return 0xFFFD;
        }
        c = (c << 6) | (byte(pos + i) & 0x3F);
    }
    pos += length;
    return c;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::size_t offset_of_code_point(std::string_view s, std::size_t index) {
    std::size_t i = 0;
    while (index > 0 && i < s.size()) {
        ++i;
        while (i < s.size() && is_continuation_byte(s[i]))
            ++i;
        --index;
    }
    return i;
}

bool is_printable(char32_t c) { return unicode::is_printable(c); }

namespace {

constexpr char hex_digits[] = "0123456789abcdef";

void append_hex(std::string& out, char prefix, char32_t c, int width) {
    out.push_back('\\');
    out.push_back(prefix);
    for (int shift = (width - 1) * 4; shift >= 0; shift -= 4)
        out.push_back(hex_digits[(c >> shift) & 0xF]);
}

// The quote a repr uses: ' unless the text holds ' and no " (CPython: unicode_repr, PyBytes_Repr).
char quote_for(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    return has_single && !has_double ? '"' : '\'';
}

// The escape of \\, the quote, \t, \n or \r, if `c` is one of them; false otherwise.
bool append_common_escape(std::string& out, char32_t c, char quote) {
    switch (c) {
    case '\t': out += "\\t"; return true;
    case '\n': out += "\\n"; return true;
    case '\r': out += "\\r"; return true;
    case '\\': out += "\\\\"; return true;
    default:
        if (c != static_cast<char32_t>(quote))
            return false;
        out.push_back('\\');
        out.push_back(quote);
        return true;
    }
}

} // namespace

void append_repr(std::string& out, std::string_view s) {
    char quote = quote_for(s);
    out.reserve(out.size() + s.size() + 2);
    out.push_back(quote);
    std::size_t pos = 0;
    while (pos < s.size()) {
        auto byte = static_cast<unsigned char>(s[pos]);
        char32_t c = byte < 0x80 ? (++pos, byte) : next_code_point(s, pos);
        if (append_common_escape(out, c, quote))
            continue;
        if (is_printable(c))
            append_utf8(out, c);
        else if (c <= 0xFF)
            append_hex(out, 'x', c, 2);
        else if (c <= 0xFFFF)
            append_hex(out, 'u', c, 4);
        else
            append_hex(out, 'U', c, 8);
    }
    out.push_back(quote);
}

void append_bytes_repr(std::string& out, std::string_view bytes, bool escape_single_quote) {
    char quote = quote_for(bytes);
    out.push_back('b');
    out.push_back(quote);
    for (char ch : bytes) {
        auto c = static_cast<unsigned char>(ch);
        if (escape_single_quote && c == '\'') {
            out += "\\'";
            continue;
        }
        if (append_common_escape(out, c, quote))
            continue;
        if (c < 0x20 || c >= 0x7F)
            append_hex(out, 'x', c, 2);
        else
            out.push_back(ch);
    }
    out.push_back(quote);
}

std::string repr(std::string_view utf8) {
    std::string out;
    append_repr(out, utf8);
    return out;
}

} // namespace weft::text
