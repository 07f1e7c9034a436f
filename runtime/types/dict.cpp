// dict: construction, repr, views and the methods (get, setdefault, pop, popitem, update, keys, values,
// items, copy, clear, fromkeys). CPython: Objects/dictobject.c.
#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/container_ops.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

void Dict::traverse(GcVisitor& v) {
    for (auto const& e : table.entries()) {
        v.visit(e.key);
        v.visit(e.value);
    }
}

// dict_keys / dict_values / dict_items: a view over a dict.
struct DictView final : Object {
    Ref<Dict> dict;
    explicit DictView(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override { v.visit(dict); }
};

Value make_dict_view(VM& vm, Type* type, Dict* dict) {
    auto view = make<DictView>(type);
    view->dict = Ref<Dict>::borrowed(dict);
    return view.take_value();
}

Dict* dict_view_dict(Value const& v) { return as<DictView>(v)->dict.get(); }

// dict.update semantics: a mapping (keys() + []) or an iterable of pairs.
Result<void> dict_update_from(VM& vm, Dict* d, Value const& other, Value const* merge_callable) {
    // f(**m): a key already given is an error that names f (CPython: _PyEval_FormatKwargsError)
    auto repeated = [&](Value const& key) -> Result<void> {
        std::string name = TRY(vm.function_str(*merge_callable));
        std::string k = key.is_object() && vm.type_of(key)->layout == Layout::Str ? std::string(as<Str>(key)->view())
                                                                                  : TRY(vm.repr_string(key));
        return vm.raise(vm.types.TypeError, "{} got multiple values for keyword argument '{}'", name, k);
    };
    if (other.is_object() && vm.type_of(other)->layout == Layout::Dict) {
        DictTable const& source = as<Dict>(other)->table;
        if (d->table.size() == 0) {
            // into an empty dict ({**m}, dict(m), a call's **m): the keys are distinct already, nothing to compare
            d->table.reserve(source.size());
            for (auto const& e : source.entries())
                if (!e.key.is_null()) d->table.insert_new(e.key, e.hash, e.value);
            return {};
        }
        // the entries first: comparing keys may run __eq__, which may change `other`
        DictTable::EntryVector entries;
        entries.reserve(source.size());
        for (auto const& e : source.entries())
            if (!e.key.is_null()) entries.push_back(e);
        for (auto& e : entries) {
            std::int64_t found = TRY(d->table.find(vm, e.key, e.hash));
            if (found >= 0) {
                if (merge_callable) return repeated(e.key);
                d->table.entries()[static_cast<std::size_t>(found)].value = e.value;
            } else {
                d->table.insert_new(e.key, e.hash, e.value);
            }
        }
        return {};
    }
    // a builtin iterator has no keys() (zip, map, enumerate, ...): no attribute lookup for dict(zip(ks, vs))
    auto builtin_iterator = [&](Value const& v) {
        Type* t = vm.type_of(v);
        return t->layout == Layout::Iterator && !t->is_heap;
    };
    bool other_is_iterator = builtin_iterator(other);
    if (other_is_iterator && vm.type_of(other) == vm.types.zip && !merge_callable) {
        // dict(zip(keys, values)): each pair set straight from the two iterators, without the zip's tuple, as
        // zip's own steps read them (the first, then the second; either ending ends the zip for good)
        Iterator* z = as<Iterator>(other);
        if (z->iters.size() == 2 && !z->strict) {
            Value keys_it = z->iters[0];
            Value values_it = z->iters[1];
            if (d->table.size() == 0) {
                // two sequences' iterators: a small dict sized once for the pairs they make (only a small one:
                // repeated keys would leave a big reservation unused, and a huge one must fail as growth does)
                auto left = [&](Value const& it) {
                    return builtin_iterator(it) ? iterator_items_left(as<Iterator>(it)) : std::int64_t{-1};
                };
                std::int64_t pairs = std::min(left(keys_it), left(values_it));
                if (pairs > 0)
                    d->table.reserve(static_cast<std::size_t>(std::min<std::int64_t>(pairs, 64)));
            }
            while (z->iters.size() == 2) {  // (a generator among them may have run this zip to its end)
                Value k = TRY(vm.next(keys_it));
                Value v = k.is_null() ? Value() : TRY(vm.next(values_it));
                if (v.is_null()) {
                    z->iters.clear();
                    break;
                }
                TRY(dict_set(vm, d, std::move(k), std::move(v)));
            }
            return {};
        }
    }
    Value keys_method = other_is_iterator ? Value() : TRY(vm.getattr_opt(other, vm.names.keys));
    if (!keys_method.is_null()) {
        Value keys = TRY(vm.call0(keys_method));
        ValueVector ks = TRY(vm.to_vector(keys));
        for (Value const& k : ks) {
            Value v = TRY(vm.getitem(other, k));
            if (merge_callable && !TRY(dict_get(vm, d, k)).is_null()) return repeated(k);
            TRY(dict_set(vm, d, k, v));
        }
        return {};
    }
    Value it = TRY(vm.get_iter(other));
    std::size_t index = 0;
    for (;; ++index) {
        Value item = TRY(vm.next(it));
        if (item.is_null()) break;
        if (item.is_object() && vm.type_of(item) == vm.types.tuple && as<Tuple>(item)->size == 2) {
            // the usual item, a pair from zip() or items(): no iteration (CPython: PyDict_MergeFromSeq2's fast
            // sequence)
            TRY(dict_set(vm, d, as<Tuple>(item)->items[0], as<Tuple>(item)->items[1]));
            continue;
        }
        if (vm.type_of(item)->slots.iter == nullptr && vm.type_of(item)->lookup(vm.names.dunder_iter).is_null() &&
            vm.type_of(item)->lookup(vm.names.dunder_getitem).is_null())
            return vm.raise(vm.types.TypeError, "cannot convert dictionary update sequence element #{} to a sequence", index);
        ValueVector pair = TRY(vm.to_vector(item));
        if (pair.size() != 2)
            return vm.raise(vm.types.ValueError, "dictionary update sequence element #{} has length {}; 2 is required",
                            index, pair.size());
        TRY(dict_set(vm, d, pair[0], pair[1]));
    }
    return {};
}

namespace {

Dict* self_dict(Value const* args) { return as<Dict>(args[0]); }

Result<Value> dict_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Dict* d = self_dict(args);
    for (Object* o : vm.repr_in_progress)
        if (o == d) return vm.new_str("{...}");
    struct Guard {
        VM& vm;
        ~Guard() { vm.repr_in_progress.pop_back(); }
    } guard{vm};
    vm.repr_in_progress.push_back(d);
    std::vector<std::pair<Value, Value>> items;
    for (auto const& e : d->table.entries())
        if (!e.key.is_null()) items.emplace_back(e.key, e.value);
    std::string out = "{";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        out += TRY(vm.repr_string(items[i].first));
        out += ": ";
        out += TRY(vm.repr_string(items[i].second));
    }
    out += "}";
    return vm.new_str(out);
}

