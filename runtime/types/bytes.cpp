// bytes and bytearray: construction, repr, indexing and slicing, concatenation and repetition, comparison,
// hashing, and the methods (decode, hex/fromhex, find/count/split/join/strip/replace, the ASCII case and class
// tests, and bytearray's mutators). A method of bytearray that returns a byte string returns a bytearray.
// CPython: Objects/bytesobject.c, Objects/bytearrayobject.c, Objects/bytes_methods.c.
#include "runtime/types/bytes.hpp"

#include <climits>
#include <algorithm>
#include <cstdio>

#include "interpreter/bytecode.hpp"
#include "interpreter/text.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/types/percent_format.hpp"
#include "runtime/types/range_slice.hpp"
#include "runtime/types/sequence.hpp"
#include "runtime/types/str.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

using front::BinOpArg;
using front::CmpOpArg;

Value make_bytes(VM& vm, std::string data, Type* type) {
    if (!type)
        type = vm.types.bytes;
    auto b = make<Bytes>(type);
    if (type->is_heap)
        incref(type);
    b->data = std::move(data);
    b->recount();
    return b.take_value();
}

Result<void> check_resizable(VM& vm, Bytes* b) {
    b->recount();
    if (b->exports > 0)
        return vm.raise(vm.types.BufferError, "Existing exports of data: object cannot be re-sized");
    return {};
}

bool bytes_like(VM& vm, Value const& v, std::string_view& out) {
    if (!v.is_object())
        return false;
    Layout l = vm.type_of(v)->layout;
    if (l == Layout::MemoryView)
        return memoryview_bytes(vm, v, out);
    if (l != Layout::Bytes && l != Layout::ByteArray)
        return false;
    out = as<Bytes>(v)->view();
    return true;
}

namespace {

Bytes* self_bytes(Value const* args) { return as<Bytes>(args[0]); }
bool is_bytearray(VM& vm, Value const& v) { return vm.type_of(v)->layout == Layout::ByteArray; }
// What a method returns for `self`: a bytearray for a bytearray, else bytes
Value result_like(VM& vm, Value const& self, std::string data) {
    return make_bytes(vm, std::move(data), is_bytearray(vm, self) ? vm.types.bytearray : vm.types.bytes);
}

// The bytes of an argument that must be bytes-like (CPython: "a bytes-like object is required, not 'str'")
Result<std::string_view> expect_bytes(VM& vm, Value const& v) {
    std::string_view out;
    if (!bytes_like(vm, v, out))
        return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(v)->name->view());
    return out;
}

// One byte from an int (0..255)
Result<unsigned char> byte_value(VM& vm, Value const& v, char const* message = "byte must be in range(0, 256)") {
    std::int64_t n = TRY(vm.index_value(v));
    if (n < 0 || n > 255)
        return vm.raise(vm.types.ValueError, "{}", message);
    return static_cast<unsigned char>(n);
}

// The bytes bytes(x) / bytearray(x) holds (CPython: bytes_new_impl, bytearray___init___impl)
Result<std::string> bytes_source(VM& vm, char const* name, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[3];
    TRY(parse_args(vm, name, args, nargs, kwnames, {"source", "encoding", "errors"}, fields));
    Value const& source = fields[0];
    bool has_encoding = !fields[1].is_null(), has_errors = !fields[2].is_null();
    if (source.is_null()) {
        if (has_encoding || has_errors)
            return vm.raise(vm.types.TypeError, has_encoding ? "encoding without a string argument" : "errors without a string argument");
        return std::string();
    }
    if (!has_encoding && !has_errors && std::string_view(name) == "bytes" && source.is_object() &&
        vm.type_of(source)->is_heap) {
        // an object's __bytes__ (CPython: bytes_new_impl looks it up before anything else)
        Value method = vm.type_of(source)->lookup(vm.intern("__bytes__"));
        if (!method.is_null()) {
            Value result = TRY(vm.call1(method, source));
            if (!result.is_object() || vm.type_of(result)->layout != Layout::Bytes)
                return vm.raise(vm.types.TypeError, "__bytes__ returned non-bytes (type {})", vm.type_of(result)->name->view());
            return std::string(as<Bytes>(result)->view());
        }
    }
    if (source.is_object() && vm.type_of(source)->layout == Layout::Str) {
        if (!has_encoding)
            return vm.raise(vm.types.TypeError, "string argument without an encoding");
        std::string encoding = TRY(vm.str_string(fields[1]));
        std::string errors = has_errors ? TRY(vm.str_string(fields[2])) : "strict";
        return encode_text(vm, as<Str>(source)->view(), encoding, errors);
    }
    if (has_encoding || has_errors)
        return vm.raise(vm.types.TypeError, has_encoding ? "encoding without a string argument" : "errors without a string argument");
    std::string_view view;
    if (bytes_like(vm, source, view))
        return std::string(view);
    if (source.is_int() || source.is_bool() || (source.is_object() && vm.type_of(source)->layout == Layout::Int)) {
        std::int64_t n = TRY(vm.index_value(source, vm.types.OverflowError));
        if (n < 0)
            return vm.raise(vm.types.ValueError, "negative count");
        if (!memory_available(static_cast<std::uint64_t>(n)))
            return vm.raise(vm.types.MemoryError, "");
        return std::string(static_cast<std::size_t>(n), '\0');
    }
    Result<Value> it = vm.get_iter(source);
    if (it.is_error()) {
        if (!vm.exception_matches(vm.types.TypeError))
            return Raised{};
        vm.take_exception();
        return vm.raise(vm.types.TypeError, "cannot convert '{}' object to {}", vm.type_of(source)->name->view(), name);
    }
    std::string out;
    for (;;) {
        Value x = TRY(vm.next(it.value()));
        if (x.is_null())
            break;
        out.push_back(static_cast<char>(TRY(byte_value(vm, x, "bytes must be in range(0, 256)"))));
    }
    return out;
}

Result<Value> bytes_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::string data = TRY(bytes_source(vm, "bytes", args + 1, nargs - 1, kwnames));
    return make_bytes(vm, std::move(data), vm.types.bytes);
}

Result<Value> bytearray_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::string data = TRY(bytes_source(vm, "bytearray", args + 1, nargs - 1, kwnames));
    Value v = make_bytes(vm, std::move(data), vm.types.bytearray);
    return v;
}

