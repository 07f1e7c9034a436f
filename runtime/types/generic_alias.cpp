// The types of annotations: types.GenericAlias, what subscripting a builtin class gives (list[int],
// dict[str, int]), which shows as written, calls its class and forwards other attributes to it; and
// types.UnionType, what `int | None` gives, which isinstance() accepts. CPython: Objects/genericaliasobject.c,
// Objects/unionobject.c.
#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

struct GenericAlias final : NativeObject {
    Value origin;
    Ref<Tuple> args;
    explicit GenericAlias(Type* t) : NativeObject(t) {}
    void traverse(GcVisitor& v) override {
        v.visit(origin);
        v.visit(args);
    }
    void clear_references() override {
        origin.clear();
        args = nullptr;
    }
};

GenericAlias* self_alias(Value const& v) { return static_cast<GenericAlias*>(v.as_object()); }

// One argument as an annotation shows it: a class by its (qualified) name, ... for Ellipsis (CPython: ga_repr_item)
Result<std::string> item_repr(VM& vm, Value const& v) {
    if (v.is(vm.ellipsis))
        return std::string("...");
    if (v.is_object() && vm.type_of(v)->layout == Layout::Type) {
        Type* t = as<Type>(v);
        if (t->module_name == "builtins")
            return std::string(t->qualname->view());
        return t->module_name + "." + std::string(t->qualname->view());
    }
    return vm.repr_string(v);
}

Result<Value> alias_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    GenericAlias* a = self_alias(args[0]);
    std::string out = TRY(item_repr(vm, a->origin));
    out += "[";
    if (a->args->size == 0)
        out += "()";
    for (std::size_t i = 0; i < a->args->size; ++i) {
        if (i) out += ", ";
        out += TRY(item_repr(vm, a->args->items[i]));
    }
    return vm.new_str(out + "]");
}

Result<Value> alias_call(VM& vm, Value const& self, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return vm.call(self_alias(self)->origin, args, nargs, kwnames);
}

Result<Value> alias_getattr(VM& vm, Value const& self, Str* name) {
    GenericAlias* a = self_alias(self);
    std::string_view n = name->view();
    if (n == "__origin__") return a->origin;
    if (n == "__args__") return a->args.value();
    if (n == "__parameters__") return Value::borrowed(vm.empty_tuple.get());
    if (n == "__class__") return Value::borrowed(vm.type_of(self));
    Value own = vm.type_of(self)->lookup(name);
    if (!own.is_null())
        return vm.bind_descriptor(own, self);
    return vm.getattr_opt(a->origin, name);
}

Result<Value> alias_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    if (vm.type_of(a) != vm.type_of(b) || (op != 2 && op != 3))
        return vm.not_implemented;
    bool equal = self_alias(a)->origin.is(self_alias(b)->origin) &&
                 TRY(vm.equals(self_alias(a)->args.value(), self_alias(b)->args.value()));
    return Value::from_bool(op == 2 ? equal : !equal);
}

Result<std::int64_t> alias_hash(VM& vm, Value const& self) {
    std::int64_t h = TRY(vm.hash(self_alias(self)->origin));
    return h ^ TRY(vm.hash(self_alias(self)->args.value()));
}

// ---- X | Y

struct UnionType final : NativeObject {
    Ref<Tuple> args;
    explicit UnionType(Type* t) : NativeObject(t) {}
    void traverse(GcVisitor& v) override { v.visit(args); }
    void clear_references() override { args = nullptr; }
};

bool is_union(VM& vm, Value const& v) { return v.is_object() && vm.type_of(v) == vm.types.union_type; }

// What `|` may join: classes, None, aliases and unions (CPython: is_unionable)
bool unionable(VM& vm, Value const& v) {
    return v.is_none() || (v.is_object() && (vm.type_of(v)->layout == Layout::Type || vm.type_of(v) == vm.types.generic_alias ||
                                             is_union(vm, v)));
}

// a | b: the members of both, None as NoneType, each once, in order; one member alone is itself
// (CPython: _Py_union_type_or, dedup_and_flatten_args)
Result<Value> union_of(VM& vm, Value const& a, Value const& b) {
    ValueVector members;
    auto add = [&](Value const& v) -> Result<void> {
        Value m = v.is_none() ? Value::borrowed(vm.types.none) : v;
        for (Value const& seen : members)
            if (seen.is(m) || TRY(vm.equals(seen, m))) return {};
        members.push_back(m);
        return {};
    };
    for (Value const& side : {a, b}) {
        if (is_union(vm, side)) {
            Tuple* t = static_cast<UnionType*>(side.as_object())->args.get();
            for (std::size_t i = 0; i < t->size; ++i) TRY(add(t->items[i]));
        } else {
            TRY(add(side));
        }
    }
    if (members.size() == 1)
        return members[0];
    auto u = make<UnionType>(vm.types.union_type);
    u->args = vm.new_tuple(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) u->args->items[i] = members[i];
    vm.gc().track(u.get());
    return u.take_value();
}

