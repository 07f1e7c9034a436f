// The _collections module's double-ended queue, collections.deque: a ring of values with an optional maximum
// length, its methods, indexing, comparison, concatenation and iterators that notice mutation.
// CPython: Modules/_collectionsmodule.c (deque_* functions; messages and behaviour follow them).
#include <deque>

#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/container_ops.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/types/sequence.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

struct Deque final : Object {
    std::deque<Value> items;
    std::int64_t maxlen = -1;  // -1: unbounded
    std::uint64_t state = 0;   // bumped by every change of length or order: iterators compare it
    explicit Deque(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override {
        for (auto const& x : items) v.visit(x);
    }
    void clear_references() override { std::deque<Value>().swap(items); }
};

// for (x in d) and reversed(d): the position from the chosen end, and the state the deque had when it started
struct DequeIterator final : Object {
    Value deque;
    std::size_t index = 0;
    std::uint64_t state = 0;
    bool reverse = false;
    explicit DequeIterator(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override { v.visit(deque); }
    void clear_references() override { deque.clear(); }
};

namespace {

Deque* self_deque(Value const* args) { return as<Deque>(args[0]); }

// append/appendleft keep at most maxlen items, dropping from the other end (CPython: deque_append_internal)
void push_back(Deque* d, Value v) {
    if (d->maxlen == 0) return;
    d->items.push_back(std::move(v));
    if (d->maxlen > 0 && static_cast<std::int64_t>(d->items.size()) > d->maxlen) d->items.pop_front();
    ++d->state;
}

void push_front(Deque* d, Value v) {
    if (d->maxlen == 0) return;
    d->items.push_front(std::move(v));
    if (d->maxlen > 0 && static_cast<std::int64_t>(d->items.size()) > d->maxlen) d->items.pop_back();
    ++d->state;
}

// Items of any iterable; a deque extended by itself reads a copy first (CPython: deque_extend)
Result<ValueVector> items_of(VM& vm, Value const& iterable) { return vm.to_vector(iterable); }

Result<Value> new_deque(VM& vm, Type* type, std::int64_t maxlen) {
    auto d = make<Deque>(type);
    d->maxlen = maxlen;
    vm.gc().track(d.get());
    return d.take_value();
}

Result<std::int64_t> parse_maxlen(VM& vm, Value const& v) {
    if (v.is_null() || v.is_none()) return -1;
    if (!v.is_int() && !v.is_bool() && vm.type_of(v)->layout != Layout::Int)
        return vm.raise(vm.types.TypeError, "an integer is required");
    std::int64_t n = TRY(vm.index_value(v));
    if (n < 0) return vm.raise(vm.types.ValueError, "maxlen must be non-negative");
    return n;
}

// deque([iterable[, maxlen]]): type(...) makes the object, __init__ fills it (CPython: deque_new, deque_init)
// an empty deque of a class derived from deque, for its __init__ to fill (CPython: deque_new)
Result<Value> deque_allocate(VM& vm, Type* type) {
    auto d = make<Deque>(type);
    if (type->is_heap) incref(type);
    vm.gc().track(d.get());
    return d.take_value();
}

Result<Value> deque_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value self = TRY(deque_allocate(vm, as<Type>(args[0])));
    Value out[2];
    TRY(parse_args(vm, "deque", args + 1, nargs - 1, kwnames, {"iterable", "maxlen"}, out));
    Deque* dq = as<Deque>(self);
    dq->maxlen = TRY(parse_maxlen(vm, out[1]));
    if (!out[0].is_null())
        for (Value& x : TRY(items_of(vm, out[0]))) push_back(dq, std::move(x));
    return self;
}

Result<Value> deque_init(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value out[2];
    TRY(parse_args(vm, "deque", args + 1, nargs - 1, kwnames, {"iterable", "maxlen"}, out));
    Deque* d = self_deque(args);
    d->maxlen = TRY(parse_maxlen(vm, out[1]));
    ValueVector items;
    if (!out[0].is_null()) items = TRY(items_of(vm, out[0]));
    d->items.clear();
    ++d->state;
    for (Value& x : items) push_back(d, std::move(x));
    return Value::none();
}

Result<Value> deque_append(VM& vm, Value const* args, std::size_t, Tuple*) {
    push_back(self_deque(args), args[1]);
    return Value::none();
}

Result<Value> deque_appendleft(VM& vm, Value const* args, std::size_t, Tuple*) {
    push_front(self_deque(args), args[1]);
    return Value::none();
}

Result<Value> deque_extend(VM& vm, Value const* args, std::size_t, Tuple*) {
    Deque* d = self_deque(args);
    for (Value& x : TRY(items_of(vm, args[1]))) push_back(d, std::move(x));
    return Value::none();
}

Result<Value> deque_extendleft(VM& vm, Value const* args, std::size_t, Tuple*) {
    Deque* d = self_deque(args);
    for (Value& x : TRY(items_of(vm, args[1]))) push_front(d, std::move(x));
    return Value::none();
}

Result<Value> deque_popleft(VM& vm, Value const* args, std::size_t, Tuple*) {
    Deque* d = self_deque(args);
    if (d->items.empty()) return vm.raise(vm.types.IndexError, "pop from an empty deque");
    Value v = std::move(d->items.front());
    d->items.pop_front();
    ++d->state;
    return v;
}

Result<Value> deque_pop(VM& vm, Value const* args, std::size_t, Tuple*) {
    Deque* d = self_deque(args);
    if (d->items.empty()) return vm.raise(vm.types.IndexError, "pop from an empty deque");
    Value v = std::move(d->items.back());
    d->items.pop_back();
    ++d->state;
    return v;
}

// The first index in [start, stop) holding a value equal to x, or -1; an __eq__ that changes the deque raises
// (CPython: deque_index, deque_remove)
Result<std::int64_t> find(VM& vm, Deque* d, Value const& x, std::size_t start, std::size_t stop) {
    std::uint64_t state = d->state;
    for (std::size_t i = start; i < stop && i < d->items.size(); ++i) {
        Value item = d->items[i];
        bool eq = TRY(vm.equals(item, x));
        if (d->state != state) return vm.raise(vm.types.RuntimeError, "deque mutated during iteration");
        if (eq) return static_cast<std::int64_t>(i);
    }
    return -1;
}

Result<Value> deque_remove(VM& vm, Value const* args, std::size_t, Tuple*) {
    Deque* d = self_deque(args);
    std::int64_t i = TRY(find(vm, d, args[1], 0, d->items.size()));
    if (i < 0) return vm.raise(vm.types.ValueError, "{} is not in deque", TRY(vm.repr_string(args[1])));
    d->items.erase(d->items.begin() + i);
    ++d->state;
    return Value::none();
}

// index(x[, start[, stop]]): bounds clamp as slice bounds do (CPython: deque_index)
Result<Value> deque_index(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Deque* d = self_deque(args);
    auto n = static_cast<std::int64_t>(d->items.size());
    auto bound = [&](std::size_t k, std::int64_t fallback) -> Result<std::int64_t> {
        if (nargs <= k) return fallback;
        std::int64_t v = TRY(vm.index_value(args[k]));
        if (v < 0) v = std::max<std::int64_t>(0, v + n);
        return std::min(v, n);
    };
    std::int64_t start = TRY(bound(2, 0)), stop = TRY(bound(3, n));
    std::int64_t i = start < stop ? TRY(find(vm, d, args[1], static_cast<std::size_t>(start), static_cast<std::size_t>(stop))) : -1;
    if (i < 0) return vm.raise(vm.types.ValueError, "{} is not in deque", TRY(vm.repr_string(args[1])));
    return Value::from_int(i);
}

Result<Value> deque_count(VM& vm, Value const* args, std::size_t, Tuple*) {
    Deque* d = self_deque(args);
    std::uint64_t state = d->state;
    std::int64_t count = 0;
    for (std::size_t i = 0; i < d->items.size(); ++i) {
        Value item = d->items[i];
        count += TRY(vm.equals(item, args[1]));
        if (d->state != state) return vm.raise(vm.types.RuntimeError, "deque mutated during iteration");
    }
    return Value::from_int(count);
}

// insert(i, x): i clamps like list.insert's; a full bounded deque refuses (CPython: deque_insert)
Result<Value> deque_insert(VM& vm, Value const* args, std::size_t, Tuple*) {
    Deque* d = self_deque(args);
    std::int64_t i = TRY(vm.index_value(args[1]));
    auto n = static_cast<std::int64_t>(d->items.size());
    if (d->maxlen >= 0 && n >= d->maxlen) return vm.raise(vm.types.IndexError, "deque already at its maximum size");
    if (i < 0) i = std::max<std::int64_t>(0, i + n);
    i = std::min(i, n);
    d->items.insert(d->items.begin() + i, args[2]);
    ++d->state;
    return Value::none();
}

// rotate(n=1): n steps to the right; negative to the left
Result<Value> deque_rotate(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Deque* d = self_deque(args);
    std::int64_t steps = nargs > 1 ? TRY(vm.index_value(args[1])) : 1;
    auto n = static_cast<std::int64_t>(d->items.size());
    if (n <= 1) return Value::none();
    steps %= n;
    if (steps < 0) steps += n;
    std::rotate(d->items.begin(), d->items.begin() + (n - steps), d->items.end());
    ++d->state;
    return Value::none();
}

Result<Value> deque_reverse(VM& vm, Value const* args, std::size_t, Tuple*) {
    Deque* d = self_deque(args);
    std::reverse(d->items.begin(), d->items.end());
    ++d->state;
    return Value::none();
}

Result<Value> deque_clear(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::deque<Value> old;
    old.swap(self_deque(args)->items);
    ++self_deque(args)->state;
    return Value::none();
}

// copy() and __copy__: a deque of the same type and maxlen (CPython: deque_copy calls the type for subclasses)
// __reduce__: (class, () or ((), maxlen), the instance dict or None, an iterator over the items), which copy and
// deepcopy rebuild by appending (CPython: deque___reduce___impl)
Result<Value> deque_reduce(VM& vm, Value const* args, std::size_t, Tuple*) {
    Deque* d = self_deque(args);
    Type* t = vm.type_of(args[0]);
    auto out = vm.new_tuple(4);
    out->items[0] = Value::borrowed(t);
    if (d->maxlen >= 0) {
        auto ctor = vm.new_tuple(2);
        ctor->items[0] = vm.empty_tuple.value();
        ctor->items[1] = Value::from_int(d->maxlen);
        out->items[1] = ctor.take_value();
    } else {
        out->items[1] = vm.empty_tuple.value();
    }
    Dict* dict = t->slots.instance_dict ? t->slots.instance_dict(vm, args[0]) : nullptr;
    Object* attributes = dict ? dict : vm.gc().attributes_of(args[0].as_object());
    out->items[2] = attributes ? Value::borrowed(attributes) : Value::none();
    out->items[3] = TRY(vm.get_iter(args[0]));
    return out.take_value();
}

Result<Value> deque_copy(VM& vm, Value const* args, std::size_t, Tuple*) {
    Deque* d = self_deque(args);
    Type* t = vm.type_of(args[0]);
    if (t->is_heap) {
        auto list = vm.new_list();
        for (auto const& x : d->items) list->items.push_back(x);
        Value call_args[2] = {list.take_value(), d->maxlen >= 0 ? Value::from_int(d->maxlen) : Value::none()};
        return vm.call(Value::borrowed(t), call_args, 2);
    }
    Value copy = TRY(new_deque(vm, t, d->maxlen));
    as<Deque>(copy)->items = d->items;
    return copy;
}

// deque([1, 2], maxlen=3); a deque inside itself is [...] (CPython: deque_repr)
Result<Value> deque_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Deque* d = self_deque(args);
    std::string name(vm.type_of(args[0])->name->view());
    for (Object* o : vm.repr_in_progress)
        if (o == d) return vm.new_str("[...]");
    vm.repr_in_progress.push_back(d);
    ValueVector copy(d->items.begin(), d->items.end());
    Result<Value> list = sequence_repr(vm, copy.data(), copy.size(), "[", "]", false);
    vm.repr_in_progress.pop_back();
    if (list.is_error()) return Raised{};
    std::string out = name + "(" + std::string(as<Str>(list.value())->view());
    if (d->maxlen >= 0) out += format(", maxlen={}", d->maxlen);
    return vm.new_str(out + ")");
}

Value deque_members(VM& vm, Value const& self, Str* name) {
    if (name->view() == "maxlen") {
        std::int64_t m = as<Deque>(self)->maxlen;
        return m >= 0 ? Value::from_int(m) : Value::none();
    }
    return Value();
}

// ---- the container protocol (TypeSlots)

Result<std::int64_t> deque_length(VM&, Value const& self) { return static_cast<std::int64_t>(as<Deque>(self)->items.size()); }

Result<std::size_t> checked_index(VM& vm, Deque* d, Value const& key) {
    if (!key.is_int() && !key.is_bool() && vm.type_of(key)->layout != Layout::Int &&
        vm.type_of(key)->lookup(vm.names.dunder_index).is_null())
        return vm.raise(vm.types.TypeError, "sequence index must be integer, not '{}'", vm.type_of(key)->name->view());
    std::int64_t i = TRY(vm.index_value(key));
    auto n = static_cast<std::int64_t>(d->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return vm.raise(vm.types.IndexError, "deque index out of range");
    return static_cast<std::size_t>(i);
}

Result<Value> deque_getitem(VM& vm, Value const& self, Value const& key) {
    Deque* d = as<Deque>(self);
    return d->items[TRY(checked_index(vm, d, key))];
}

Result<void> deque_setitem(VM& vm, Value const& self, Value const& key, Value value) {
    Deque* d = as<Deque>(self);
    d->items[TRY(checked_index(vm, d, key))] = std::move(value);
    return {};
}

Result<void> deque_delitem(VM& vm, Value const& self, Value const& key) {
    Deque* d = as<Deque>(self);
    std::size_t i = TRY(checked_index(vm, d, key));
    d->items.erase(d->items.begin() + static_cast<std::ptrdiff_t>(i));
    ++d->state;
    return {};
}

Result<bool> deque_contains(VM& vm, Value const& self, Value const& item) {
    Deque* d = as<Deque>(self);
    return TRY(find(vm, d, item, 0, d->items.size())) >= 0;
}

char const iterator_key = 0;          // module_type() keys
char const reverse_iterator_key = 0;

Result<Value> make_iterator(VM& vm, Value const& self, bool reverse) {
    auto it = make<DequeIterator>(vm.module_type(reverse ? &reverse_iterator_key : &iterator_key));
    it->deque = self;
    it->state = as<Deque>(self)->state;
    it->reverse = reverse;
    vm.gc().track(it.get());
    return it.take_value();
}

Result<Value> deque_iter(VM& vm, Value const& self) { return make_iterator(vm, self, false); }

Result<Value> deque_reversed(VM& vm, Value const* args, std::size_t, Tuple*) { return make_iterator(vm, args[0], true); }

Result<Value> iterator_next(VM& vm, Value const& self, Value&) {
    auto* it = as<DequeIterator>(self);
    if (it->deque.is_null()) return Value();
    Deque* d = as<Deque>(it->deque);
    if (d->state != it->state) {
        it->deque.clear();
        return vm.raise(vm.types.RuntimeError, "deque mutated during iteration");
    }
    if (it->index >= d->items.size()) {
        it->deque.clear();
        return Value();
    }
    std::size_t i = it->index++;
    return it->reverse ? d->items[d->items.size() - 1 - i] : d->items[i];
}


// a length hint, as CPython's deque iterators give (__length_hint__)
Result<Value> iterator_length_hint(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto* it = as<DequeIterator>(args[0]);
    if (it->deque.is_null()) return Value::from_int(0);
    return Value::from_int(static_cast<std::int64_t>(as<Deque>(it->deque)->items.size() - it->index));
}

// deque + deque, deque * n and their in-place forms (CPython: deque_concat, deque_repeat, deque_inplace_*)
Result<Value> deque_binary(VM& vm, Value const& a, Value const& b, int op, bool inplace) {
    bool a_deque = a.is_object() && vm.type_of(a)->slots.len == deque_length;
    bool b_deque = b.is_object() && vm.type_of(b)->slots.len == deque_length;
    if (op == static_cast<int>(front::BinOpArg::Add) && a_deque) {
        if (!b_deque) {
            if (inplace) {  // d += iterable extends
                Value call_args[2] = {a, b};
                TRY(deque_extend(vm, call_args, 2, nullptr));
                return a;
            }
            return vm.raise(vm.types.TypeError, "can only concatenate deque (not \"{}\") to deque", vm.type_of(b)->name->view());
        }
        ValueVector extra(as<Deque>(b)->items.begin(), as<Deque>(b)->items.end());
        Value target = a;
        if (!inplace) {
            Value copy_args[1] = {a};
            target = TRY(deque_copy(vm, copy_args, 1, nullptr));
        }
        for (Value& x : extra) push_back(as<Deque>(target), std::move(x));
        return target;
    }
    if (op == static_cast<int>(front::BinOpArg::Multiply) && (a_deque || b_deque)) {
        Value const& seq = a_deque ? a : b;
        std::int64_t n = TRY(repeat_count(vm, a_deque ? b : a));
        if (n < 0) return vm.not_implemented;
        Value target = seq;
        if (!(inplace && a_deque)) {
            Value copy_args[1] = {seq};
            target = TRY(deque_copy(vm, copy_args, 1, nullptr));
        }
        Deque* d = as<Deque>(target);
        ValueVector once(d->items.begin(), d->items.end());
        d->items.clear();
        ++d->state;
        for (std::int64_t k = 0; k < n; ++k)
            for (Value const& x : once) push_back(d, x);
        return target;
    }
    return vm.not_implemented;
}

Result<Value> deque_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    bool a_deque = a.is_object() && vm.type_of(a)->slots.len == deque_length;
    bool b_deque = b.is_object() && vm.type_of(b)->slots.len == deque_length;
    if (!a_deque || !b_deque) return vm.not_implemented;
    ValueVector x(as<Deque>(a)->items.begin(), as<Deque>(a)->items.end());
    ValueVector y(as<Deque>(b)->items.begin(), as<Deque>(b)->items.end());
    return compare_items(vm, x.data(), x.size(), y.data(), y.size(), op);
}

} // namespace

