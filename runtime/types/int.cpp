// int: the int64 fast paths and the BigInt slow paths of arithmetic and comparison for ints, bools and
// floats (mixed operands convert to float, as Python's number tower does), and int's methods.
// CPython: Objects/longobject.c, Objects/floatobject.c (float_richcompare, float_rem, float_floor_div).
#include "runtime/types/int.hpp"

#include <cmath>

#include "interpreter/bytecode.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/float_format.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

using front::BinOpArg;
using front::CmpOpArg;

Value make_int(VM& vm, BigInt value) {
    if (value.fits_int64())
        return Value::from_int(value.to_int64());
    return make<Long>(vm.types.int_, std::move(value)).take_value();
}

bool is_int_value(VM& vm, Value const& v) {
    return v.is_int() || v.is_bool() || (v.is_object() && v.as_object()->type->layout == Layout::Int);
}

BigInt to_bigint(Value const& v) {
    if (v.is_int() || v.is_bool())
        return BigInt(v.as_int());
    return static_cast<Long*>(v.as_object())->value;
}

Raised raise_numeric(VM& vm, NumericError const& error) {
    switch (error.kind) {
    case NumericErrorKind::ValueError: return vm.raise(vm.types.ValueError, error.message);
    case NumericErrorKind::OverflowError: return vm.raise(vm.types.OverflowError, error.message);
    case NumericErrorKind::ZeroDivisionError: return vm.raise(vm.types.ZeroDivisionError, error.message);
    case NumericErrorKind::MemoryError: return vm.raise(vm.types.MemoryError, error.message);
    }
    return Raised{};
}

