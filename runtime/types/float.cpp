// float: construction, repr (shortest round-trip, CPython's float_repr_style 'short'), formatting,
// rounding and the float-only methods. Arithmetic is in int.cpp (the number tower). CPython: Objects/floatobject.c.
#include <cmath>

#include "runtime/format_spec.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/float_format.hpp"
#include "runtime/types/int.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

bool is_float_value(Value const& v) {
    return v.is_float() || (v.is_object() && v.as_object()->type->layout == Layout::Float);
}

double float_value(Value const& v) {
    return v.is_float() ? v.as_float() : static_cast<BoxedFloat const*>(v.as_object())->value;
}

namespace {

Result<Value> float_repr_method(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.new_str(float_repr(float_value(args[0])));
}

Result<Value> float_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "float", kwnames));
    if (nargs > 2)
        return vm.raise(vm.types.TypeError, "float expected at most 1 argument, got {}", nargs - 1);
    if (nargs == 1)
        return Value::from_float(0.0);
    Value const& x = args[1];
    if (x.is_float()) return x;
    if (x.is_object() && vm.type_of(x)->layout == Layout::Float && vm.type_of(x)->lookup(vm.names.dunder_float).raw_bits() ==
                                                                   vm.types.float_->lookup(vm.names.dunder_float).raw_bits())
        return Value::from_float(float_value(x));  // a subclass's instance without a __float__ of its own
    if (x.is_object() && vm.type_of(x)->layout == Layout::Str) {
        auto parsed = parse_float(as<Str>(x)->view());
        if (!parsed)
            return vm.raise(vm.types.ValueError, "could not convert string to float: {}",
                            repr_for_message(as<Str>(x)->view()));
        return Value::from_float(std::isnan(*parsed) ? vm.fresh_nan(*parsed) : *parsed);
    }
    if (is_int_value(vm, x))
        return Value::from_float(TRY(vm.to_double(x)));
    if (std::string_view data; vm.type_of(x)->lookup(vm.names.dunder_float).is_null() && bytes_like(vm, x, data)) {
        // float(b"2.5"): the bytes read as ASCII text (CPython: PyFloat_FromString's buffer case)
        bool ascii = std::all_of(data.begin(), data.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        auto parsed = ascii ? parse_float(data) : std::nullopt;
        if (!parsed) {
            Value shown = make_bytes(vm, std::string(data));
            return vm.raise(vm.types.ValueError, "could not convert string to float: {}", TRY(vm.repr_string(shown)));
        }
        return Value::from_float(std::isnan(*parsed) ? vm.fresh_nan(*parsed) : *parsed);
    }
    Value method = vm.type_of(x)->lookup(vm.names.dunder_float);
    if (!method.is_null()) {
        Value r = TRY(vm.call1(method, x));
        if (!r.is_float())
            return vm.raise(vm.types.TypeError, "{}.__float__ returned non-float (type {})",
                            vm.type_of(x)->name->view(), vm.type_of(r)->name->view());
        return r;
    }
    return vm.raise(vm.types.TypeError, "float() argument must be a string or a real number, not '{}'",
                    vm.type_of(x)->name->view());
}

Result<Value> float_is_integer(VM& vm, Value const* args, std::size_t, Tuple*) {
    double d = float_value(args[0]);
    return Value::from_bool(std::isfinite(d) && d == std::floor(d));
}

Result<Value> float_format_method(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "__format__", nargs, 2, 2));
    if (!args[0].is_float() && as<Str>(args[1])->length == 0)
        return vm.str(args[0]);  // a subclass's own __str__ (CPython: float___format___impl)
    auto parsed = parse_format_spec(as<Str>(args[1])->view());
    if (!parsed.has_value())
        return raise_numeric(vm, parsed.error());
    auto out = format_float(float_value(args[0]), *parsed);
    if (!out.has_value())
        return raise_numeric(vm, out.error());
    return vm.new_str(*out);
}

// an exact float, also of a subclass's instance (CPython: float_float)
Result<Value> float_conjugate(VM& vm, Value const* args, std::size_t, Tuple*) { return Value::from_float(float_value(args[0])); }

} // namespace

namespace {

// f.real, f.imag (CPython: float_getset)
Value float_members(VM&, Value const& self, Str* name) {
    std::string_view n = name->view();
    if (n == "real") return Value::from_float(float_value(self));
    if (n == "imag") return Value::from_float(0.0);
    return Value();
}

} // namespace

void init_float_type(VM& vm) {
    vm.types.float_->slots.members = float_members;
    vm.types.float_->construct = float_construct;
    add_methods(vm, vm.types.float_, {
        {"__repr__", float_repr_method},
        {"__format__", float_format_method},
        {"is_integer", float_is_integer},
        {"conjugate", float_conjugate},
    });
}

} // namespace weft::rt
