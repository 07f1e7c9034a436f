// complex: construction (from numbers and strings), repr, arithmetic with ints and floats, ==, hash, abs,
// conjugate, real/imag and formatting. CPython: Objects/complexobject.c.
#include <cmath>

#include "interpreter/bytecode.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/types/float_format.hpp"
#include "runtime/types/int.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

using front::BinOpArg;
using front::CmpOpArg;

struct Complex final : Object {
    double real = 0.0;
    double imag = 0.0;
    explicit Complex(Type* t) : Object(t) {}
};

Value make_complex(VM& vm, double real, double imag, Type* type) {
    auto c = make<Complex>(type ? type : vm.types.complex);
    if (type && type->is_heap) incref(type);  // an instance of a class holds it
    c->real = real;
    c->imag = imag;
    return c.take_value();
}

void complex_parts(Value const& v, double& real, double& imag) {
    auto const* c = static_cast<Complex const*>(v.as_object());
    real = c->real;
    imag = c->imag;
}

namespace {

// A number as a complex: ints, floats and complexes (false for anything else)
Result<bool> as_complex(VM& vm, Value const& v, double& re, double& im) {
    im = 0.0;
    if (v.is_float()) {
        re = v.as_float();
        return true;
    }
    if (is_int_value(vm, v)) {
        re = TRY(vm.to_double(v));
        return true;
    }
    if (v.is_object() && vm.type_of(v)->layout == Layout::Complex) {
        re = as<Complex>(v)->real;
        im = as<Complex>(v)->imag;
        return true;
    }
    return false;
}

// The repr of one part: shortest round trip without ".0" (CPython: PyOS_double_to_string(x, 'r', 0, flags))
std::string part_repr(double x, bool sign) {
    DoubleToStringFlags flags;
    flags.sign = sign;
    return double_to_string(x, 'r', 0, flags);
}

Result<Value> complex_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Complex* c = as<Complex>(args[0]);
    if (c->real == 0.0 && !std::signbit(c->real))
        return vm.new_str(part_repr(c->imag, false) + "j");
    return vm.new_str("(" + part_repr(c->real, false) + part_repr(c->imag, true) + "j)");
}

// complex(string): "1", "2j", "1+2j", "(1-2.5e3J)", whitespace around (CPython: complex_from_string_inner)
Result<Value> complex_from_string(VM& vm, std::string_view s) {
    auto malformed = [&] { return vm.raise(vm.types.ValueError, "complex() arg is a malformed string"); };
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    if (!s.empty() && s.front() == '(') {
        if (s.back() != ')') return malformed();
        s = s.substr(1, s.size() - 2);
        while (!s.empty() && space(s.front())) s.remove_prefix(1);
        while (!s.empty() && space(s.back())) s.remove_suffix(1);
    }
    if (s.empty()) return malformed();
    // split at a sign that is not the first character and does not follow an exponent marker
    std::size_t split = std::string_view::npos;
    for (std::size_t i = 1; i < s.size(); ++i)
        if ((s[i] == '+' || s[i] == '-') && s[i - 1] != 'e' && s[i - 1] != 'E')
            split = i;
    auto number = [&](std::string_view text, double& out) -> bool {
        if (text == "+" || text == "-" || text.empty()) {
            out = text == "-" ? -1.0 : 1.0;
            return true;
        }
        auto v = parse_float(text);
        if (!v.has_value() || text.find_first_of(" \t\n") != std::string_view::npos) return false;
        out = *v;
        return true;
    };
    bool imaginary = s.back() == 'j' || s.back() == 'J';
    double re = 0.0, im = 0.0;
    if (split == std::string_view::npos) {
        if (imaginary) {
            if (!number(s.substr(0, s.size() - 1), im)) return malformed();
        } else if (!number(s, re)) {
            return malformed();
        }
        return make_complex(vm, re, im);
    }
    if (!imaginary) return malformed();
    std::string_view real_text = s.substr(0, split), imag_text = s.substr(split, s.size() - split - 1);
    if (real_text.empty() || !number(real_text, re) || !number(imag_text, im)) return malformed();
    if (real_text == "+" || real_text == "-") return malformed();
    return make_complex(vm, re, im);
}

