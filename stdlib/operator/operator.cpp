// The operator module: Python's operators as functions (add, getitem, lt, iadd, ...) and the callables
// itemgetter, attrgetter and methodcaller. Native, because sorted(key=itemgetter(1)) and map(operator.mul, ...)
// sit in inner loops. CPython: Modules/_operator.c (names, messages and reprs follow it).
#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

using front::BinOpArg;
using front::CmpOpArg;

// ---- the operator functions. Each binary one carries its BINARY_OP/COMPARE_OP argument as data.

Result<Value> op_binary(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.binary_op(args[0], args[1], static_cast<int>(vm.native_callee->data.as_int()));
}

Result<Value> op_compare(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.compare(args[0], args[1], static_cast<int>(vm.native_callee->data.as_int()));
}

Result<Value> op_neg(VM& vm, Value const* args, std::size_t, Tuple*) { return vm.unary_negative(args[0]); }
Result<Value> op_pos(VM& vm, Value const* args, std::size_t, Tuple*) { return vm.unary_positive(args[0]); }
Result<Value> op_invert(VM& vm, Value const* args, std::size_t, Tuple*) { return vm.unary_invert(args[0]); }
Result<Value> op_not(VM& vm, Value const* args, std::size_t, Tuple*) { return Value::from_bool(!TRY(vm.truthy(args[0]))); }
Result<Value> op_truth(VM& vm, Value const* args, std::size_t, Tuple*) { return Value::from_bool(TRY(vm.truthy(args[0]))); }
Result<Value> op_is(VM&, Value const* args, std::size_t, Tuple*) { return Value::from_bool(args[0].is(args[1])); }
Result<Value> op_is_not(VM&, Value const* args, std::size_t, Tuple*) { return Value::from_bool(!args[0].is(args[1])); }
Result<Value> op_getitem(VM& vm, Value const* args, std::size_t, Tuple*) { return vm.getitem(args[0], args[1]); }
Result<Value> op_contains(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(TRY(vm.contains(args[0], args[1])));
}
Result<Value> op_setitem(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(vm.setitem(args[0], args[1], args[2]));
    return Value::none();
}
Result<Value> op_delitem(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(vm.delitem(args[0], args[1]));
    return Value::none();
}

// operator.index(a): a.__index__(), an int (CPython: PyNumber_Index)
Result<Value> op_index(VM& vm, Value const* args, std::size_t, Tuple*) { return vm.index(args[0]); }

// concat/iconcat: + for sequences only (CPython: PySequence_Concat's check for sq_concat)
Result<Value> op_concat(VM& vm, Value const* args, std::size_t, Tuple*) {
    bool inplace = vm.native_callee->data.as_int() != 0;
    Type* t = vm.type_of(args[0]);
    bool sequence = t->layout == Layout::List || t->layout == Layout::Tuple || t->layout == Layout::Str ||
                    t->layout == Layout::Bytes || !t->lookup(vm.names.dunder_getitem).is_null();
    if (!sequence)
        return vm.raise(vm.types.TypeError, "'{}' object can't be concatenated", t->name->view());
    return vm.binary_op(args[0], args[1], static_cast<int>(BinOpArg::Add) + (inplace ? front::binop_inplace : 0));
}

// countOf(a, b) / indexOf(a, b): by identity or equality, as `in` compares (CPython: _PySequence_IterSearch)
Result<Value> op_search(VM& vm, Value const* args, std::size_t, Tuple*) {
    bool count = vm.native_callee->data.as_int() != 0;
    Value it = TRY(vm.get_iter(args[0]));
    std::int64_t n = 0;
    for (std::int64_t i = 0;; ++i) {
        Value x = TRY(vm.next(it));
        if (x.is_null()) break;
        if (x.is(args[1]) || TRY(vm.equals(x, args[1]))) {
            if (!count) return Value::from_int(i);
            ++n;
        }
    }
    if (!count) return vm.raise(vm.types.ValueError, "sequence.index(x): x not in sequence");
    return Value::from_int(n);
}

