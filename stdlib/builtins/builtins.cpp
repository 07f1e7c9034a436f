// The builtins module: print, len, the conversions and reductions, introspection (isinstance, getattr, ...),
// super(), and the builtin types and exceptions exposed by name. CPython: Python/bltinmodule.c.
#include <cmath>
#include <cstdio>

#include "interpreter/bytecode.hpp"
#include "interpreter/source.hpp"
#include "interpreter/text.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/bigint.hpp"
#include "runtime/types/container_ops.hpp"
#include "runtime/types/float_format.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/types/function.hpp"
#include "runtime/vm/import.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

// builtins.open, defined with the file objects in stdlib/_io/file.cpp
Result<Value> builtin_open(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames);


namespace {

std::size_t positional(std::size_t nargs, Tuple* kwnames) { return nargs - (kwnames ? kwnames->size : 0); }

// print(*objects, sep=' ', end='\n', file=None, flush=False)
// sys.stdout when a program replaced it (redirect_stdout, a capture object); null while it is the process's own
// stream, which print writes to directly
Value replaced_stdout(VM& vm) {
    Value sys = dict_get_str(vm.modules.get(), vm.names.sys);
    if (!sys.is_object() || vm.type_of(sys)->layout != Layout::Module)
        return Value();
    Dict* d = as<Module>(sys)->dict.get();
    Value current = dict_get_str(d, vm.names.stdout);
    if (current.is_null() || current.is(dict_get_str(d, vm.names.dunder_stdout)))
        return Value();
    return current;
}

// print(*objects, sep=' ', end='\n', file=None, flush=False): to a file object, one write() per piece as
// CPython's does (CPython: builtin_print_impl)
Result<Value> builtin_print(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = positional(nargs, kwnames);
    Value kw[4];
    TRY(parse_kwargs(vm, "print", args, nargs, kwnames, {"sep", "end", "file", "flush"}, kw));
    auto text_arg = [&](Value const& v, char const* name, std::string_view dflt) -> Result<std::string> {
        if (v.is_null() || v.is_none()) return std::string(dflt);
        if (!(v.is_object() && vm.type_of(v)->layout == Layout::Str))
            return vm.raise(vm.types.TypeError, "{} must be None or a string, not {}", name, vm.type_of(v)->name->view());
        return std::string(as<Str>(v)->view());
    };
    std::string sep = TRY(text_arg(kw[0], "sep", " "));
    std::string end = TRY(text_arg(kw[1], "end", "\n"));
    bool flush = !kw[3].is_null() && TRY(vm.truthy(kw[3]));
    Value file = !kw[2].is_null() && !kw[2].is_none() ? kw[2] : replaced_stdout(vm);
    if (file.is_none())
        return Value::none();  // sys.stdout = None: print does nothing
    if (!file.is_null()) {
        auto write = [&](Value text) -> Result<void> {
            TRY(vm.call_method(file, vm.names.write, &text, 1));
            return {};
        };
        for (std::size_t i = 0; i < npos; ++i) {
            if (i) TRY(write(vm.new_str(sep)));
            Value text = TRY(vm.str(args[i]));
            TRY(write(std::move(text)));
        }
        TRY(write(vm.new_str(end)));
        if (flush)
            TRY(vm.call_method(file, vm.names.flush, nullptr, 0));
        return Value::none();
    }
    std::string out;
    // stdout is UTF-8 with sys.stdout.errors: a lone surrogate it cannot take is a UnicodeEncodeError, after what
    // came before it was written (CPython's print writes piece by piece)
    auto append = [&](std::string_view piece) -> Result<void> {
        if (find_surrogate(piece) != std::string_view::npos) [[unlikely]] {
            TRY(vm.write_stdout(out));
            out = TRY(encode_text(vm, piece, "utf-8", vm.stdout_errors));
            return {};
        }
        out += piece;
        return {};
    };
    for (std::size_t i = 0; i < npos; ++i) {
        if (i) TRY(append(sep));
        Value s = TRY(vm.str(args[i]));
        TRY(append(as<Str>(s)->view()));
    }
    TRY(append(end));
    TRY(vm.write_stdout(out));
    if (flush)
        TRY(vm.flush_stdout());
    return Value::none();
}

Result<Value> builtin_len(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return Value::from_int(TRY(vm.len(args[0])));
}

Result<Value> builtin_repr(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return vm.repr(args[0]);
}

Result<Value> builtin_ascii(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return vm.ascii(args[0]);
}

// Whether `t` is a subclass of `spec`, a class or a tuple of them (CPython: object_isinstance's and
// object_issubclass's recursion over tuples); `what` is the TypeError for anything else.
Result<bool> subclass_of_any(VM& vm, Type* t, Value const& spec, char const* what) {
    Tuple* members = union_members(vm, spec);
    if (members || (spec.is_object() && vm.type_of(spec)->layout == Layout::Tuple)) {
        Tuple* tu = members ? members : as<Tuple>(spec);
        for (std::size_t i = 0; i < tu->size; ++i)
            if (TRY(subclass_of_any(vm, t, tu->items[i], what))) return true;
        return false;
    }
    if (!(spec.is_object() && vm.type_of(spec)->layout == Layout::Type))
        return vm.raise(vm.types.TypeError, what);
    return t->is_subtype_of(as<Type>(spec));
}

// isinstance/issubclass against a class whose metaclass is not `type`: the metaclass's __instancecheck__ or
// __subclasscheck__ decides (CPython: object_recursive_isinstance, object_issubclass; an exact `type` and the
// tuple/union forms skip the hook). Null when the metaclass has no such method.
Result<Value> class_check_hook(VM& vm, Value const& cls, Value const& subject, char const* hook) {
    // a class whose metaclass is `type`, or a builtin value, has no hook; any other object's type may have one
    // (typing's aliases are not classes)
    if (!cls.is_object() || vm.type_of(cls) == vm.types.type || !vm.type_of(cls)->is_heap)
        return Value();
    Value check = vm.type_of(cls)->lookup(vm.intern(hook));
    if (check.is_null())
        return Value();
    Value call_args[2] = {cls, subject};
    Value result = TRY(vm.call(check, call_args, 2));
    return Value::from_bool(TRY(vm.truthy(result)));
}

// isinstance(inst, spec) and issubclass(cls, spec), recursing over tuples and unions so that each member's hook
// applies (CPython: object_recursive_isinstance, object_issubclass)
Result<bool> instance_check(VM& vm, Value const& inst, Value const& spec) {
    if (spec.is_object() && static_cast<Object*>(vm.type_of(inst)) == spec.as_object())
        return true;
    Tuple* members = union_members(vm, spec);
    if (members || (spec.is_object() && vm.type_of(spec)->layout == Layout::Tuple)) {
        Tuple* tu = members ? members : as<Tuple>(spec);
        for (std::size_t i = 0; i < tu->size; ++i)
            if (TRY(instance_check(vm, inst, tu->items[i]))) return true;
        return false;
    }
    Value hooked = TRY(class_check_hook(vm, spec, inst, "__instancecheck__"));
    if (!hooked.is_null())
        return hooked.as_bool();
    Type* t = vm.type_of(inst);
    if (TRY(subclass_of_any(vm, t, spec, "isinstance() arg 2 must be a type, a tuple of types, or a union")))
        return true;
    // an object whose class defines __class__ (a proxy) is also an instance of what that names (CPython:
    // object_isinstance's __class__ lookup)
    if (t->is_heap && (t->getattribute_hook || !t->lookup(vm.names.dunder_class).is_null())) {
        Value claimed = TRY(vm.getattr(inst, vm.names.dunder_class));
        if (claimed.is_object() && vm.type_of(claimed)->layout == Layout::Type && as<Type>(claimed) != t)
            return subclass_of_any(vm, as<Type>(claimed), spec, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    return false;
}

Result<bool> subclass_check(VM& vm, Value const& cls, Value const& spec) {
    Tuple* members = union_members(vm, spec);
    if (members || (spec.is_object() && vm.type_of(spec)->layout == Layout::Tuple)) {
        Tuple* tu = members ? members : as<Tuple>(spec);
        for (std::size_t i = 0; i < tu->size; ++i)
            if (TRY(subclass_check(vm, cls, tu->items[i]))) return true;
        return false;
    }
    Value hooked = TRY(class_check_hook(vm, spec, cls, "__subclasscheck__"));
    if (!hooked.is_null())
        return hooked.as_bool();
    if (!(cls.is_object() && vm.type_of(cls)->layout == Layout::Type))
        return vm.raise(vm.types.TypeError, "issubclass() arg 1 must be a class");
    return subclass_of_any(vm, as<Type>(cls), spec, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

// type.__instancecheck__(cls, obj) and type.__subclasscheck__(cls, sub): the checks without any metaclass hook
// (CPython: _PyObject_RealIsInstance, _PyObject_RealIsSubclass), what a metaclass's own hook may fall back to
Result<Value> type_instancecheck(VM& vm, Value const* args, std::size_t, Tuple*) {
    Type* t = vm.type_of(args[1]);
    if (TRY(subclass_of_any(vm, t, args[0], "isinstance() arg 2 must be a type, a tuple of types, or a union")))
        return Value::from_bool(true);
    Value claimed = TRY(vm.getattr_opt(args[1], vm.names.dunder_class));
    if (claimed.is_object() && vm.type_of(claimed)->layout == Layout::Type && as<Type>(claimed) != t)
        return Value::from_bool(TRY(subclass_of_any(vm, as<Type>(claimed), args[0], "isinstance() arg 2 must be a type")));
    return Value::from_bool(false);
}

Result<Value> type_subclasscheck(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (!(args[1].is_object() && vm.type_of(args[1])->layout == Layout::Type))
        return vm.raise(vm.types.TypeError, "issubclass() arg 1 must be a class");
    return Value::from_bool(TRY(subclass_of_any(vm, as<Type>(args[1]), args[0],
                                                "issubclass() arg 2 must be a class, a tuple of classes, or a union")));
}

Result<Value> builtin_isinstance(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return Value::from_bool(TRY(instance_check(vm, args[0], args[1])));
}

Result<Value> builtin_issubclass(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return Value::from_bool(TRY(subclass_check(vm, args[0], args[1])));
}

Result<Str*> attr_name(VM& vm, Value const& v, char const* fn) {
    if (!(v.is_object() && vm.type_of(v)->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "attribute name must be string, not '{}'", vm.type_of(v)->name->view());
    if (as<Str>(v)->interned) return as<Str>(v);  // a name written in the code is interned already
    return vm.intern(as<Str>(v)->view());
}

Result<Value> builtin_getattr(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Str* name = TRY(attr_name(vm, args[1], "getattr"));
    if (nargs == 3) {
        // the default for a missing attribute, whoever raised the AttributeError (a property, a __getattr__)
        Result<Value> v = vm.getattr_opt(args[0], name);
        if (v.is_error()) {
            if (!vm.exception_matches(vm.types.AttributeError)) return Raised{};
            vm.take_exception();
            return args[2];
        }
        return v.value().is_null() ? args[2] : v.value();
    }
    return vm.getattr(args[0], name);
}

Result<Value> builtin_hasattr(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Str* name = TRY(attr_name(vm, args[1], "hasattr"));
    Result<Value> v = vm.getattr_opt(args[0], name);
    if (v.is_error()) {
        if (vm.exception_matches(vm.types.AttributeError)) {
            vm.take_exception();
            return Value::from_bool(false);
        }
        return Raised{};
    }
    return Value::from_bool(!v.value().is_null());
}

Result<Value> builtin_setattr(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Str* name = TRY(attr_name(vm, args[1], "setattr"));
    TRY(vm.setattr(args[0], name, args[2]));
    return Value::none();
}

Result<Value> builtin_delattr(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Str* name = TRY(attr_name(vm, args[1], "delattr"));
    TRY(vm.delattr(args[0], name));
    return Value::none();
}

Result<Value> builtin_abs(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value const& v = args[0];
    if (v.is_int() || v.is_bool()) {
        if (v.as_int() == INT64_MIN) return make_int(vm, abs(BigInt(v.as_int())));
        return Value::from_int(std::llabs(v.as_int()));
    }
    if (v.is_float()) return Value::from_float(std::fabs(v.as_float()));
    if (vm.type_of(v)->layout == Layout::Int && !vm.type_of(v)->is_heap) return make_int(vm, abs(as<Long>(v)->value));
    Value m = vm.type_of(v)->lookup(vm.names.dunder_abs);
    if (m.is_null()) return vm.raise(vm.types.TypeError, "bad operand type for abs(): '{}'", vm.type_of(v)->name->view());
    return vm.call1(m, v);
}

// One item of min()/max(): it replaces the best so far only when its key is strictly better (CPython: min_max's
// PyObject_RichCompareBool(val, maxval, op)); the first item is the best.
WEFT_ALWAYS_INLINE Result<void> min_max_consider(VM& vm, Value const& key_fn, bool is_max, Value item, Value& best,
                                                 Value& best_key) {
    Value k = key_fn.is_null() ? item : TRY(vm.call1(key_fn, item));
    if (best_key.is_null()) {
        best = std::move(item);
        best_key = std::move(k);
        return {};
    }
    bool better;
    if (k.is_int() && best_key.is_int()) {
        better = is_max ? k.as_int() > best_key.as_int() : k.as_int() < best_key.as_int();
    } else if (is_max) {
        Value r = TRY(vm.compare(k, best_key, static_cast<int>(front::CmpOpArg::Gt)));
        better = r.is_bool() ? r.as_bool() : TRY(vm.truthy(r));
    } else {
        better = TRY(vm.less_than(k, best_key));
    }
    if (better) {
        best = std::move(item);
        best_key = std::move(k);
    }
    return {};
}

// min/max(iterable): out of line, so that the two-argument form keeps its values in registers
[[gnu::noinline]] Result<Value> min_max_of_iterable(VM& vm, Value const& iterable, Value const& key,
                                                    Value const& default_value, bool is_max) {
    char const* name = is_max ? "max" : "min";
    Value best, best_key;
    Value it = TRY(vm.get_iter(iterable));
    // without a key, a generator's ints are weighed against an int best in its run (YieldSink)
    YieldSinkOf sink([&](Value& item) {
        if (!key.is_null() || !item.is_int() || !(best_key.is_null() || best_key.is_int())) return false;
        if (best_key.is_null() || (is_max ? item.as_int() > best_key.as_int() : item.as_int() < best_key.as_int()))
            best = best_key = item;
        return true;
    });
    for (;;) {
        Value item = TRY(vm.next_through(it, sink));
        if (item.is_null()) break;
        TRY(min_max_consider(vm, key, is_max, std::move(item), best, best_key));
    }
    if (best_key.is_null()) {
        if (!default_value.is_null()) return default_value;
        return vm.raise(vm.types.ValueError, "{}() arg is an empty sequence", name);
    }
    return best;
}

// min/max(iterable, *, key=None, default=...) or min/max(a, b, *args, key=None): the items are taken one at a time
// and each one's key computed as it comes, the first of equal ones kept (CPython: min_max)
Result<Value> min_max(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames, bool is_max) {
    char const* name = is_max ? "max" : "min";
    std::size_t npos = positional(nargs, kwnames);
    if (npos == 0) return vm.raise(vm.types.TypeError, "{} expected at least 1 argument, got 0", name);
    if (npos > 1 && !kwnames) {  // max(a, b): the common call, compiled with no key for certain
        Value best, best_key;
        for (std::size_t i = 0; i < npos; ++i) TRY(min_max_consider(vm, Value(), is_max, args[i], best, best_key));
        return best;
    }
    Value key, default_value;
    if (kwnames) [[unlikely]] {
        Value kw[2];  // key, default: keyword-only (PyArg_ParseTupleAndKeywords's "|$OO")
        TRY(check_argument_total(vm, name, 0, kwnames, 2));
        TRY(parse_kwargs(vm, name, args, nargs, kwnames, {"key", "default"}, kw));
        if (npos > 1 && !kw[1].is_null())
            return vm.raise(vm.types.TypeError, "Cannot specify a default for {}() with multiple positional arguments",
                            name);
        if (!kw[0].is_none()) key = std::move(kw[0]);
        default_value = std::move(kw[1]);
    }
    if (npos > 1) {
        Value best, best_key;
        for (std::size_t i = 0; i < npos; ++i) TRY(min_max_consider(vm, key, is_max, args[i], best, best_key));
        return best;
    }
    return min_max_of_iterable(vm, args[0], key, default_value, is_max);
}

Result<Value> builtin_min(VM& vm, Value const* a, std::size_t n, Tuple* k) { return min_max(vm, a, n, k, false); }
Result<Value> builtin_max(VM& vm, Value const* a, std::size_t n, Tuple* k) { return min_max(vm, a, n, k, true); }

Result<Value> builtin_sum(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = positional(nargs, kwnames);
    Value kw[1];
    TRY(check_argument_total(vm, "sum", npos, kwnames, 2));
    TRY(parse_kwargs(vm, "sum", args, nargs, kwnames, {"start"}, kw));
    if (npos < 1) return vm.raise(vm.types.TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (npos > 2) return vm.raise(vm.types.TypeError, "sum() takes at most 2 arguments ({} given)", npos);
    Value acc = npos == 2 ? args[1] : (kw[0].is_null() ? Value::from_int(0) : kw[0]);
    if (acc.is_object() && vm.type_of(acc)->layout == Layout::Str)
        return vm.raise(vm.types.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    Value it = TRY(vm.get_iter(args[0]));
    // two small ints or two floats add without a call: a generator's such items are added in its run (YieldSink)
    auto add_plain = [&](Value& x) {
        if (acc.is_int() && x.is_int()) {
            std::int64_t r;
            if (__builtin_add_overflow(acc.as_int(), x.as_int(), &r)) return false;
            acc = Value::from_int(r);
            return true;
        }
        if (acc.is_float() && x.is_float()) {
            acc = Value::from_float(acc.as_float() + x.as_float());
            return true;
        }
        return false;
    };
    YieldSinkOf sink(add_plain);
    for (;;) {
        Value x = TRY(vm.next_through(it, sink));
        if (x.is_null()) break;
        if (!add_plain(x)) acc = TRY(vm.binary_op(acc, x, 0));
    }
    return acc;
}

Result<Value> builtin_sorted(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = positional(nargs, kwnames);
    if (npos != 1) return vm.raise(vm.types.TypeError, "sorted expected 1 argument, got {}", npos);
    Value kw[2];
    TRY(check_argument_total(vm, "sort", 0, kwnames, 2));
    TRY(parse_kwargs(vm, "sort", args, nargs, kwnames, {"key", "reverse"}, kw));
    Ref<List> l = TRY(vm.to_list(args[0]));
    bool reverse = kw[1].is_null() ? false : TRY(vm.truthy(kw[1]));
    TRY(list_sort_impl(vm, l.get(), kw[0], reverse));
    return l.take_value();
}

// any() and all(): the first item whose truth is `stop_at` ends the search (CPython: builtin_any, builtin_all).
// A generator's items that are plainly not it (a bool, None, an int or a float) are passed over in its run
// (YieldSink); the rest come out here.
Result<Value> first_truth(VM& vm, Value const& iterable, bool stop_at) {
    Value it = TRY(vm.get_iter(iterable));
    YieldSinkOf sink([stop_at](Value& x) {
        bool truth;
        if (x.is_bool()) truth = x.as_bool();
        else if (x.is_int()) truth = x.as_int() != 0;
        else if (x.is_none()) truth = false;
        else if (x.is_float()) truth = x.as_float() != 0.0;
        else return false;
        return truth != stop_at;
    });
    for (;;) {
        Value x = TRY(vm.next_through(it, sink));
        if (x.is_null()) return Value::from_bool(!stop_at);
        if (TRY(vm.truthy(x)) == stop_at) return Value::from_bool(stop_at);
    }
}

Result<Value> builtin_any(VM& vm, Value const* args, std::size_t, Tuple*) { return first_truth(vm, args[0], true); }
Result<Value> builtin_all(VM& vm, Value const* args, std::size_t, Tuple*) { return first_truth(vm, args[0], false); }

Result<Value> builtin_iter(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs == 2) return make_callable_iterator(vm, args[0], args[1]);
    return vm.get_iter(args[0]);
}

Result<Value> builtin_next(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Type* t = vm.type_of(args[0]);
    if (t->layout != Layout::Iterator && t != vm.types.generator && t->lookup(vm.names.dunder_next).is_null())
        return vm.raise(vm.types.TypeError, "'{}' object is not an iterator", t->name->view());
    Value stop;
    Value v = TRY(vm.next_with_value(args[0], stop));
    if (!v.is_null()) return v;
    if (nargs == 2) return args[1];
    return vm.raise_stop_iteration(stop);
}

Result<Value> builtin_id(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (args[0].is_object()) return Value::from_int(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(args[0].as_object())));
    return Value::from_int(static_cast<std::int64_t>(args[0].raw_bits() ^ (static_cast<std::uint64_t>(args[0].tag()) << 56)));
}

Result<Value> builtin_hash(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return Value::from_int(TRY(vm.hash(args[0])));
}

Result<Value> builtin_callable(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return Value::from_bool(vm.is_callable(args[0]));
}

// round(number, ndigits=None) (CPython: float___round___impl, double_round; long_round)
Result<Value> builtin_round(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value kw[2];
    TRY(parse_args(vm, "round", args, nargs, kwnames, {"number", "ndigits"}, kw));
    if (kw[0].is_null())  // CPython: Argument Clinic's _PyArg_UnpackKeywords
        return vm.raise(vm.types.TypeError, "round() missing required argument 'number' (pos 1)");
    Value const& x = kw[0];
    bool has_digits = !kw[1].is_null() && !kw[1].is_none();
    if (x.is_float()) {
        double d = x.as_float();
        if (!has_digits) {
            if (std::isnan(d)) return vm.raise(vm.types.ValueError, "cannot convert float NaN to integer");
            if (std::isinf(d)) return vm.raise(vm.types.OverflowError, "cannot convert float infinity to integer");
            double r = std::nearbyint(d);
            auto big = BigInt::from_double(r);
            return make_int(vm, std::move(big).value());
        }
        std::int64_t n = TRY(vm.index_value(kw[1]));
        if (!std::isfinite(d) || d == 0.0) return x;
        if (n > 323) return x;
        if (n < -308) return Value::from_float(std::copysign(0.0, d));
        if (n >= 0) {
            char buf[512];
            std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(n), d);
            return Value::from_float(std::strtod(buf, nullptr));
        }
        double pow10 = std::pow(10.0, static_cast<double>(-n));
        double y = d / pow10;
        double z = std::nearbyint(y);
        if (std::fabs(y - z) == 0.5) z = 2.0 * std::nearbyint(y / 2.0);
        double r = z * pow10;
        if (!std::isfinite(r)) return vm.raise(vm.types.OverflowError, "rounded value too large to represent");
        return Value::from_float(r);
    }
    if (is_int_value(vm, x)) {
        Value v = x.is_bool() ? Value::from_int(x.as_int()) : x;
        if (!has_digits) return v;
        std::int64_t n = TRY(vm.index_value(kw[1]));
        if (n >= 0) return v;
        // round half to even at 10**-n
        BigInt value = to_bigint(v);
        auto p = pow(BigInt(10), BigInt(-n));
        BigInt unit = std::move(p).value();
        BigInt q = std::move(floor_div(value, unit)).value();
        BigInt r = value - q * unit;
        BigInt twice = r * BigInt(2);
        if (twice > unit || (twice == unit && (q & BigInt(1)) == BigInt(1))) q = q + BigInt(1);
        return make_int(vm, q * unit);
    }
    Value m = vm.type_of(x)->lookup(vm.names.dunder_round);
    if (m.is_null()) return vm.raise(vm.types.TypeError, "type {} doesn't define __round__ method", vm.type_of(x)->name->view());
    if (has_digits) {
        Value a[2] = {x, kw[1]};
        return vm.call(m, a, 2);
    }
    return vm.call1(m, x);
}

// a number of a builtin type (int, bool, float): its arithmetic is the binary operators'
bool builtin_real(VM& vm, Value const& v) {
    return v.is_int() || v.is_bool() || v.is_float() || (vm.type_of(v) == vm.types.int_);
}

// divmod(a, b): a.__divmod__(b), else b.__rdivmod__(a) (CPython: PyNumber_Divmod)
Result<Value> builtin_divmod(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value const& a = args[0];
    Value const& b = args[1];
    if (builtin_real(vm, a) && builtin_real(vm, b)) {
        if ((a.is_float() || b.is_float()) && TRY(vm.to_double(b)) == 0.0)
            return vm.raise(vm.types.ZeroDivisionError, "float divmod()");
        Value q = TRY(vm.binary_op(a, b, 2));
        Value r = TRY(vm.binary_op(a, b, 6));
        auto t = vm.new_tuple(2);
        t->items[0] = std::move(q);
        t->items[1] = std::move(r);
        return t.take_value();
    }
    Type* ta = vm.type_of(a);
    Type* tb = vm.type_of(b);
    Value forward = ta->lookup(vm.intern("__divmod__"));
    Value reflected = tb != ta ? tb->lookup(vm.intern("__rdivmod__")) : Value();
    // a subclass of a's type that defines its own __rdivmod__ goes first (CPython: binary_op1)
    bool reflected_first = !reflected.is_null() && tb->is_subtype_of(ta) && reflected.raw_bits() != ta->lookup(vm.intern("__rdivmod__")).raw_bits();
    for (int pass = 0; pass < 2; ++pass) {
        bool use_reflected = (pass == 0) == reflected_first;
        Value const& method = use_reflected ? reflected : forward;
        if (method.is_null()) continue;
        Value call_args[2] = {use_reflected ? b : a, use_reflected ? a : b};
        Value r = TRY(vm.call(method, call_args, 2));
        if (r.raw_bits() != vm.not_implemented.raw_bits()) return r;
    }
    return vm.raise(vm.types.TypeError, "unsupported operand type(s) for divmod(): '{}' and '{}'", ta->name->view(),
                    tb->name->view());
}

// pow(base, exp, mod=None): with a modulus, base.__pow__(exp, mod) (CPython: ternary_op, which gives three-argument
// pow no reflected form); ints take the modular power
Result<Value> builtin_pow(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = positional(nargs, kwnames);
    Value kw[3];
    TRY(check_argument_total(vm, "pow", npos, kwnames, 3));
    for (std::size_t i = 0; i < npos && i < 3; ++i) kw[i] = args[i];
    TRY(parse_kwargs(vm, "pow", args, nargs, kwnames, {"base", "exp", "mod"}, kw));
    if (kw[2].is_null() || kw[2].is_none()) return vm.binary_op(kw[0], kw[1], 8);
    bool ints = is_int_value(vm, kw[0]) && is_int_value(vm, kw[1]) && is_int_value(vm, kw[2]);
    if (!ints || vm.type_of(kw[0])->is_heap) {
        Type* t = vm.type_of(kw[0]);
        bool number = kw[0].is_float() || kw[0].is_int() || kw[0].is_bool() || t == vm.types.int_;
        Value method = t->lookup(vm.intern("__pow__"));
        if (!number && !method.is_null()) {
            Value call_args[3] = {kw[0], kw[1], kw[2]};
            Value r = TRY(vm.call(method, call_args, 3));
            if (r.raw_bits() != vm.not_implemented.raw_bits()) return r;
        }
        bool reals = [&] {
            for (auto const& v : kw)
                if (!(v.is_float() || v.is_int() || v.is_bool() || vm.type_of(v)->layout == Layout::Int)) return false;
            return true;
        }();
        if (!ints && reals)
            return vm.raise(vm.types.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        if (!ints)
            return vm.raise(vm.types.TypeError, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                            vm.type_of(kw[0])->name->view(), vm.type_of(kw[1])->name->view(), vm.type_of(kw[2])->name->view());
    }
    auto r = pow_mod(to_bigint(kw[0]), to_bigint(kw[1]), to_bigint(kw[2]));
    if (!r.has_value()) return raise_numeric(vm, r.error());
    return make_int(vm, std::move(r).value());
}

Result<Value> builtin_chr(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::int64_t c = TRY(vm.index_value(args[0]));
    if (c < 0 || c > 0x10FFFF) return vm.raise(vm.types.ValueError, "chr() arg not in range(0x110000)");
    std::string out;
    text::append_utf8(out, static_cast<char32_t>(c));
    return vm.new_str(out);
}

Result<Value> builtin_ord(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (layout_of(args[0]) == Layout::Bytes || layout_of(args[0]) == Layout::ByteArray) {
        // a bytes or bytearray of length 1 (CPython: builtin_ord)
        std::string_view b = as<Bytes>(args[0])->view();
        if (b.size() != 1)
            return vm.raise(vm.types.TypeError, "ord() expected a character, but string of length {} found", b.size());
        return Value::from_int(static_cast<unsigned char>(b[0]));
    }
    if (!(args[0].is_object() && vm.type_of(args[0])->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "ord() expected string of length 1, but {} found", vm.type_of(args[0])->name->view());
    Str* s = as<Str>(args[0]);
    if (s->char_count != 1)
        return vm.raise(vm.types.TypeError, "ord() expected a character, but string of length {} found", s->char_count);
    std::size_t pos = 0;
    return Value::from_int(text::next_code_point(s->view(), pos));
}

Result<Value> base_text(VM& vm, Value const* args, std::size_t nargs, char const* name, int which) {
    Value v = args[0];
    if (!is_int_value(vm, v)) {
        std::int64_t i = TRY(vm.index_value(v));
        v = Value::from_int(i);
    }
    BigInt b = to_bigint(v);
    return vm.new_str(which == 16 ? b.to_hex() : which == 8 ? b.to_oct() : b.to_bin());
}
Result<Value> builtin_hex(VM& vm, Value const* a, std::size_t n, Tuple*) { return base_text(vm, a, n, "hex", 16); }
Result<Value> builtin_oct(VM& vm, Value const* a, std::size_t n, Tuple*) { return base_text(vm, a, n, "oct", 8); }
Result<Value> builtin_bin(VM& vm, Value const* a, std::size_t n, Tuple*) { return base_text(vm, a, n, "bin", 2); }

Result<Value> builtin_format(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value spec = nargs == 2 ? args[1] : vm.empty_str.value();
    if (!(spec.is_object() && vm.type_of(spec)->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "format() argument 2 must be str, not {}", vm.type_of(spec)->name->view());
    return vm.format_with_spec(args[0], spec);
}

Result<Value> builtin_vars(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs == 0) {
        // vars() is locals() (CPython: builtin_vars_impl)
        Frame* f = vm.thread()->frame;
        if (!f) return vm.raise(vm.types.SystemError, "vars(): no current frame");
        return frame_locals(vm, f);
    }
    Value d = TRY(vm.getattr_opt(args[0], vm.names.dunder_dict));
    if (d.is_null()) return vm.raise(vm.types.TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

Result<Value> builtin_globals(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Frame* f = vm.thread()->frame;
    if (!f) return vm.raise(vm.types.SystemError, "globals(): no current frame");
    return Value::borrowed(f->globals);
}

Result<Value> builtin_locals(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Frame* f = vm.thread()->frame;
    if (!f) return vm.raise(vm.types.SystemError, "locals(): no current frame");
    return frame_locals(vm, f);
}

Result<Value> builtin_dir(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs == 0) {
        // the names of the current scope, sorted (CPython: builtin_dir -> _dir_locals)
        Frame* f = vm.thread()->frame;
        if (!f) return vm.raise(vm.types.SystemError, "dir(): no current frame");
        Value scope = frame_locals(vm, f);
        Ref<List> names = TRY(vm.to_list(scope));
        TRY(list_sort_impl(vm, names.get(), Value(), false));
        return names.take_value();
    }
    ValueVector keys;
    auto add_dict = [&](Dict* d) {
        if (!d) return;
        for (auto const& e : d->table.entries())
            if (!e.key.is_null()) keys.push_back(e.key);
    };
    Type* t = vm.type_of(args[0]);
    // a class's own __dir__ (or a metaclass's, for a class): its result, sorted (CPython: builtin_dir's
    // _dir_object)
    if (t->is_heap) {
        Value own = t->lookup(vm.intern("__dir__"));
        if (!own.is_null() && vm.type_of(own)->layout != Layout::BuiltinFunction) {
            Value listed = TRY(vm.call1(own, args[0]));
            Ref<List> names = TRY(vm.to_list(listed));
            TRY(list_sort_impl(vm, names.get(), Value(), false));
            return names.take_value();
        }
    }
    if (t->layout == Layout::Module) add_dict(as<Module>(args[0])->dict.get());
    else {
        if (t->layout == Layout::Instance) add_dict(as<Instance>(args[0])->materialize(vm));
        Type* cls = t->layout == Layout::Type ? as<Type>(args[0]) : t;
        for (auto const& m : cls->mro)
            if (Dict* d = m->complete_dict()) add_dict(d);
        // what CPython's object and classes have as descriptors weft computes: __class__, and a class
        // statement's __dict__/__weakref__ unless its instances have only __slots__
        keys.push_back(Value::borrowed(vm.names.dunder_class));
        for (auto const& m : cls->mro)
            if (m->is_heap && m->layout == Layout::Instance && !m->slots_only) {
                keys.push_back(Value::borrowed(vm.names.dunder_dict));
                keys.push_back(Value::borrowed(vm.intern("__weakref__")));
                break;
            }
    }
    auto set_dict = vm.new_dict();
    for (auto const& k : keys) TRY(dict_set(vm, set_dict.get(), k, Value::none()));
    Ref<List> out = TRY(vm.to_list(set_dict.value()));
    TRY(list_sort_impl(vm, out.get(), Value(), false));
    return out.take_value();
}

// ---- eval, exec, compile (CPython: Python/bltinmodule.c builtin_eval_impl, builtin_exec_impl,
// builtin_compile_impl) ----

bool is_dict(VM& vm, Value const& v) { return v.is_object() && vm.type_of(v)->layout == Layout::Dict; }

// Whether `v` can be source text: a str, or bytes, bytearray or a memoryview.
bool is_source_text(VM& vm, Value const& v) {
    std::string_view data;
    return layout_of(v) == Layout::Str || bytes_like(vm, v, data);
}

// The source text of a str, or of bytes-like source in UTF-8 or the encoding it declares (PEP 263); a decoding
// error is CPython's "(unicode error) ..." SyntaxError.
Result<std::string> source_text(VM& vm, Value const& source) {
    std::string_view data;
    if (layout_of(source) == Layout::Str) data = as<Str>(source)->view();
    else bytes_like(vm, source, data);
    // CPython 3.11 (Debian's 3.11.2, the oracle): _Py_SourceAsString refuses a NUL before anything is parsed
    if (data.find('\0') != std::string_view::npos)
        return vm.raise(vm.types.ValueError, "source code string cannot contain null bytes");
    if (layout_of(source) == Layout::Str) return std::string(data);
    std::string decoded(data);
    std::string unknown;
    std::string message;
    if (!front::apply_declared_encoding(decoded, unknown)) {
        message = "unknown encoding: " + unknown;
    } else if (decode_bytes(vm, decoded, "utf-8", "strict").is_error()) {
        Value exc = vm.take_exception();
        message = "(unicode error) " + TRY(vm.str_string(exc));
    } else {
        return decoded;
    }
    Value msg = vm.new_str(message);
    Value exc = TRY(vm.call1(Value::borrowed(vm.types.SyntaxError), msg));  // so that e.msg is set
    return vm.raise_value(std::move(exc));
}

// The code to run: a code object as it is, or source text compiled in `mode` as "<string>".
Result<Ref<CodeObject>> code_to_run(VM& vm, Value const& source, front::CompileMode mode, char const* fname) {
    if (source.is_object() && vm.type_of(source)->layout == Layout::Code)
        return Ref<CodeObject>::borrowed(as<CodeObject>(source));
    if (!is_source_text(vm, source))
        return vm.raise(vm.types.TypeError, "{}() arg 1 must be a string, bytes or code object", fname);
    std::string decoded = TRY(source_text(vm, source));
    std::string_view text = decoded;
    if (mode == front::CompileMode::Eval)
        text.remove_prefix(std::min(text.size(), text.find_first_not_of(" \t")));  // eval strips leading blanks
    Ref<Dict> scratch = vm.new_dict();
    Value fn = TRY(vm.compile_source("<string>", std::string(text), scratch, mode));
    return Ref<CodeObject>::borrowed(as<Function>(fn)->code.get());
}

// Runs `code` in `globals` (which gets __builtins__ when it has none) and `locals`: the caller's when
// globals is None.
Result<Value> run_in(VM& vm, CodeObject* code, Value const* args, std::size_t nargs) {
    Value globals = nargs > 1 ? args[1] : Value::none();
    Value locals = nargs > 2 ? args[2] : Value::none();
    Ref<Dict> g;
    Ref<Dict> l;
    if (globals.is_none()) {
        Frame* f = vm.thread()->frame;
        if (!f) return vm.raise(vm.types.SystemError, "globals and locals cannot be NULL");
        g = Ref<Dict>::borrowed(f->globals);
        if (locals.is_none()) {
            Value caller_locals = frame_locals(vm, f);
            l = Ref<Dict>::borrowed(as<Dict>(caller_locals));
        }
    } else {
        g = Ref<Dict>::borrowed(as<Dict>(globals));
    }
    if (!locals.is_none()) l = Ref<Dict>::borrowed(as<Dict>(locals));
    if (!l) l = g;
    Value given = dict_get_str(g.get(), vm.names.dunder_builtins);
    if (given.is_null())
        dict_set_str(vm, g.get(), vm.names.dunder_builtins, vm.builtins.value());
    // the code sees the builtins its globals name: a dict, or a module's dict (CPython: _PyEval_BuiltinsFromGlobals)
    Dict* builtins = vm.builtins.get();
    if (layout_of(given) == Layout::Dict) builtins = as<Dict>(given);
    else if (layout_of(given) == Layout::Module) builtins = as<Module>(given)->dict.get();
    Value fn = TRY(make_function(vm, code, g.get(), builtins));
    if (code->flags & front::CodeCoroutine) {
        // code compiled with top-level await: a coroutine that runs it when awaited (CPython: eval of such code)
        Ref<Generator> coroutine = Generator::create(vm, as<Function>(fn), vm.types.coroutine);
        Frame* frame = coroutine->frame();
        if (frame->locals) decref(frame->locals);
        frame->locals = l.get();
        incref(frame->locals);
        return coroutine.take_value();
    }
    return vm.run_code(as<Function>(fn), l.get());
}

Result<Value> builtin_eval(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs > 1 && !args[1].is_none() && !is_dict(vm, args[1]))
        return vm.raise(vm.types.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
    if (nargs > 2 && !args[2].is_none() && !is_dict(vm, args[2]))
        return vm.raise(vm.types.TypeError, "locals must be a mapping");
    Ref<CodeObject> code = TRY(code_to_run(vm, args[0], front::CompileMode::Eval, "eval"));
    return run_in(vm, code.get(), args, nargs);
}

Result<Value> builtin_exec(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "exec", kwnames));
    if (nargs < 1 || nargs > 3)
        return vm.raise(vm.types.TypeError, "exec() takes at {} {} positional argument{} ({} given)",
                        nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s", nargs);
    if (nargs > 1 && !args[1].is_none() && !is_dict(vm, args[1]))
        return vm.raise(vm.types.TypeError, "exec() globals must be a dict, not {}", vm.type_of(args[1])->name->view());
    if (nargs > 2 && !args[2].is_none() && !is_dict(vm, args[2]))
        return vm.raise(vm.types.TypeError, "locals must be a mapping or None, not {}", vm.type_of(args[2])->name->view());
    Ref<CodeObject> code = TRY(code_to_run(vm, args[0], front::CompileMode::Exec, "exec"));
    TRY(run_in(vm, code.get(), args, nargs));
    return Value::none();
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code object. Of the flags,
// PyCF_ALLOW_TOP_LEVEL_AWAIT (0x2000) and PyCF_ALLOW_INCOMPLETE_INPUT (0x4000) are honoured; the others select
// features weft always has or lacks.
Result<Value> builtin_compile(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value a[6];
    if (std::size_t npos = nargs - (kwnames ? kwnames->size : 0); npos > 6)  // Argument Clinic's wording
        return vm.raise(vm.types.TypeError, "compile() takes at most 6 positional arguments ({} given)", npos);
    TRY(parse_args(vm, "compile", args, nargs, kwnames, {"source", "filename", "mode", "flags", "dont_inherit", "optimize"},
                   a));
    char const* names[] = {"source", "filename", "mode"};
    for (std::size_t k = 0; k < 3; ++k)
        if (a[k].is_null())
            return vm.raise(vm.types.TypeError, "compile() missing required argument '{}' (pos {})", names[k], k + 1);
    if (!is_source_text(vm, a[0]))
        return vm.raise(vm.types.TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (!(a[1].is_object() && vm.type_of(a[1])->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "compile() argument 'filename' must be str, not {}", vm.type_of(a[1])->name->view());
    if (!(a[2].is_object() && vm.type_of(a[2])->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "compile() argument 'mode' must be str, not {}", vm.type_of(a[2])->name->view());
    std::string_view mode_name = as<Str>(a[2])->view();
    front::CompileMode mode = mode_name == "exec"   ? front::CompileMode::Exec
                              : mode_name == "eval" ? front::CompileMode::Eval
                                                    : front::CompileMode::Single;
    if (mode_name != "exec" && mode_name != "eval" && mode_name != "single")
        return vm.raise(vm.types.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    std::int64_t flags = a[3].is_null() ? 0 : TRY(vm.index_value(a[3]));
    front::CompileFlags compile_flags;
    compile_flags.top_level_await = (flags & 0x2000) != 0;
    compile_flags.allow_incomplete_input = (flags & 0x4000) != 0;
    Ref<Dict> scratch = vm.new_dict();
    std::string text = TRY(source_text(vm, a[0]));
    Value fn = TRY(vm.compile_source(std::string(as<Str>(a[1])->view()), std::move(text), scratch, mode, compile_flags));
    return as<Function>(fn)->code.value();
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0): the module, or for a dotted name without a
// fromlist its top-level package, as the import statement binds it (CPython: builtin___import___impl).
Result<Value> builtin_import(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value a[5];
    TRY(parse_args(vm, "__import__", args, nargs, kwnames, {"name", "globals", "locals", "fromlist", "level"}, a));
    if (a[0].is_null()) return vm.raise(vm.types.TypeError, "__import__() missing required argument 'name' (pos 1)");
    if (!(a[0].is_object() && vm.type_of(a[0])->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "module name must be a string");
    std::int64_t level = a[4].is_null() ? 0 : TRY(vm.index_value(a[4]));
    if (level < 0) return vm.raise(vm.types.ValueError, "level must be >= 0");
    Dict* globals = !a[1].is_null() && a[1].is_object() && vm.type_of(a[1])->layout == Layout::Dict ? as<Dict>(a[1]) : nullptr;
    return vm.import_name(vm.intern(as<Str>(a[0])->view()), globals, a[3], level);
}

// aiter(async_iterable): its __aiter__() (CPython: builtin_aiter, PyObject_GetAIter)
Result<Value> builtin_aiter(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Type* t = vm.type_of(args[0]);
    Value m = t->lookup(vm.intern("__aiter__"));
    if (m.is_null()) return vm.raise(vm.types.TypeError, "'{}' object is not an async iterable", t->name->view());
    Value it = TRY(vm.call1(m, args[0]));
    if (vm.type_of(it)->lookup(vm.intern("__anext__")).is_null())
        return vm.raise(vm.types.TypeError, "aiter() returned not an async iterator of type '{}'", vm.type_of(it)->name->view());
    return it;
}

// exit and quit: what site.py puts in builtins, objects that show how to leave and raise SystemExit when called
// (CPython: Lib/_sitebuiltins.py Quitter).
struct Quitter final : NativeObject {
    Ref<Str> name;  // "exit" or "quit"
    explicit Quitter(Type* t) : NativeObject(t) {}
};

Result<Value> quitter_call(VM& vm, Value const& self, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "__call__", kwnames));
    if (nargs > 1)
        return vm.raise(vm.types.TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
                        nargs + 1);
    Value exc = TRY(vm.new_exception(vm.types.SystemExit, args, nargs));
    return vm.raise_value(exc);
}

Result<Value> quitter_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.new_str(format("Use {}() or Ctrl-D (i.e. EOF) to exit", as<Quitter>(args[0])->name->view()));
}

void add_quitters(VM& vm, Dict* builtins) {
    Type* t = make_builtin_type(vm, "Quitter", vm.types.object, Layout::Native);
    t->module_name = "_sitebuiltins";
    t->slots.call = quitter_call;
    add_methods(vm, t, {{"__repr__", quitter_repr, Args::none()}});
    for (char const* name : {"exit", "quit"}) {
        auto q = make<Quitter>(t);
        q->name = Ref<Str>::borrowed(vm.intern(name));
        dict_set_str(vm, builtins, vm.intern(name), q.take_value());
    }
}

// anext(aiterator[, default]): aiterator.__anext__(), and with a default an awaitable that gives the default
// instead of raising StopAsyncIteration (CPython: builtin_anext_impl, anextawaitable). The awaitable is a
// coroutine of a small function compiled on first use.
Result<Value> builtin_anext(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Type* t = vm.type_of(args[0]);
    Value method = t->lookup(vm.intern("__anext__"));
    if (method.is_null())
        return vm.raise(vm.types.TypeError, "'{}' object is not an async iterator", t->name->view());
    Value awaitable = TRY(vm.call1(method, args[0]));
    if (nargs == 1)
        return awaitable;
    BuiltinFunction* self = vm.native_callee;
    if (self->data.is_null()) {
        Ref<Dict> globals = vm.new_dict();
        dict_set_str(vm, globals.get(), vm.names.dunder_name, vm.new_str("builtins"));
        Value fn = TRY(vm.compile_source("<anext>",
                                         "async def anext_with_default(awaitable, default):\n"
                                         "    try:\n"
                                         "        return await awaitable\n"
                                         "    except StopAsyncIteration:\n"
                                         "        return default\n",
                                         globals));
        TRY(vm.run_module_code(as<Function>(fn)));
        self->data = dict_get_str(globals.get(), vm.intern("anext_with_default"));
    }
    Value call_args[2] = {awaitable, args[1]};
    return vm.call(self->data, call_args, 2);
}

// breakpoint(): no debugger here (CPython calls sys.breakpointhook, which starts pdb)
Result<Value> builtin_breakpoint(VM& vm, Value const*, std::size_t, Tuple*) { return Value::none(); }

Result<Value> builtin_input(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs == 1) {
        Value s = TRY(vm.str(args[0]));
        TRY(vm.write_stdout(as<Str>(s)->view()));
    }
    TRY(vm.flush_stdout());
    std::string line;
    int c;
    while ((c = std::getchar()) != EOF && c != '\n') line.push_back(static_cast<char>(c));
    if (c == EOF && line.empty()) return vm.raise(vm.types.EOFError, "EOF when reading a line");
    return vm.new_str(line);
}

} // namespace

// builtins.<name> = type: the type's own name is the interned key (make_builtin_type), found without hashing again
static void expose_type(VM& vm, Dict* builtins, Type* type, std::string_view name) {
    Str* key = type->name->view() == name ? type->name.get() : vm.intern(name);
    dict_set_str(vm, builtins, key, Value::borrowed(type));
}

Result<void> init_builtins_module(VM& vm, Module& m) {
    Dict* b = m.dict.get();
    b->table.reserve(160);  // about 150 names: made at their final size rather than grown again and again
    struct { char const* name; NativeFn fn; Args args = Args::any(); } functions[] = {
        {"print", builtin_print}, {"len", builtin_len, Args::one()}, {"repr", builtin_repr, Args::one()},
        {"ascii", builtin_ascii, Args::one()}, {"isinstance", builtin_isinstance, Args::positional(2, 2)},
        {"issubclass", builtin_issubclass, Args::positional(2, 2)},
        {"getattr", builtin_getattr, Args::positional(2, 3)},
        {"hasattr", builtin_hasattr, Args::positional(2, 2)},
        {"setattr", builtin_setattr, Args::positional(3, 3)},
        {"delattr", builtin_delattr, Args::positional(2, 2)}, {"abs", builtin_abs, Args::one()},
        {"min", builtin_min}, {"max", builtin_max}, {"sum", builtin_sum}, {"sorted", builtin_sorted},
       
       
        {"any", builtin_any, Args::one()}, {"all", builtin_all, Args::one()},
        {"iter", builtin_iter, Args::positional(1, 2)}, {"next", builtin_next, Args::positional(1, 2)},
        {"id", builtin_id, Args::one()}, {"hash", builtin_hash, Args::one()},
        {"callable", builtin_callable, Args::one()}, {"round", builtin_round},
        {"divmod", builtin_divmod, Args::positional(2, 2)}, {"pow", builtin_pow},
        {"chr", builtin_chr, Args::one()}, {"ord", builtin_ord, Args::one()},
        {"hex", builtin_hex, Args::one()}, {"oct", builtin_oct, Args::one()},
        {"bin", builtin_bin, Args::one()}, {"format", builtin_format, Args::positional(1, 2)},
        {"vars", builtin_vars, Args::positional(0, 1)}, {"globals", builtin_globals, Args::none()},
        {"locals", builtin_locals, Args::none()}, {"dir", builtin_dir, Args::positional(0, 1)},
        {"input", builtin_input, Args::positional(0, 1)}, {"__build_class__", builtin_build_class},
        {"eval", builtin_eval, Args::positional(1, 3)}, {"exec", builtin_exec},
        {"compile", builtin_compile}, {"__import__", builtin_import}, {"aiter", builtin_aiter, Args::one()},
        {"open", builtin_open}, {"anext", builtin_anext, Args::positional(1, 2)},
        {"breakpoint", builtin_breakpoint},
    };
    for (auto const& f : functions) add_function(vm, b, f.name, f.fn, f.args);
    add_quitters(vm, b);
    add_methods(vm, vm.types.type, {{"__instancecheck__", type_instancecheck, Args::one()},
                                    {"__subclasscheck__", type_subclasscheck, Args::one()}});
#define TYPE(member, name, base, layout, flags) \
    if ((flags) & TypeExposed) expose_type(vm, b, vm.types.member, name);
#define TYPE_INIT(function)
#include "runtime/types/builtin_types.def"
#undef TYPE_INIT
#undef TYPE
#define EXC(name, base) expose_type(vm, b, vm.types.name, #name);
#include "runtime/exceptions.def"
#undef EXC
    dict_set_str(vm, b, vm.intern("NotImplemented"), vm.not_implemented);
    dict_set_str(vm, b, vm.intern("__debug__"), Value::from_bool(true));
    dict_set_str(vm, b, vm.names.dunder_package, vm.new_str(""));
    dict_set_str(vm, b, vm.intern("Ellipsis"), vm.ellipsis);
    dict_set_str(vm, b, vm.intern("None"), Value::none());
    dict_set_str(vm, b, vm.intern("True"), Value::from_bool(true));
    dict_set_str(vm, b, vm.intern("False"), Value::from_bool(false));
    dict_set_str(vm, b, vm.intern("__name__"), Value::borrowed(vm.intern("builtins")));
    // CPython aliases
    dict_set_str(vm, b, vm.intern("IOError"), Value::borrowed(vm.types.OSError));
    dict_set_str(vm, b, vm.intern("EnvironmentError"), Value::borrowed(vm.types.OSError));
    return {};
}

} // namespace weft::rt
