// _struct: values packed into bytes and unpacked from them by a format such as "<hI2s" — byte order, sizes and
// (in native mode) alignment as CPython 3.11 on x86-64 Linux, with its range checks and messages (Modules/_struct.c;
// the code is ours). struct.py re-exports it. Formats are parsed once into a Struct and cached by the functions.
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime/gc.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/types/str.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

// One format character as parsed: `count` values of `code` at `offset` (for 's' and 'p', one value of `count`
// bytes; for 'x', `count` pad bytes and no value).
struct Field {
    char code;
    std::uint32_t size;    // of one item
    std::size_t offset;
    std::size_t count;
};

struct StructObject final : Object {
    Value format;               // as given, str (bytes formats are decoded)
    std::vector<Field> fields;
    std::size_t size = 0;       // bytes packed
    std::size_t nvalues = 0;    // values packed
    bool native = true;         // '@': native sizes and alignment
    bool little = true;         // byte order
    explicit StructObject(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override { v.visit(format); }
    void clear_references() override { format.clear(); }
};

// iter_unpack's iterator: the struct, the buffer and the next offset
struct UnpackIterator final : Object {
    Value structure, buffer;
    std::size_t offset = 0;
    explicit UnpackIterator(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override { v.visit(structure); v.visit(buffer); }
    void clear_references() override { structure.clear(); buffer.clear(); }
};

char const struct_key = 0;     // module_type() keys
char const error_key = 0;
char const iterator_key = 0;

Raised raise_error(VM& vm, std::string message) { return vm.raise(vm.module_type(&error_key), std::move(message)); }

// The size of a format character in native ('@') mode, which is also its alignment; 0 for an unknown one.
std::uint32_t native_size(char c) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

// Its size in the standard modes ('=', '<', '>', '!'), where n, N and P do not exist.
std::uint32_t standard_size(char c) {
    switch (c) {
    case 'l': case 'L': return 4;
    case 'n': case 'N': case 'P': return 0;
    default: return native_size(c);
    }
}

// Parses `text` (CPython: prepare_s); the sizes and offsets of its fields.
Result<void> parse_format(VM& vm, StructObject* s, std::string_view text) {
    std::size_t i = 0;
    char order = '@';
    if (!text.empty() && std::strchr("@=<>!", text[0]) && text[0] != '\0') order = text[i++];
    s->native = order == '@';
    s->little = order == '<' || ((order == '@' || order == '=') && std::endian::native == std::endian::little);
    std::size_t size = 0, nvalues = 0;
    constexpr std::size_t max_size = static_cast<std::size_t>(INT64_MAX);
    while (i < text.size()) {
        char c = text[i++];
        if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
        std::size_t count = 1;
        if (c >= '0' && c <= '9') {
            count = static_cast<std::size_t>(c - '0');
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
                if (count > (max_size - 9) / 10) return raise_error(vm, "total struct size too long");
                count = count * 10 + static_cast<std::size_t>(text[i++] - '0');
            }
            if (i >= text.size()) return raise_error(vm, "repeat count given without format specifier");
            c = text[i++];
        }
        std::uint32_t item = s->native ? native_size(c) : standard_size(c);
        if (item == 0) return raise_error(vm, "bad char in struct format");
        if (s->native) size = (size + item - 1) / item * item;
        if (count > (max_size - size) / item) return raise_error(vm, "total struct size too long");
        s->fields.push_back({c, item, size, count});
        size += count * item;
        nvalues += c == 's' || c == 'p' ? 1 : c == 'x' ? 0 : count;
    }
    s->size = size;
    s->nvalues = nvalues;
    return {};
}

// A format argument: str, or bytes read as ASCII (CPython: Struct___init___impl's converter).
Result<Value> new_struct(VM& vm, Type* type, Value const& format) {
    std::string_view text;
    Value as_str;
    if (format.is_object() && vm.type_of(format)->layout == Layout::Str) {
        as_str = format;
        text = as<Str>(format)->view();
    } else if (format.is_object() && vm.type_of(format)->layout == Layout::Bytes) {
        text = as<Bytes>(format)->view();
        as_str = vm.new_str(TRY(decode_bytes(vm, text, "ascii", "strict")));
    } else {
        return vm.raise(vm.types.TypeError, "Struct() argument 1 must be a str or bytes object, not {}",
                        vm.type_of(format)->name->view());
    }
    if (text.find('\0') != std::string_view::npos) return vm.raise(vm.types.ValueError, "embedded null character");
    auto s = make<StructObject>(type);
    if (type->is_heap) incref(type);
    s->format = as_str;
    TRY(parse_format(vm, s.get(), text));
    return s.take_value();
}

char const cache_key = 0;  // module_state(): format -> Struct

// The struct for a format given to a module function, from a cache of at most 100 (CPython: cache_struct_converter).
Result<StructObject*> cached_struct(VM& vm, Value const& format) {
    Type* t = vm.module_type(&struct_key);
    if (format.is_object() && vm.type_of(format) == t) return as<StructObject>(format);
    Value& cache = vm.module_state(&cache_key);
    if (cache.is_null()) cache = vm.new_dict().take_value();
    Dict* d = as<Dict>(cache);
    Value s = TRY(dict_get(vm, d, format));
    if (s.is_null()) {
        s = TRY(new_struct(vm, t, format));
        if (d->table.size() >= 100) d->table.clear();
        TRY(dict_set(vm, d, format, s));
    }
    return as<StructObject>(s);
}

// ---- packing (CPython: s_pack_internal and the np_/lp_/bp_ functions)

Result<BigInt> integer_argument(VM& vm, Value const& v) {
    if (v.is_int() || v.is_bool()) return BigInt(v.as_int());
    Type* t = vm.type_of(v);
    if (t->layout != Layout::Int && t->lookup(vm.names.dunder_index).is_null())
        return raise_error(vm, "required argument is not an integer");
    Value i = TRY(vm.index(v));
    return i.is_int() ? BigInt(i.as_int()) : to_bigint(i);
}

std::string range_message(char code, std::uint32_t size, bool is_unsigned) {
    // CPython: _range_error
    std::uint64_t largest = size >= 8 ? UINT64_MAX : (std::uint64_t{1} << (size * 8)) - 1;
    if (is_unsigned) return "'" + std::string(1, code) + "' format requires 0 <= number <= " + std::to_string(largest);
    auto signed_largest = static_cast<std::int64_t>(largest >> 1);
    return "'" + std::string(1, code) + "' format requires " + std::to_string(-signed_largest - 1) +
           " <= number <= " + std::to_string(signed_largest);
}

void store(char* out, std::uint64_t bits, std::uint32_t size, bool little) {
    for (std::uint32_t k = 0; k < size; ++k)
        out[little ? k : size - 1 - k] = static_cast<char>((bits >> (8 * k)) & 0xff);
}

std::uint64_t load(char const* in, std::uint32_t size, bool little) {
    std::uint64_t bits = 0;
    for (std::uint32_t k = 0; k < size; ++k)
        bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[little ? k : size - 1 - k])) << (8 * k);
    return bits;
}

