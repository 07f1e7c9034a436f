// set and frozenset over SetTable (set_table.cpp): construction, repr, algebra and methods.
// CPython: Objects/setobject.c; the table is CPython's, so sets iterate in CPython's hash order.
#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/container_ops.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

void Set::traverse(GcVisitor& v) {
    for (auto const& e : table.entries()) v.visit(e.key);
}

Ref<Set> new_set(VM& vm, Type* type) {
    auto s = make<Set>(type);
    s->frozen = type == vm.types.frozenset;
    vm.gc().track(s.get());
    return s;
}

Result<void> set_add_value(VM& vm, Set* s, Value const& v) {
    std::int64_t h = TRY(vm.hash(v));
    if ((v.is_int() || (v.is_object() && v.as_object()->type == vm.types.str)) && s->table.add_plain(v, h, vm.types.str) >= 0)
        return {};
    std::int64_t ix = TRY(s->table.find(vm, v, h));
    if (ix < 0) s->table.insert_new(v, h);
    return {};
}

Result<bool> set_has(VM& vm, Set* s, Value const& v) {
    std::int64_t h = TRY(vm.hash(v));
    std::int64_t ix = TRY(s->table.find(vm, v, h));
    return ix >= 0;
}

Result<void> set_update_from(VM& vm, Set* s, Value const& iterable) {
    ValueVector items = TRY(vm.to_vector(iterable));
    for (Value const& v : items) TRY(set_add_value(vm, s, v));
    return {};
}

ValueVector set_items(Set* s) {
    ValueVector out;
    for (auto const& e : s->table.entries())
        if (!e.key.is_null()) out.push_back(e.key);
    return out;
}

// set algebra for the binary operators: 0 union, 1 intersection, 2 difference, 3 symmetric difference
Result<Value> set_algebra(VM& vm, Set* a, Set* b, int which) {
    auto out = new_set(vm, a->frozen ? vm.types.frozenset : vm.types.set);
    switch (which) {
    case 0:
        for (Value const& v : set_items(a)) TRY(set_add_value(vm, out.get(), v));
        for (Value const& v : set_items(b)) TRY(set_add_value(vm, out.get(), v));
        break;
    case 1:
        for (Value const& v : set_items(a)) if (TRY(set_has(vm, b, v))) TRY(set_add_value(vm, out.get(), v));
        break;
    case 2:
        for (Value const& v : set_items(a)) if (!TRY(set_has(vm, b, v))) TRY(set_add_value(vm, out.get(), v));
        break;
    default:
        for (Value const& v : set_items(a)) if (!TRY(set_has(vm, b, v))) TRY(set_add_value(vm, out.get(), v));
        for (Value const& v : set_items(b)) if (!TRY(set_has(vm, a, v))) TRY(set_add_value(vm, out.get(), v));
        break;
    }
    return out.take_value();
}

namespace {

Set* self_set(Value const* args) { return as<Set>(args[0]); }

Result<Value> set_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Type* type = as<Type>(args[0]);
    TRY(check_no_kwargs(vm, type->name->view() == "set" ? "set" : "frozenset", kwnames));
    if (nargs > 2) return vm.raise(vm.types.TypeError, "{} expected at most 1 argument, got {}", type->name->view(), nargs - 1);
    auto s = new_set(vm, type);
    if (nargs == 2) TRY(set_update_from(vm, s.get(), args[1]));
    return s.take_value();
}

// set.__init__(self, iterable=()): fills a subclass instance (CPython: set_init)
Result<Value> set_init(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "set", kwnames));
    if (nargs > 2) return vm.raise(vm.types.TypeError, "set expected at most 1 argument, got {}", nargs - 1);
    Set* s = self_set(args);
    s->table.clear();
    if (nargs == 2) TRY(set_update_from(vm, s, args[1]));
    return Value::none();
}

// {1, 2}, set(), frozenset({1}), and for other types their name around the braces (CPython: set_repr)
Result<Value> set_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Set* s = self_set(args);
    bool wrapped = s->type != vm.types.set;
    std::string_view name = s->type->name->view();
    ValueVector items = set_items(s);
    if (items.empty()) return vm.new_str(format("{}()", name));
    std::string out = wrapped ? std::string(name) + "({" : "{";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        out += TRY(vm.repr_string(items[i]));
    }
    out += wrapped ? "})" : "}";
    return vm.new_str(out);
}

Result<Value> set_add(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(set_add_value(vm, self_set(args), args[1]));
    return Value::none();
}

Result<Value> remove_impl(VM& vm, Value const* args, std::size_t nargs, bool must_exist, char const* name) {
    Set* s = self_set(args);
    std::int64_t h = TRY(vm.hash(args[1]));
    std::int64_t ix = TRY(s->table.find(vm, args[1], h));
    if (ix < 0) {
        if (must_exist) return vm.raise_key_error(args[1]);
        return Value::none();
    }
    s->table.remove_at(ix, nullptr, nullptr);
    return Value::none();
}
Result<Value> set_remove(VM& vm, Value const* a, std::size_t n, Tuple*) { return remove_impl(vm, a, n, true, "remove"); }
Result<Value> set_discard(VM& vm, Value const* a, std::size_t n, Tuple*) { return remove_impl(vm, a, n, false, "discard"); }