void install_tuplegetter(VM& vm, Module& m);  // tuplegetter.cpp

Result<void> init__collections_module(VM& vm, Module& m) {
    Type* t = make_builtin_type(vm, "deque", vm.types.object, Layout::Native);
    t->match_kind = MatchKind::Sequence;
    t->module_name = "collections";
    t->construct = deque_construct;
    t->allocate = deque_allocate;
    TypeSlots& slots = t->slots;
    slots.len = deque_length;
    slots.getitem = deque_getitem;
    slots.setitem = deque_setitem;
    slots.delitem = deque_delitem;
    slots.contains = deque_contains;
    slots.iter = deque_iter;
    slots.hash = hash_not_implemented;
    slots.binary = deque_binary;
    slots.richcompare = deque_richcompare;
    slots.members = deque_members;
    add_methods(vm, t, {
        {"__init__", deque_init}, {"append", deque_append, Args::one()}, {"appendleft", deque_appendleft, Args::one()},
        {"extend", deque_extend, Args::one()}, {"extendleft", deque_extendleft, Args::one()},
        {"popleft", deque_popleft, Args::none()}, {"pop", deque_pop, Args::none()}, {"remove", deque_remove, Args::one()},
        {"index", deque_index, Args::parse_tuple(1, 3)}, {"count", deque_count, Args::one()},
        {"insert", deque_insert, Args::positional(2, 2)}, {"rotate", deque_rotate, Args::positional(0, 1)},
        {"reverse", deque_reverse, Args::none()}, {"clear", deque_clear, Args::none()},
        {"copy", deque_copy, Args::none()}, {"__copy__", deque_copy, Args::none()},
        {"__reduce__", deque_reduce, Args::none()},
        {"__reversed__", deque_reversed, Args::none()}, {"__repr__", deque_repr, Args::none()},
    });
    for (bool reverse : {false, true}) {
        Type* it = make_builtin_type(vm, reverse ? "_deque_reverse_iterator" : "_deque_iterator", vm.types.object, Layout::Native);
        it->module_name = "_collections";
        it->subclassable = false;
        it->slots.iter = iterator_returns_self;
        it->slots.next = iterator_next;
        add_methods(vm, it, {{"__length_hint__", iterator_length_hint, Args::none()}});
        vm.set_module_type(reverse ? &reverse_iterator_key : &iterator_key, it);
    }
    dict_set_str(vm, m.dict.get(), vm.intern("deque"), Value::borrowed(t));
    install_tuplegetter(vm, m);
    return {};
}

} // namespace weft::rt