// A non-negative int below 2**64 as its 64 bits.
std::uint64_t to_uint64(BigInt const& n) {
    if (n.fits_int64()) return static_cast<std::uint64_t>(n.to_int64());
    return static_cast<std::uint64_t>((n - BigInt(INT64_MAX) - BigInt(1)).to_int64()) + (std::uint64_t{1} << 63);
}

// Integer codes. CPython converts to a C long or unsigned long first ("argument out of range" when that fails),
// then checks the code's own range; which message that check gives depends on the packing function CPython picks:
// the native ones (np_byte, np_short, np_int, ...) in '@' mode and, on a little-endian machine, in '<' and '=' mode
// for the codes whose standard size is the native one; the byte-order ones (lp_int, bp_int, bp_longlong, ...)
// otherwise, whose 8-byte codes convert through _PyLong_AsByteArray ("int too large to convert").
Result<void> pack_integer(VM& vm, StructObject* s, Field const& f, Value const& v, char* out) {
    BigInt n = TRY(integer_argument(vm, v));
    char c = f.code;
    bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
    bool native_function = s->native || (s->little && std::endian::native == std::endian::little && f.size == native_size(c));
    bool fits_long = n.fits_int64();
    bool fits_ulong = !n.is_negative() && n.bit_length() <= 64;
    auto out_of_range = [&] { return raise_error(vm, "argument out of range"); };
    std::uint64_t bits;
    if (c == 'P') {
        if (!fits_long && !fits_ulong) return raise_error(vm, "int too large to convert");
        bits = fits_long ? static_cast<std::uint64_t>(n.to_int64()) : to_uint64(n);
    } else if (!native_function && f.size == 8) {
        if (is_unsigned ? !fits_ulong : !fits_long) return raise_error(vm, "int too large to convert");
        bits = is_unsigned ? to_uint64(n) : static_cast<std::uint64_t>(n.to_int64());
    } else if (c == 'b' || c == 'B' || (native_function && (c == 'h' || c == 'H'))) {
        // these name their C type in the message (CPython: np_byte, np_ubyte, np_short, np_ushort)
        if (!fits_long) return out_of_range();
        std::int64_t x = n.to_int64();
        std::int64_t lo = is_unsigned ? 0 : -(std::int64_t{1} << (8 * f.size - 1));
        std::int64_t hi = is_unsigned ? (std::int64_t{1} << (8 * f.size)) - 1 : (std::int64_t{1} << (8 * f.size - 1)) - 1;
        if (x < lo || x > hi)
            return raise_error(vm, std::string(c == 'b' ? "byte" : c == 'B' ? "ubyte" : c == 'h' ? "short" : "ushort") +
                                       " format requires " + std::to_string(lo) + " <= number <= " + std::to_string(hi));
        bits = static_cast<std::uint64_t>(x);
    } else if (is_unsigned) {
        if (!fits_ulong) return out_of_range();
        bits = to_uint64(n);
        if (f.size < 8 && bits >> (8 * f.size)) return raise_error(vm, range_message(c, f.size, true));
    } else {
        if (!fits_long) return out_of_range();
        std::int64_t x = n.to_int64();
        std::int64_t limit = f.size < 8 ? std::int64_t{1} << (8 * f.size - 1) : 0;
        if (f.size < 8 && (x < -limit || x >= limit)) return raise_error(vm, range_message(c, f.size, false));
        bits = static_cast<std::uint64_t>(x);
    }
    store(out, bits, f.size, s->little);
    return {};
}