Result<Value> dict_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t nkw = kwnames ? kwnames->size : 0;
    std::size_t npos = nargs - 1 - nkw;
    if (npos > 1) return vm.raise(vm.types.TypeError, "dict expected at most 1 argument, got {}", npos);
    auto d = vm.new_dict();
    if (npos == 1) TRY(dict_update_from(vm, d.get(), args[1], nullptr));
    for (std::size_t i = 0; i < nkw; ++i) TRY(dict_set(vm, d.get(), kwnames->items[i], args[1 + npos + i]));
    return d.take_value();
}

// dict.__init__(self, mapping_or_pairs=(), **kwargs): fills a subclass instance (CPython: dict_init)
Result<Value> dict_init(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t nkw = kwnames ? kwnames->size : 0;
    std::size_t npos = nargs - 1 - nkw;
    if (npos > 1) return vm.raise(vm.types.TypeError, "dict expected at most 1 argument, got {}", npos);
    Dict* d = self_dict(args);
    if (npos == 1) TRY(dict_update_from(vm, d, args[1], nullptr));
    for (std::size_t i = 0; i < nkw; ++i) TRY(dict_set(vm, d, kwnames->items[i], args[1 + npos + i]));
    return Value::none();
}

Result<Value> dict_get_method(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value v = TRY(dict_get(vm, self_dict(args), args[1]));
    if (v.is_null()) return nargs > 2 ? args[2] : Value::none();
    return v;
}

