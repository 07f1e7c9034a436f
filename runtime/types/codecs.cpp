// Text encodings: UTF-8 (and UTF-8 with a signature), UTF-16 and UTF-32 (with a byte order mark, or little or big
// endian), ASCII and Latin-1, with the 'strict', 'ignore', 'replace' and 'backslashreplace' error handlers.
// CPython: Objects/unicodeobject.c (PyUnicode_Decode*, unicode_encode_ucs1, PyUnicode_DecodeUTF16Stateful,
// PyUnicode_DecodeUTF32Stateful), Python/codecs.c.
#include <cstdio>
#include <cstring>

#include "interpreter/text.hpp"
#include "interpreter/unicode_database.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Utf8Sig, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be };

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
    if (name == "utf_8_sig" || name == "utf8_sig") return Codec::Utf8Sig;
    if (name == "utf_16" || name == "utf16" || name == "u16") return Codec::Utf16;
    if (name == "utf_16_le" || name == "utf_16le") return Codec::Utf16Le;
    if (name == "utf_16_be" || name == "utf_16be") return Codec::Utf16Be;
    if (name == "utf_32" || name == "utf32" || name == "u32") return Codec::Utf32;
    if (name == "utf_32_le" || name == "utf_32le") return Codec::Utf32Le;
    if (name == "utf_32_be" || name == "utf_32be") return Codec::Utf32Be;
    return vm.raise(vm.types.LookupError, "unknown encoding: {}", encoding);
}

char const* codec_name(Codec c) {
    switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    case Codec::Utf8Sig: return "utf-8-sig";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16Le: return "utf-16-le";
    case Codec::Utf16Be: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32Le: return "utf-32-le";
    case Codec::Utf32Be: return "utf-32-be";
    }
    return "";
}

// The error handlers of codecs.register_error's builtin set that weft has; the encode-only ones are refused while
// decoding as CPython refuses them (their callbacks cannot handle a UnicodeDecodeError)
Result<void> check_errors(VM& vm, std::string_view errors, bool decoding = false) {
    if (errors == "strict" || errors == "ignore" || errors == "replace" || errors == "backslashreplace" ||
        errors == "surrogateescape" || errors == "surrogatepass")
        return {};
    if (errors == "xmlcharrefreplace" || errors == "namereplace") {
        if (decoding)
            return vm.raise(vm.types.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return {};
    }
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

// UTF-16 or UTF-32 code units of `width` bytes in either byte order
void put_unit(std::string& out, std::uint32_t unit, int width, bool little) {
    for (int k = 0; k < width; ++k) {
        int shift = little ? 8 * k : 8 * (width - 1 - k);
        out.push_back(static_cast<char>((unit >> shift) & 0xff));
    }
}

std::uint32_t get_unit(std::string_view data, std::size_t at, int width, bool little) {
    std::uint32_t unit = 0;
    for (int k = 0; k < width; ++k) {
        std::uint32_t byte = static_cast<unsigned char>(data[at + k]);
        unit |= byte << (little ? 8 * k : 8 * (width - 1 - k));
    }
    return unit;
}

// UTF-16/UTF-32 text: a byte order mark first for the plain names (little-endian, as CPython on x86)
std::string encode_wide(std::string_view text, Codec codec) {
    bool wide32 = codec == Codec::Utf32 || codec == Codec::Utf32Le || codec == Codec::Utf32Be;
    bool little = codec != Codec::Utf16Be && codec != Codec::Utf32Be;
    int width = wide32 ? 4 : 2;
    std::string out;
    if (codec == Codec::Utf16 || codec == Codec::Utf32) put_unit(out, 0xFEFF, width, little);
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t c = text::next_code_point(text, pos);
        if (!wide32 && c > 0xFFFF) {
            put_unit(out, 0xD800 + ((c - 0x10000) >> 10), 2, little);
            put_unit(out, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, little);
        } else {
            put_unit(out, c, width, little);
        }
    }
    return out;
}

} // namespace