// An IEEE half-precision value, rounded half to even (CPython: PyFloat_Pack2).
Result<std::uint16_t> half_bits(VM& vm, double x) {
    std::uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    if (x == 0) return sign;
    if (std::isinf(x)) return static_cast<std::uint16_t>(sign | 0x7c00);
    if (std::isnan(x)) return static_cast<std::uint16_t>(sign | 0x7e00);
    int e;
    double f = std::frexp(std::fabs(x), &e);  // 0.5 <= f < 1
    if (e > 16) return vm.raise(vm.types.OverflowError, "float too large to pack with e format");
    if (e < -13) {
        f = std::ldexp(f, 14 + e);  // subnormal
        e = 0;
    } else {
        e += 14;
        f = f * 2.0 - 1.0;
    }
    f *= 1024.0;
    auto mantissa = static_cast<unsigned>(f);
    f -= mantissa;
    if (f > 0.5 || (f == 0.5 && mantissa % 2 == 1)) {
        if (++mantissa == 1024) {
            mantissa = 0;
            if (++e == 31) return vm.raise(vm.types.OverflowError, "float too large to pack with e format");
        }
    }
    return static_cast<std::uint16_t>(sign | e << 10 | mantissa);
}

double half_value(std::uint16_t bits) {
    bool negative = bits >> 15;
    int e = (bits >> 10) & 0x1f;
    unsigned mantissa = bits & 0x3ff;
    double x;
    if (e == 0x1f) {
        x = mantissa == 0 ? HUGE_VAL : std::nan("");
    } else {
        x = mantissa / 1024.0;
        if (e == 0) e = -14;
        else { x += 1.0; e -= 15; }
        x = std::ldexp(x, e);
    }
    return negative ? -x : x;
}