// length_hint(obj, default=0) (CPython: PyObject_LengthHint)
Result<Value> op_length_hint(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::int64_t fallback = 0;
    if (nargs > 1) {
        if (!args[1].is_int())
            return vm.raise(vm.types.TypeError, "'{}' object cannot be interpreted as an integer", vm.type_of(args[1])->name->view());
        fallback = args[1].as_int();
    }
    Type* t = vm.type_of(args[0]);
    if (t->slots.len || !t->lookup(vm.names.dunder_len).is_null()) {
        Result<std::int64_t> n = vm.len(args[0]);
        if (!n.is_error()) return Value::from_int(n.value());
        if (!vm.exception_matches(vm.types.TypeError)) return Raised{};
        vm.take_exception();
    }
    Value hint = t->lookup(vm.intern("__length_hint__"));
    if (hint.is_null()) return Value::from_int(fallback);
    Value r = TRY(vm.call1(hint, args[0]));
    if (r.is(vm.not_implemented)) return Value::from_int(fallback);
    if (!r.is_int())
        return vm.raise(vm.types.TypeError, "__length_hint__ must be an integer, not {}", vm.type_of(r)->name->view());
    if (r.as_int() < 0) return vm.raise(vm.types.ValueError, "__length_hint__() should return >= 0");
    return r;
}

// call(obj, /, *args, **kwargs)
Result<Value> op_call(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    if (nargs == 0) return vm.raise(vm.types.TypeError, "call() missing required argument 'obj' (pos 1)");
    return vm.call(args[0], args + 1, nargs - 1, kwnames);
}

// ---- itemgetter, attrgetter, methodcaller: one object kind, told apart by its type

struct Getter final : Object {
    ValueVector items;  // itemgetter: the keys; attrgetter: each name split at dots, as tuples of str
    Value name;                // methodcaller: the method name
    Ref<Tuple> args;           // methodcaller: positional arguments, then keyword values
    Ref<Tuple> kwnames;        // methodcaller: the keyword names, or null
    explicit Getter(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override {
        for (auto const& x : items) v.visit(x);
        v.visit(name);
        v.visit(args);
        v.visit(kwnames);
    }
    void clear_references() override {
        items.clear();
        name.clear();
        args = nullptr;
        kwnames = nullptr;
    }
};

int itemgetter_key, attrgetter_key, methodcaller_key;

Ref<Getter> new_getter(VM& vm, Type* type) {
    auto g = make<Getter>(type);
    if (type->is_heap) incref(type);
    vm.gc().track(g.get());
    return g;
}

Result<Value> itemgetter_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "itemgetter", kwnames));
    if (nargs < 2) return vm.raise(vm.types.TypeError, "itemgetter expected 1 argument, got 0");
    auto g = new_getter(vm, as<Type>(args[0]));
    g->items.assign(args + 1, args + nargs);
    return g.take_value();
}

Result<Value> itemgetter_call(VM& vm, Value const& self, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "itemgetter", kwnames));
    TRY(check_arg_count(vm, "itemgetter", nargs, 1, 1));
    Getter* g = as<Getter>(self);
    if (g->items.size() == 1) return vm.getitem(args[0], g->items[0]);
    auto t = vm.new_tuple(g->items.size());
    for (std::size_t i = 0; i < g->items.size(); ++i) t->items[i] = TRY(vm.getitem(args[0], g->items[i]));
    return t.take_value();
}

Result<Value> attrgetter_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "attrgetter", kwnames));
    if (nargs < 2) return vm.raise(vm.types.TypeError, "attrgetter expected 1 argument, got 0");
    auto g = new_getter(vm, as<Type>(args[0]));
    for (std::size_t i = 1; i < nargs; ++i) {
        if (!args[i].is_object() || vm.type_of(args[i])->layout != Layout::Str)
            return vm.raise(vm.types.TypeError, "attribute name must be a string");
        std::string_view text = as<Str>(args[i])->view();
        ValueVector parts;
        for (std::size_t start = 0;;) {
            std::size_t dot = text.find('.', start);
            parts.push_back(Value::borrowed(vm.intern(text.substr(start, dot == std::string_view::npos ? dot : dot - start))));
            if (dot == std::string_view::npos) break;
            start = dot + 1;
        }
        auto path = vm.new_tuple(parts.size());
        for (std::size_t k = 0; k < parts.size(); ++k) path->items[k] = parts[k];
        g->items.push_back(path.take_value());
    }
    return g.take_value();
}

