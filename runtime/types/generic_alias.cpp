// types.GenericAlias: what subscripting a builtin class gives (list[int], dict[str, int]), for annotations: it
// shows as written, calls its class, and forwards other attributes to it. CPython: Objects/genericaliasobject.c.
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

} // namespace

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

void init_generic_alias_type(VM& vm) {
    Type* t = vm.types.generic_alias;
    t->module_name = "types";
    t->slots.call = alias_call;
    t->slots.getattr = alias_getattr;
    t->slots.richcompare = alias_richcompare;
    t->slots.hash = alias_hash;
    add_methods(vm, t, {{"__repr__", alias_repr, Args::none()}});
}

} // namespace weft::rt