// bytearray.__init__: fills a subclass instance (new_builtin_instance made it empty)
Result<Value> bytearray_init(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    self_bytes(args)->data = TRY(bytes_source(vm, "bytearray", args + 1, nargs - 1, kwnames));
    self_bytes(args)->recount();
    return Value::none();
}

Result<Value> bytes_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string out;
    if (is_bytearray(vm, args[0])) {
        out += vm.type_of(args[0])->name->view();
        out += '(';
        text::append_bytes_repr(out, self_bytes(args)->view(), true);  // CPython's bytearray_repr escapes every '
        out += ')';
    } else {
        text::append_bytes_repr(out, self_bytes(args)->view());
    }
    return vm.new_str(out);
}

// ---- protocols (TypeSlots)

Result<std::int64_t> bytes_length(VM&, Value const& self) { return static_cast<std::int64_t>(as<Bytes>(self)->data.size()); }

Result<Value> bytes_subscript(VM& vm, Value const& self, Value const& key) {
    std::string const& d = as<Bytes>(self)->data;
    auto n = static_cast<std::int64_t>(d.size());
    if (layout_of(key) == Layout::Slice) {
        std::int64_t start, stop, step, count;
        TRY(slice_indices(vm, key, n, start, stop, step, count));
        std::string out;
        out.reserve(static_cast<std::size_t>(count));
        for (std::int64_t k = 0, i = start; k < count; ++k, i += step) out.push_back(d[static_cast<std::size_t>(i)]);
        return result_like(vm, self, std::move(out));
    }
    if (!key.is_int() && !key.is_bool() && vm.type_of(key)->lookup(vm.names.dunder_index).is_null() &&
        layout_of(key) != Layout::Int)
        return vm.raise(vm.types.TypeError, "{} indices must be integers or slices, not {}",
                        is_bytearray(vm, self) ? "bytearray" : "byte", vm.type_of(key)->name->view());
    std::int64_t i = TRY(vm.index_value(key));
    if (i < 0) i += n;
    if (i < 0 || i >= n)
        return vm.raise(vm.types.IndexError, is_bytearray(vm, self) ? "bytearray index out of range" : "index out of range");
    return Value::from_int(static_cast<unsigned char>(d[static_cast<std::size_t>(i)]));
}

// bytearray[i] = byte, bytearray[a:b] = bytes-like or iterable of ints
Result<void> bytearray_ass_subscript(VM& vm, Value const& self, Value const& key, Value value) {
    std::string& d = as<Bytes>(self)->data;
    auto n = static_cast<std::int64_t>(d.size());
    if (layout_of(key) == Layout::Slice) {
        std::string replacement;
        std::string_view view;
        if (bytes_like(vm, value, view)) {
            replacement = std::string(view);
        } else if (value.is_int()) {
            return vm.raise(vm.types.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else {
            ValueVector items = TRY(vm.to_vector(value));
            for (Value const& x : items) replacement.push_back(static_cast<char>(TRY(byte_value(vm, x))));
        }
        std::int64_t start, stop, step, count;
        TRY(slice_indices(vm, key, n, start, stop, step, count));
        if (step == 1) {
            if (replacement.size() != static_cast<std::size_t>(count))
                TRY(check_resizable(vm, as<Bytes>(self)));
            d.replace(static_cast<std::size_t>(start), static_cast<std::size_t>(count), replacement);
            return {};
        }
        if (static_cast<std::int64_t>(replacement.size()) != count)
            return vm.raise(vm.types.ValueError, "attempt to assign bytes of size {} to extended slice of size {}",
                            replacement.size(), count);
        for (std::int64_t k = 0, i = start; k < count; ++k, i += step) d[static_cast<std::size_t>(i)] = replacement[static_cast<std::size_t>(k)];
        return {};
    }
    std::int64_t i = TRY(vm.index_value(key));
    if (i < 0) i += n;
    if (i < 0 || i >= n)
        return vm.raise(vm.types.IndexError, "bytearray index out of range");
    d[static_cast<std::size_t>(i)] = static_cast<char>(TRY(byte_value(vm, value)));
    return {};
}

Result<void> bytearray_del_subscript(VM& vm, Value const& self, Value const& key) {
    TRY(check_resizable(vm, as<Bytes>(self)));
    std::string& d = as<Bytes>(self)->data;
    auto n = static_cast<std::int64_t>(d.size());
    if (layout_of(key) == Layout::Slice) {
        std::int64_t start, stop, step, count;
        TRY(slice_indices(vm, key, n, start, stop, step, count));
        std::string kept;
        std::vector<bool> drop(d.size(), false);
        for (std::int64_t k = 0, i = start; k < count; ++k, i += step) drop[static_cast<std::size_t>(i)] = true;
        for (std::size_t i = 0; i < d.size(); ++i)
            if (!drop[i]) kept.push_back(d[i]);
        d = std::move(kept);
        return {};
    }
    std::int64_t i = TRY(vm.index_value(key));
    if (i < 0) i += n;
    if (i < 0 || i >= n)
        return vm.raise(vm.types.IndexError, "bytearray index out of range");
    d.erase(static_cast<std::size_t>(i), 1);
    return {};
}

Result<bool> bytes_contains(VM& vm, Value const& self, Value const& item) {
    std::string_view d = as<Bytes>(self)->view();
    std::string_view needle;
    if (bytes_like(vm, item, needle))
        return d.find(needle) != std::string_view::npos;
    if (!item.is_int() && !item.is_bool() && layout_of(item) != Layout::Int &&
        vm.type_of(item)->lookup(vm.names.dunder_index).is_null())
        return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(item)->name->view());
    unsigned char b = TRY(byte_value(vm, item));
    return d.find(static_cast<char>(b)) != std::string_view::npos;
}

Result<Value> bytes_iter(VM& vm, Value const& self) {
    return new_iterator(vm, vm.types.bytes_iterator, IterKind::Bytes, self).take_value();
}

Result<std::int64_t> bytes_hash(VM&, Value const& self) {
    Bytes* b = as<Bytes>(self);
    if (b->hash == -1)
        b->hash = str_hash_bytes(b->data.data(), b->data.size());
    return b->hash;
}

// + with any bytes-like operand, * with an int (the result is the left operand's kind)
Result<Value> bytes_binary(VM& vm, Value const& a, Value const& b, int op, bool inplace) {
    std::string_view x, y;
    if (op == static_cast<int>(BinOpArg::Add)) {
        if (!bytes_like(vm, a, x))
            return vm.not_implemented;
        if (!bytes_like(vm, b, y))
            return vm.raise(vm.types.TypeError, "can't concat {} to {}", vm.type_of(b)->name->view(), vm.type_of(a)->name->view());
        if (inplace && is_bytearray(vm, a)) {
            TRY(check_resizable(vm, as<Bytes>(a)));
            as<Bytes>(a)->data.append(y);
            return a;
        }
        std::string out(x);
        out.append(y);
        return result_like(vm, a, std::move(out));
    }
    if (op == static_cast<int>(BinOpArg::Remainder)) {
        if (!bytes_like(vm, a, x) || vm.type_of(a)->layout == Layout::MemoryView)
            return vm.not_implemented;
        Value r = TRY(percent_format_bytes(vm, x, b));
        if (is_bytearray(vm, a))
            return make_bytes(vm, std::string(as<Bytes>(r)->view()), vm.types.bytearray);
        return r;
    }
    if (op == static_cast<int>(BinOpArg::Multiply)) {
        bool left = bytes_like(vm, a, x);
        if (!left && !bytes_like(vm, b, x))
            return vm.not_implemented;
        Value const& count = left ? b : a;
        if (!count.is_int() && !count.is_bool() && layout_of(count) != Layout::Int &&
            vm.type_of(count)->lookup(vm.names.dunder_index).is_null())
            return cannot_multiply(vm, count);
        std::int64_t n = TRY(repeat_count(vm, count));
        if (n < 0) n = 0;
        if (n > 0 && (x.size() > static_cast<std::size_t>(INT32_MAX) / static_cast<std::size_t>(n) ||
                      !memory_available(x.size() * static_cast<std::uint64_t>(n))))
            return vm.raise(vm.types.MemoryError, "");
        std::string out;
        out.reserve(x.size() * static_cast<std::size_t>(n));
        for (std::int64_t i = 0; i < n; ++i) out.append(x);
        if (inplace && left && is_bytearray(vm, a)) {
            TRY(check_resizable(vm, as<Bytes>(a)));
            as<Bytes>(a)->data = std::move(out);
            return a;
        }
        return result_like(vm, left ? a : b, std::move(out));
    }
    return vm.not_implemented;
}

Result<Value> bytes_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    std::string_view x, y;
    if (!bytes_like(vm, a, x) || !bytes_like(vm, b, y))
        return vm.not_implemented;
    int c = x.compare(y);
    return Value::from_bool(comparison_holds(op, c < 0 ? -1 : c > 0 ? 1 : 0));
}