// complex(real=0, imag=0) (CPython: complex_new_impl)
Result<Value> complex_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[2];
    TRY(parse_args(vm, "complex", args + 1, nargs - 1, kwnames, {"real", "imag"}, fields));
    if (fields[0].is_null() && fields[1].is_null())
        return make_complex(vm, 0.0, 0.0);
    Value const& r = fields[0];
    if (r.is_object() && vm.type_of(r)->layout == Layout::Str) {
        if (!fields[1].is_null())
            return vm.raise(vm.types.TypeError, "complex() can't take second arg if first is a string");
        return complex_from_string(vm, as<Str>(r)->view());
    }
    if (!fields[1].is_null() && fields[1].is_object() && vm.type_of(fields[1])->layout == Layout::Str)
        return vm.raise(vm.types.TypeError, "complex() second arg can't be a string");
    double ar = 0.0, ai = 0.0, br = 0.0, bi = 0.0;
    if (!r.is_null()) {
        bool ok = TRY(as_complex(vm, r, ar, ai));
        if (!ok) {
            Value method = vm.type_of(r)->lookup(vm.intern("__complex__"));
            if (method.is_null())
                method = vm.type_of(r)->lookup(vm.names.dunder_float);
            if (method.is_null())
                return vm.raise(vm.types.TypeError, "complex() first argument must be a string or a number, not '{}'",
                                vm.type_of(r)->name->view());
            Value converted = TRY(vm.call1(method, r));
            if (!TRY(as_complex(vm, converted, ar, ai)))
                return vm.raise(vm.types.TypeError, "__complex__ returned non-complex (type {})", vm.type_of(converted)->name->view());
        }
    }
    if (!fields[1].is_null() && !TRY(as_complex(vm, fields[1], br, bi)))
        return vm.raise(vm.types.TypeError, "complex() second argument must be a number, not '{}'",
                        vm.type_of(fields[1])->name->view());
    // complex(a, b) == a + b*1j, without adding zeros that would lose the sign of -0.0 (CPython: complex_new_impl)
    bool a_complex = !r.is_null() && r.is_object() && vm.type_of(r)->layout == Layout::Complex;
    bool b_complex = !fields[1].is_null() && fields[1].is_object() && vm.type_of(fields[1])->layout == Layout::Complex;
    double real = b_complex ? ar - bi : ar;
    double imag = a_complex ? ai + br : br;
    return make_complex(vm, real, imag);
}

// a / b (CPython: _Py_c_quot, Smith's algorithm)
bool divide(double ar, double ai, double br, double bi, double& qr, double& qi) {
    double abs_br = std::fabs(br), abs_bi = std::fabs(bi);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0)
            return false;
        double ratio = bi / br, denom = br + bi * ratio;
        qr = (ar + ai * ratio) / denom;
        qi = (ai - ar * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = br / bi, denom = br * ratio + bi;
        qr = (ar * ratio + ai) / denom;
        qi = (ai * ratio - ar) / denom;
    } else {
        qr = qi = NAN;
    }
    return true;
}

} // namespace

