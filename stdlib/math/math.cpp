// The math module (CPython: Modules/mathmodule.c): functions on floats with CPython's domain and range
// errors ("math domain error", "math range error"), and the exact integer functions.
#include <cmath>
#include <numeric>

#include "runtime/types/int.hpp"
#include "runtime/vm/vm.hpp"
#include "stdlib/math/gamma.hpp"

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
WEFT_MATH_UNARY(acosh, static_cast<double (*)(double)>(std::acosh), false)
WEFT_MATH_UNARY(asinh, static_cast<double (*)(double)>(std::asinh), false)
WEFT_MATH_UNARY(atanh, static_cast<double (*)(double)>(std::atanh), false)
WEFT_MATH_UNARY(cbrt, static_cast<double (*)(double)>(std::cbrt), false)
WEFT_MATH_UNARY(erf, static_cast<double (*)(double)>(std::erf), false)
WEFT_MATH_UNARY(erfc, static_cast<double (*)(double)>(std::erfc), false)
WEFT_MATH_UNARY(exp2, static_cast<double (*)(double)>(std::exp2), true)
WEFT_MATH_UNARY(expm1, static_cast<double (*)(double)>(std::expm1), true)
WEFT_MATH_UNARY(log1p, static_cast<double (*)(double)>(std::log1p), false)
#undef WEFT_MATH_UNARY

// gamma and lgamma: the poles (0 and the negative integers) are domain errors, overflow a range error
// (CPython: math_gamma / math_lgamma over m_tgamma / m_lgamma; gamma.cpp)
Result<Value> gamma_like(VM& vm, Value const* args, double (*fn)(double), bool log) {
    double x = TRY(arg_double(vm, args[0]));
    if (std::isnan(x)) return Value::from_float(x);
    if (std::isinf(x)) {
        if (!log && x < 0) return vm.raise(vm.types.ValueError, "math domain error");
        return Value::from_float(INFINITY);
    }
    if (x <= 0 && x == std::floor(x)) return vm.raise(vm.types.ValueError, "math domain error");
    double r = fn(x);
    if (std::isinf(r)) return vm.raise(vm.types.OverflowError, "math range error");
    return Value::from_float(r);
}
Result<Value> math_gamma(VM& vm, Value const* a, std::size_t, Tuple*) { return gamma_like(vm, a, lanczos_gamma, false); }
Result<Value> math_lgamma(VM& vm, Value const* a, std::size_t, Tuple*) { return gamma_like(vm, a, lanczos_lgamma, true); }

Result<Value> math_frexp(VM& vm, Value const* args, std::size_t, Tuple*) {
    double x = TRY(arg_double(vm, args[0]));
    int e = 0;
    double m = std::isfinite(x) && x != 0 ? std::frexp(x, &e) : x;  // nan, inf and 0 come back as they are
    auto t = vm.new_tuple(2);
    t->items[0] = Value::from_float(m);
    t->items[1] = Value::from_int(e);
    return t.take_value();
}

Result<Value> math_ldexp(VM& vm, Value const* args, std::size_t, Tuple*) {
    double x = TRY(arg_double(vm, args[0]));
    if (!is_int_value(vm, args[1]))
        return vm.raise(vm.types.TypeError, "Expected an int as second argument to ldexp.");
    BigInt e = to_bigint(args[1]);
    if (x == 0 || !std::isfinite(x)) return Value::from_float(x);
    int exp = e > 100000 ? 100000 : e < -100000 ? -100000 : static_cast<int>(e.to_int64());
    double r = std::ldexp(x, exp);
    if (std::isinf(r)) return vm.raise(vm.types.OverflowError, "math range error");
    return Value::from_float(r);
}

Result<Value> math_modf(VM& vm, Value const* args, std::size_t, Tuple*) {
    double x = TRY(arg_double(vm, args[0]));
    double whole = 0;
    double frac = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &whole);
    if (std::isinf(x)) whole = x;
    auto t = vm.new_tuple(2);
    t->items[0] = Value::from_float(frac);
    t->items[1] = Value::from_float(whole);
    return t.take_value();
}

Result<Value> math_remainder(VM& vm, Value const* args, std::size_t, Tuple*) {
    double x = TRY(arg_double(vm, args[0]));
    double y = TRY(arg_double(vm, args[1]));
    if (std::isnan(x) || std::isnan(y)) return Value::from_float(NAN);
    if (std::isinf(x) || y == 0) return vm.raise(vm.types.ValueError, "math domain error");
    return Value::from_float(std::remainder(x, y));
}

Result<Value> math_nextafter(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_float(std::nextafter(TRY(arg_double(vm, args[0])), TRY(arg_double(vm, args[1]))));
}

// ulp(x): the distance from |x| to the next float away from zero (CPython: math_ulp)
Result<Value> math_ulp(VM& vm, Value const* args, std::size_t, Tuple*) {
    double x = std::fabs(TRY(arg_double(vm, args[0])));
    if (std::isnan(x) || std::isinf(x)) return Value::from_float(x);
    double next = std::nextafter(x, INFINITY);
    if (std::isinf(next)) return Value::from_float(x - std::nextafter(x, -INFINITY));
    return Value::from_float(next - x);
}