Result<Value> dict_setdefault(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value v = TRY(dict_get(vm, self_dict(args), args[1]));
    if (!v.is_null()) return v;
    Value def = nargs > 2 ? args[2] : Value::none();
    TRY(dict_set(vm, self_dict(args), args[1], def));
    return def;
}

Result<Value> dict_pop(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Dict* d = self_dict(args);
    std::int64_t h = TRY(vm.hash(args[1]));
    std::int64_t ix = TRY(d->table.find(vm, args[1], h));
    if (ix < 0) {
        if (nargs > 2) return args[2];
        return vm.raise_key_error(args[1]);
    }
    Value value;
    d->table.remove_at(ix, nullptr, &value);
    return value;
}

Result<Value> dict_popitem(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Dict* d = self_dict(args);
    auto& entries = d->table.entries();
    for (std::size_t i = entries.size(); i-- > 0;) {
        if (!entries[i].key.is_null()) {
            Value k, v;
            d->table.remove_at(static_cast<std::int64_t>(i), &k, &v);
            auto t = vm.new_tuple(2);
            t->items[0] = std::move(k);
            t->items[1] = std::move(v);
            return t.take_value();
        }
    }
    return vm.raise(vm.types.KeyError, "popitem(): dictionary is empty");
}

Result<Value> dict_update(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t nkw = kwnames ? kwnames->size : 0;
    std::size_t npos = nargs - 1 - nkw;
    if (npos > 1) return vm.raise(vm.types.TypeError, "update expected at most 1 argument, got {}", npos);
    if (npos == 1) TRY(dict_update_from(vm, self_dict(args), args[1], nullptr));
    for (std::size_t i = 0; i < nkw; ++i) TRY(dict_set(vm, self_dict(args), kwnames->items[i], args[1 + npos + i]));
    return Value::none();
}

Result<Value> dict_keys(VM& vm, Value const* args, std::size_t, Tuple*) {
    return make_dict_view(vm, vm.types.dict_keys, self_dict(args));
}
Result<Value> dict_values(VM& vm, Value const* args, std::size_t, Tuple*) {
    return make_dict_view(vm, vm.types.dict_values, self_dict(args));
}
Result<Value> dict_items(VM& vm, Value const* args, std::size_t, Tuple*) {
    return make_dict_view(vm, vm.types.dict_items, self_dict(args));
}

Result<Value> dict_copy(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto d = vm.new_dict();
    for (auto const& e : self_dict(args)->table.entries())
        if (!e.key.is_null()) d->table.insert_new(e.key, e.hash, e.value);
    return d.take_value();
}

Result<Value> dict_clear(VM& vm, Value const* args, std::size_t, Tuple*) {
    self_dict(args)->table.clear();
    return Value::none();
}

Result<Value> dict_fromkeys(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    // called as dict.fromkeys(iterable, value): args[0] is the iterable (no classmethod binding here)
    auto d = vm.new_dict();
    ValueVector keys = TRY(vm.to_vector(args[0]));
    for (Value const& k : keys) TRY(dict_set(vm, d.get(), k, nargs > 1 ? args[1] : Value::none()));
    return d.take_value();
}