Result<Value> set_pop(VM& vm, Value const* args, std::size_t, Tuple*) {
    Set* s = self_set(args);
    auto entries = s->table.entries();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].key.is_null()) {
            Value k;
            s->table.remove_at(static_cast<std::int64_t>(i), &k, nullptr);
            return k;
        }
    }
    return vm.raise(vm.types.KeyError, "pop from an empty set");
}

Result<Value> set_clear(VM& vm, Value const* args, std::size_t, Tuple*) {
    self_set(args)->table.clear();
    return Value::none();
}

Result<Value> set_copy(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto s = new_set(vm, self_set(args)->type);
    for (Value const& v : set_items(self_set(args))) TRY(set_add_value(vm, s.get(), v));
    return s.take_value();
}

Result<Value> multi_algebra(VM& vm, Value const* args, std::size_t nargs, int which) {
    Value acc = args[0];
    if (nargs == 1) {
        Value a[1] = {args[0]};
        return set_copy(vm, a, 1, nullptr);
    }
    for (std::size_t i = 1; i < nargs; ++i) {
        auto other = new_set(vm, vm.types.set);
        TRY(set_update_from(vm, other.get(), args[i]));
        acc = TRY(set_algebra(vm, as<Set>(acc), other.get(), which));
    }
    return acc;
}
Result<Value> set_union(VM& vm, Value const* a, std::size_t n, Tuple*) { return multi_algebra(vm, a, n, 0); }
Result<Value> set_intersection(VM& vm, Value const* a, std::size_t n, Tuple*) { return multi_algebra(vm, a, n, 1); }
Result<Value> set_difference(VM& vm, Value const* a, std::size_t n, Tuple*) { return multi_algebra(vm, a, n, 2); }
Result<Value> set_symmetric_difference(VM& vm, Value const* a, std::size_t n, Tuple*) { return multi_algebra(vm, a, n, 3); }

// s.intersection_update(*others) and friends: the operation's result becomes the set's contents
Result<Value> update_with(VM& vm, Value const* args, std::size_t nargs, int which) {
    Value r = TRY(multi_algebra(vm, args, nargs, which));
    Set* s = self_set(args);
    if (as<Set>(r) == s)
        return Value::none();
    s->table.clear();
    for (auto const& e : as<Set>(r)->table.entries())
        if (!e.key.is_null()) s->table.insert_new(e.key, e.hash);
    return Value::none();
}
Result<Value> set_intersection_update(VM& vm, Value const* a, std::size_t n, Tuple*) { return update_with(vm, a, n, 1); }
Result<Value> set_difference_update(VM& vm, Value const* a, std::size_t n, Tuple*) { return update_with(vm, a, n, 2); }
Result<Value> set_symmetric_difference_update(VM& vm, Value const* a, std::size_t n, Tuple*) {
    return update_with(vm, a, n, 3);
}

Result<Value> set_update(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    for (std::size_t i = 1; i < nargs; ++i) TRY(set_update_from(vm, self_set(args), args[i]));
    return Value::none();
}

Result<Value> set_issubset(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    auto other = new_set(vm, vm.types.set);
    TRY(set_update_from(vm, other.get(), args[1]));
    for (Value const& v : set_items(self_set(args)))
        if (!TRY(set_has(vm, other.get(), v))) return Value::from_bool(false);
    return Value::from_bool(true);
}

Result<Value> set_issuperset(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    ValueVector items = TRY(vm.to_vector(args[1]));
    for (Value const& v : items)
        if (!TRY(set_has(vm, self_set(args), v))) return Value::from_bool(false);
    return Value::from_bool(true);
}

Result<Value> set_isdisjoint(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    ValueVector items = TRY(vm.to_vector(args[1]));
    for (Value const& v : items)
        if (TRY(set_has(vm, self_set(args), v))) return Value::from_bool(false);
    return Value::from_bool(true);
}

} // namespace

namespace {

// the container protocols (TypeSlots; CPython: set_contains, set_len)
Result<bool> set_contains(VM& vm, Value const& self, Value const& item) { return set_has(vm, as<Set>(self), item); }
Result<std::int64_t> set_length(VM&, Value const& self) { return static_cast<std::int64_t>(as<Set>(self)->table.size()); }

} // namespace

namespace {

// iter(set): walks the table in place and raises when the set's size changed meanwhile (CPython: set_iter,
// setiter_iternext)
Result<Value> set_iter(VM& vm, Value const& self) {
    auto it = new_iterator(vm, vm.types.set_iterator, IterKind::Set, self);
    it->remaining = static_cast<std::int64_t>(as<Set>(self)->table.size());
    it->step = it->remaining;
    return it.take_value();
}

} // namespace