// Raises UnicodeEncodeError or UnicodeDecodeError made from its five arguments, as codecs do (its message comes from
// them: exception.cpp's unicode_error_str)
Raised raise_codec_error(VM& vm, Type* type, std::string_view encoding, Value object, std::size_t start, std::size_t end,
                         std::string_view reason) {
    Value args[5] = {vm.new_str(std::string(encoding)), std::move(object), Value::from_int(static_cast<std::int64_t>(start)),
                     Value::from_int(static_cast<std::int64_t>(end)), vm.new_str(std::string(reason))};
    Result<Value> e = vm.call(Value::borrowed(type), args, 5);
    if (e.is_error()) return Raised{};
    return vm.raise_value(e.release_value());
}

std::size_t find_surrogate(std::string_view text) {
    // a str holds a lone surrogate U+D800..U+DFFF as its three-byte form, ED A0..BF xx
    for (std::size_t at = 0; at + 2 < text.size(); ++at) {
        auto const* p = static_cast<char const*>(std::memchr(text.data() + at, 0xED, text.size() - at - 2));
        if (!p) break;
        at = static_cast<std::size_t>(p - text.data());
        if (static_cast<unsigned char>(p[1]) >= 0xA0) return at;
    }
    return std::string_view::npos;
}

namespace {

// UTF-8 of a str with lone surrogates, which UTF-8 cannot encode: the error handler decides (CPython:
// unicode_encode_utf8, its surrogateescape/surrogatepass/replace/ignore/backslashreplace/xmlcharrefreplace cases)
Result<std::string> encode_utf8_surrogates(VM& vm, std::string_view text, std::string_view errors, std::string out) {
    std::size_t index = 0;
    for (std::size_t pos = 0; pos < text.size(); ++index) {
        std::size_t start = pos;
        char32_t c = text::next_code_point(text, pos);
        if (c < 0xD800 || c > 0xDFFF) {
            out.append(text.substr(start, pos - start));
            continue;
        }
        TRY(check_errors(vm, errors));
        if (errors == "surrogatepass") {
            out.append(text.substr(start, pos - start));
        } else if (errors == "surrogateescape" && c >= 0xDC80 && c <= 0xDCFF) {
            out.push_back(static_cast<char>(c - 0xDC00));
        } else if (errors == "ignore") {
        } else if (errors == "replace") {
            out.push_back('?');
        } else if (errors == "xmlcharrefreplace") {
            out += "&#" + std::to_string(static_cast<unsigned>(c)) + ";";
        } else if (errors == "backslashreplace" || errors == "namereplace") {
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
        } else {
            // the error covers the run of surrogates
            std::size_t end = index + 1;
            for (std::size_t p = pos; p < text.size(); ++end) {
                char32_t next = text::next_code_point(text, p);
                if (next < 0xD800 || next > 0xDFFF) break;
            }
            return raise_codec_error(vm, vm.types.UnicodeEncodeError, "utf-8", vm.new_str(std::string(text)), index, end,
                                     "surrogates not allowed");
        }
    }
    return out;
}

} // namespace

Result<std::string> encode_text(VM& vm, std::string_view text, std::string_view encoding, std::string_view errors) {
    Codec codec = TRY(find_codec(vm, encoding));
    if (codec == Codec::Utf8 || codec == Codec::Utf8Sig) {
        std::string out = codec == Codec::Utf8Sig ? "\xEF\xBB\xBF" : "";
        if (find_surrogate(text) == std::string_view::npos) return out + std::string(text);
        return encode_utf8_surrogates(vm, text, errors, std::move(out));
    }
    if (codec != Codec::Ascii && codec != Codec::Latin1)
        return encode_wide(text, codec);
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
        if (errors == "surrogateescape" && c >= 0xDC80 && c <= 0xDCFF) {
            out.push_back(static_cast<char>(c - 0xDC00));
            continue;
        }
        if (errors == "replace") {
            out.push_back('?');
            continue;
        }
        if (errors == "xmlcharrefreplace") {  // &#233; (CPython: xmlcharrefreplace_errors)
            out += "&#" + std::to_string(static_cast<unsigned>(c)) + ";";
            continue;
        }
        if (errors == "namereplace") {  // \N{LATIN SMALL LETTER E WITH ACUTE}, else as backslashreplace
            std::string name = unicode::name_of(c);
            if (!name.empty()) {
                out += "\\N{" + name + "}";
                continue;
            }
        }
        if (errors == "backslashreplace" || errors == "namereplace") {
            char buf[16];
            std::snprintf(buf, sizeof buf, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x", static_cast<unsigned>(c));
            out += buf;
            continue;
        }
        // the error covers the whole run of characters the codec cannot encode (CPython: unicode_encode_ucs1)
        std::size_t end = index + 1;
        for (std::size_t p = pos; p < text.size(); ++end)
            if (text::next_code_point(text, p) < limit) break;
        return raise_codec_error(vm, vm.types.UnicodeEncodeError, codec_name(codec), vm.new_str(std::string(text)), index, end,
                                 format("ordinal not in range({})", limit));
    }
    return out;
}