// fsum: the correctly rounded sum, by Shewchuk's exact partial sums (CPython: math_fsum, msum)
Result<Value> math_fsum(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::vector<double> partials;
    double special = 0, inf_sum = 0;
    Value it = TRY(vm.get_iter(args[0]));
    for (;;) {
        Value item = TRY(vm.next(it));
        if (item.is_null()) break;
        double x = TRY(arg_double(vm, item));
        double original = x;
        if (!std::isfinite(x)) {
            if (std::isinf(x)) inf_sum += x;
            special += x;
            continue;
        }
        std::size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                // an intermediate overflow: only an error if nothing infinite was summed (CPython: _fsum_error)
                if (std::isinf(original)) inf_sum += original;
                return vm.raise(vm.types.OverflowError, "intermediate overflow in fsum");
            }
            partials.push_back(x);
        }
    }
    if (special != 0.0) {
        if (std::isnan(inf_sum)) return vm.raise(vm.types.ValueError, "-inf + inf in fsum");
        return Value::from_float(special);
    }
    double hi = 0.0;
    if (!partials.empty()) {
        std::size_t n = partials.size();
        hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // half-way cases: round by the sign of the next partial (CPython: math_fsum's final correction)
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return Value::from_float(hi);
}

Result<BigInt> int_arg(VM& vm, Value const& v) {
    if (v.is_int() || v.is_bool() || is_int_value(vm, v)) return to_bigint(v);
    Value m = vm.type_of(v)->lookup(vm.intern("__index__"));
    if (m.is_null())
        return vm.raise(vm.types.TypeError, "'{}' object cannot be interpreted as an integer", vm.type_of(v)->name->view());
    Value r = TRY(vm.call1(m, v));
    return to_bigint(r);
}

Result<Value> math_isqrt(VM& vm, Value const* args, std::size_t, Tuple*) {
    BigInt n = TRY(int_arg(vm, args[0]));
    if (n.is_negative()) return vm.raise(vm.types.ValueError, "isqrt() argument must be nonnegative");
    BigInt r;
    mpz_sqrt(r.raw(), n.raw());
    return make_int(vm, r);
}

Result<Value> math_lcm(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    BigInt acc(1);
    for (std::size_t i = 0; i < nargs; ++i) {
        BigInt x = TRY(int_arg(vm, args[i]));
        mpz_lcm(acc.raw(), acc.raw(), x.raw());
    }
    return make_int(vm, acc);
}

Result<Value> math_factorial(VM& vm, Value const* args, std::size_t nargs, Tuple*);

// comb(n, k) and perm(n, k=None) (CPython: math_comb_impl, math_perm_impl)
Result<Value> comb_perm(VM& vm, Value const* args, std::size_t nargs, bool comb) {
    BigInt n = TRY(int_arg(vm, args[0]));
    if (!comb && (nargs < 2 || args[1].is_none())) {
        return math_factorial(vm, args, 1, nullptr);  // its message for a negative n
    }
    BigInt k = TRY(int_arg(vm, args[1]));
    if (n.is_negative()) return vm.raise(vm.types.ValueError, "n must be a non-negative integer");
    if (k.is_negative()) return vm.raise(vm.types.ValueError, "k must be a non-negative integer");
    if (k > n) return Value::from_int(0);
    if (!k.fits_int64() || k.to_int64() > (1LL << 40))
        return vm.raise(vm.types.OverflowError, "min(n - k, k) must not exceed {}", INT64_MAX);
    BigInt r(1);
    if (comb && n.fits_int64()) {
        mpz_bin_uiui(r.raw(), static_cast<unsigned long>(n.to_int64()), static_cast<unsigned long>(k.to_int64()));
    } else if (comb) {
        mpz_bin_ui(r.raw(), n.raw(), static_cast<unsigned long>(k.to_int64()));
    } else {
        for (std::int64_t i = 0; i < k.to_int64(); ++i) r = r * (n - BigInt(i));
    }
    return make_int(vm, r);
}
Result<Value> math_comb(VM& vm, Value const* a, std::size_t n, Tuple*) { return comb_perm(vm, a, n, true); }
Result<Value> math_perm(VM& vm, Value const* a, std::size_t n, Tuple*) { return comb_perm(vm, a, n, false); }