// a ** b (CPython: _Py_c_pow, with c_powi's repeated squaring for small integer exponents)
Result<Value> complex_power(VM& vm, double ar, double ai, double br, double bi) {
    if (br == 0.0 && bi == 0.0)
        return make_complex(vm, 1.0, 0.0);
    if (ar == 0.0 && ai == 0.0) {
        if (bi != 0.0 || br < 0.0)
            return vm.raise(vm.types.ZeroDivisionError, "0.0 to a negative or complex power");
        return make_complex(vm, 0.0, 0.0);
    }
    if (bi == 0.0 && br == std::floor(br) && std::fabs(br) <= 100.0) {
        auto n = static_cast<long>(br);
        double rr = 1.0, ri = 0.0, xr = ar, xi = ai;
        for (long k = n < 0 ? -n : n; k > 0; k >>= 1) {
            if (k & 1) {
                double t = rr * xr - ri * xi;
                ri = rr * xi + ri * xr;
                rr = t;
            }
            double t = xr * xr - xi * xi;
            xi = 2 * xr * xi;
            xr = t;
        }
        if (n < 0) {
            double qr, qi;
            divide(1.0, 0.0, rr, ri, qr, qi);
            rr = qr;
            ri = qi;
        }
        return make_complex(vm, rr, ri);
    }
    double vabs = std::hypot(ar, ai);
    double len = std::pow(vabs, br);
    double at = std::atan2(ai, ar);
    double phase = at * br;
    if (bi != 0.0) {
        len /= std::exp(at * bi);
        phase += bi * std::log(vabs);
    }
    return make_complex(vm, len * std::cos(phase), len * std::sin(phase));
}

namespace {

Result<Value> complex_binary(VM& vm, Value const& a, Value const& b, int op, bool) {
    double ar, ai, br, bi;
    if (!TRY(as_complex(vm, a, ar, ai)) || !TRY(as_complex(vm, b, br, bi)))
        return vm.not_implemented;
    switch (static_cast<BinOpArg>(op)) {
    case BinOpArg::Add: return make_complex(vm, ar + br, ai + bi);
    case BinOpArg::Subtract: return make_complex(vm, ar - br, ai - bi);
    case BinOpArg::Multiply: return make_complex(vm, ar * br - ai * bi, ar * bi + ai * br);
    case BinOpArg::TrueDivide: {
        double qr, qi;
        if (!divide(ar, ai, br, bi, qr, qi))
            return vm.raise(vm.types.ZeroDivisionError, "complex division by zero");
        return make_complex(vm, qr, qi);
    }
    case BinOpArg::Power: return complex_power(vm, ar, ai, br, bi);
    default: return vm.not_implemented;
    }
}

Result<Value> complex_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    if (op != static_cast<int>(CmpOpArg::Eq) && op != static_cast<int>(CmpOpArg::Ne))
        return vm.not_implemented;
    double ar, ai, br, bi;
    if (!TRY(as_complex(vm, a, ar, ai)) || !TRY(as_complex(vm, b, br, bi)))
        return vm.not_implemented;
    bool equal = ar == br && ai == bi;
    return Value::from_bool(op == static_cast<int>(CmpOpArg::Eq) ? equal : !equal);
}

// hash(z) (CPython: complex_hash): hash(real) + 1000003 * hash(imag), as the hashes of equal ints and floats
Result<std::int64_t> complex_hash(VM&, Value const& self) {
    Complex* c = as<Complex>(self);
    auto h = static_cast<std::uint64_t>(hash_double(c->real)) + 1000003ull * static_cast<std::uint64_t>(hash_double(c->imag));
    auto r = static_cast<std::int64_t>(h);
    return r == -1 ? -2 : r;
}

Result<bool> complex_truth(VM&, Value const& self) { return as<Complex>(self)->real != 0.0 || as<Complex>(self)->imag != 0.0; }

Value complex_members(VM&, Value const& self, Str* name) {
    if (name->view() == "real") return Value::from_float(as<Complex>(self)->real);
    if (name->view() == "imag") return Value::from_float(as<Complex>(self)->imag);
    return Value();
}

Result<Value> complex_conjugate(VM& vm, Value const* args, std::size_t, Tuple*) {
    return make_complex(vm, as<Complex>(args[0])->real, -as<Complex>(args[0])->imag);
}