// ---- methods

Result<Value> bytes_decode(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[2];
    TRY(parse_args(vm, "decode", args + 1, nargs - 1, kwnames, {"encoding", "errors"}, fields));
    std::string encoding = fields[0].is_null() ? "utf-8" : TRY(vm.str_string(fields[0]));
    std::string errors = fields[1].is_null() ? "strict" : TRY(vm.str_string(fields[1]));
    std::string text = TRY(decode_bytes(vm, self_bytes(args)->view(), encoding, errors));
    return vm.new_str(text);
}

// hex(sep=None, bytes_per_sep=1) (CPython: _Py_strhex_impl)
Result<Value> bytes_hex(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[2];
    TRY(parse_args(vm, "hex", args + 1, nargs - 1, kwnames, {"sep", "bytes_per_sep"}, fields));
    return vm.new_str(TRY(hex_digits(vm, self_bytes(args)->view(), fields[0], fields[1])));
}

// bytes.fromhex(s), bytearray.fromhex(s): pairs of hex digits, spaces between pairs allowed
// (CPython: _PyBytes_FromHex)
Result<Value> fromhex_impl(VM& vm, Value const& s, Type* type) {
    if (!s.is_object() || vm.type_of(s)->layout != Layout::Str)
        return vm.raise(vm.types.TypeError, "fromhex() argument must be str, not {}", vm.type_of(s)->name->view());
    std::string_view t = as<Str>(s)->view();
    auto hexval = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    std::size_t i = 0;
    while (i < t.size()) {
        if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == '\v' || t[i] == '\f') {
            ++i;
            continue;
        }
        int hi = hexval(t[i]);
        int lo = i + 1 < t.size() ? hexval(t[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            std::size_t at = hi < 0 ? i : i + 1;
            return vm.raise(vm.types.ValueError, "non-hexadecimal number found in fromhex() arg at position {}", at);
        }
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    return make_bytes(vm, std::move(out), type);
}
Result<Value> bytes_fromhex(VM& vm, Value const* args, std::size_t, Tuple*) { return fromhex_impl(vm, args[0], vm.types.bytes); }
Result<Value> bytearray_fromhex(VM& vm, Value const* args, std::size_t, Tuple*) {
    return fromhex_impl(vm, args[0], vm.types.bytearray);
}

// The [start:end] window of find/count/startswith (CPython: parse_args_finds + ADJUST_INDICES)
Result<void> window(VM& vm, Value const* args, std::size_t nargs, std::size_t first, std::size_t size, std::size_t& lo,
                    std::size_t& hi) {
    auto n = static_cast<std::int64_t>(size);
    std::int64_t start = 0, end = n;
    if (nargs > first && !args[first].is_none()) start = TRY(vm.index_value(args[first]));
    if (nargs > first + 1 && !args[first + 1].is_none()) end = TRY(vm.index_value(args[first + 1]));
    if (end > n) end = n;
    if (end < 0) end = std::max<std::int64_t>(end + n, 0);
    if (start < 0) start = std::max<std::int64_t>(start + n, 0);
    lo = static_cast<std::size_t>(start);
    hi = static_cast<std::size_t>(std::max(end, start));
    return {};
}

// The needle of find/count/index: bytes-like, or an int byte
Result<std::string> needle_of(VM& vm, Value const& v) {
    std::string_view view;
    if (bytes_like(vm, v, view))
        return std::string(view);
    if (v.is_int() || v.is_bool() || layout_of(v) == Layout::Int)
        return std::string(1, static_cast<char>(TRY(byte_value(vm, v))));
    return vm.raise(vm.types.TypeError, "argument should be integer or bytes-like object, not '{}'", vm.type_of(v)->name->view());
}

Result<std::int64_t> find_impl(VM& vm, Value const* args, std::size_t nargs, bool reverse) {
    std::string_view d = self_bytes(args)->view();
    std::string needle = TRY(needle_of(vm, args[1]));
    std::size_t lo, hi;
    TRY(window(vm, args, nargs, 2, d.size(), lo, hi));
    if (lo > d.size() || hi - lo < needle.size())
        return std::int64_t{-1};
    std::string_view w = d.substr(lo, hi - lo);
    std::size_t at = reverse ? w.rfind(needle) : w.find(needle);
    return at == std::string_view::npos ? std::int64_t{-1} : static_cast<std::int64_t>(lo + at);
}

Result<Value> bytes_find(VM& vm, Value const* a, std::size_t n, Tuple*) { return Value::from_int(TRY(find_impl(vm, a, n, false))); }
Result<Value> bytes_rfind(VM& vm, Value const* a, std::size_t n, Tuple*) { return Value::from_int(TRY(find_impl(vm, a, n, true))); }
Result<Value> index_impl(VM& vm, Value const* a, std::size_t n, bool reverse) {
    std::int64_t i = TRY(find_impl(vm, a, n, reverse));
    if (i < 0)
        return vm.raise(vm.types.ValueError, "subsection not found");
    return Value::from_int(i);
}
Result<Value> bytes_index(VM& vm, Value const* a, std::size_t n, Tuple*) { return index_impl(vm, a, n, false); }
Result<Value> bytes_rindex(VM& vm, Value const* a, std::size_t n, Tuple*) { return index_impl(vm, a, n, true); }

Result<Value> bytes_count(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::string_view d = self_bytes(args)->view();
    std::string needle = TRY(needle_of(vm, args[1]));
    std::size_t lo, hi;
    TRY(window(vm, args, nargs, 2, d.size(), lo, hi));
    if (lo > d.size())
        return Value::from_int(0);
    std::string_view w = d.substr(lo, hi - lo);
    if (needle.empty())
        return Value::from_int(static_cast<std::int64_t>(w.size() + 1));
    std::int64_t count = 0;
    for (std::size_t at = w.find(needle); at != std::string_view::npos; at = w.find(needle, at + needle.size())) ++count;
    return Value::from_int(count);
}

Result<Value> affix_impl(VM& vm, Value const* args, std::size_t nargs, bool prefix) {
    std::string_view d = self_bytes(args)->view();
    std::size_t lo, hi;
    TRY(window(vm, args, nargs, 2, d.size(), lo, hi));
    auto test = [&](std::string_view affix) {
        if (lo > d.size() || hi - lo < affix.size()) return false;
        std::string_view w = d.substr(lo, hi - lo);
        return prefix ? w.starts_with(affix) : w.ends_with(affix);
    };
    std::string_view affix;
    if (args[1].is_object() && vm.type_of(args[1])->layout == Layout::Tuple) {
        Tuple* t = as<Tuple>(args[1]);
        for (std::size_t i = 0; i < t->size; ++i) {
            if (!bytes_like(vm, t->items[i], affix))
                return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(t->items[i])->name->view());
            if (test(affix)) return Value::from_bool(true);
        }
        return Value::from_bool(false);
    }
    if (!bytes_like(vm, args[1], affix))
        return vm.raise(vm.types.TypeError, "{} first arg must be bytes or a tuple of bytes, not {}",
                        prefix ? "startswith" : "endswith", vm.type_of(args[1])->name->view());
    return Value::from_bool(test(affix));
}
Result<Value> bytes_startswith(VM& vm, Value const* a, std::size_t n, Tuple*) { return affix_impl(vm, a, n, true); }
Result<Value> bytes_endswith(VM& vm, Value const* a, std::size_t n, Tuple*) { return affix_impl(vm, a, n, false); }

bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Result<Value> strip_impl(VM& vm, Value const* args, std::size_t nargs, bool left, bool right) {
    std::string_view d = self_bytes(args)->view();
    std::string_view chars;
    bool custom = nargs > 1 && !args[1].is_none();
    if (custom)
        chars = TRY(expect_bytes(vm, args[1]));
    auto strip_it = [&](unsigned char c) { return custom ? chars.find(static_cast<char>(c)) != std::string_view::npos : ascii_space(c); };
    std::size_t b = 0, e = d.size();
    if (left) while (b < e && strip_it(static_cast<unsigned char>(d[b]))) ++b;
    if (right) while (e > b && strip_it(static_cast<unsigned char>(d[e - 1]))) --e;
    if (b == 0 && e == d.size() && vm.type_of(args[0]) == vm.types.bytes)
        return args[0];  // nothing to strip: the same bytes object (CPython: do_strip's "return self")
    return result_like(vm, args[0], std::string(d.substr(b, e - b)));
}
Result<Value> bytes_strip(VM& vm, Value const* a, std::size_t n, Tuple*) { return strip_impl(vm, a, n, true, true); }
Result<Value> bytes_lstrip(VM& vm, Value const* a, std::size_t n, Tuple*) { return strip_impl(vm, a, n, true, false); }
Result<Value> bytes_rstrip(VM& vm, Value const* a, std::size_t n, Tuple*) { return strip_impl(vm, a, n, false, true); }