Result<Value> view_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Type* t = vm.type_of(args[0]);
    Value list = TRY(vm.to_list(args[0])).take_value();
    std::string inner = TRY(vm.repr_string(list));
    return vm.new_str(format("{}({})", t->name->view(), inner));
}

Result<Value> view_len(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_int(static_cast<std::int64_t>(as<DictView>(args[0])->dict->table.size()));
}


// ---- the container protocols (TypeSlots; CPython: dict_subscript, dict_ass_sub, dict_contains)

Result<Value> dict_subscript(VM& vm, Value const& self, Value const& key) {
    Dict* d = as<Dict>(self);
    Value v = TRY(dict_get(vm, d, key));
    if (!v.is_null()) return v;
    if (vm.type_of(self) != vm.types.dict) {
        Value missing = vm.type_of(self)->lookup(vm.names.dunder_missing);
        if (!missing.is_null()) {
            Value args[2] = {self, key};
            return vm.call(missing, args, 2);
        }
    }
    return vm.raise_key_error(key);
}

Result<void> dict_ass_subscript(VM& vm, Value const& self, Value const& key, Value value) {
    return dict_set(vm, as<Dict>(self), key, std::move(value));
}

Result<void> dict_del_subscript(VM& vm, Value const& self, Value const& key) {
    Dict* d = as<Dict>(self);
    std::int64_t h = TRY(vm.hash(key));
    std::int64_t ix = TRY(d->table.find(vm, key, h));
    if (ix < 0) return vm.raise_key_error(key);
    d->table.remove_at(ix, nullptr, nullptr);
    return {};
}

Result<bool> dict_contains(VM& vm, Value const& self, Value const& item) {
    Value v = TRY(dict_get(vm, as<Dict>(self), item));
    return !v.is_null();
}

Result<std::int64_t> dict_length(VM&, Value const& self) { return static_cast<std::int64_t>(as<Dict>(self)->table.size()); }

// dict_keys: `in` looks the key up in the dict (CPython: dictkeys_contains)
Result<bool> dict_keys_contains(VM& vm, Value const& self, Value const& item) {
    Value v = TRY(dict_get(vm, dict_view_dict(self), item));
    return !v.is_null();
}

Result<std::int64_t> dict_view_length(VM&, Value const& self) {
    return static_cast<std::int64_t>(dict_view_dict(self)->table.size());
}

// items(): `in` compares the pair with the dict's entry (CPython: dictitems_contains)
Result<bool> dict_items_contains(VM& vm, Value const& self, Value const& item) {
    if (!item.is_object() || vm.type_of(item)->layout != Layout::Tuple || as<Tuple>(item)->size != 2)
        return false;
    Value v = TRY(dict_get(vm, dict_view_dict(self), as<Tuple>(item)->items[0]));
    return !v.is_null() && TRY(vm.equals(v, as<Tuple>(item)->items[1]));
}

// A keys or items view, a set or any iterable as a set, for the views' set operations; null when `v` is not
// iterable (the operation is then NotImplemented)
Result<Value> as_set(VM& vm, Value const& v) {
    if (v.is_object() && vm.type_of(v)->layout == Layout::Set)
        return v;
    Result<Value> it = vm.get_iter(v);
    if (it.is_error()) {
        if (!vm.exception_matches(vm.types.TypeError))
            return Raised{};
        vm.take_exception();
        return Value();
    }
    return vm.call1(Value::borrowed(vm.types.set), v);
}

// keys() and items() are set-like: & | - ^ give sets (CPython: dictviews_and and friends)
Result<Value> dict_view_binary(VM& vm, Value const& a, Value const& b, int op, bool) {
    using front::BinOpArg;
    auto o = static_cast<BinOpArg>(op);
    if (o != BinOpArg::And && o != BinOpArg::Or && o != BinOpArg::Subtract && o != BinOpArg::Xor)
        return vm.not_implemented;
    Value x = TRY(as_set(vm, a));
    Value y = TRY(as_set(vm, b));
    if (x.is_null() || y.is_null())
        return vm.not_implemented;
    return vm.binary_op(x, y, op);  // not in place: a new set
}

