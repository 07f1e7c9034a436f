// The math module (CPython: Modules/mathmodule.c): functions on floats with CPython's domain and range
// errors ("math domain error", "math range error"), and the exact integer functions.
#include <cmath>
#include <numeric>

#include "runtime/types/int.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

Result<double> arg_double(VM& vm, Value const& v) {
    if (v.is_float()) return v.as_float();
    if (v.is_int() || v.is_bool()) return static_cast<double>(v.as_int());
    Type* t = vm.type_of(v);
    if (t->layout == Layout::Int || !t->lookup(vm.names.dunder_float).is_null()) return vm.to_double(v);
    return vm.raise(vm.types.TypeError, "must be real number, not {}", t->name->view());
}

// math_1: a float function with CPython's error conventions.
Result<Value> unary(VM& vm, Value const* args, std::size_t nargs, char const* name, double (*fn)(double), bool can_overflow) {
    double x = TRY(arg_double(vm, args[0]));
    double r = fn(x);
    if (std::isnan(r) && !std::isnan(x)) return vm.raise(vm.types.ValueError, "math domain error");
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) return vm.raise(vm.types.OverflowError, "math range error");
        return vm.raise(vm.types.ValueError, "math domain error");
    }
    return Value::from_float(r);
}

#define WEFT_MATH_UNARY(pyname, cfn, overflow) \
    Result<Value> math_##pyname(VM& vm, Value const* a, std::size_t n, Tuple*) { return unary(vm, a, n, #pyname, cfn, overflow); }
WEFT_MATH_UNARY(sqrt, static_cast<double (*)(double)>(std::sqrt), false)
WEFT_MATH_UNARY(exp, static_cast<double (*)(double)>(std::exp), true)
WEFT_MATH_UNARY(sin, static_cast<double (*)(double)>(std::sin), false)
WEFT_MATH_UNARY(cos, static_cast<double (*)(double)>(std::cos), false)
WEFT_MATH_UNARY(tan, static_cast<double (*)(double)>(std::tan), false)
WEFT_MATH_UNARY(asin, static_cast<double (*)(double)>(std::asin), false)
WEFT_MATH_UNARY(acos, static_cast<double (*)(double)>(std::acos), false)
WEFT_MATH_UNARY(atan, static_cast<double (*)(double)>(std::atan), false)
WEFT_MATH_UNARY(sinh, static_cast<double (*)(double)>(std::sinh), true)
WEFT_MATH_UNARY(cosh, static_cast<double (*)(double)>(std::cosh), true)
WEFT_MATH_UNARY(tanh, static_cast<double (*)(double)>(std::tanh), false)
WEFT_MATH_UNARY(fabs, static_cast<double (*)(double)>(std::fabs), false)
WEFT_MATH_UNARY(log2, static_cast<double (*)(double)>(std::log2), false)
WEFT_MATH_UNARY(log10, static_cast<double (*)(double)>(std::log10), false)
#undef WEFT_MATH_UNARY

Result<Value> math_log(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs < 1 || nargs > 2)  // CPython: math_log's own check
        return vm.raise(vm.types.TypeError, "math.log requires 1 to 2 arguments");
    auto ln = [&](Value const& v) -> Result<double> {
        if (vm.type_of(v)->layout == Layout::Int && !v.is_int()) {
            BigInt b = to_bigint(v);
            if (b.sign() <= 0) return vm.raise(vm.types.ValueError, "math domain error");
            // log of a big int: scale down by powers of two (CPython: loghelper)
            std::uint64_t bits = b.bit_length();
            auto shifted = shift_right(b, static_cast<std::int64_t>(bits > 1000 ? bits - 1000 : 0));
            double d = std::move(shifted).value().to_double().value();
            return std::log(d) + static_cast<double>(bits > 1000 ? bits - 1000 : 0) * std::log(2.0);
        }
        double x = TRY(arg_double(vm, v));
        if (x <= 0.0) return vm.raise(vm.types.ValueError, "math domain error");
        return std::log(x);
    };
    double num = TRY(ln(args[0]));
    if (nargs == 1) return Value::from_float(num);
    double den = TRY(ln(args[1]));
    if (den == 0.0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
    return Value::from_float(num / den);
}

Result<Value> int_result(VM& vm, double r, char const* name) {
    if (std::isnan(r)) return vm.raise(vm.types.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(r)) return vm.raise(vm.types.OverflowError, "cannot convert float infinity to integer");
    auto b = BigInt::from_double(r);
    return make_int(vm, std::move(b).value());
}