namespace {

// Python's float % and // (CPython: float_rem, float_floor_div via _float_div_mod).
void float_divmod(double vx, double wx, double& div, double& mod) {
    mod = std::fmod(vx, wx);
    div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    if (div) {
        double floordiv = std::floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
        div = floordiv;
    } else {
        div = std::copysign(0.0, vx / wx);
    }
}

Result<Value> float_binary(VM& vm, double a, double b, int op) {
    switch (static_cast<BinOpArg>(op)) {
    case BinOpArg::Add: return Value::from_float(a + b);
    case BinOpArg::Subtract: return Value::from_float(a - b);
    case BinOpArg::Multiply: return Value::from_float(a * b);
    case BinOpArg::TrueDivide:
        if (b == 0.0)
            return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
        return Value::from_float(a / b);
    case BinOpArg::FloorDivide:
    case BinOpArg::Remainder: {
        if (b == 0.0)
            return vm.raise(vm.types.ZeroDivisionError,
                            op == static_cast<int>(BinOpArg::Remainder) ? "float modulo" : "float floor division by zero");
        double div, mod;
        float_divmod(a, b, div, mod);
        return Value::from_float(op == static_cast<int>(BinOpArg::Remainder) ? mod : div);
    }
    case BinOpArg::Power: {
        // CPython: float_pow
        if (b == 0.0)
            return Value::from_float(1.0);
        if (a == 0.0 && b < 0.0)
            return vm.raise(vm.types.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        if (a < 0.0 && b != std::floor(b) && std::isfinite(b))
            return complex_power(vm, a, 0.0, b, 0.0);  // CPython: float_pow hands over to complex
        errno = 0;
        double r = std::pow(a, b);
        if (std::isinf(r) && std::isfinite(a) && std::isfinite(b))
            return vm.raise(vm.types.OverflowError, "(34, 'Numerical result out of range')");
        return Value::from_float(r);
    }
    default:
        return vm.not_implemented;
    }
}

Result<Value> int64_binary(VM& vm, std::int64_t a, std::int64_t b, int op) {
    switch (static_cast<BinOpArg>(op)) {
    case BinOpArg::Add:
        if (auto r = checked_add(a, b)) return Value::from_int(*r);
        return make_int(vm, BigInt(a) + BigInt(b));
    case BinOpArg::Subtract:
        if (auto r = checked_sub(a, b)) return Value::from_int(*r);
        return make_int(vm, BigInt(a) - BigInt(b));
    case BinOpArg::Multiply:
        if (auto r = checked_mul(a, b)) return Value::from_int(*r);
        return make_int(vm, BigInt(a) * BigInt(b));
    case BinOpArg::FloorDivide:
        if (b == 0)
            return vm.raise(vm.types.ZeroDivisionError, std::string(msg_integer_division_by_zero));
        if (auto r = floor_div(a, b)) return Value::from_int(*r);
        return make_int(vm, WEFT_TRY_NUMERIC(floor_div(BigInt(a), BigInt(b))));
    case BinOpArg::Remainder:
        if (b == 0)
            return vm.raise(vm.types.ZeroDivisionError, std::string(msg_integer_modulo_by_zero));
        return Value::from_int(floor_mod(a, b));
    case BinOpArg::TrueDivide:
        if (b == 0)
            return vm.raise(vm.types.ZeroDivisionError, std::string(msg_division_by_zero));
        return Value::from_float(WEFT_TRY_NUMERIC(true_divide(a, b)));
    case BinOpArg::Power:
        if (b < 0) {
            if (a == 0)
                return vm.raise(vm.types.ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return float_binary(vm, static_cast<double>(a), static_cast<double>(b), op);
        }
        if (auto r = checked_pow(a, static_cast<std::uint64_t>(b))) return Value::from_int(*r);
        return make_int(vm, WEFT_TRY_NUMERIC(pow(BigInt(a), BigInt(b))));
    case BinOpArg::LShift:
        if (b < 0)
            return vm.raise(vm.types.ValueError, std::string(msg_negative_shift_count));
        if (auto r = checked_shl(a, static_cast<std::uint64_t>(b))) return Value::from_int(*r);
        return make_int(vm, WEFT_TRY_NUMERIC(shift_left(BigInt(a), b)));
    case BinOpArg::RShift:
        if (b < 0)
            return vm.raise(vm.types.ValueError, std::string(msg_negative_shift_count));
        return Value::from_int(arith_shr(a, static_cast<std::uint64_t>(b)));
    case BinOpArg::And: return Value::from_int(a & b);
    case BinOpArg::Or: return Value::from_int(a | b);
    case BinOpArg::Xor: return Value::from_int(a ^ b);
    default: return vm.not_implemented;
    }
}

Result<Value> big_binary(VM& vm, BigInt const& a, BigInt const& b, int op) {
    switch (static_cast<BinOpArg>(op)) {
    case BinOpArg::Add: return make_int(vm, a + b);
    case BinOpArg::Subtract: return make_int(vm, a - b);
    case BinOpArg::Multiply: return make_int(vm, a * b);
    case BinOpArg::FloorDivide: return make_int(vm, WEFT_TRY_NUMERIC(floor_div(a, b)));
    case BinOpArg::Remainder: return make_int(vm, WEFT_TRY_NUMERIC(floor_mod(a, b)));
    case BinOpArg::TrueDivide: return Value::from_float(WEFT_TRY_NUMERIC(true_divide(a, b)));
    case BinOpArg::Power:
        if (b.is_negative()) {
            double x = WEFT_TRY_NUMERIC(a.to_double());
            double y = WEFT_TRY_NUMERIC(b.to_double());
            return float_binary(vm, x, y, op);
        }
        return make_int(vm, WEFT_TRY_NUMERIC(pow(a, b)));
    case BinOpArg::LShift: return make_int(vm, WEFT_TRY_NUMERIC(shift_left(a, b)));
    case BinOpArg::RShift: return make_int(vm, WEFT_TRY_NUMERIC(shift_right(a, b)));
    case BinOpArg::And: return make_int(vm, a & b);
    case BinOpArg::Or: return make_int(vm, a | b);
    case BinOpArg::Xor: return make_int(vm, a ^ b);
    default: return vm.not_implemented;
    }
}

Result<double> number_to_double(VM& vm, Value const& v) {
    if (is_float_value(v)) return float_value(v);
    if (v.is_int() || v.is_bool()) return static_cast<double>(v.as_int());
    return WEFT_TRY_NUMERIC(static_cast<Long*>(v.as_object())->value.to_double());
}

bool cmp_result(int op, std::partial_ordering order) {
    switch (static_cast<CmpOpArg>(op)) {
    case CmpOpArg::Lt: return order == std::partial_ordering::less;
    case CmpOpArg::Le: return order == std::partial_ordering::less || order == std::partial_ordering::equivalent;
    case CmpOpArg::Eq: return order == std::partial_ordering::equivalent;
    case CmpOpArg::Ne: return order != std::partial_ordering::equivalent;
    case CmpOpArg::Gt: return order == std::partial_ordering::greater;
    case CmpOpArg::Ge: return order == std::partial_ordering::greater || order == std::partial_ordering::equivalent;
    }
    return false;
}

} // namespace

Result<Value> number_binary_op(VM& vm, Value const& a, Value const& b, int op) {
    if ((a.is_object() && a.as_object()->type->layout == Layout::Float) ||
        (b.is_object() && b.as_object()->type->layout == Layout::Float)) [[unlikely]]  // a float subclass's instance
        return number_binary_op(vm, is_float_value(a) ? Value::from_float(float_value(a)) : a,
                                is_float_value(b) ? Value::from_float(float_value(b)) : b, op);
    bool ai = is_int_value(vm, a), bi = is_int_value(vm, b);
    if (ai && bi) {
        // bool & | ^ bool is a bool (CPython: bool_and, bool_or, bool_xor)
        if (a.is_bool() && b.is_bool()) {
            bool x = a.as_bool(), y = b.as_bool();
            switch (static_cast<BinOpArg>(op)) {
            case BinOpArg::And: return Value::from_bool(x && y);
            case BinOpArg::Or: return Value::from_bool(x || y);
            case BinOpArg::Xor: return Value::from_bool(x != y);
            default: break;
            }
        }
        if ((a.is_int() || a.is_bool()) && (b.is_int() || b.is_bool()))
            return int64_binary(vm, a.as_int(), b.as_int(), op);
        return big_binary(vm, to_bigint(a), to_bigint(b), op);
    }
    if ((ai || a.is_float()) && (bi || b.is_float())) {
        if (op == static_cast<int>(BinOpArg::And) || op == static_cast<int>(BinOpArg::Or) ||
            op == static_cast<int>(BinOpArg::Xor) || op == static_cast<int>(BinOpArg::LShift) ||
            op == static_cast<int>(BinOpArg::RShift) || op == static_cast<int>(BinOpArg::MatMul))
            return vm.not_implemented;
        double x = TRY(number_to_double(vm, a));
        double y = TRY(number_to_double(vm, b));
        return float_binary(vm, x, y, op);
    }
    return vm.not_implemented;
}

Result<Value> number_compare(VM& vm, Value const& a, Value const& b, int op) {
    if ((a.is_object() && a.as_object()->type->layout == Layout::Float) ||
        (b.is_object() && b.as_object()->type->layout == Layout::Float)) [[unlikely]]  // a float subclass's instance
        return number_compare(vm, is_float_value(a) ? Value::from_float(float_value(a)) : a,
                              is_float_value(b) ? Value::from_float(float_value(b)) : b, op);
    bool ai = is_int_value(vm, a), bi = is_int_value(vm, b);
    if (ai && bi) {
        if ((a.is_int() || a.is_bool()) && (b.is_int() || b.is_bool()))
            return Value::from_bool(cmp_result(op, a.as_int() <=> b.as_int()));
        return Value::from_bool(cmp_result(op, to_bigint(a) <=> to_bigint(b)));
    }
    if (a.is_float() && b.is_float())
        return Value::from_bool(cmp_result(op, a.as_float() <=> b.as_float()));
    if (a.is_float() && bi) {
        std::partial_ordering o = compare(to_bigint(b), a.as_float());
        // compare(int, float) gives int <=> float: reverse it
        if (o == std::partial_ordering::less) o = std::partial_ordering::greater;
        else if (o == std::partial_ordering::greater) o = std::partial_ordering::less;
        return Value::from_bool(cmp_result(op, o));
    }
    if (ai && b.is_float()) {
        if (a.is_int() || a.is_bool()) {
            double x = static_cast<double>(a.as_int());
            if (static_cast<std::int64_t>(x) == a.as_int() && std::abs(a.as_int()) < (std::int64_t{1} << 53))
                return Value::from_bool(cmp_result(op, x <=> b.as_float()));
        }
        return Value::from_bool(cmp_result(op, compare(to_bigint(a), b.as_float())));
    }
    return vm.not_implemented;
}

Result<std::string> int_to_string(VM& vm, Value const& v) {
    if (v.is_int())
        return std::to_string(v.as_int());
    if (v.is_bool())
        return std::string(v.as_bool() ? "True" : "False");
    auto s = static_cast<Long*>(v.as_object())->value.to_decimal_string(vm.int_max_str_digits);
    if (!s.has_value())
        return raise_numeric(vm, s.error());
    return std::move(s).value();
}

namespace {

Result<Value> int_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string s = TRY(int_to_string(vm, args[0].is_bool() ? Value::from_int(args[0].as_int()) : args[0]));
    return vm.new_str(s);
}

Result<Value> bool_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::borrowed(vm.intern(args[0].as_bool() ? "True" : "False"));
}

// int(b"42"), int(bytearray(b" 7 "), 16): the bytes read as an ASCII literal; the error shows the object's repr
// (CPython: _PyLong_FromBytes)
Result<Value> int_from_bytes_literal(VM& vm, std::string_view data, int base) {
    bool ascii = std::all_of(data.begin(), data.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != 0; });
    NumericResult<BigInt> n = ascii ? BigInt::from_string(data, base, vm.int_max_str_digits) : NumericResult<BigInt>(NumericError{NumericErrorKind::ValueError, ""});
    if (n.has_value()) return make_int(vm, std::move(n).value());
    if (n.error().kind != NumericErrorKind::ValueError || n.error().message.starts_with("Exceeds"))
        return raise_numeric(vm, n.error());
    std::string r = TRY(vm.repr_string(make_bytes(vm, std::string(data))));
    return vm.raise(vm.types.ValueError, "invalid literal for int() with base {}: {}", base, r);
}