namespace {

// ---- operators (TypeSlots::binary and richcompare; CPython: set_or, set_and, set_sub, set_xor and their in-place
// forms, set_richcompare)

Result<Value> set_binary(VM& vm, Value const& a, Value const& b, int op, bool inplace) {
    if (layout_of(a) != Layout::Set || layout_of(b) != Layout::Set) return vm.not_implemented;
    int which = -1;
    switch (static_cast<front::BinOpArg>(op)) {
    case front::BinOpArg::Or: which = 0; break;
    case front::BinOpArg::And: which = 1; break;
    case front::BinOpArg::Subtract: which = 2; break;
    case front::BinOpArg::Xor: which = 3; break;
    default: return vm.not_implemented;
    }
    Value r = TRY(set_algebra(vm, as<Set>(a), as<Set>(b), which));
    if (inplace && !as<Set>(a)->frozen) {
        as<Set>(a)->table.clear();
        for (auto const& e : as<Set>(r)->table.entries())
            if (!e.key.is_null()) as<Set>(a)->table.insert_new(e.key, e.hash);
        return a;
    }
    return r;
}

Result<Value> set_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    if (layout_of(a) != Layout::Set || layout_of(b) != Layout::Set) return vm.not_implemented;
    Set* x = as<Set>(a);
    Set* y = as<Set>(b);
    auto subset = [&](Set* p, Set* q) -> Result<bool> {
        for (auto const& e : p->table.entries())
            if (!e.key.is_null() && !TRY(set_has(vm, q, e.key))) return false;
        return true;
    };
    bool x_in_y = TRY(subset(x, y));
    bool y_in_x = TRY(subset(y, x));
    switch (static_cast<front::CmpOpArg>(op)) {
    case front::CmpOpArg::Eq: return Value::from_bool(x_in_y && y_in_x);
    case front::CmpOpArg::Ne: return Value::from_bool(!(x_in_y && y_in_x));
    case front::CmpOpArg::Le: return Value::from_bool(x_in_y);
    case front::CmpOpArg::Lt: return Value::from_bool(x_in_y && !y_in_x);
    case front::CmpOpArg::Ge: return Value::from_bool(y_in_x);
    case front::CmpOpArg::Gt: return Value::from_bool(y_in_x && !x_in_y);
    }
    return vm.not_implemented;
}

// hash(frozenset): the entries' hashes, each shuffled, XORed together (so order does not matter), then mixed with
// the size and dispersed; the same value as CPython's frozenset_hash for the same hashes
Result<std::int64_t> frozenset_hash(VM&, Value const& self) {
    auto shuffle = [](std::uint64_t h) { return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u; };
    std::uint64_t hash = 0;
    Set* s = as<Set>(self);
    for (auto const& e : s->table.entries())
        if (!e.key.is_null()) hash ^= shuffle(static_cast<std::uint64_t>(e.hash));
    hash ^= (static_cast<std::uint64_t>(s->table.size()) + 1) * 1927868237u;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923u;
    if (hash == static_cast<std::uint64_t>(-1)) hash = 590923713u;
    return static_cast<std::int64_t>(hash);
}

} // namespace

void init_set_type(VM& vm) {
    for (Type* t : {vm.types.set, vm.types.frozenset}) {
        t->slots.binary = set_binary;
        t->slots.richcompare = set_richcompare;
    }
    vm.types.set->slots.hash = hash_not_implemented;
    vm.types.frozenset->slots.hash = frozenset_hash;
    vm.types.set->slots.iter = vm.types.frozenset->slots.iter = set_iter;
    for (Type* t : {vm.types.set, vm.types.frozenset}) {
        t->slots.len = set_length;
        t->slots.contains = set_contains;
    }
    vm.types.set->construct = set_construct;
    vm.types.frozenset->construct = set_construct;
    for (Type* t : {vm.types.set, vm.types.frozenset}) {
        add_methods(vm, t, {
            {"__repr__", set_repr}, {"copy", set_copy, Args::none()}, {"union", set_union, Args::varargs()},
            {"intersection", set_intersection, Args::varargs()},
            {"difference", set_difference, Args::varargs()},
            {"symmetric_difference", set_symmetric_difference, Args::one()},
            {"issubset", set_issubset, Args::one()}, {"issuperset", set_issuperset, Args::one()},
            {"isdisjoint", set_isdisjoint, Args::one()},
        });
    }
    add_methods(vm, vm.types.set, {
        {"__init__", set_init}, {"add", set_add, Args::one()}, {"remove", set_remove, Args::one()},
        {"discard", set_discard, Args::one()}, {"pop", set_pop, Args::none()},
        {"clear", set_clear, Args::none()}, {"update", set_update, Args::varargs()},
        {"intersection_update", set_intersection_update, Args::varargs()},
        {"difference_update", set_difference_update, Args::varargs()},
        {"symmetric_difference_update", set_symmetric_difference_update, Args::one()},
    });
}

} // namespace weft::rt