Result<Value> math_floor(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (is_int_value(vm, args[0])) return args[0].is_bool() ? Value::from_int(args[0].as_int()) : args[0];
    if (args[0].is_float()) {
        double f = std::floor(args[0].as_float());
        if (f > -9.2e18 && f < 9.2e18) return Value::from_int(static_cast<std::int64_t>(f));
        return int_result(vm, f, "floor");
    }
    Value m = vm.type_of(args[0])->lookup(vm.intern("__floor__"));
    if (!m.is_null()) return vm.call1(m, args[0]);
    double x = TRY(arg_double(vm, args[0]));
    return int_result(vm, std::floor(x), "floor");
}

Result<Value> math_ceil(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (is_int_value(vm, args[0])) return args[0].is_bool() ? Value::from_int(args[0].as_int()) : args[0];
    Value m = args[0].is_float() ? Value() : vm.type_of(args[0])->lookup(vm.intern("__ceil__"));
    if (!m.is_null()) return vm.call1(m, args[0]);
    double x = TRY(arg_double(vm, args[0]));
    return int_result(vm, std::ceil(x), "ceil");
}

Result<Value> math_trunc(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (is_int_value(vm, args[0])) return args[0].is_bool() ? Value::from_int(args[0].as_int()) : args[0];
    double x = TRY(arg_double(vm, args[0]));
    return int_result(vm, std::trunc(x), "trunc");
}

Result<Value> binary(VM& vm, Value const* args, std::size_t nargs, char const* name, double (*fn)(double, double)) {
    double x = TRY(arg_double(vm, args[0]));
    double y = TRY(arg_double(vm, args[1]));
    double r = fn(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return vm.raise(vm.types.ValueError, "math domain error");
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return vm.raise(vm.types.OverflowError, "math range error");
    return Value::from_float(r);
}
Result<Value> math_pow(VM& vm, Value const* a, std::size_t n, Tuple*) {
    double x = TRY(arg_double(vm, a[0]));
    double y = TRY(arg_double(vm, a[1]));
    if (x == 0.0 && y < 0.0) return vm.raise(vm.types.ValueError, "math domain error");
    return binary(vm, a, n, "pow", static_cast<double (*)(double, double)>(std::pow));
}
Result<Value> math_atan2(VM& vm, Value const* a, std::size_t n, Tuple*) { return binary(vm, a, n, "atan2", static_cast<double (*)(double, double)>(std::atan2)); }
Result<Value> math_copysign(VM& vm, Value const* a, std::size_t n, Tuple*) { return binary(vm, a, n, "copysign", static_cast<double (*)(double, double)>(std::copysign)); }
Result<Value> math_fmod(VM& vm, Value const* a, std::size_t n, Tuple*) {
    double y = TRY(arg_double(vm, a[1]));
    double x = TRY(arg_double(vm, a[0]));
    if (y == 0.0 && !std::isnan(x)) return vm.raise(vm.types.ValueError, "math domain error");
    if (std::isinf(x)) return vm.raise(vm.types.ValueError, "math domain error");
    return Value::from_float(std::fmod(x, y));
}

Result<Value> math_hypot(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    double acc = 0.0;
    std::vector<double> xs;
    for (std::size_t i = 0; i < nargs; ++i) xs.push_back(std::fabs(TRY(arg_double(vm, args[i]))));
    if (xs.size() == 2) return Value::from_float(std::hypot(xs[0], xs[1]));
    for (double x : xs) acc += x * x;
    return Value::from_float(std::sqrt(acc));
}

Result<Value> predicate(VM& vm, Value const* args, std::size_t nargs, char const* name, bool (*fn)(double)) {
    double x = TRY(arg_double(vm, args[0]));
    return Value::from_bool(fn(x));
}
Result<Value> math_isnan(VM& vm, Value const* a, std::size_t n, Tuple*) { return predicate(vm, a, n, "isnan", [](double x) { return std::isnan(x); }); }
Result<Value> math_isinf(VM& vm, Value const* a, std::size_t n, Tuple*) { return predicate(vm, a, n, "isinf", [](double x) { return std::isinf(x); }); }
Result<Value> math_isfinite(VM& vm, Value const* a, std::size_t n, Tuple*) { return predicate(vm, a, n, "isfinite", [](double x) { return std::isfinite(x); }); }

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) (CPython: math_isclose_impl)
Result<Value> math_isclose(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    if (npos != 2) return vm.raise(vm.types.TypeError, "isclose() takes exactly 2 positional arguments ({} given)", npos);
    Value kw[2];
    TRY(parse_kwargs(vm, "isclose", args, nargs, kwnames, {"rel_tol", "abs_tol"}, kw));
    double a = TRY(arg_double(vm, args[0]));
    double b = TRY(arg_double(vm, args[1]));
    double rel = kw[0].is_null() ? 1e-09 : TRY(arg_double(vm, kw[0]));
    double abs_tol = kw[1].is_null() ? 0.0 : TRY(arg_double(vm, kw[1]));
    if (rel < 0.0 || abs_tol < 0.0) return vm.raise(vm.types.ValueError, "tolerances must be non-negative");
    if (a == b) return Value::from_bool(true);
    if (std::isinf(a) || std::isinf(b)) return Value::from_bool(false);
    double diff = std::fabs(b - a);
    return Value::from_bool((diff <= std::fabs(rel * b)) || (diff <= std::fabs(rel * a)) || (diff <= abs_tol));
}