Result<void> pack_value(VM& vm, StructObject* s, Field const& f, Value const& v, char* out) {
    switch (f.code) {
    case 'c': {
        if (!(v.is_object() && vm.type_of(v)->layout == Layout::Bytes && as<Bytes>(v)->data.size() == 1))
            return raise_error(vm, "char format requires a bytes object of length 1");
        *out = as<Bytes>(v)->data[0];
        return {};
    }
    case '?':
        *out = TRY(vm.truthy(v)) ? 1 : 0;
        return {};
    case 'e': case 'f': case 'd': {
        Type* t = vm.type_of(v);
        if (!(v.is_float() || v.is_int() || v.is_bool() || t->layout == Layout::Int ||
              !t->lookup(vm.names.dunder_float).is_null() || !t->lookup(vm.names.dunder_index).is_null()))
            return raise_error(vm, "required argument is not a float");
        // a float, or what __float__ gives, else __index__ (CPython: PyFloat_AsDouble)
        Value number = v;
        if (!v.is_float() && t->lookup(vm.names.dunder_float).is_null()) number = TRY(vm.index(v));
        double x = TRY(vm.to_double(number));
        if (f.code == 'd') {
            std::uint64_t bits;
            std::memcpy(&bits, &x, 8);
            store(out, bits, 8, s->little);
        } else if (f.code == 'f') {
            auto y = static_cast<float>(x);
            if (std::isinf(y) && !std::isinf(x))
                return vm.raise(vm.types.OverflowError, "float too large to pack with f format");
            std::uint32_t bits;
            std::memcpy(&bits, &y, 4);
            store(out, bits, 4, s->little);
        } else {
            store(out, TRY(half_bits(vm, x)), 2, s->little);
        }
        return {};
    }
    default:
        return pack_integer(vm, s, f, v, out);
    }
}

// Packs values[0..nvalues) into out[0..size) (CPython: s_pack_internal).
Result<void> pack_into_buffer(VM& vm, StructObject* s, Value const* values, char* out) {
    std::memset(out, 0, s->size);
    std::size_t next = 0;
    for (Field const& f : s->fields) {
        char* at = out + f.offset;
        if (f.code == 'x') continue;
        if (f.code == 's' || f.code == 'p') {
            Value const& v = values[next++];
            std::string_view data;
            if (!(v.is_object() && (vm.type_of(v)->layout == Layout::Bytes || vm.type_of(v)->layout == Layout::ByteArray)))
                return raise_error(vm, std::string("argument for '") + f.code + "' must be a bytes object");
            data = as<Bytes>(v)->view();
            if (f.code == 's') {
                std::memcpy(at, data.data(), std::min(data.size(), f.count));
            } else if (f.count > 0) {
                std::size_t n = std::min(data.size(), f.count - 1);
                std::memcpy(at + 1, data.data(), n);
                *at = static_cast<char>(std::min<std::size_t>(n, 255));
            }
            continue;
        }
        for (std::size_t k = 0; k < f.count; ++k) TRY(pack_value(vm, s, f, values[next++], at + k * f.size));
    }
    return {};
}

Result<Value> unpack_buffer(VM& vm, StructObject* s, char const* in) {
    auto out = vm.new_tuple(s->nvalues);
    std::size_t next = 0;
    for (Field const& f : s->fields) {
        char const* at = in + f.offset;
        if (f.code == 'x') continue;
        if (f.code == 's') { out->items[next++] = make_bytes(vm, std::string(at, f.count)); continue; }
        if (f.code == 'p') {
            std::size_t n = f.count == 0 ? 0 : std::min<std::size_t>(static_cast<unsigned char>(*at), f.count - 1);
            out->items[next++] = make_bytes(vm, std::string(f.count ? at + 1 : at, n));
            continue;
        }
        for (std::size_t k = 0; k < f.count; ++k, at += f.size) {
            std::uint64_t bits = load(at, f.size, s->little);
            Value v;
            switch (f.code) {
            case 'c': v = make_bytes(vm, std::string(1, *at)); break;
            case '?': v = Value::from_bool(bits != 0); break;
            case 'e': v = Value::from_float(half_value(static_cast<std::uint16_t>(bits))); break;
            case 'f': { std::uint32_t b32 = static_cast<std::uint32_t>(bits); float y; std::memcpy(&y, &b32, 4); v = Value::from_float(y); break; }
            case 'd': { double y; std::memcpy(&y, &bits, 8); v = Value::from_float(y); break; }
            case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
                std::uint32_t shift = 64 - 8 * f.size;
                v = Value::from_int(static_cast<std::int64_t>(bits << shift) >> shift);
                break;
            }
            default:  // the unsigned codes
                v = bits > static_cast<std::uint64_t>(INT64_MAX) ? make_int(vm, BigInt(bits))
                                                                 : Value::from_int(static_cast<std::int64_t>(bits));
            }
            out->items[next++] = v;
        }
    }
    return out.take_value();
}