// int(x=0) / int(x, base) (CPython: long_new_impl)
Result<Value> int_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    // int(x) of an int, or of a float whose integral part fits in 64 bits: no argument parsing, no big integer
    // (CPython: long_new_impl's PyNumber_Long, float.__trunc__ through PyLong_FromDouble's fast path)
    if (nargs == 2 && !kwnames) {
        Value const& x = args[1];
        if (x.is_int()) return x;
        if (x.is_float() && x.as_float() > -0x1p63 && x.as_float() < 0x1p63)
            return Value::from_int(static_cast<std::int64_t>(x.as_float()));
    }
    Value fields[2];
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    TRY(check_argument_total(vm, "int", npos, kwnames, 2));
    for (std::size_t i = 0; i < npos; ++i) fields[i] = args[1 + i];
    // x is positional-only; the only keyword is base (CPython: long_new's argument clinic)
    TRY(parse_kwargs(vm, "int", args + 1, nargs - 1, kwnames, {"", "base"}, fields));
    if (fields[0].is_null()) {
        if (!fields[1].is_null())
            return vm.raise(vm.types.TypeError, "int() missing string argument");
        return Value::from_int(0);
    }
    Value x = fields[0];
    if (!fields[1].is_null()) {
        std::int64_t base = TRY(vm.index_value(fields[1]));
        bool is_str = x.is_object() && vm.type_of(x)->layout == Layout::Str;
        std::string_view data;
        if (!is_str && !((layout_of(x) == Layout::Bytes || layout_of(x) == Layout::ByteArray) && bytes_like(vm, x, data)))
            return vm.raise(vm.types.TypeError, "int() can't convert non-string with explicit base");
        if (base != 0 && (base < 2 || base > 36))
            return vm.raise(vm.types.ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (!is_str) return int_from_bytes_literal(vm, data, static_cast<int>(base));
        return make_int(vm, WEFT_TRY_NUMERIC(BigInt::from_string(as<Str>(x)->view(), static_cast<int>(base), vm.int_max_str_digits)));
    }
    if (x.is_int()) return x;
    if (x.is_bool()) return Value::from_int(x.as_int());
    if (x.is_float()) return make_int(vm, WEFT_TRY_NUMERIC(BigInt::from_double(x.as_float())));
    Type* t = vm.type_of(x);
    // an int subclass converts through its own __int__ when it has one (CPython: PyNumber_Long)
    if (t->layout == Layout::Int && (t == vm.types.int_ || t->lookup(vm.names.dunder_int).raw_bits() == vm.types.int_->lookup(vm.names.dunder_int).raw_bits()))
        return t == vm.types.int_ ? x : make_int(vm, to_bigint(x));
    if (t->layout == Layout::Str)
        return make_int(vm, WEFT_TRY_NUMERIC(BigInt::from_string(as<Str>(x)->view(), 10, vm.int_max_str_digits)));
    Value method = t->lookup(vm.names.dunder_int);
    if (method.is_null())
        method = t->lookup(vm.names.dunder_index);
    if (!method.is_null()) {
        Value r = TRY(vm.call1(method, x));
        if (!is_int_value(vm, r))
            return vm.raise(vm.types.TypeError, "__int__ returned non-int (type {})", vm.type_of(r)->name->view());
        return r;
    }
    if (std::string_view data; bytes_like(vm, x, data))
        return int_from_bytes_literal(vm, data, 10);
    return vm.raise(vm.types.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    t->name->view());
}