Result<std::string> decode_bytes(VM& vm, std::string_view data, std::string_view encoding, std::string_view errors) {
    Codec codec = TRY(find_codec(vm, encoding));
    std::string out;
    out.reserve(data.size());
    auto handle = [&](std::size_t at, std::size_t count, char const* reason) -> Result<void> {
        TRY(check_errors(vm, errors, true));
        if (errors == "ignore")
            return {};
        if (errors == "replace") {
            text::append_utf8(out, U'\uFFFD');
            return {};
        }
        if (errors == "surrogateescape") {  // each undecodable byte b becomes U+DC00 + b (PEP 383)
            for (std::size_t k = 0; k < count; ++k) {
                auto byte = static_cast<unsigned char>(data[at + k]);
                if (byte < 0x80) return raise_codec_error(vm, vm.types.UnicodeDecodeError, codec_name(codec),
                                                          make_bytes(vm, std::string(data)), at, at + count, reason);
                text::append_utf8(out, static_cast<char32_t>(0xDC00 + byte));
            }
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
        return raise_codec_error(vm, vm.types.UnicodeDecodeError, codec_name(codec), make_bytes(vm, std::string(data)), at,
                                 at + count, reason);
    };
    if (codec == Codec::Utf8Sig) {
        if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
        codec = Codec::Utf8;
    }
    if (codec != Codec::Utf8 && codec != Codec::Ascii && codec != Codec::Latin1) {
        // UTF-16 and UTF-32: a byte order mark picks the order for the plain names, and is dropped; errors are
        // reported under the explicit name (CPython: 'utf-16-le')
        bool wide32 = codec == Codec::Utf32 || codec == Codec::Utf32Le || codec == Codec::Utf32Be;
        int width = wide32 ? 4 : 2;
        bool little = codec != Codec::Utf16Be && codec != Codec::Utf32Be;
        std::size_t i = 0;
        if (codec == Codec::Utf16 || codec == Codec::Utf32) {
            if (data.size() >= static_cast<std::size_t>(width)) {
                if (get_unit(data, 0, width, true) == 0xFEFF) { little = true; i = width; }
                else if (get_unit(data, 0, width, false) == 0xFEFF) { little = false; i = width; }
            }
            codec = wide32 ? (little ? Codec::Utf32Le : Codec::Utf32Be) : (little ? Codec::Utf16Le : Codec::Utf16Be);
        }
        while (i < data.size()) {
            if (data.size() - i < static_cast<std::size_t>(width)) {
                TRY(handle(i, data.size() - i, "truncated data"));
                break;
            }
            std::uint32_t unit = get_unit(data, i, width, little);
            if (wide32) {
                if (unit > 0x10FFFF) TRY(handle(i, 4, "code point not in range(0x110000)"));
                else if (unit >= 0xD800 && unit < 0xE000) TRY(handle(i, 4, "code point in surrogate code point range(0xd800, 0xe000)"));
                else text::append_utf8(out, unit);
                i += 4;
                continue;
            }
            if (unit < 0xD800 || unit >= 0xE000) {
                text::append_utf8(out, unit);
                i += 2;
            } else if (unit >= 0xDC00) {
                TRY(handle(i, 2, "illegal encoding"));
                i += 2;
            } else if (data.size() - i < 4) {
                TRY(handle(i, data.size() - i, "unexpected end of data"));
                break;
            } else {
                std::uint32_t low = get_unit(data, i + 2, 2, little);
                if (low >= 0xDC00 && low < 0xE000) {
                    text::append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                    i += 4;
                } else {
                    TRY(handle(i, 2, "illegal UTF-16 surrogate"));
                    i += 2;
                }
            }
        }
        return out;
    }
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