// ---- the functions and Struct's methods (CPython: s_pack, s_unpack, s_pack_into, s_unpack_from, s_iter_unpack)

Result<Value> pack_with(VM& vm, StructObject* s, Value const* values, std::size_t n) {
    if (n != s->nvalues)
        return raise_error(vm, "pack expected " + std::to_string(s->nvalues) + " items for packing (got " + std::to_string(n) + ")");
    std::string out(s->size, '\0');
    TRY(pack_into_buffer(vm, s, values, out.data()));
    return make_bytes(vm, std::move(out));
}

Result<std::string_view> readable_buffer(VM& vm, Value const& v) {
    std::string_view out;
    if (bytes_like(vm, v, out)) return out;
    return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(v)->name->view());
}

Result<Value> unpack_with(VM& vm, StructObject* s, Value const& buffer) {
    std::string_view data = TRY(readable_buffer(vm, buffer));
    if (data.size() != s->size) return raise_error(vm, "unpack requires a buffer of " + std::to_string(s->size) + " bytes");
    return unpack_buffer(vm, s, data.data());
}

Result<Value> unpack_from_with(VM& vm, StructObject* s, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[2];
    TRY(parse_args(vm, "unpack_from", args, nargs, kwnames, {"buffer", "offset"}, fields));
    if (fields[0].is_null()) return vm.raise(vm.types.TypeError, "unpack_from() missing required argument 'buffer' (pos 1)");
    std::string_view data = TRY(readable_buffer(vm, fields[0]));
    std::int64_t offset = fields[1].is_null() ? 0 : TRY(vm.index_value(fields[1]));
    auto len = static_cast<std::int64_t>(data.size());
    if (offset < 0) {
        if (offset + len < 0)
            return raise_error(vm, "offset " + std::to_string(offset) + " out of range for " + std::to_string(len) + "-byte buffer");
        if (offset + static_cast<std::int64_t>(s->size) > 0)
            return raise_error(vm, "not enough data to unpack " + std::to_string(s->size) + " bytes at offset " + std::to_string(offset));
        offset += len;
    }
    if (len - offset < static_cast<std::int64_t>(s->size))
        return raise_error(vm, "unpack_from requires a buffer of at least " + std::to_string(s->size + offset) +
                                   " bytes for unpacking " + std::to_string(s->size) + " bytes at offset " +
                                   std::to_string(offset) + " (actual buffer size is " + std::to_string(len) + ")");
    return unpack_buffer(vm, s, data.data() + offset);
}

Result<Value> pack_into_with(VM& vm, StructObject* s, Value const* args, std::size_t nargs) {
    if (nargs != s->nvalues + 2) {
        if (nargs == 0) return raise_error(vm, "pack_into expected buffer argument");
        if (nargs == 1) return raise_error(vm, "pack_into expected offset argument");
        return raise_error(vm, "pack_into expected " + std::to_string(s->nvalues) + " items for packing (got " +
                                   std::to_string(nargs - 2) + ")");
    }
    Value const& buffer = args[0];
    if (!(buffer.is_object() && vm.type_of(buffer)->layout == Layout::ByteArray)) {
        std::string_view ignored;
        if (bytes_like(vm, buffer, ignored))
            return vm.raise(vm.types.TypeError, "argument must be read-write bytes-like object, not {}", vm.type_of(buffer)->name->view());
        return vm.raise(vm.types.TypeError, "argument must be read-write bytes-like object, not {}", vm.type_of(buffer)->name->view());
    }
    std::string& data = as<Bytes>(buffer)->data;
    std::int64_t offset = TRY(vm.index_value(args[1]));
    auto len = static_cast<std::int64_t>(data.size());
    auto size = static_cast<std::int64_t>(s->size);
    if (offset < 0) {
        if (offset + size > 0)
            return raise_error(vm, "no space to pack " + std::to_string(size) + " bytes at offset " + std::to_string(offset));
        if (offset + len < 0)
            return raise_error(vm, "offset " + std::to_string(offset) + " out of range for " + std::to_string(len) + "-byte buffer");
        offset += len;
    }
    if (len - offset < size)
        return raise_error(vm, "pack_into requires a buffer of at least " + std::to_string(size + offset) +
                                   " bytes for packing " + std::to_string(size) + " bytes at offset " +
                                   std::to_string(offset) + " (actual buffer size is " + std::to_string(len) + ")");
    std::string packed(s->size, '\0');
    TRY(pack_into_buffer(vm, s, args + 2, packed.data()));
    std::memcpy(data.data() + offset, packed.data(), packed.size());
    return Value::none();
}