// dist(p, q): the Euclidean distance of two points of the same dimension (CPython: math_dist_impl)
Result<Value> math_dist(VM& vm, Value const* args, std::size_t, Tuple*) {
    // any iterable is made a tuple first (CPython: math_dist_impl's PySequence_Tuple)
    ValueVector p = TRY(vm.to_vector(args[0]));
    ValueVector q = TRY(vm.to_vector(args[1]));
    if (p.size() != q.size()) return vm.raise(vm.types.ValueError, "both points must have the same number of dimensions");
    double sum = 0, scale = 0;
    std::vector<double> diffs;
    for (std::size_t i = 0; i < p.size(); ++i) {
        double d = std::fabs(TRY(arg_double(vm, p[i])) - TRY(arg_double(vm, q[i])));
        diffs.push_back(d);
        scale = std::max(scale, d);
    }
    for (double d : diffs) if (std::isinf(d)) return Value::from_float(INFINITY);
    for (double d : diffs) if (std::isnan(d)) return Value::from_float(NAN);
    if (scale == 0) return Value::from_float(0.0);
    for (double d : diffs) sum += (d / scale) * (d / scale);
    return Value::from_float(scale * std::sqrt(sum));
}

// log, log2 and log10 of an int of any size: func(float(n)), or for an int past the floats func(m) + func(2) * e
// where n ~= m * 2**e with m in [0.5, 1) correctly rounded; of anything else func(float(x)) (CPython: loghelper,
// _PyLong_Frexp)
Result<double> log_helper(VM& vm, Value const& v, double (*func)(double)) {
    if (v.is_int() || v.is_bool() || vm.type_of(v)->layout == Layout::Int) {
        BigInt b = v.is_int() || v.is_bool() ? BigInt(v.as_int()) : to_bigint(v);
        if (b.sign() <= 0) return vm.raise(vm.types.ValueError, "math domain error");
        if (auto d = b.to_double(); d.has_value()) return func(*d);
        auto bits = static_cast<std::int64_t>(b.bit_length());
        // the top 55 bits, the lowest of them set when any bit below was (a sticky bit), round to the nearest double
        BigInt top = std::move(shift_right(b, bits - 55)).value();
        bool inexact = !(std::move(shift_left(top, bits - 55)).value() == b);
        double t = top.to_double().value();
        if (inexact && std::fmod(t, 2.0) == 0.0) t = (top + BigInt(1)).to_double().value();
        double m = std::ldexp(t, -55);
        std::int64_t e = bits;
        if (m == 1.0) { m = 0.5; ++e; }
        return func(m) + func(2.0) * static_cast<double>(e);
    }
    double x = TRY(arg_double(vm, v));
    double r = func(x);
    if ((std::isnan(r) && !std::isnan(x)) || (std::isinf(r) && std::isfinite(x)))
        return vm.raise(vm.types.ValueError, "math domain error");
    return r;
}

Result<Value> math_log(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs < 1 || nargs > 2)  // CPython: math_log's own check
        return vm.raise(vm.types.TypeError, "math.log requires 1 to 2 arguments");
    auto ln = static_cast<double (*)(double)>(std::log);
    double num = TRY(log_helper(vm, args[0], ln));
    if (nargs == 1) return Value::from_float(num);
    double den = TRY(log_helper(vm, args[1], ln));
    if (den == 0.0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
    return Value::from_float(num / den);
}

Result<Value> math_log2(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_float(TRY(log_helper(vm, args[0], static_cast<double (*)(double)>(std::log2))));
}

Result<Value> math_log10(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_float(TRY(log_helper(vm, args[0], static_cast<double (*)(double)>(std::log10))));
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
    TRY(check_argument_total(vm, "isclose", npos, kwnames, 4));
    if (npos < 2)
        return vm.raise(vm.types.TypeError, "isclose() missing required argument '{}' (pos {})", npos == 0 ? "a" : "b",
                        npos + 1);
    if (npos > 2) return vm.raise(vm.types.TypeError, "isclose() takes exactly 2 positional arguments ({} given)", npos);
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
    TRY(check_argument_total(vm, "prod", npos, kwnames, 2));
    TRY(parse_kwargs(vm, "prod", args, nargs, kwnames, {"start"}, kw));
    if (npos != 1) return vm.raise(vm.types.TypeError, "prod() takes exactly 1 positional argument ({} given)", npos);
    Value acc = kw[0].is_null() ? Value::from_int(1) : kw[0];
    ValueVector items = TRY(vm.to_vector(args[0]));
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
        {"acosh", math_acosh, one}, {"asinh", math_asinh, one}, {"atanh", math_atanh, one}, {"cbrt", math_cbrt, one},
        {"erf", math_erf, one}, {"erfc", math_erfc, one}, {"exp2", math_exp2, one}, {"expm1", math_expm1, one},
        {"log1p", math_log1p, one}, {"gamma", math_gamma, one}, {"lgamma", math_lgamma, one},
        {"frexp", math_frexp, one}, {"ldexp", math_ldexp, two}, {"modf", math_modf, one},
        {"remainder", math_remainder, two}, {"nextafter", math_nextafter, two}, {"ulp", math_ulp, one},
        {"fsum", math_fsum, one}, {"isqrt", math_isqrt, one}, {"lcm", math_lcm, Args::varargs()},
        {"comb", math_comb, two}, {"perm", math_perm, Args::positional(1, 2)}, {"dist", math_dist, two},
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