Result<Value> resolve_path(VM& vm, Value obj, Tuple* path) {
    for (std::size_t k = 0; k < path->size; ++k) obj = TRY(vm.getattr(obj, as<Str>(path->items[k])));
    return obj;
}

Result<Value> attrgetter_call(VM& vm, Value const& self, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "attrgetter", kwnames));
    TRY(check_arg_count(vm, "attrgetter", nargs, 1, 1));
    Getter* g = as<Getter>(self);
    if (g->items.size() == 1) return resolve_path(vm, args[0], as<Tuple>(g->items[0]));
    auto t = vm.new_tuple(g->items.size());
    for (std::size_t i = 0; i < g->items.size(); ++i) t->items[i] = TRY(resolve_path(vm, args[0], as<Tuple>(g->items[i])));
    return t.take_value();
}

Result<Value> methodcaller_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t nkw = kwnames ? kwnames->size : 0;
    if (nargs - nkw < 2) return vm.raise(vm.types.TypeError, "methodcaller needs at least one argument, the method name");
    if (!args[1].is_object() || vm.type_of(args[1])->layout != Layout::Str)
        return vm.raise(vm.types.TypeError, "method name must be a string");
    auto g = new_getter(vm, as<Type>(args[0]));
    g->name = Value::borrowed(vm.intern(as<Str>(args[1])->view()));
    g->args = vm.new_tuple(nargs - 2);
    for (std::size_t i = 2; i < nargs; ++i) g->args->items[i - 2] = args[i];
    if (kwnames) g->kwnames = Ref<Tuple>::borrowed(kwnames);
    return g.take_value();
}

Result<Value> methodcaller_call(VM& vm, Value const& self, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "methodcaller", kwnames));
    TRY(check_arg_count(vm, "methodcaller", nargs, 1, 1));
    Getter* g = as<Getter>(self);
    Value method = TRY(vm.getattr(args[0], as<Str>(g->name)));
    return vm.call(method, g->args->items, g->args->size, g->kwnames.get());
}

// operator.itemgetter(1, 'a'), operator.attrgetter('a.b'), operator.methodcaller('split', ',', maxsplit=1)
Result<Value> getter_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Getter* g = as<Getter>(args[0]);
    Type* t = vm.type_of(args[0]);
    std::string out = std::string(t->is_heap ? t->name->view() : "operator." + std::string(t->name->view())) + "(";
    if (!g->name.is_null()) {
        out += TRY(vm.repr_string(g->name));
        std::size_t nkw = g->kwnames ? g->kwnames->size : 0;
        std::size_t npos = g->args->size - nkw;
        for (std::size_t i = 0; i < g->args->size; ++i) {
            out += ", ";
            if (i >= npos) out += std::string(as<Str>(g->kwnames->items[i - npos])->view()) + "=";
            out += TRY(vm.repr_string(g->args->items[i]));
        }
    } else {
        bool attr = vm.module_type(&attrgetter_key) && vm.type_of(args[0])->is_subtype_of(vm.module_type(&attrgetter_key));
        for (std::size_t i = 0; i < g->items.size(); ++i) {
            if (i) out += ", ";
            if (!attr) {
                out += TRY(vm.repr_string(g->items[i]));
                continue;
            }
            Tuple* path = as<Tuple>(g->items[i]);
            std::string dotted;
            for (std::size_t k = 0; k < path->size; ++k) dotted += (k ? "." : "") + std::string(as<Str>(path->items[k])->view());
            out += TRY(vm.repr_string(vm.new_str(dotted)));
        }
    }
    return vm.new_str(out + ")");
}

Type* make_getter_type(VM& vm, char const* name, NativeFn construct,
                       Result<Value> (*call)(VM&, Value const&, Value const*, std::size_t, Tuple*), int* key) {
    Type* t = make_builtin_type(vm, name, vm.types.object, Layout::Native);
    t->module_name = "operator";
    t->construct = construct;
    t->slots.call = call;
    t->subclassable = false;
    add_methods(vm, t, {{"__repr__", getter_repr, Args::none()}});
    vm.set_module_type(key, t);
    return t;
}

struct BinaryDef {
    char const* name;  // operator.add; operator.__add__ is the same function
    int arg;
};

} // namespace