// split(sep=None, maxsplit=-1) and rsplit (CPython: stringlib split/rsplit)
Result<Value> split_impl(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames, bool reverse) {
    Value fields[2];
    TRY(parse_args(vm, reverse ? "rsplit" : "split", args + 1, nargs - 1, kwnames, {"sep", "maxsplit"}, fields));
    std::string_view d = self_bytes(args)->view();
    std::int64_t maxsplit = fields[1].is_null() ? -1 : TRY(vm.index_value(fields[1]));
    std::vector<std::string> parts;
    if (fields[0].is_null() || fields[0].is_none()) {
        std::size_t i = 0, n = d.size();
        if (!reverse) {
            while (true) {
                while (i < n && ascii_space(static_cast<unsigned char>(d[i]))) ++i;
                if (i >= n) break;
                if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
                    parts.emplace_back(d.substr(i));  // the rest keeps its trailing whitespace
                    break;
                }
                std::size_t j = i;
                while (j < n && !ascii_space(static_cast<unsigned char>(d[j]))) ++j;
                parts.emplace_back(d.substr(i, j - i));
                i = j;
            }
        } else {
            std::size_t e = n;
            while (true) {
                while (e > 0 && ascii_space(static_cast<unsigned char>(d[e - 1]))) --e;
                if (e == 0) break;
                if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
                    parts.emplace_back(d.substr(0, e));  // the rest keeps its leading whitespace
                    break;
                }
                std::size_t b = e;
                while (b > 0 && !ascii_space(static_cast<unsigned char>(d[b - 1]))) --b;
                parts.emplace_back(d.substr(b, e - b));
                e = b;
            }
            std::reverse(parts.begin(), parts.end());
        }
    } else {
        std::string_view sep = TRY(expect_bytes(vm, fields[0]));
        if (sep.empty())
            return vm.raise(vm.types.ValueError, "empty separator");
        if (!reverse) {
            std::size_t start = 0;
            while (maxsplit < 0 || static_cast<std::int64_t>(parts.size()) < maxsplit) {
                std::size_t at = d.find(sep, start);
                if (at == std::string_view::npos) break;
                parts.emplace_back(d.substr(start, at - start));
                start = at + sep.size();
            }
            parts.emplace_back(d.substr(start));
        } else {
            std::size_t end = d.size();
            std::vector<std::string> rev;
            while (maxsplit < 0 || static_cast<std::int64_t>(rev.size()) < maxsplit) {
                if (end < sep.size()) break;
                std::size_t at = d.substr(0, end).rfind(sep);
                if (at == std::string_view::npos) break;
                rev.emplace_back(d.substr(at + sep.size(), end - at - sep.size()));
                end = at;
            }
            rev.emplace_back(d.substr(0, end));
            parts.assign(rev.rbegin(), rev.rend());
        }
    }
    auto list = vm.new_list();
    for (std::string& p : parts) list->items.push_back(result_like(vm, args[0], std::move(p)));
    return list.take_value();
}
Result<Value> bytes_split(VM& vm, Value const* a, std::size_t n, Tuple* k) { return split_impl(vm, a, n, k, false); }
Result<Value> bytes_rsplit(VM& vm, Value const* a, std::size_t n, Tuple* k) { return split_impl(vm, a, n, k, true); }

Result<Value> bytes_join(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view sep = self_bytes(args)->view();
    ValueVector items = TRY(vm.to_vector(args[1]));
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::string_view part;
        if (!bytes_like(vm, items[i], part))
            return vm.raise(vm.types.TypeError, "sequence item {}: expected a bytes-like object, {} found", i,
                            vm.type_of(items[i])->name->view());
        if (i) out.append(sep);
        out.append(part);
    }
    return result_like(vm, args[0], std::move(out));
}

Result<Value> bytes_replace(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::string_view d = self_bytes(args)->view();
    std::string_view from = TRY(expect_bytes(vm, args[1]));
    std::string_view to = TRY(expect_bytes(vm, args[2]));
    std::int64_t count = nargs > 3 ? TRY(vm.index_value(args[3])) : -1;
    std::string out;
    if (from.empty()) {
        std::int64_t done = 0;
        for (std::size_t i = 0; i <= d.size(); ++i) {
            if (count < 0 || done < count) {
                out.append(to);
                ++done;
            }
            if (i < d.size()) out.push_back(d[i]);
        }
        return result_like(vm, args[0], std::move(out));
    }
    std::size_t start = 0;
    std::int64_t done = 0;
    while (count < 0 || done < count) {
        std::size_t at = d.find(from, start);
        if (at == std::string_view::npos) break;
        out.append(d.substr(start, at - start));
        out.append(to);
        start = at + from.size();
        ++done;
    }
    out.append(d.substr(start));
    return result_like(vm, args[0], std::move(out));
}

Result<Value> partition_impl(VM& vm, Value const* args, bool reverse) {
    std::string_view d = self_bytes(args)->view();
    std::string_view sep = TRY(expect_bytes(vm, args[1]));
    if (sep.empty())
        return vm.raise(vm.types.ValueError, "empty separator");
    std::size_t at = reverse ? d.rfind(sep) : d.find(sep);
    auto t = vm.new_tuple(3);
    if (at == std::string_view::npos) {
        t->items[reverse ? 2 : 0] = result_like(vm, args[0], std::string(d));
        t->items[1] = result_like(vm, args[0], "");
        t->items[reverse ? 0 : 2] = result_like(vm, args[0], "");
    } else {
        t->items[0] = result_like(vm, args[0], std::string(d.substr(0, at)));
        t->items[1] = result_like(vm, args[0], std::string(sep));
        t->items[2] = result_like(vm, args[0], std::string(d.substr(at + sep.size())));
    }
    return t.take_value();
}
Result<Value> bytes_partition(VM& vm, Value const* a, std::size_t, Tuple*) { return partition_impl(vm, a, false); }
Result<Value> bytes_rpartition(VM& vm, Value const* a, std::size_t, Tuple*) { return partition_impl(vm, a, true); }

// Case mapping and classes of ASCII letters (bytes know no other letters)
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

Result<Value> map_impl(VM& vm, Value const* args, char (*fn)(char)) {
    std::string out(self_bytes(args)->view());
    for (char& c : out) c = fn(c);
    return result_like(vm, args[0], std::move(out));
}
Result<Value> bytes_upper(VM& vm, Value const* a, std::size_t, Tuple*) { return map_impl(vm, a, upper); }
Result<Value> bytes_lower(VM& vm, Value const* a, std::size_t, Tuple*) { return map_impl(vm, a, lower); }
Result<Value> bytes_swapcase(VM& vm, Value const* a, std::size_t, Tuple*) {
    return map_impl(vm, a, [](char c) { return c >= 'a' && c <= 'z' ? upper(c) : lower(c); });
}
Result<Value> bytes_capitalize(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string out(self_bytes(args)->view());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i == 0 ? upper(out[i]) : lower(out[i]);
    return result_like(vm, args[0], std::move(out));
}
Result<Value> bytes_title(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string out(self_bytes(args)->view());
    bool previous_cased = false;
    for (char& c : out) {
        bool alpha = is_alpha(c);
        if (alpha) c = previous_cased ? lower(c) : upper(c);
        previous_cased = alpha;
    }
    return result_like(vm, args[0], std::move(out));
}

