// Text encodings: UTF-8, ASCII and Latin-1, with the 'strict', 'ignore', 'replace' and 'backslashreplace'
// error handlers. CPython: Objects/unicodeobject.c (PyUnicode_Decode*, unicode_encode_ucs1), Python/codecs.c.
#include <cstdio>

#include "interpreter/text.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

// CPython's normalized codec names (encodings.normalize_encoding plus the aliases people write)
Result<Codec> find_codec(VM& vm, std::string_view encoding) {
    std::string name;
    for (char c : encoding) {
        char l = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        name += (l == '-' || l == ' ') ? '_' : l;
    }
    if (name == "utf_8" || name == "utf8" || name == "u8" || name == "utf")
        return Codec::Utf8;
    if (name == "ascii" || name == "us_ascii" || name == "646")
        return Codec::Ascii;
    if (name == "latin_1" || name == "latin1" || name == "iso_8859_1" || name == "iso8859_1" || name == "l1" ||
        name == "8859" || name == "cp819" || name == "latin")
        return Codec::Latin1;
    return vm.raise(vm.types.LookupError, "unknown encoding: {}", encoding);
}

char const* codec_name(Codec c) {
    switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    }
    return "";
}

Result<void> check_errors(VM& vm, std::string_view errors) {
    if (errors == "strict" || errors == "ignore" || errors == "replace" || errors == "backslashreplace")
        return {};
    return vm.raise(vm.types.LookupError, "unknown error handler name '{}'", errors);
}

// How many bytes of a valid UTF-8 sequence start at `i`, or 0 with `reason` and the bytes that are invalid
std::size_t utf8_sequence(std::string_view s, std::size_t i, char const*& reason, std::size_t& bad) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    bad = 1;
    if (c < 0x80) return 1;
    std::size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        reason = "invalid start byte";
        return 0;
    }
    for (std::size_t k = 1; k < n; ++k) {
        if (i + k >= s.size()) {
            reason = "unexpected end of data";
            bad = k;
            return 0;
        }
        unsigned char x = b(i + k);
        unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (x < l || x > h) {
            reason = "invalid continuation byte";
            bad = k;
            return 0;
        }
    }
    return n;
}

} // namespace

Result<std::string> encode_text(VM& vm, std::string_view text, std::string_view encoding, std::string_view errors) {
    Codec codec = TRY(find_codec(vm, encoding));
    if (codec == Codec::Utf8)
        return std::string(text);
    unsigned limit = codec == Codec::Ascii ? 0x80 : 0x100;
    std::string out;
    std::size_t index = 0;
    for (std::size_t pos = 0; pos < text.size(); ++index) {
        char32_t c = text::next_code_point(text, pos);
        if (c < limit) {
            out.push_back(static_cast<char>(c));
            continue;
        }
        TRY(check_errors(vm, errors));  // CPython looks the handler up at the first error
        if (errors == "ignore")
            continue;
        if (errors == "replace") {
            out.push_back('?');
            continue;
        }
        if (errors == "backslashreplace") {
            char buf[16];
            std::snprintf(buf, sizeof buf, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x", static_cast<unsigned>(c));
            out += buf;
            continue;
        }
        // CPython: UnicodeEncodeError_str shows the character as an escape
        char ch[16];
        std::snprintf(ch, sizeof ch, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x", static_cast<unsigned>(c));
        return vm.raise(vm.types.UnicodeEncodeError, "'{}' codec can't encode character '{}' in position {}: ordinal not in range({})",
                        codec_name(codec), ch, index, limit);
    }
    return out;
}

Result<std::string> decode_bytes(VM& vm, std::string_view data, std::string_view encoding, std::string_view errors) {
    Codec codec = TRY(find_codec(vm, encoding));
    std::string out;
    out.reserve(data.size());
    auto handle = [&](std::size_t at, std::size_t count, char const* reason) -> Result<void> {
        TRY(check_errors(vm, errors));
        if (errors == "ignore")
            return {};
        if (errors == "replace") {
            text::append_utf8(out, U'\uFFFD');
            return {};
        }
        if (errors == "backslashreplace") {
            char buf[8];
            for (std::size_t k = 0; k < count; ++k) {
                std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(data[at + k]));
                out += buf;
            }
            return {};
        }
        if (count == 1) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned char>(data[at]));
            return vm.raise(vm.types.UnicodeDecodeError, "'{}' codec can't decode byte {} in position {}: {}",
                            codec_name(codec), hex, at, reason);
        }
        return vm.raise(vm.types.UnicodeDecodeError, "'{}' codec can't decode bytes in position {}-{}: {}", codec_name(codec), at,
                        at + count - 1, reason);
    };
    for (std::size_t i = 0; i < data.size();) {
        auto c = static_cast<unsigned char>(data[i]);
        if (codec == Codec::Latin1) {
            text::append_utf8(out, c);
            ++i;
            continue;
        }
        if (codec == Codec::Ascii) {
            if (c < 0x80)
                out.push_back(static_cast<char>(c));
            else
                TRY(handle(i, 1, "ordinal not in range(128)"));
            ++i;
            continue;
        }
        char const* reason = nullptr;
        std::size_t bad = 0;
        std::size_t n = utf8_sequence(data, i, reason, bad);
        if (n > 0) {
            out.append(data.substr(i, n));
            i += n;
            continue;
        }
        TRY(handle(i, bad, reason));
        i += bad;
    }
    return out;
}

} // namespace weft::rt