Result<Value> bool_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "bool", kwnames));
    if (nargs > 2)
        return vm.raise(vm.types.TypeError, "bool expected at most 1 argument, got {}", nargs - 1);
    if (nargs == 1) return Value::from_bool(false);
    return Value::from_bool(TRY(vm.truthy(args[1])));
}

Result<Value> int_bit_length(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return Value::from_int(static_cast<std::int64_t>(to_bigint(args[0]).bit_length()));
}

Result<Value> int_format(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "__format__", nargs, 2, 2));
    Str* spec = as<Str>(args[1]);
    auto parsed = parse_format_spec(spec->view());
    if (!parsed.has_value())
        return raise_numeric(vm, parsed.error());
    Value v = args[0].is_bool() ? Value::from_int(args[0].as_int()) : args[0];
    // an empty spec formats as str() does, a subclass's __str__ included (CPython: int___format___impl)
    if (spec->length == 0 && (args[0].is_bool() || (args[0].is_object() && vm.type_of(args[0])->is_heap)))
        return vm.str(args[0]);
    auto out = v.is_int() ? format_int(v.as_int(), *parsed) : format_int(to_bigint(v), *parsed, "int", vm.int_max_str_digits);
    if (!out.has_value())
        return raise_numeric(vm, out.error());
    return vm.new_str(*out);
}

