// int beyond int64: a Long object holding a BigInt. Ints that fit in int64 are always inline Values;
// make_int() keeps that invariant. Arithmetic on ints and floats (the number tower) is here and in float.cpp.
#pragma once

#include "runtime/object.hpp"
#include "runtime/result.hpp"
#include "runtime/types/bigint.hpp"

namespace weft::rt {

struct Long final : Object {
    BigInt value;
    Long(Type* t, BigInt v) : Object(t), value(std::move(v)) {}
};

// An instance of a class derived from float: floats are inline Values, so a subclass's instance boxes its value in an
// object of Layout::Float (CPython's float subclasses share PyFloatObject's layout).
struct BoxedFloat final : Object {
    double value;
    BoxedFloat(Type* t, double v) : Object(t), value(v) {}
};
// True for a float or a float subclass's instance.
bool is_float_value(Value const& v);
// The double of a float or a float subclass's instance.
double float_value(Value const& v);

// An int Value: inline when it fits in int64, a Long otherwise.
Value make_int(VM& vm, BigInt value);
// True for int, bool and Long values.
bool is_int_value(VM& vm, Value const& v);
// The BigInt of an int value (inline, bool or Long).
BigInt to_bigint(Value const& v);
// Raises the Python exception a NumericError stands for.
Raised raise_numeric(VM& vm, NumericError const& error);
// The value of a NumericResult expression, or return the Python exception its error stands for (needs `vm`).
#define WEFT_TRY_NUMERIC(expr)                         \
    ({                                                 \
        auto _weft_n = (expr);                         \
        if (!_weft_n.has_value())                      \
            return raise_numeric(vm, _weft_n.error()); \
        std::move(_weft_n).value();                    \
    })


// A complex number (types/complex.cpp); of a class derived from complex when `type` is given.
Value make_complex(VM& vm, double real, double imag, Type* type = nullptr);
// The parts of a complex value.
void complex_parts(Value const& v, double& real, double& imag);
Result<Value> complex_power(VM& vm, double ar, double ai, double br, double bi);

// BINARY_OP on two numbers (int, bool, Long, float); returns NotImplemented for other operands.
Result<Value> number_binary_op(VM& vm, Value const& a, Value const& b, int op);
// COMPARE_OP on two numbers; NotImplemented for other operands.
Result<Value> number_compare(VM& vm, Value const& a, Value const& b, int op);
Result<std::string> int_to_string(VM& vm, Value const& v);

} // namespace weft::rt
