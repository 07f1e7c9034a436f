// binascii: conversions between binary data and ASCII encodings (base64, hex, uuencode) and the CRC-32 and
// CRC-CCITT checksums, with CPython 3.11's arguments, results and messages (Modules/binascii.c; the code is ours).
// base64.py builds on it. Quoted-printable (a2b_qp/b2a_qp) is not here yet.
#include <array>

#include "runtime/types/bytes.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/str.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

char const error_key = 0;       // module_type() keys: binascii.Error and binascii.Incomplete
char const incomplete_key = 0;

constexpr char base64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Raised raise_error(VM& vm, std::string message) { return vm.raise(vm.module_type(&error_key), std::move(message)); }

// The one positional argument of a function whose other arguments are keyword-only.
Result<void> one_positional(VM& vm, char const* name, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    if (npos != 1)
        return vm.raise(vm.types.TypeError, "{}() takes exactly 1 positional argument ({} given)", name, npos);
    return {};
}

// The input of the a2b_* functions: a bytes-like object or a str of ASCII characters (CPython: ascii_buffer_converter).
Result<std::string_view> ascii_data(VM& vm, Value const& v) {
    std::string_view out;
    if (v.is_object() && vm.type_of(v)->layout == Layout::Str) {
        if (!as<Str>(v)->is_ascii())
            return vm.raise(vm.types.ValueError, "string argument should contain only ASCII characters");
        return as<Str>(v)->view();
    }
    if (bytes_like(vm, v, out)) return out;
    return vm.raise(vm.types.TypeError, "argument should be bytes, buffer or ASCII string, not '{}'",
                    vm.type_of(v)->name->view());
}

// The input of the b2a_* functions and the checksums: a bytes-like object (CPython: the "y*" buffer converter).
Result<std::string_view> binary_data(VM& vm, Value const& v) {
    std::string_view out;
    if (bytes_like(vm, v, out)) return out;
    return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(v)->name->view());
}

// A keyword-only flag of the functions below, an int taken as true when non-zero (Argument Clinic's
// bool(accept={int})), or `fallback` when absent.
Result<bool> flag(VM& vm, Value const& v, bool fallback) { return v.is_null() ? fallback : TRY(vm.index_value(v)) != 0; }

// An unsigned int argument taken modulo 2**32, as Argument Clinic's unsigned_int(bitwise=True) does.
Result<std::uint32_t> bitwise_uint(VM& vm, Value const& v) {
    Value i = TRY(vm.index(v));
    return static_cast<std::uint32_t>((to_bigint(i) & BigInt(0xffffffffu)).to_int64());
}

// ---- base64 (CPython: binascii_a2b_base64_impl, binascii_b2a_base64_impl)