Result<Value> iter_unpack_with(VM& vm, Value const& structure, Value const& buffer) {
    StructObject* s = as<StructObject>(structure);
    std::string_view data = TRY(readable_buffer(vm, buffer));
    if (s->size == 0) return raise_error(vm, "cannot iteratively unpack with a struct of length 0");
    if (data.size() % s->size)
        return raise_error(vm, "iterative unpacking requires a buffer of a multiple of " + std::to_string(s->size) + " bytes");
    auto it = make<UnpackIterator>(vm.module_type(&iterator_key));
    it->structure = structure;
    it->buffer = buffer;
    vm.gc().track(it.get());
    return it.take_value();
}


Result<Value> iterator_next(VM& vm, Value const& self, Value&) {
    auto* it = as<UnpackIterator>(self);
    if (it->structure.is_null()) return Value();
    StructObject* s = as<StructObject>(it->structure);
    std::string_view data;
    bytes_like(vm, it->buffer, data);
    if (it->offset + s->size > data.size()) {
        it->structure.clear();
        it->buffer.clear();
        return Value();
    }
    Value out = TRY(unpack_buffer(vm, s, data.data() + it->offset));
    it->offset += s->size;
    return out;
}

Result<Value> iterator_length_hint(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto* it = as<UnpackIterator>(args[0]);
    if (it->structure.is_null()) return Value::from_int(0);
    std::string_view data;
    bytes_like(vm, it->buffer, data);
    return Value::from_int(static_cast<std::int64_t>((data.size() - it->offset) / as<StructObject>(it->structure)->size));
}

// module functions: the format first
Result<Value> fn_pack(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs == 0) return vm.raise(vm.types.TypeError, "missing format argument");
    StructObject* s = TRY(cached_struct(vm, args[0]));
    return pack_with(vm, s, args + 1, nargs - 1);
}
Result<Value> fn_unpack(VM& vm, Value const* args, std::size_t, Tuple*) {
    return unpack_with(vm, TRY(cached_struct(vm, args[0])), args[1]);
}
Result<Value> fn_calcsize(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_int(static_cast<std::int64_t>(TRY(cached_struct(vm, args[0]))->size));
}
Result<Value> fn_unpack_from(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    if (npos == 0) return vm.raise(vm.types.TypeError, "unpack_from() missing required argument 'format' (pos 1)");
    return unpack_from_with(vm, TRY(cached_struct(vm, args[0])), args + 1, nargs - 1, kwnames);
}
Result<Value> fn_pack_into(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs == 0) return vm.raise(vm.types.TypeError, "pack_into expected format");
    return pack_into_with(vm, TRY(cached_struct(vm, args[0])), args + 1, nargs - 1);
}
Result<Value> fn_iter_unpack(VM& vm, Value const* args, std::size_t, Tuple*) {
    StructObject* s = TRY(cached_struct(vm, args[0]));
    return iter_unpack_with(vm, Value::borrowed(s), args[1]);
}
Result<Value> fn_clearcache(VM& vm, Value const*, std::size_t, Tuple*) {
    Value& cache = vm.module_state(&cache_key);
    if (!cache.is_null()) as<Dict>(cache)->table.clear();
    return Value::none();
}

