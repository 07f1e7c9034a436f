// The methods int and float share with the number protocol (__neg__, __abs__, __int__, __float__, __trunc__,
// __floor__, __ceil__, __round__, __divmod__, __index__), and int.bit_count, int.as_integer_ratio,
// float.as_integer_ratio, float.hex and float.fromhex. CPython: Objects/longobject.c, Objects/floatobject.c.
#include <cmath>
#include <cfloat>
#include <cstdlib>

#include "interpreter/bytecode.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/int.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

using front::BinOpArg;

namespace {

// An int method's receiver as an exact int (a bool or an int subclass instance becomes a plain int)
Value exact_int(VM& vm, Value const& v) {
    if (v.is_int()) return v;
    return make_int(vm, to_bigint(v));
}

Result<Value> number_neg(VM& vm, Value const* args, std::size_t, Tuple*) { return vm.unary_negative(args[0]); }
Result<Value> number_pos(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (is_float_value(args[0])) return Value::from_float(float_value(args[0]));
    return exact_int(vm, args[0]);
}
Result<Value> int_invert(VM& vm, Value const* args, std::size_t, Tuple*) { return vm.unary_invert(args[0]); }

Result<Value> number_abs(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (is_float_value(args[0])) return Value::from_float(std::fabs(float_value(args[0])));
    return make_int(vm, abs(to_bigint(args[0])));
}

Result<Value> int_int(VM& vm, Value const* args, std::size_t, Tuple*) { return exact_int(vm, args[0]); }

Result<Value> number_float(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_float(TRY(vm.to_double(args[0])));
}

// float -> int by `round` (trunc, floor or ceil), with CPython's errors for nan and infinities
Result<Value> float_to_int(VM& vm, double d, double (*round)(double)) {
    if (std::isnan(d)) return vm.raise(vm.types.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return vm.raise(vm.types.OverflowError, "cannot convert float infinity to integer");
    return make_int(vm, WEFT_TRY_NUMERIC(BigInt::from_double(round(d))));
}

Result<Value> number_trunc(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (is_float_value(args[0])) return float_to_int(vm, float_value(args[0]), [](double d) { return std::trunc(d); });
    return exact_int(vm, args[0]);
}
Result<Value> number_floor(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (is_float_value(args[0])) return float_to_int(vm, float_value(args[0]), [](double d) { return std::floor(d); });
    return exact_int(vm, args[0]);
}
Result<Value> number_ceil(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (is_float_value(args[0])) return float_to_int(vm, float_value(args[0]), [](double d) { return std::ceil(d); });
    return exact_int(vm, args[0]);
}

// x.__round__(ndigits=None): what round(x, ndigits) does for a builtin number
Result<Value> number_round(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value round = dict_get_str(vm.builtins.get(), vm.intern("round"));
    Value call_args[2] = {args[0].is_bool() ? Value::from_int(args[0].as_int()) : args[0], nargs > 1 ? args[1] : Value::none()};
    if (is_float_value(args[0]))
        call_args[0] = Value::from_float(float_value(args[0]));
    else if (!args[0].is_int() && !args[0].is_bool())
        call_args[0] = exact_int(vm, args[0]);
    return vm.call(round, call_args, 2);
}

// divmod through the type's own operators: NotImplemented when the other operand is not a number of the type's kind
Result<Value> divmod_of(VM& vm, Value const& a, Value const& b, bool int_only) {
    bool ok = int_only ? (is_int_value(vm, a) && is_int_value(vm, b))
                       : ((is_int_value(vm, a) || is_float_value(a)) && (is_int_value(vm, b) || is_float_value(b)));
    if (!ok) return vm.not_implemented;
    Value q = TRY(number_binary_op(vm, a, b, static_cast<int>(BinOpArg::FloorDivide)));
    Value r = TRY(number_binary_op(vm, a, b, static_cast<int>(BinOpArg::Remainder)));
    auto t = vm.new_tuple(2);
    t->items[0] = std::move(q);
    t->items[1] = std::move(r);
    return t.take_value();
}
Result<Value> int_divmod(VM& vm, Value const* args, std::size_t, Tuple*) { return divmod_of(vm, args[0], args[1], true); }
Result<Value> int_rdivmod(VM& vm, Value const* args, std::size_t, Tuple*) { return divmod_of(vm, args[1], args[0], true); }
Result<Value> float_divmod(VM& vm, Value const* args, std::size_t, Tuple*) { return divmod_of(vm, args[0], args[1], false); }
Result<Value> float_rdivmod(VM& vm, Value const* args, std::size_t, Tuple*) { return divmod_of(vm, args[1], args[0], false); }

Result<Value> int_bit_count(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_int(static_cast<std::int64_t>(to_bigint(args[0]).bit_count()));
}

Result<Value> pair(VM& vm, Value a, Value b) {
    auto t = vm.new_tuple(2);
    t->items[0] = std::move(a);
    t->items[1] = std::move(b);
    return t.take_value();
}

Result<Value> int_as_integer_ratio(VM& vm, Value const* args, std::size_t, Tuple*) {
    return pair(vm, exact_int(vm, args[0]), Value::from_int(1));
}

// The exact fraction of a float, in lowest terms (CPython: float_as_integer_ratio_impl)
Result<Value> float_as_integer_ratio(VM& vm, Value const* args, std::size_t, Tuple*) {
    double d = float_value(args[0]);
    if (std::isinf(d)) return vm.raise(vm.types.OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(d)) return vm.raise(vm.types.ValueError, "cannot convert NaN to integer ratio");
    int exponent;
    double mantissa = std::frexp(d, &exponent);
    for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
        mantissa *= 2.0;
        --exponent;
    }
    BigInt numerator = WEFT_TRY_NUMERIC(BigInt::from_double(mantissa));
    BigInt denominator(1);
    if (exponent > 0)
        numerator = WEFT_TRY_NUMERIC(shift_left(numerator, exponent));
    else
        denominator = WEFT_TRY_NUMERIC(shift_left(denominator, -exponent));
    return pair(vm, make_int(vm, std::move(numerator)), make_int(vm, std::move(denominator)));
}

// float.hex(): 0x1.<13 hex digits>p<exponent> (CPython: float_hex)
Result<Value> float_hex(VM& vm, Value const* args, std::size_t, Tuple*) {
    double x = float_value(args[0]);
    if (std::isnan(x) || std::isinf(x)) return vm.repr(Value::from_float(x));
    if (x == 0.0) return vm.new_str(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = std::frexp(std::fabs(x), &e);
    int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
    m = std::ldexp(m, shift);
    e -= shift;
    char const* digits = "0123456789abcdef";
    std::string out = x < 0 ? "-0x" : "0x";
    out += digits[static_cast<int>(m)];
    m -= static_cast<int>(m);
    out += '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
        m *= 16.0;
        out += digits[static_cast<int>(m)];
        m -= static_cast<int>(m);
    }
    out += e < 0 ? "p-" : "p+";
    out += std::to_string(std::abs(e));
    return vm.new_str(out);
}

// float.fromhex(s): the float a hexadecimal string spells, with or without 0x, surrounded by whitespace
Result<Value> float_fromhex(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value const& s = args[nargs - 1];  // called as float.fromhex(s), or with the class first
    if (!s.is_object() || vm.type_of(s)->layout != Layout::Str)
        return vm.raise(vm.types.TypeError, "must be str, not {}", vm.type_of(s)->name->view());
    std::string_view text = as<Str>(s)->view();
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    std::string body(text);
    std::size_t digits_at = (!body.empty() && (body[0] == '+' || body[0] == '-')) ? 1 : 0;
    std::string rest = body.substr(digits_at);
    std::string lower;
    for (char c : rest) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    bool special = lower == "inf" || lower == "infinity" || lower == "nan";
    if (!special && !(lower.starts_with("0x")))
        body.insert(digits_at, "0x");
    auto invalid = [&] { return vm.raise(vm.types.ValueError, "invalid hexadecimal floating-point string"); };
    if (body.size() <= digits_at + 2 && !special)
        return invalid();
    for (std::size_t i = digits_at + (special ? 0 : 2); i < body.size() && !special; ++i) {
        char c = body[i];
        bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == 'p' ||
                  c == 'P' || ((c == '+' || c == '-') && (body[i - 1] == 'p' || body[i - 1] == 'P'));
        if (!ok) return invalid();
    }
    char* end = nullptr;
    errno = 0;
    double d = std::strtod(body.c_str(), &end);
    if (end != body.c_str() + body.size())
        return invalid();
    if (errno == ERANGE && std::isinf(d))
        return vm.raise(vm.types.OverflowError, "hexadecimal value too large to represent as a float");
    return Value::from_float(d);
}

// "big" or "little" (CPython: int_to_bytes_impl's byteorder check)
Result<bool> big_endian(VM& vm, Value const& v) {
    if (v.is_null())
        return true;  // 3.11: byteorder defaults to "big"
    std::string order = TRY(vm.str_string(v));
    if (order == "big") return true;
    if (order == "little") return false;
    return vm.raise(vm.types.ValueError, "byteorder must be either 'little' or 'big'");
}

// n.to_bytes(length=1, byteorder='big', *, signed=False)
Result<Value> int_to_bytes(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[3];
    TRY(parse_args(vm, "to_bytes", args + 1, nargs - 1, kwnames, {"length", "byteorder", "signed"}, fields));
    std::int64_t length = fields[0].is_null() ? 1 : TRY(vm.index_value(fields[0]));
    if (length < 0)
        return vm.raise(vm.types.ValueError, "length argument must be non-negative");
    bool big = TRY(big_endian(vm, fields[1]));
    bool is_signed = !fields[2].is_null() && TRY(vm.truthy(fields[2]));
    std::vector<std::uint8_t> out = WEFT_TRY_NUMERIC(to_bigint(args[0]).to_bytes(static_cast<std::size_t>(length), big, is_signed));
    return make_bytes(vm, std::string(out.begin(), out.end()));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False)
Result<Value> int_from_bytes(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[3];
    TRY(parse_args(vm, "from_bytes", args, nargs, kwnames, {"bytes", "byteorder", "signed"}, fields));
    if (fields[0].is_null())
        return vm.raise(vm.types.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    std::string data;
    std::string_view view;
    if (bytes_like(vm, fields[0], view)) {
        data = std::string(view);
    } else if (fields[0].is_object() && vm.type_of(fields[0])->layout == Layout::Str) {
        return vm.raise(vm.types.TypeError, "cannot convert 'str' object to bytes");  // CPython: PyObject_Bytes
    } else {
        Value b = TRY(vm.call1(Value::borrowed(vm.types.bytes), fields[0]));
        data = std::string(as<Bytes>(b)->view());
    }
    bool big = TRY(big_endian(vm, fields[1]));
    bool is_signed = !fields[2].is_null() && TRY(vm.truthy(fields[2]));
    std::vector<std::uint8_t> bytes(data.begin(), data.end());
    return make_int(vm, BigInt::from_bytes(bytes, big, is_signed));
}

} // namespace

// Made on first use with the other lazily made methods (complete_builtin_type)
void add_number_methods(VM& vm, Type* t) {
    if (t == vm.types.int_ || t == vm.types.float_) {
        add_methods(vm, t, {
            {"__neg__", number_neg, Args::none()}, {"__pos__", number_pos, Args::none()},
            {"__abs__", number_abs, Args::none()}, {"__float__", number_float, Args::none()},
            {"__trunc__", number_trunc, Args::none()}, {"__floor__", number_floor, Args::none()},
            {"__ceil__", number_ceil, Args::none()}, {"__round__", number_round, Args::positional(0, 1)},
        });
    }
    if (t == vm.types.int_)
        add_methods(vm, t, {
            {"bit_count", int_bit_count, Args::none()}, {"as_integer_ratio", int_as_integer_ratio, Args::none()},
            {"to_bytes", int_to_bytes},
            {"__invert__", int_invert, Args::none()}, {"__int__", int_int, Args::none()},
            {"__index__", int_int, Args::none()}, {"__divmod__", int_divmod, Args::one()},
            {"__rdivmod__", int_rdivmod, Args::one()},
        });
    if (t == vm.types.int_)
        add_function(vm, t->dict.get(), "from_bytes", int_from_bytes);
    if (t == vm.types.float_) {
        add_function(vm, t->dict.get(), "fromhex", float_fromhex, Args::one());
        add_methods(vm, t, {
            {"as_integer_ratio", float_as_integer_ratio, Args::none()}, {"hex", float_hex, Args::none()},
            {"__int__", number_trunc, Args::none()}, {"__divmod__", float_divmod, Args::one()},
            {"__rdivmod__", float_rdivmod, Args::one()},
        });
    }
}



} // namespace weft::rt