Result<Value> predicate_impl(VM& vm, Value const* args, bool (*fn)(char)) {
    std::string_view d = self_bytes(args)->view();
    if (d.empty()) return Value::from_bool(false);
    return Value::from_bool(std::all_of(d.begin(), d.end(), fn));
}
Result<Value> bytes_isalpha(VM& vm, Value const* a, std::size_t, Tuple*) { return predicate_impl(vm, a, is_alpha); }
Result<Value> bytes_isdigit(VM& vm, Value const* a, std::size_t, Tuple*) { return predicate_impl(vm, a, is_digit); }
Result<Value> bytes_isalnum(VM& vm, Value const* a, std::size_t, Tuple*) {
    return predicate_impl(vm, a, [](char c) { return is_alpha(c) || is_digit(c); });
}
Result<Value> bytes_isspace(VM& vm, Value const* a, std::size_t, Tuple*) {
    return predicate_impl(vm, a, [](char c) { return ascii_space(static_cast<unsigned char>(c)); });
}
Result<Value> bytes_isascii(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view d = self_bytes(args)->view();
    return Value::from_bool(std::all_of(d.begin(), d.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
}
Result<Value> case_test(VM& vm, Value const* args, bool want_upper) {
    bool cased = false;
    for (char c : self_bytes(args)->view()) {
        if (c >= 'a' && c <= 'z') { if (want_upper) return Value::from_bool(false); cased = true; }
        if (c >= 'A' && c <= 'Z') { if (!want_upper) return Value::from_bool(false); cased = true; }
    }
    return Value::from_bool(cased);
}
Result<Value> bytes_isupper(VM& vm, Value const* a, std::size_t, Tuple*) { return case_test(vm, a, true); }
Result<Value> bytes_islower(VM& vm, Value const* a, std::size_t, Tuple*) { return case_test(vm, a, false); }

// ljust/rjust/center(width, fillbyte=b' ') and zfill
Result<Value> pad_impl(VM& vm, Value const* args, std::size_t nargs, int where) {
    std::string_view d = self_bytes(args)->view();
    std::int64_t width = TRY(vm.index_value(args[1]));
    char fill = ' ';
    if (nargs > 2) {
        std::string_view f;
        if (!bytes_like(vm, args[2], f) || f.size() != 1)
            return vm.raise(vm.types.TypeError, "argument 2 must be a byte string of length 1, not {}", vm.type_of(args[2])->name->view());
        fill = f[0];
    }
    if (width <= static_cast<std::int64_t>(d.size()))
        return result_like(vm, args[0], std::string(d));
    if (!memory_available(static_cast<std::uint64_t>(width)))
        return vm.raise(vm.types.MemoryError, "");
    std::size_t total = static_cast<std::size_t>(width) - d.size();
    std::size_t left = where < 0 ? 0 : where > 0 ? total : total / 2 + (total & static_cast<std::size_t>(width) & 1);
    std::string out(left, fill);
    out.append(d);
    out.append(total - left, fill);
    return result_like(vm, args[0], std::move(out));
}
Result<Value> bytes_ljust(VM& vm, Value const* a, std::size_t n, Tuple*) { return pad_impl(vm, a, n, -1); }
Result<Value> bytes_rjust(VM& vm, Value const* a, std::size_t n, Tuple*) { return pad_impl(vm, a, n, 1); }
Result<Value> bytes_center(VM& vm, Value const* a, std::size_t n, Tuple*) { return pad_impl(vm, a, n, 0); }

// zfill(width): zeros after a leading sign (CPython: stringlib_zfill)
Result<Value> bytes_zfill(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view d = self_bytes(args)->view();
    std::int64_t width = TRY(vm.index_value(args[1]));
    if (width <= static_cast<std::int64_t>(d.size()))
        return result_like(vm, args[0], std::string(d));
    if (!memory_available(static_cast<std::uint64_t>(width)))
        return vm.raise(vm.types.MemoryError, "");
    std::string out(static_cast<std::size_t>(width) - d.size(), '0');
    out.append(d);
    std::size_t fill = out.size() - d.size();
    if (!d.empty() && (d[0] == '+' || d[0] == '-')) {
        out[0] = d[0];
        out[fill] = '0';
    }
    return result_like(vm, args[0], std::move(out));
}

// expandtabs(tabsize=8): columns restart after \n and \r (CPython: stringlib_expandtabs)
Result<Value> bytes_expandtabs(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[1];
    TRY(parse_args(vm, "expandtabs", args + 1, nargs - 1, kwnames, {"tabsize"}, fields));
    std::int64_t tabsize = fields[0].is_null() ? 8 : TRY(vm.index_value(fields[0]));
    if (tabsize > INT_MAX || tabsize < INT_MIN)  // a C int in CPython (the "i" of its argument clinic)
        return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
    std::string out;
    std::int64_t column = 0;
    for (char c : self_bytes(args)->view()) {
        if (c == '\t') {
            if (tabsize > 0) {
                std::int64_t spaces = tabsize - column % tabsize;
                if (!memory_available(out.size() + static_cast<std::uint64_t>(spaces)))
                    return vm.raise(vm.types.MemoryError, "");
                out.append(static_cast<std::size_t>(spaces), ' ');
                column += spaces;
            }
        } else {
            out += c;
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return result_like(vm, args[0], std::move(out));
}

// istitle(): uppercase only after uncased bytes, lowercase only after cased ones, and some cased byte
Result<Value> bytes_istitle(VM& vm, Value const* args, std::size_t, Tuple*) {
    bool cased = false, previous_cased = false;
    for (char c : self_bytes(args)->view()) {
        bool is_upper = c >= 'A' && c <= 'Z', is_lower = c >= 'a' && c <= 'z';
        if (is_upper) {
            if (previous_cased) return Value::from_bool(false);
            previous_cased = cased = true;
        } else if (is_lower) {
            if (!previous_cased) return Value::from_bool(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return Value::from_bool(cased);
}

Result<std::string_view> buffer_arg(VM& vm, Value const& v) {
    std::string_view out;
    if (!bytes_like(vm, v, out))
        return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(v)->name->view());
    return out;
}

Result<Value> affix_impl(VM& vm, Value const* args, bool prefix) {
    std::string_view d = self_bytes(args)->view();
    std::string_view affix = TRY(buffer_arg(vm, args[1]));
    if (prefix && d.substr(0, affix.size()) == affix) d.remove_prefix(affix.size());
    else if (!prefix && d.size() >= affix.size() && d.substr(d.size() - affix.size()) == affix) d.remove_suffix(affix.size());
    return result_like(vm, args[0], std::string(d));
}
Result<Value> bytes_removeprefix(VM& vm, Value const* a, std::size_t, Tuple*) { return affix_impl(vm, a, true); }
Result<Value> bytes_removesuffix(VM& vm, Value const* a, std::size_t, Tuple*) { return affix_impl(vm, a, false); }

// translate(table, /, delete=b''): table is None or 256 bytes (CPython: bytes_translate_impl)
Result<Value> bytes_translate(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[2];
    TRY(parse_args(vm, "translate", args + 1, nargs - 1, kwnames, {"table", "delete"}, fields));
    if (fields[0].is_null())
        return vm.raise(vm.types.TypeError, "translate() takes at least 1 positional argument (0 given)");
    std::string_view table;
    if (!fields[0].is_none()) {
        table = TRY(buffer_arg(vm, fields[0]));
        if (table.size() != 256)
            return vm.raise(vm.types.ValueError, "translation table must be 256 characters long");
    }
    std::string_view remove = fields[1].is_null() ? std::string_view() : TRY(buffer_arg(vm, fields[1]));
    std::string out;
    for (char c : self_bytes(args)->view()) {
        if (remove.find(c) != std::string_view::npos) continue;
        out += table.empty() ? c : table[static_cast<unsigned char>(c)];
    }
    return result_like(vm, args[0], std::move(out));
}

// bytes.maketrans(frm, to): the identity table with frm's bytes mapped to to's (a static method)
Result<Value> bytes_maketrans(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs != 2) return vm.raise(vm.types.TypeError, "maketrans expected 2 arguments, got {}", nargs);
    std::string_view from = TRY(buffer_arg(vm, args[0]));
    std::string_view to = TRY(buffer_arg(vm, args[1]));
    if (from.size() != to.size())
        return vm.raise(vm.types.ValueError, "maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int i = 0; i < 256; ++i) table[static_cast<std::size_t>(i)] = static_cast<char>(i);
    for (std::size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
    return make_bytes(vm, std::move(table));
}

Result<Value> bytes_splitlines(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[1];
    TRY(parse_args(vm, "splitlines", args + 1, nargs - 1, kwnames, {"keepends"}, fields));
    bool keep = !fields[0].is_null() && TRY(vm.truthy(fields[0]));
    std::string_view d = self_bytes(args)->view();
    auto list = vm.new_list();
    std::size_t i = 0;
    while (i < d.size()) {
        std::size_t j = i;
        while (j < d.size() && d[j] != '\n' && d[j] != '\r') ++j;
        std::size_t eol = j;
        if (j < d.size()) j += (d[j] == '\r' && j + 1 < d.size() && d[j + 1] == '\n') ? 2 : 1;
        list->items.push_back(result_like(vm, args[0], std::string(d.substr(i, (keep ? j : eol) - i))));
        i = j;
    }
    return list.take_value();
}

// ---- bytearray's mutators

Result<Value> bytearray_append(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_resizable(vm, self_bytes(args)));
    self_bytes(args)->data.push_back(static_cast<char>(TRY(byte_value(vm, args[1]))));
    return Value::none();
}

Result<Value> bytearray_extend(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_resizable(vm, self_bytes(args)));
    std::string_view view;
    if (bytes_like(vm, args[1], view)) {
        std::string copy(view);
        self_bytes(args)->data.append(copy);
        return Value::none();
    }
    if (args[1].is_object() && vm.type_of(args[1])->layout == Layout::Str)
        return vm.raise(vm.types.TypeError, "expected iterable of integers; got: 'str'");
    ValueVector items = TRY(vm.to_vector(args[1]));
    std::string more;
    for (Value const& x : items) more.push_back(static_cast<char>(TRY(byte_value(vm, x))));
    self_bytes(args)->data.append(more);
    return Value::none();
}

Result<Value> bytearray_pop(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_resizable(vm, self_bytes(args)));
    std::string& d = self_bytes(args)->data;
    if (d.empty())
        return vm.raise(vm.types.IndexError, "pop from empty bytearray");
    auto n = static_cast<std::int64_t>(d.size());
    std::int64_t i = nargs > 1 ? TRY(vm.index_value(args[1])) : n - 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n)
        return vm.raise(vm.types.IndexError, "pop index out of range");
    auto c = static_cast<unsigned char>(d[static_cast<std::size_t>(i)]);
    d.erase(static_cast<std::size_t>(i), 1);
    return Value::from_int(c);
}

Result<Value> bytearray_insert(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_resizable(vm, self_bytes(args)));
    std::string& d = self_bytes(args)->data;
    auto n = static_cast<std::int64_t>(d.size());
    std::int64_t i = TRY(vm.index_value(args[1]));
    char c = static_cast<char>(TRY(byte_value(vm, args[2])));
    if (i < 0) i = std::max<std::int64_t>(i + n, 0);
    if (i > n) i = n;
    d.insert(static_cast<std::size_t>(i), 1, c);
    return Value::none();
}

Result<Value> bytearray_remove(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_resizable(vm, self_bytes(args)));
    std::string& d = self_bytes(args)->data;
    char c = static_cast<char>(TRY(byte_value(vm, args[1])));
    std::size_t at = d.find(c);
    if (at == std::string::npos)
        return vm.raise(vm.types.ValueError, "value not found in bytearray");
    d.erase(at, 1);
    return Value::none();
}

Result<Value> bytearray_clear(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_resizable(vm, self_bytes(args)));
    self_bytes(args)->data.clear();
    return Value::none();
}