Result<void> init_operator_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    // each function is also there as __name__ (and_ as __and__), except the few CPython gives no alias
    auto put = [&](std::string_view name, Value f, bool alias = true) {
        dict_set_str(vm, d, vm.intern(name), f);
        if (alias) {
            std::string_view stem = name.back() == '_' ? name.substr(0, name.size() - 1) : name;
            dict_set_str(vm, d, vm.intern("__" + std::string(stem) + "__"), std::move(f));
        }
    };
    auto function = [&](std::string_view name, NativeFn fn, Args args, Value data = Value()) {
        Value f = vm.new_function_value(fn, name, std::move(data), args);
        as<BuiltinFunction>(f)->module = Ref<Str>::borrowed(vm.intern("operator"));
        return f;
    };
    static constexpr BinaryDef binaries[] = {
        {"add", int(BinOpArg::Add)}, {"and_", int(BinOpArg::And)},
        {"floordiv", int(BinOpArg::FloorDivide)}, {"lshift", int(BinOpArg::LShift)},
        {"matmul", int(BinOpArg::MatMul)}, {"mul", int(BinOpArg::Multiply)},
        {"mod", int(BinOpArg::Remainder)}, {"or_", int(BinOpArg::Or)},
        {"pow", int(BinOpArg::Power)}, {"rshift", int(BinOpArg::RShift)},
        {"sub", int(BinOpArg::Subtract)}, {"truediv", int(BinOpArg::TrueDivide)},
        {"xor", int(BinOpArg::Xor)},
    };
    for (BinaryDef const& b : binaries) {
        Args two = Args::positional(2, 2);
        put(b.name, function(b.name, op_binary, two, Value::from_int(b.arg)));
        std::string_view plain = b.name;
        std::string iname = "i" + std::string(plain.back() == '_' ? plain.substr(0, plain.size() - 1) : plain);  // iand
        put(iname, function(iname, op_binary, two, Value::from_int(b.arg + front::binop_inplace)));
    }
    static constexpr char const* comparisons[] = {"lt", "le", "eq", "ne", "gt", "ge"};
    for (int i = 0; i < 6; ++i) put(comparisons[i], function(comparisons[i], op_compare, Args::positional(2, 2), Value::from_int(i)));
    put("neg", function("neg", op_neg, Args::one()));
    put("pos", function("pos", op_pos, Args::one()));
    put("invert", function("invert", op_invert, Args::one()));
    put("inv", function("inv", op_invert, Args::one()));
    put("not_", function("not_", op_not, Args::one()));
    put("truth", function("truth", op_truth, Args::one()), false);
    put("is_", function("is_", op_is, Args::positional(2, 2)), false);
    put("is_not", function("is_not", op_is_not, Args::positional(2, 2)), false);
    put("getitem", function("getitem", op_getitem, Args::positional(2, 2)));
    put("setitem", function("setitem", op_setitem, Args::positional(3, 3)));
    put("delitem", function("delitem", op_delitem, Args::positional(2, 2)));
    put("contains", function("contains", op_contains, Args::positional(2, 2)));
    put("index", function("index", op_index, Args::one()));
    put("concat", function("concat", op_concat, Args::positional(2, 2), Value::from_int(0)));
    put("iconcat", function("iconcat", op_concat, Args::positional(2, 2), Value::from_int(1)));
    put("countOf", function("countOf", op_search, Args::positional(2, 2), Value::from_int(1)), false);
    put("indexOf", function("indexOf", op_search, Args::positional(2, 2), Value::from_int(0)), false);
    put("length_hint", function("length_hint", op_length_hint, Args::positional(1, 2)), false);
    put("call", function("call", op_call, Args::any()));
    Value abs = dict_get_str(vm.builtins.get(), vm.intern("abs"));
    put("abs", abs);
    for (auto [name, type] : {std::pair{"itemgetter", make_getter_type(vm, "itemgetter", itemgetter_construct, itemgetter_call, &itemgetter_key)},
                              std::pair{"attrgetter", make_getter_type(vm, "attrgetter", attrgetter_construct, attrgetter_call, &attrgetter_key)},
                              std::pair{"methodcaller", make_getter_type(vm, "methodcaller", methodcaller_construct, methodcaller_call, &methodcaller_key)}})
        dict_set_str(vm, d, vm.intern(name), Value::borrowed(type));
    return {};
}

} // namespace weft::rt