Result<Value> math_gcd(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    BigInt acc(0);
    for (std::size_t i = 0; i < nargs; ++i) {
        if (!is_int_value(vm, args[i]))
            return vm.raise(vm.types.TypeError, "'{}' object cannot be interpreted as an integer", vm.type_of(args[i])->name->view());
        BigInt x = abs(to_bigint(args[i]));
        while (!x.is_zero()) {
            BigInt r = std::move(floor_mod(acc, x)).value();
            acc = x;
            x = r;
        }
        acc = abs(acc);
    }
    return make_int(vm, acc);
}

Result<Value> math_factorial(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (args[0].is_float())
        return vm.raise(vm.types.TypeError, "'float' object cannot be interpreted as an integer");
    std::int64_t n = TRY(vm.index_value(args[0]));
    if (n < 0) return vm.raise(vm.types.ValueError, "factorial() not defined for negative values");
    BigInt acc(1);
    for (std::int64_t i = 2; i <= n; ++i) acc = acc * BigInt(i);
    return make_int(vm, acc);
}

Result<Value> math_prod(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value kw[1];
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    TRY(parse_kwargs(vm, "prod", args, nargs, kwnames, {"start"}, kw));
    if (npos != 1) return vm.raise(vm.types.TypeError, "prod() takes exactly 1 positional argument ({} given)", npos);
    Value acc = kw[0].is_null() ? Value::from_int(1) : kw[0];
    std::vector<Value> items = TRY(vm.to_vector(args[0]));
    for (Value const& x : items) acc = TRY(vm.binary_op(acc, x, 5));
    return acc;
}

Result<Value> math_degrees(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return Value::from_float(TRY(arg_double(vm, args[0])) * (180.0 / M_PI));
}
Result<Value> math_radians(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return Value::from_float(TRY(arg_double(vm, args[0])) * (M_PI / 180.0));
}

} // namespace

Result<void> init_math_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    constexpr Args one = Args::one(), two = Args::positional(2, 2);
    struct { char const* name; NativeFn fn; Args args = Args::any(); } functions[] = {
        {"sqrt", math_sqrt, one}, {"exp", math_exp, one}, {"sin", math_sin, one}, {"cos", math_cos, one},
        {"tan", math_tan, one}, {"asin", math_asin, one}, {"acos", math_acos, one}, {"atan", math_atan, one},
        {"sinh", math_sinh, one}, {"cosh", math_cosh, one}, {"tanh", math_tanh, one}, {"fabs", math_fabs, one},
        {"log", math_log}, {"log2", math_log2, one}, {"log10", math_log10, one}, {"floor", math_floor, one},
        {"ceil", math_ceil, one}, {"trunc", math_trunc, one}, {"pow", math_pow, two}, {"atan2", math_atan2, two},
        {"copysign", math_copysign, two}, {"fmod", math_fmod, two}, {"hypot", math_hypot, Args::varargs()},
        {"isnan", math_isnan, one}, {"isinf", math_isinf, one}, {"isfinite", math_isfinite, one},
        {"isclose", math_isclose}, {"gcd", math_gcd, Args::varargs()}, {"factorial", math_factorial, one},
        {"prod", math_prod}, {"degrees", math_degrees, one}, {"radians", math_radians, one},
    };
    for (auto const& f : functions) add_function(vm, d, f.name, f.fn, f.args);
    dict_set_str(vm, d, vm.intern("pi"), Value::from_float(M_PI));
    dict_set_str(vm, d, vm.intern("e"), Value::from_float(M_E));
    dict_set_str(vm, d, vm.intern("tau"), Value::from_float(2 * M_PI));
    dict_set_str(vm, d, vm.intern("inf"), Value::from_float(INFINITY));
    dict_set_str(vm, d, vm.intern("nan"), Value::from_float(NAN));
    return {};
}

} // namespace weft::rt