// keys() and items() compare as sets with sets and other such views (CPython: dictview_richcompare)
Result<Value> dict_view_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    auto set_like = [&](Value const& v) {
        Type* t = vm.type_of(v);
        return t->layout == Layout::Set || t == vm.types.dict_keys || t == vm.types.dict_items;
    };
    if (!set_like(a) || !set_like(b))
        return vm.not_implemented;
    Value x = TRY(as_set(vm, a));
    Value y = TRY(as_set(vm, b));
    return vm.compare(x, y, op);
}

} // namespace

namespace {

Result<Value> dict_iter(VM& vm, Value const& self) {
    auto it = new_iterator(vm, vm.types.dict_keyiterator, IterKind::DictKeys, self);
    it->remaining = static_cast<std::int64_t>(as<Dict>(self)->table.size());
    it->step = it->remaining;  // items still to give (iterators.cpp: dict_iter_next)
    return it.take_value();
}

// iter() of keys(), values() and items()
// view.isdisjoint(other): no item of one is in the other; the smaller side is walked (CPython:
// dictviews_isdisjoint)
Result<Value> view_isdisjoint(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value const& self = args[0];
    Value const& other = args[1];
    if (self.is(other)) return Value::from_bool(dict_view_dict(self)->table.size() == 0);
    Layout ol = layout_of(other);
    bool other_sized = ol == Layout::Set || vm.type_of(other) == vm.types.dict_keys || vm.type_of(other) == vm.types.dict_items;
    if (other_sized && TRY(vm.len(other)) > static_cast<std::int64_t>(dict_view_dict(self)->table.size())) {
        Value it = TRY(vm.get_iter(self));
        for (;;) {
            Value item = TRY(vm.next(it));
            if (item.is_null()) break;
            if (TRY(vm.contains(other, item))) return Value::from_bool(false);
        }
        return Value::from_bool(true);
    }
    Value it = TRY(vm.get_iter(other));
    for (;;) {
        Value item = TRY(vm.next(it));
        if (item.is_null()) break;
        if (TRY(vm.contains(self, item))) return Value::from_bool(false);
    }
    return Value::from_bool(true);
}

// view.mapping: a read-only proxy of the dict (CPython: dictview_mapping)
Value view_members(VM& vm, Value const& self, Str* name) {
    if (name->view() == "mapping") return make_mappingproxy(vm, Value::borrowed(dict_view_dict(self)));
    return Value();
}

Result<Value> dict_view_iter(VM& vm, Value const& self) {
    Type* t = vm.type_of(self);
    IterKind kind = t == vm.types.dict_keys ? IterKind::DictKeys : t == vm.types.dict_values ? IterKind::DictValues : IterKind::DictItems;
    Type* it_type = t == vm.types.dict_keys     ? vm.types.dict_keyiterator
                    : t == vm.types.dict_values ? vm.types.dict_valueiterator
                                                : vm.types.dict_itemiterator;
    auto it = new_iterator(vm, it_type, kind, self);
    it->remaining = static_cast<std::int64_t>(dict_view_dict(self)->table.size());
    it->step = it->remaining;
    return it.take_value();
}

} // namespace