Result<Value> a2b_base64(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value strict_arg;
    TRY(one_positional(vm, "a2b_base64", nargs, kwnames));
    TRY(parse_kwargs(vm, "a2b_base64", args, nargs, kwnames, {"strict_mode"}, &strict_arg));
    std::string_view in = TRY(ascii_data(vm, args[0]));
    bool strict = TRY(flag(vm, strict_arg, false));
    static constexpr auto decode_table = [] {
        std::array<std::uint8_t, 256> t{};
        t.fill(0xff);
        for (int i = 0; i < 64; ++i) t[static_cast<unsigned char>(base64_alphabet[i])] = static_cast<std::uint8_t>(i);
        return t;
    }();
    if (strict && !in.empty() && in[0] == '=') return raise_error(vm, "Leading padding not allowed");
    std::string out;
    out.reserve(in.size() / 4 * 3 + 3);
    int quad_pos = 0, pads = 0;
    unsigned left = 0;
    bool padding_started = false;
    for (std::size_t i = 0; i < in.size(); ++i) {
        auto ch = static_cast<unsigned char>(in[i]);
        if (ch == '=') {
            padding_started = true;
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                // a complete pad sequence ends the data
                if (strict && i + 1 < in.size()) return raise_error(vm, "Excess data after padding");
                return make_bytes(vm, std::move(out));
            }
            continue;
        }
        unsigned v = decode_table[ch];
        if (v >= 64) {
            if (strict) return raise_error(vm, "Only base64 data is allowed");
            continue;
        }
        if (strict && padding_started) return raise_error(vm, "Discontinuous padding not allowed");
        pads = 0;
        switch (quad_pos) {
        case 0: left = v; break;
        case 1: out.push_back(static_cast<char>((left << 2) | (v >> 4))); left = v & 0x0f; break;
        case 2: out.push_back(static_cast<char>((left << 4) | (v >> 2))); left = v & 0x03; break;
        default: out.push_back(static_cast<char>((left << 6) | v)); left = 0; break;
        }
        quad_pos = (quad_pos + 1) & 3;
    }
    if (quad_pos == 1)
        return raise_error(vm, "Invalid base64-encoded string: number of data characters (" +
                                   std::to_string(out.size() / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4");
    if (quad_pos != 0) return raise_error(vm, "Incorrect padding");
    return make_bytes(vm, std::move(out));
}

Result<Value> b2a_base64(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value newline_arg;
    TRY(one_positional(vm, "b2a_base64", nargs, kwnames));
    TRY(parse_kwargs(vm, "b2a_base64", args, nargs, kwnames, {"newline"}, &newline_arg));
    std::string_view in = TRY(binary_data(vm, args[0]));
    bool newline = TRY(flag(vm, newline_arg, true));
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4 + 1);
    std::size_t i = 0;
    for (; i + 3 <= in.size(); i += 3) {
        unsigned n = static_cast<unsigned char>(in[i]) << 16 | static_cast<unsigned char>(in[i + 1]) << 8 |
                     static_cast<unsigned char>(in[i + 2]);
        for (int shift = 18; shift >= 0; shift -= 6) out.push_back(base64_alphabet[(n >> shift) & 63]);
    }
    if (std::size_t rest = in.size() - i) {
        unsigned n = static_cast<unsigned char>(in[i]) << 16 | (rest == 2 ? static_cast<unsigned char>(in[i + 1]) << 8 : 0);
        out.push_back(base64_alphabet[(n >> 18) & 63]);
        out.push_back(base64_alphabet[(n >> 12) & 63]);
        out.push_back(rest == 2 ? base64_alphabet[(n >> 6) & 63] : '=');
        out.push_back('=');
    }
    if (newline) out.push_back('\n');
    return make_bytes(vm, std::move(out));
}

// ---- hex (CPython: binascii_b2a_hex_impl, binascii_a2b_hex_impl)

