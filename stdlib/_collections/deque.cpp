// The _collections module and its double-ended queue: the part of collections.deque asyncio's queues and
// locks use (append, appendleft, popleft, pop, remove, len, truth, iteration, clear).
// CPython: Modules/_collectionsmodule.c.
#include <deque>

#include "runtime/gc.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

struct Deque final : Object {
    std::deque<Value> items;
    explicit Deque(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override {
        for (auto const& x : items) v.visit(x);
    }
    void clear_references() override { std::deque<Value>().swap(items); }
};

namespace {

Deque* self_deque(Value const* args) { return as<Deque>(args[0]); }

Result<Value> deque_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "deque", kwnames));
    if (nargs > 2) return vm.raise(vm.types.TypeError, "deque expected at most 1 argument, got {}", nargs - 1);
    auto d = make<Deque>(as<Type>(args[0]));
    if (nargs == 2) {
        std::vector<Value> items = TRY(vm.to_vector(args[1]));
        for (auto& x : items) d->items.push_back(std::move(x));
    }
    vm.gc().track(d.get());
    return d.take_value();
}

Result<Value> deque_append(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    self_deque(args)->items.push_back(args[1]);
    return Value::none();
}

Result<Value> deque_appendleft(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    self_deque(args)->items.push_front(args[1]);
    return Value::none();
}

Result<Value> deque_popleft(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    auto& items = self_deque(args)->items;
    if (items.empty()) return vm.raise(vm.types.IndexError, "pop from an empty deque");
    Value v = std::move(items.front());
    items.pop_front();
    return v;
}

Result<Value> deque_pop(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    auto& items = self_deque(args)->items;
    if (items.empty()) return vm.raise(vm.types.IndexError, "pop from an empty deque");
    Value v = std::move(items.back());
    items.pop_back();
    return v;
}

Result<Value> deque_remove(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    auto& items = self_deque(args)->items;
    for (std::size_t i = 0; i < items.size(); ++i) {
        Value x = items[i];
        if (TRY(vm.equals(x, args[1]))) {
            if (i < items.size()) items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
            return Value::none();
        }
    }
    return vm.raise(vm.types.ValueError, "deque.remove(x): x not in deque");
}

Result<Value> deque_clear(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::deque<Value> old;
    old.swap(self_deque(args)->items);
    return Value::none();
}

Result<Value> deque_len(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_int(static_cast<std::int64_t>(self_deque(args)->items.size()));
}

Result<Value> deque_bool(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(!self_deque(args)->items.empty());
}

Result<Value> deque_iter(VM& vm, Value const* args, std::size_t, Tuple*) {
    // iterate over a snapshot (CPython raises if the deque is mutated during iteration)
    auto l = vm.new_list();
    for (auto const& x : self_deque(args)->items) l->items.push_back(x);
    return vm.get_iter(l.value());
}

Result<Value> deque_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string out = "deque([";
    bool first = true;
    std::vector<Value> copy(self_deque(args)->items.begin(), self_deque(args)->items.end());
    for (auto const& x : copy) {
        if (!first) out += ", ";
        first = false;
        out += TRY(vm.repr_string(x));
    }
    return vm.new_str(out + "])");
}

// the container protocol (TypeSlots): len(d), and so bool(d)
Result<std::int64_t> deque_length(VM&, Value const& self) { return static_cast<std::int64_t>(as<Deque>(self)->items.size()); }

} // namespace

Result<void> init__collections_module(VM& vm, Module& m) {
    Type* t = make_builtin_type(vm, "deque", vm.types.object, Layout::Native);
    t->match_kind = MatchKind::Sequence;
    t->module_name = "collections";
    t->construct = deque_construct;
    t->slots.len = deque_length;
    add_methods(vm, t, {
        {"append", deque_append, Args::one()}, {"appendleft", deque_appendleft, Args::one()},
        {"popleft", deque_popleft, Args::none()}, {"pop", deque_pop, Args::none()}, {"remove", deque_remove, Args::one()},
        {"clear", deque_clear, Args::none()}, {"__len__", deque_len}, {"__bool__", deque_bool}, {"__iter__", deque_iter},
        {"__repr__", deque_repr},
    });
    dict_set_str(vm, m.dict.get(), vm.intern("deque"), Value::borrowed(t));
    return {};
}

} // namespace weft::rt