Result<Value> bytearray_copy(VM& vm, Value const* args, std::size_t, Tuple*) {
    return make_bytes(vm, self_bytes(args)->data, vm.types.bytearray);
}

Result<Value> bytearray_reverse(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string& d = self_bytes(args)->data;
    std::reverse(d.begin(), d.end());
    return Value::none();
}

} // namespace

// str.encode(encoding='utf-8', errors='strict') (here with the codecs it uses)
Result<Value> str_encode(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[2];
    TRY(parse_args(vm, "encode", args + 1, nargs - 1, kwnames, {"encoding", "errors"}, fields));
    std::string encoding = fields[0].is_null() ? "utf-8" : TRY(vm.str_string(fields[0]));
    std::string errors = fields[1].is_null() ? "strict" : TRY(vm.str_string(fields[1]));
    std::string data = TRY(encode_text(vm, as<Str>(args[0])->view(), encoding, errors));
    return make_bytes(vm, std::move(data));
}

void init_bytes_types(VM& vm) {
    for (Type* t : {vm.types.bytes, vm.types.bytearray}) {
        TypeSlots& s = t->slots;
        s.len = bytes_length;
        s.getitem = bytes_subscript;
        s.contains = bytes_contains;
        s.iter = bytes_iter;
        s.binary = bytes_binary;
        s.richcompare = bytes_richcompare;
        // not a sequence to `match` (CPython: bytes and bytearray lack Py_TPFLAGS_SEQUENCE, like str)
    }
    vm.types.bytes->construct = bytes_construct;
    vm.types.bytes->slots.hash = bytes_hash;
    vm.types.bytearray->construct = bytearray_construct;
    TypeSlots& a = vm.types.bytearray->slots;
    a.hash = hash_not_implemented;
    a.setitem = bytearray_ass_subscript;
    a.delitem = bytearray_del_subscript;
}