Result<Value> b2a_hex(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[3];
    char const* name = vm.native_callee->name->view() == "hexlify" ? "hexlify" : "b2a_hex";
    TRY(parse_args(vm, name, args, nargs, kwnames, {"data", "sep", "bytes_per_sep"}, fields));
    if (fields[0].is_null()) return raise_arg_count_error(vm, name, 0, 1, 3);
    std::string_view in = TRY(binary_data(vm, fields[0]));
    return make_bytes(vm, TRY(hex_digits(vm, in, fields[1], fields[2])));
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

Result<Value> a2b_hex(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view in = TRY(ascii_data(vm, args[0]));
    if (in.size() % 2) return raise_error(vm, "Odd-length string");
    std::string out;
    out.reserve(in.size() / 2);
    for (std::size_t i = 0; i < in.size(); i += 2) {
        int hi = hex_value(in[i]), lo = hex_value(in[i + 1]);
        if (hi < 0 || lo < 0) return raise_error(vm, "Non-hexadecimal digit found");
        out.push_back(static_cast<char>(hi << 4 | lo));
    }
    return make_bytes(vm, std::move(out));
}

// ---- uuencode (CPython: binascii_a2b_uu_impl, binascii_b2a_uu_impl)

Result<Value> a2b_uu(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view in = TRY(ascii_data(vm, args[0]));
    // the first character gives the line's length in bytes; an empty line reads as a NUL (length 32)
    std::size_t pos = 0;
    int length = ((in.empty() ? 0 : static_cast<unsigned char>(in[pos++])) - ' ') & 077;
    std::string out;
    unsigned left = 0;
    int left_bits = 0;
    while (static_cast<int>(out.size()) < length) {
        unsigned ch = pos < in.size() ? static_cast<unsigned char>(in[pos]) : 0;
        ++pos;
        if (ch == '\n' || ch == '\r' || pos > in.size()) {
            ch = 0;  // missing characters (eaten spaces) read as zero bits
        } else {
            if (ch < ' ' || ch > ' ' + 64) return raise_error(vm, "Illegal char");
            ch = (ch - ' ') & 077;
        }
        left = (left << 6) | ch;
        left_bits += 6;
        if (left_bits >= 8) {
            left_bits -= 8;
            out.push_back(static_cast<char>((left >> left_bits) & 0xff));
            left &= (1u << left_bits) - 1;
        }
    }
    for (; pos < in.size(); ++pos) {
        char c = in[pos];
        if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') return raise_error(vm, "Trailing garbage");
    }
    return make_bytes(vm, std::move(out));
}

Result<Value> b2a_uu(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value backtick_arg;
    TRY(one_positional(vm, "b2a_uu", nargs, kwnames));
    TRY(parse_kwargs(vm, "b2a_uu", args, nargs, kwnames, {"backtick"}, &backtick_arg));
    std::string_view in = TRY(binary_data(vm, args[0]));
    bool backtick = TRY(flag(vm, backtick_arg, false));
    if (in.size() > 45) return raise_error(vm, "At most 45 bytes at once");
    auto encode = [backtick](unsigned v) { return static_cast<char>(backtick && v == 0 ? '`' : ' ' + v); };
    std::string out;
    out.push_back(encode(static_cast<unsigned>(in.size())));
    for (std::size_t i = 0; i < in.size(); i += 3) {
        unsigned n = 0;
        for (std::size_t k = 0; k < 3; ++k)
            n = n << 8 | (i + k < in.size() ? static_cast<unsigned char>(in[i + k]) : 0u);
        for (int shift = 18; shift >= 0; shift -= 6) out.push_back(encode((n >> shift) & 63));
    }
    out.push_back('\n');
    return make_bytes(vm, std::move(out));
}

// ---- checksums (CPython: binascii_crc32_impl, which uses zlib's; binascii_crc_hqx_impl)

Result<Value> crc32(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::string_view in = TRY(binary_data(vm, args[0]));
    std::uint32_t crc = nargs > 1 ? TRY(bitwise_uint(vm, args[1])) : 0;
    static constexpr auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (unsigned char c : in) crc = table[(crc ^ c) & 0xff] ^ (crc >> 8);
    return Value::from_int(static_cast<std::int64_t>(~crc & 0xffffffffu));
}

Result<Value> crc_hqx(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view in = TRY(binary_data(vm, args[0]));
    std::uint32_t crc = TRY(bitwise_uint(vm, args[1])) & 0xffff;
    for (unsigned char c : in) {
        // CRC-CCITT, polynomial 0x1021, most significant bit first
        crc ^= static_cast<std::uint32_t>(c) << 8;
        for (int k = 0; k < 8; ++k) crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xffff;
    }
    return Value::from_int(crc);
}

// binascii.Error and binascii.Incomplete, made as a class statement would make them
Result<void> add_exception(VM& vm, Dict* d, char const* name, Type* base, void const* key) {
    auto bases = vm.new_tuple(1);
    bases->items[0] = Value::borrowed(base);
    Ref<Dict> ns = vm.new_dict();
    dict_set_str(vm, ns.get(), vm.names.dunder_module, vm.new_str("binascii"));
    Value cls = TRY(create_class(vm, vm.types.type, vm.intern(name), bases.get(), ns.get()));
    vm.set_module_type(key, as<Type>(cls));
    dict_set_str(vm, d, vm.intern(name), cls);
    return {};
}

} // namespace

Result<void> init_binascii_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    TRY(add_exception(vm, d, "Error", vm.types.ValueError, &error_key));
    TRY(add_exception(vm, d, "Incomplete", vm.types.Exception, &incomplete_key));
    add_function(vm, d, "a2b_base64", a2b_base64, Args::any());
    add_function(vm, d, "b2a_base64", b2a_base64, Args::any());
    add_function(vm, d, "a2b_hex", a2b_hex, Args::one());
    add_function(vm, d, "unhexlify", a2b_hex, Args::one());
    add_function(vm, d, "b2a_hex", b2a_hex);
    add_function(vm, d, "hexlify", b2a_hex);
    add_function(vm, d, "a2b_uu", a2b_uu, Args::one());
    add_function(vm, d, "b2a_uu", b2a_uu, Args::any());
    add_function(vm, d, "crc32", crc32, Args::positional(1, 2));
    add_function(vm, d, "crc_hqx", crc_hqx, Args::positional(2, 2));
    return {};
}

} // namespace weft::rt