Result<Value> complex_abs(VM& vm, Value const* args, std::size_t, Tuple*) {
    double r = std::hypot(as<Complex>(args[0])->real, as<Complex>(args[0])->imag);
    if (std::isinf(r) && std::isfinite(as<Complex>(args[0])->real) && std::isfinite(as<Complex>(args[0])->imag))
        return vm.raise(vm.types.OverflowError, "absolute value too large");
    return Value::from_float(r);
}

Result<Value> complex_neg(VM& vm, Value const* args, std::size_t, Tuple*) {
    return make_complex(vm, -as<Complex>(args[0])->real, -as<Complex>(args[0])->imag);
}
Result<Value> complex_pos(VM& vm, Value const* args, std::size_t, Tuple*) {
    return make_complex(vm, as<Complex>(args[0])->real, as<Complex>(args[0])->imag);
}

// format(z, spec): each part formatted with the spec, the imaginary one with its sign and 'j'; no type gives
// the repr's parentheses (CPython: format_complex_internal)
Result<Value> complex_format(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view spec = as<Str>(args[1])->view();
    if (spec.empty())
        return vm.str(args[0]);
    Complex* c = as<Complex>(args[0]);
    auto parsed = parse_format_spec(spec);  // CPython: the parts use the float presentation types
    if (!parsed.has_value())
        return raise_numeric(vm, parsed.error());
    FormatSpec part = *parsed;
    bool no_type = part.type == 0;
    if (no_type) part.type = 'g';
    FormatSpec real_spec = part, imag_spec = part;
    real_spec.width = imag_spec.width = -1;
    real_spec.fill = imag_spec.fill = U' ';
    real_spec.align = imag_spec.align = '\0';
    real_spec.zero_padding = imag_spec.zero_padding = false;
    imag_spec.sign = '+';
    bool skip_real = no_type && c->real == 0.0 && !std::signbit(c->real);
    auto re = format_float(c->real, real_spec);
    auto im = format_float(c->imag, imag_spec);
    if (!re.has_value()) return raise_numeric(vm, re.error());
    if (!im.has_value()) return raise_numeric(vm, im.error());
    std::string body = skip_real ? (c->imag < 0 || std::signbit(c->imag) ? *im : im->substr(1)) + "j" : *re + *im + "j";
    if (no_type && !skip_real) body = "(" + body + ")";
    // the width applies to the whole
    FormatSpec whole = *parsed;
    std::size_t width = static_cast<std::size_t>(std::max<std::int64_t>(0, whole.width));
    if (body.size() < width) {
        std::size_t pad = width - body.size();
        char align = whole.align ? whole.align : '>';
        char fill = whole.fill < 0x80 ? static_cast<char>(whole.fill) : ' ';
        std::size_t left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
        body = std::string(left, fill) + body + std::string(pad - left, fill);
    }
    return vm.new_str(body);
}

} // namespace

namespace {
// c.__complex__(): an exact complex of the same value (CPython: complex___complex___impl)
Result<Value> complex_complex(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (vm.type_of(args[0]) == vm.types.complex) return args[0];
    auto* c = as<Complex>(args[0]);
    return make_complex(vm, c->real, c->imag);
}
} // namespace

void init_complex_type(VM& vm) {
    Type* t = vm.types.complex;
    t->construct = complex_construct;
    t->slots.binary = complex_binary;
    t->slots.richcompare = complex_richcompare;
    t->slots.hash = complex_hash;
    t->slots.truth = complex_truth;
    t->slots.members = complex_members;
    add_methods(vm, t, {{"__complex__", complex_complex, Args::none()}});
    add_methods(vm, t, {
        {"__repr__", complex_repr, Args::none()}, {"conjugate", complex_conjugate, Args::none()},
        {"__abs__", complex_abs, Args::none()}, {"__neg__", complex_neg, Args::none()},
        {"__pos__", complex_pos, Args::none()}, {"__format__", complex_format, Args::one()},
    });
}

} // namespace weft::rt