// Struct's methods
Result<Value> s_pack(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return pack_with(vm, as<StructObject>(args[0]), args + 1, nargs - 1);
}
Result<Value> s_unpack(VM& vm, Value const* args, std::size_t, Tuple*) { return unpack_with(vm, as<StructObject>(args[0]), args[1]); }
Result<Value> s_unpack_from(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return unpack_from_with(vm, as<StructObject>(args[0]), args + 1, nargs - 1, kwnames);
}
Result<Value> s_pack_into(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return pack_into_with(vm, as<StructObject>(args[0]), args + 1, nargs - 1);
}
Result<Value> s_iter_unpack(VM& vm, Value const* args, std::size_t, Tuple*) { return iter_unpack_with(vm, args[0], args[1]); }
Result<Value> s_sizeof(VM&, Value const* args, std::size_t, Tuple*) {
    auto* s = as<StructObject>(args[0]);
    return Value::from_int(static_cast<std::int64_t>(sizeof(StructObject) + s->fields.size() * sizeof(Field)));
}

Value struct_members(VM&, Value const& self, Str* name) {
    auto* s = as<StructObject>(self);
    if (name->view() == "format") return s->format;
    if (name->view() == "size") return Value::from_int(static_cast<std::int64_t>(s->size));
    return Value();
}

Result<Value> struct_allocate(VM& vm, Type* type) {
    auto s = make<StructObject>(type);
    if (type->is_heap) incref(type);
    s->format = vm.empty_str.value();
    return s.take_value();
}

// Struct(format): the format parsed; __init__ parses again, so a subclass may call it (CPython: Struct___init___impl)
Result<Value> struct_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value format;
    TRY(parse_args(vm, "Struct", args + 1, nargs - 1, kwnames, {"format"}, &format));
    if (format.is_null()) return vm.raise(vm.types.TypeError, "Struct() missing required argument 'format' (pos 1)");
    return new_struct(vm, as<Type>(args[0]), format);
}

} // namespace

Result<void> init__struct_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    auto bases = vm.new_tuple(1);
    bases->items[0] = Value::borrowed(vm.types.Exception);
    Ref<Dict> ns = vm.new_dict();
    dict_set_str(vm, ns.get(), vm.names.dunder_module, vm.new_str("struct"));
    Value error = TRY(create_class(vm, vm.types.type, vm.intern("error"), bases.get(), ns.get()));
    vm.set_module_type(&error_key, as<Type>(error));
    dict_set_str(vm, d, vm.intern("error"), error);

    Type* t = make_builtin_type(vm, "Struct", vm.types.object, Layout::Native);
    t->module_name = "_struct";
    t->construct = struct_construct;
    t->allocate = struct_allocate;
    t->slots.members = struct_members;
    add_methods(vm, t, {
        {"pack", s_pack, Args::varargs()}, {"unpack", s_unpack, Args::one()},
        {"unpack_from", s_unpack_from}, {"pack_into", s_pack_into, Args::varargs()},
        {"iter_unpack", s_iter_unpack, Args::one()}, {"__sizeof__", s_sizeof, Args::none()},
    });
    vm.set_module_type(&struct_key, t);
    dict_set_str(vm, d, vm.intern("Struct"), Value::borrowed(t));

    Type* it = make_builtin_type(vm, "unpack_iterator", vm.types.object, Layout::Native);
    it->module_name = "_struct";
    it->subclassable = false;
    it->slots.iter = iterator_returns_self;
    it->slots.next = iterator_next;
    add_methods(vm, it, {{"__length_hint__", iterator_length_hint, Args::none()}});
    vm.set_module_type(&iterator_key, it);

    add_function(vm, d, "pack", fn_pack, Args::varargs());
    add_function(vm, d, "unpack", fn_unpack, Args::positional(2, 2));
    add_function(vm, d, "calcsize", fn_calcsize, Args::one());
    add_function(vm, d, "unpack_from", fn_unpack_from);
    add_function(vm, d, "pack_into", fn_pack_into, Args::varargs());
    add_function(vm, d, "iter_unpack", fn_iter_unpack, Args::positional(2, 2));
    add_function(vm, d, "_clearcache", fn_clearcache, Args::none());
    return {};
}

} // namespace weft::rt