namespace {

// ---- operators (TypeSlots::binary and richcompare; CPython: dict_or, dict_ior, dict_richcompare)

Result<Value> dict_binary(VM& vm, Value const& a, Value const& b, int op, bool inplace) {
    if (op != static_cast<int>(front::BinOpArg::Or) || layout_of(a) != Layout::Dict)
        return vm.not_implemented;
    if (inplace && layout_of(b) != Layout::Dict) {
        // d |= x takes what d.update(x) takes: a mapping or an iterable of pairs (CPython: dict_ior)
        TRY(dict_update_from(vm, as<Dict>(a), b, nullptr));
        return a;
    }
    if (layout_of(b) != Layout::Dict)
        return vm.not_implemented;
    Ref<Dict> d = inplace ? Ref<Dict>::borrowed(as<Dict>(a)) : vm.new_dict();
    if (!inplace)
        for (auto const& e : as<Dict>(a)->table.entries())
            if (!e.key.is_null()) d->table.insert_new(e.key, e.hash, e.value);
    for (auto const& e : as<Dict>(b)->table.entries())
        if (!e.key.is_null()) TRY(d->table.insert(vm, e.key, e.hash, e.value));
    return d.take_value();
}

Result<Value> dict_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    bool eq_op = op == static_cast<int>(front::CmpOpArg::Eq);
    if ((!eq_op && op != static_cast<int>(front::CmpOpArg::Ne)) || layout_of(a) != Layout::Dict ||
        layout_of(b) != Layout::Dict)
        return vm.not_implemented;
    Dict* x = as<Dict>(a);
    Dict* y = as<Dict>(b);
    bool eq = x->table.size() == y->table.size();
    if (eq) {
        DictTable::EntryVector entries;
        for (auto const& e : x->table.entries())
            if (!e.key.is_null()) entries.push_back(e);
        for (auto const& e : entries) {
            Value other = TRY(dict_get(vm, y, e.key));
            if (other.is_null() || !TRY(vm.equals(e.value, other))) {
                eq = false;
                break;
            }
        }
    }
    return Value::from_bool(eq_op ? eq : !eq);
}

} // namespace

void init_dict_type(VM& vm) {
    TypeSlots& slots = vm.types.dict->slots;
    slots.len = dict_length;
    slots.getitem = dict_subscript;
    slots.setitem = dict_ass_subscript;
    slots.delitem = dict_del_subscript;
    slots.contains = dict_contains;
    slots.iter = dict_iter;
    slots.hash = hash_not_implemented;
    slots.binary = dict_binary;
    slots.richcompare = dict_richcompare;
    for (Type* t : {vm.types.dict_keys, vm.types.dict_values, vm.types.dict_items}) {
        t->slots.len = dict_view_length;
        t->slots.iter = dict_view_iter;
    }
    vm.types.dict_keys->slots.contains = dict_keys_contains;
    vm.types.dict_items->slots.contains = dict_items_contains;
    vm.types.dict_keys->slots.hash = vm.types.dict_items->slots.hash = hash_not_implemented;  // set-like: == by content
    for (Type* t : {vm.types.dict_keys, vm.types.dict_items}) {
        t->slots.binary = dict_view_binary;
        t->slots.richcompare = dict_view_richcompare;
    }
    vm.types.dict->construct = dict_construct;
    vm.types.dict->match_kind = MatchKind::Mapping;
    add_methods(vm, vm.types.dict, {
        {"__repr__", dict_repr}, {"__init__", dict_init}, {"get", dict_get_method, Args::positional(1, 2)},
        {"setdefault", dict_setdefault, Args::positional(1, 2)}, {"pop", dict_pop, Args::positional(1, 2)},
        {"popitem", dict_popitem, Args::none()}, {"update", dict_update}, {"keys", dict_keys, Args::none()},
        {"values", dict_values, Args::none()}, {"items", dict_items, Args::none()},
        {"copy", dict_copy, Args::none()}, {"clear", dict_clear, Args::none()},
    });
    // fromkeys is looked up on the class: a plain function in the dict (no self binding)
    add_function(vm, vm.types.dict->dict.get(), "fromkeys", dict_fromkeys, Args::positional(1, 2));
    for (Type* t : {vm.types.dict_keys, vm.types.dict_values, vm.types.dict_items}) {
        add_methods(vm, t, {{"__repr__", view_repr}, {"__len__", view_len}});
        t->slots.members = view_members;
    }
    for (Type* t : {vm.types.dict_keys, vm.types.dict_items})
        add_methods(vm, t, {{"isdisjoint", view_isdisjoint, Args::one()}});
}

} // namespace weft::rt
