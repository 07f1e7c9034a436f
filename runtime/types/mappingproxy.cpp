// mappingproxy: a read-only view of a mapping. A class's __dict__ is one over the class's own dict (so the type
// attribute cache never sees a write it did not make), and types.MappingProxyType(mapping) makes one over any
// mapping. Reads go to the mapping; there is no way to write. CPython: Objects/descrobject.c (mappingproxy_*).
#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

struct MappingProxy final : Object {
    Value mapping;
    explicit MappingProxy(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override { v.visit(mapping); }
    void clear_references() override { mapping.clear(); }
};

Value const& mapping_of(Value const& v) { return as<MappingProxy>(v)->mapping; }

// mappingproxy(mapping): anything with __getitem__ but a list or tuple (CPython: mappingproxy_check_mapping)
Result<Value> proxy_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[1];
    TRY(parse_args(vm, "mappingproxy", args + 1, nargs - 1, kwnames, {"mapping"}, fields));
    if (fields[0].is_null())
        return vm.raise(vm.types.TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
    Type* t = vm.type_of(fields[0]);
    if (t->layout == Layout::List || t->layout == Layout::Tuple ||
        (!t->slots.getitem && t->lookup(vm.names.dunder_getitem).is_null()))
        return vm.raise(vm.types.TypeError, "mappingproxy() argument must be a mapping, not {}", t->name->view());
    return make_mappingproxy(vm, fields[0]);
}

Result<Value> proxy_getitem(VM& vm, Value const& self, Value const& key) { return vm.getitem(mapping_of(self), key); }
Result<std::int64_t> proxy_len(VM& vm, Value const& self) { return vm.len(mapping_of(self)); }
Result<bool> proxy_contains(VM& vm, Value const& self, Value const& key) { return vm.contains(mapping_of(self), key); }
Result<Value> proxy_iter(VM& vm, Value const& self) { return vm.get_iter(mapping_of(self)); }

// get/keys/values/items/copy/__reversed__: the mapping's own method of that name
template <char const* Name>
Result<Value> proxy_forward(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return vm.call_method(mapping_of(args[0]), vm.intern(Name), args + 1, nargs - 1);
}
constexpr char get_name[] = "get", keys_name[] = "keys", values_name[] = "values", items_name[] = "items",
               copy_name[] = "copy", reversed_name[] = "__reversed__";

Result<Value> proxy_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.new_str("mappingproxy(" + TRY(vm.repr_string(mapping_of(args[0]))) + ")");
}

Result<Value> proxy_str(VM& vm, Value const* args, std::size_t, Tuple*) { return vm.str(mapping_of(args[0])); }

Result<Value> proxy_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    if (!a.is_object() || vm.type_of(a) != vm.types.mappingproxy) return vm.not_implemented;
    return vm.compare(mapping_of(a), b, op);
}

// proxy | other gives a dict; |= is refused (CPython: mappingproxy_or, mappingproxy_ior)
Result<Value> proxy_binary(VM& vm, Value const& a, Value const& b, int op, bool inplace) {
    if (op != static_cast<int>(front::BinOpArg::Or)) return vm.not_implemented;
    bool a_proxy = a.is_object() && vm.type_of(a) == vm.types.mappingproxy;
    if (inplace && a_proxy)
        return vm.raise(vm.types.TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
    Value left = a_proxy ? mapping_of(a) : a;
    Value right = b.is_object() && vm.type_of(b) == vm.types.mappingproxy ? mapping_of(b) : b;
    return vm.binary_op(left, right, op);
}

} // namespace

Value make_mappingproxy(VM& vm, Value mapping) {
    auto p = make<MappingProxy>(vm.types.mappingproxy);
    p->mapping = std::move(mapping);
    vm.gc().track(p.get());
    return p.take_value();
}

void init_mappingproxy_type(VM& vm) {
    Type* t = vm.types.mappingproxy;
    t->construct = proxy_construct;
    t->slots.getitem = proxy_getitem;
    t->slots.len = proxy_len;
    t->slots.contains = proxy_contains;
    t->slots.iter = proxy_iter;
    t->slots.hash = hash_not_implemented;
    t->slots.richcompare = proxy_richcompare;
    t->slots.binary = proxy_binary;
    add_methods(vm, t, {
        {"__repr__", proxy_repr, Args::none()}, {"__str__", proxy_str, Args::none()},
        {"get", proxy_forward<get_name>, Args::positional(1, 2)}, {"keys", proxy_forward<keys_name>, Args::none()},
        {"values", proxy_forward<values_name>, Args::none()}, {"items", proxy_forward<items_name>, Args::none()},
        {"copy", proxy_forward<copy_name>, Args::none()}, {"__reversed__", proxy_forward<reversed_name>, Args::none()},
    });
}

} // namespace weft::rt