// The methods, made on first use (complete_builtin_type): most programs never call one
// b.__bytes__(): an exact bytes object with the same content (CPython: bytes___bytes___impl)
Result<Value> bytes_bytes(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (vm.type_of(args[0]) == vm.types.bytes) return args[0];
    return make_bytes(vm, std::string(self_bytes(args)->view()));
}

// ba.__alloc__(): the bytes allocated for it (CPython's counts its trailing NUL)
Result<Value> bytearray_alloc(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_int(static_cast<std::int64_t>(self_bytes(args)->data.capacity() + 1));
}

void add_bytes_methods(VM& vm, Type* t) {
    if (t == vm.types.str) {
        add_methods(vm, t, {{"encode", str_encode}});
        return;
    }
    if (t != vm.types.bytes && t != vm.types.bytearray)
        return;
    {
        add_methods(vm, t, {
            {"__repr__", bytes_repr, Args::none()}, {"__str__", bytes_repr, Args::none()},
            {"decode", bytes_decode}, {"hex", bytes_hex},
            {"find", bytes_find, Args::parse_tuple(1, 3)}, {"rfind", bytes_rfind, Args::parse_tuple(1, 3)},
            {"index", bytes_index, Args::parse_tuple(1, 3)}, {"rindex", bytes_rindex, Args::parse_tuple(1, 3)},
            {"count", bytes_count, Args::parse_tuple(1, 3)}, {"startswith", bytes_startswith, Args::parse_tuple(1, 3)},
            {"endswith", bytes_endswith, Args::parse_tuple(1, 3)}, {"strip", bytes_strip, Args::positional(0, 1)},
            {"lstrip", bytes_lstrip, Args::positional(0, 1)}, {"rstrip", bytes_rstrip, Args::positional(0, 1)},
            {"split", bytes_split}, {"rsplit", bytes_rsplit}, {"join", bytes_join, Args::one()},
            {"replace", bytes_replace, Args::positional(2, 3)}, {"partition", bytes_partition, Args::one()},
            {"rpartition", bytes_rpartition, Args::one()}, {"upper", bytes_upper, Args::none()},
            {"lower", bytes_lower, Args::none()}, {"swapcase", bytes_swapcase, Args::none()},
            {"capitalize", bytes_capitalize, Args::none()}, {"title", bytes_title, Args::none()},
            {"isalpha", bytes_isalpha, Args::none()}, {"isdigit", bytes_isdigit, Args::none()},
            {"isalnum", bytes_isalnum, Args::none()}, {"isspace", bytes_isspace, Args::none()},
            {"isascii", bytes_isascii, Args::none()}, {"isupper", bytes_isupper, Args::none()},
            {"islower", bytes_islower, Args::none()}, {"ljust", bytes_ljust, Args::positional(1, 2)},
            {"rjust", bytes_rjust, Args::positional(1, 2)}, {"center", bytes_center, Args::positional(1, 2)},
            {"splitlines", bytes_splitlines}, {"zfill", bytes_zfill, Args::one()},
            {"expandtabs", bytes_expandtabs}, {"istitle", bytes_istitle, Args::none()},
            {"removeprefix", bytes_removeprefix, Args::one()}, {"removesuffix", bytes_removesuffix, Args::one()},
            {"translate", bytes_translate},
        });
        add_function(vm, t->dict.get(), "maketrans", bytes_maketrans, Args::any());
        add_function(vm, t->dict.get(), "fromhex", t == vm.types.bytes ? bytes_fromhex : bytearray_fromhex, Args::one());
    }
    if (t == vm.types.bytes)
        add_methods(vm, t, {{"__bytes__", bytes_bytes, Args::none()}});
    if (t != vm.types.bytearray)
        return;
    add_methods(vm, vm.types.bytearray, {
        {"__alloc__", bytearray_alloc, Args::none()},
        {"__init__", bytearray_init}, {"append", bytearray_append, Args::one()},
        {"extend", bytearray_extend, Args::one()}, {"pop", bytearray_pop, Args::positional(0, 1)},
        {"insert", bytearray_insert, Args::positional(2, 2)}, {"remove", bytearray_remove, Args::one()},
        {"clear", bytearray_clear, Args::none()}, {"copy", bytearray_copy, Args::none()},
        {"reverse", bytearray_reverse, Args::none()},
    });
}

// Two lowercase hex digits a byte, `sep` between groups of `bytes_per_sep` bytes counted from the right (from the
// left when negative); bytes.hex and binascii.hexlify (CPython: _Py_strhex_impl).
Result<std::string> hex_digits(VM& vm, std::string_view data, Value const& sep_arg, Value const& bytes_per_sep) {
    std::string sep;
    if (!sep_arg.is_null()) {
        std::string_view sv;
        if (sep_arg.is_object() && vm.type_of(sep_arg)->layout == Layout::Str) {
            Str* s = as<Str>(sep_arg);
            if (s->char_count != 1) return vm.raise(vm.types.ValueError, "sep must be length 1.");
            if (!s->is_ascii()) return vm.raise(vm.types.ValueError, "sep must be ASCII.");
            sep = std::string(s->view());
        } else if (bytes_like(vm, sep_arg, sv)) {
            sep = std::string(sv);
        } else {
            return vm.raise(vm.types.TypeError, "sep must be str or bytes.");
        }
        if (sep.size() != 1)
            return vm.raise(vm.types.ValueError, "sep must be length 1.");
    }
    std::int64_t group = bytes_per_sep.is_null() ? 1 : TRY(vm.index_value(bytes_per_sep));
    char const* digits = "0123456789abcdef";
    std::string out;
    std::size_t n = data.size();
    std::size_t every = static_cast<std::size_t>(group < 0 ? -group : group);
    for (std::size_t i = 0; i < n; ++i) {
        if (!sep.empty() && i > 0 && every > 0) {
            bool boundary = group > 0 ? (n - i) % every == 0 : i % every == 0;
            if (boundary) out += sep;
        }
        auto c = static_cast<unsigned char>(data[i]);
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 15]);
    }
    return out;
}


} // namespace weft::rt