Result<Value> int_conjugate(VM& vm, Value const* args, std::size_t, Tuple*) {
    return args[0].is_bool() ? Value::from_int(args[0].as_int()) : args[0];
}

} // namespace

namespace {

// the slots of a heap int (a Long; small ints are inline values)
Result<std::int64_t> long_hash_slot(VM&, Value const& self) { return as<Long>(self)->value.hash(); }
Result<bool> long_truth_slot(VM&, Value const& self) { return !as<Long>(self)->value.is_zero(); }

// i.real, i.imag, i.numerator, i.denominator (CPython: int_getset)
Value int_members(VM&, Value const& self, Str* name) {
    std::string_view n = name->view();
    if (n == "real" || n == "numerator") return self.is_bool() ? Value::from_int(self.as_int()) : self;
    if (n == "imag") return Value::from_int(0);
    if (n == "denominator") return Value::from_int(1);
    return Value();
}

} // namespace

void init_int_type(VM& vm) {
    vm.types.int_->slots.hash = long_hash_slot;
    vm.types.int_->slots.truth = long_truth_slot;
    vm.types.int_->slots.members = int_members;
    vm.types.int_->construct = int_construct;
    vm.types.bool_->construct = bool_construct;
    add_methods(vm, vm.types.int_, {
        {"__repr__", int_repr},
        {"__format__", int_format},
        {"bit_length", int_bit_length},
        {"conjugate", int_conjugate},
    });
    add_methods(vm, vm.types.bool_, {{"__repr__", bool_repr}});
}

} // namespace weft::rt