// The binary slot of type, GenericAlias and UnionType: `|` between annotation forms
Result<Value> union_binary(VM& vm, Value const& a, Value const& b, int op, bool) {
    if (op != static_cast<int>(front::BinOpArg::Or) || !unionable(vm, a) || !unionable(vm, b))
        return vm.not_implemented;
    return union_of(vm, a, b);
}

// int | str | None (CPython: union_repr)
Result<Value> union_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Tuple* t = static_cast<UnionType*>(args[0].as_object())->args.get();
    std::string out;
    for (std::size_t i = 0; i < t->size; ++i) {
        if (i) out += " | ";
        out += t->items[i].is(Value::borrowed(vm.types.none)) ? std::string("None") : TRY(item_repr(vm, t->items[i]));
    }
    return vm.new_str(out);
}

Result<Value> union_getattr(VM& vm, Value const& self, Str* name) {
    if (name->view() == "__args__") return static_cast<UnionType*>(self.as_object())->args.value();
    if (name->view() == "__parameters__") return Value::borrowed(vm.empty_tuple.get());
    Value own = vm.type_of(self)->lookup(name);
    return own.is_null() ? Value() : vm.bind_descriptor(own, self);
}

Result<Value> union_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    if (!is_union(vm, a) || !is_union(vm, b) || (op != 2 && op != 3))
        return vm.not_implemented;
    Tuple* x = static_cast<UnionType*>(a.as_object())->args.get();
    Tuple* y = static_cast<UnionType*>(b.as_object())->args.get();
    bool equal = x->size == y->size;
    for (std::size_t i = 0; equal && i < x->size; ++i) {
        bool found = false;
        for (std::size_t j = 0; j < y->size && !found; ++j) found = x->items[i].is(y->items[j]);
        equal = found;
    }
    return Value::from_bool(op == 2 ? equal : !equal);
}

Result<std::int64_t> union_hash(VM& vm, Value const& self) {
    Tuple* t = static_cast<UnionType*>(self.as_object())->args.get();
    std::int64_t h = 0x345678;
    for (std::size_t i = 0; i < t->size; ++i) h ^= TRY(vm.hash(t->items[i]));  // order-independent, as == is
    return h;
}

} // namespace

Tuple* union_members(VM& vm, Value const& v) {
    return is_union(vm, v) ? static_cast<UnionType*>(v.as_object())->args.get() : nullptr;
}

Value make_generic_alias(VM& vm, Value const& origin, Value const& item) {
    auto a = make<GenericAlias>(vm.types.generic_alias);
    a->origin = origin;
    if (item.is_object() && vm.type_of(item)->layout == Layout::Tuple) {
        a->args = Ref<Tuple>::borrowed(as<Tuple>(item));
    } else {
        a->args = vm.new_tuple(1);
        a->args->items[0] = item;
    }
    vm.gc().track(a.get());
    return a.take_value();
}

namespace {

// list.__class_getitem__(int) and friends: list[int] (CPython: Py_GenericAlias)
Result<Value> builtin_class_getitem(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs != 2) return vm.raise(vm.types.TypeError, "__class_getitem__ expected 1 argument, got {}", nargs - 1);
    return make_generic_alias(vm, args[0], args[1]);
}

// types.GenericAlias(origin, args) (CPython: ga_new)
Result<Value> generic_alias_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "GenericAlias", kwnames));
    if (nargs != 3) return vm.raise(vm.types.TypeError, "GenericAlias expected 2 arguments, got {}", nargs - 1);
    return make_generic_alias(vm, args[1], args[2]);
}

} // namespace

void init_generic_alias_type(VM& vm) {
    Type* t = vm.types.generic_alias;
    t->module_name = "types";
    t->slots.call = alias_call;
    t->slots.getattr = alias_getattr;
    t->slots.richcompare = alias_richcompare;
    t->slots.hash = alias_hash;
    t->slots.binary = union_binary;
    add_methods(vm, t, {{"__repr__", alias_repr, Args::none()}});
    t->construct = generic_alias_construct;
    for (Type* generic : {vm.types.list, vm.types.tuple, vm.types.dict, vm.types.set, vm.types.frozenset,
                          vm.types.BaseExceptionGroup})
        add_methods(vm, generic, {{"__class_getitem__", builtin_class_getitem, Args::any(), true}});
    Type* u = vm.types.union_type;
    u->module_name = "types";
    u->slots.getattr = union_getattr;
    u->slots.richcompare = union_richcompare;
    u->slots.hash = union_hash;
    u->slots.binary = union_binary;
    add_methods(vm, u, {{"__repr__", union_repr, Args::none()}});
    vm.types.type->slots.binary = union_binary;
}

} // namespace weft::rt
