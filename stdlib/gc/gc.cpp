// The gc module: the cycle collector's controls and introspection (CPython: Modules/gcmodule.c; the code is ours).
// weft frees by reference counting and collects cycles in two generations (runtime/gc.hpp); collect() runs a full
// collection and then the finalizers and weak-reference callbacks it made due, as CPython's does.
#include "runtime/gc.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

char const threshold_key = 0;  // module_state(): the thresholds set_threshold() was given
char const debug_key = 0;      // module_state(): the flags set_debug() was given

// gc.collect(generation=2): the number of unreachable objects found
Result<Value> gc_collect(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value kw[1];
    TRY(parse_args(vm, "collect", args, nargs, kwnames, {"generation"}, kw));
    if (!kw[0].is_null()) {
        std::int64_t g = TRY(vm.index_value(kw[0]));
        if (g < 0 || g > 2) return vm.raise(vm.types.ValueError, "invalid generation");
    }
    std::size_t found = vm.gc().collect();
    if (vm.gc().finalizers_pending()) {
        // cycles that held objects with finalizers are broken once those ran: collect again, as one call of CPython's
        vm.run_finalizers();
        found += vm.gc().collect();
        if (vm.gc().finalizers_pending()) vm.run_finalizers();
    }
    return Value::from_int(static_cast<std::int64_t>(found));
}

Result<Value> gc_enable(VM& vm, Value const*, std::size_t, Tuple*) {
    vm.gc().enabled = true;
    return Value::none();
}

Result<Value> gc_disable(VM& vm, Value const*, std::size_t, Tuple*) {
    vm.gc().enabled = false;
    return Value::none();
}

Result<Value> gc_isenabled(VM& vm, Value const*, std::size_t, Tuple*) { return Value::from_bool(vm.gc().enabled); }

Result<Value> gc_is_tracked(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(args[0].is_object() && args[0].as_object()->header.gc_bits != 0);
}

Result<Value> gc_is_finalized(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(args[0].is_object() && vm.gc().finalized(args[0].as_object()));
}

Value triple(VM& vm, std::int64_t a, std::int64_t b, std::int64_t c) {
    auto t = vm.new_tuple(3);
    t->items[0] = Value::from_int(a);
    t->items[1] = Value::from_int(b);
    t->items[2] = Value::from_int(c);
    return t.take_value();
}

// The thresholds are kept for get_threshold(); weft's own policy is Gc::maybe_collect's (CPython starts at 700, 10, 10)
Result<Value> gc_get_threshold(VM& vm, Value const*, std::size_t, Tuple*) {
    Value& kept = vm.module_state(&threshold_key);
    if (kept.is_null()) kept = triple(vm, 700, 10, 10);
    return kept;
}

Result<Value> gc_set_threshold(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs < 1 || nargs > 3)
        return vm.raise(vm.types.TypeError, "set_threshold() takes at least 1 argument ({} given)", nargs);
    Value current = TRY(gc_get_threshold(vm, nullptr, 0, nullptr));
    std::int64_t t[3];
    for (std::size_t i = 0; i < 3; ++i)
        t[i] = i < nargs ? TRY(vm.index_value(args[i])) : as<Tuple>(current)->items[i].as_int();
    vm.module_state(&threshold_key) = triple(vm, t[0], t[1], t[2]);
    return Value::none();
}

// (objects tracked since the last collection, 0, 0): weft's young generation, then CPython's two older ones
Result<Value> gc_get_count(VM& vm, Value const*, std::size_t, Tuple*) {
    return triple(vm, static_cast<std::int64_t>(vm.gc().tracked_count()), 0, 0);
}

Result<Value> gc_get_debug(VM& vm, Value const*, std::size_t, Tuple*) {
    Value& kept = vm.module_state(&debug_key);
    return kept.is_null() ? Value::from_int(0) : kept;
}

Result<Value> gc_set_debug(VM& vm, Value const* args, std::size_t, Tuple*) {
    vm.module_state(&debug_key) = Value::from_int(TRY(vm.index_value(args[0])));
    return Value::none();
}

// gc.get_objects(generation=None): every object the collector tracks
Result<Value> gc_get_objects(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value kw[1];
    TRY(parse_args(vm, "get_objects", args, nargs, kwnames, {"generation"}, kw));
    auto out = vm.new_list();
    vm.gc().for_each_tracked([&](Object* o) {
        if (o != out.get()) out->items.push_back(Value::borrowed(o));
    });
    return out.take_value();
}

// The objects each of `args` refers to, as the collector sees them (CPython: gc_get_referents)
Result<Value> gc_get_referents(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    struct Collect final : GcVisitor {
        Collect() { looks_through_tuples = false; }  // a tuple is a referent, as in CPython
        std::vector<Object*> found;
        void visit(Object* o) override { found.push_back(o); }
    } collect;
    for (std::size_t i = 0; i < nargs; ++i)
        if (args[i].is_object()) args[i].as_object()->traverse(collect);
    auto out = vm.new_list();
    for (Object* o : collect.found) out->items.push_back(Value::borrowed(o));
    return out.take_value();
}

// The tracked objects that refer to any of `args` (CPython: gc_get_referrers)
Result<Value> gc_get_referrers(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    struct Find final : GcVisitor {
        Value const* targets;
        std::size_t n;
        bool hit = false;
        void visit(Object* o) override {
            for (std::size_t i = 0; i < n; ++i)
                if (targets[i].is_object() && targets[i].as_object() == o) hit = true;
        }
    } find;
    find.targets = args;
    find.n = nargs;
    std::vector<Object*> referrers;
    vm.gc().for_each_tracked([&](Object* o) {
        find.hit = false;
        o->traverse(find);
        if (find.hit) referrers.push_back(o);
    });
    auto out = vm.new_list();
    for (Object* o : referrers) out->items.push_back(Value::borrowed(o));
    return out.take_value();
}

Result<Value> gc_freeze(VM& vm, Value const*, std::size_t, Tuple*) { return Value::none(); }
Result<Value> gc_get_freeze_count(VM& vm, Value const*, std::size_t, Tuple*) { return Value::from_int(0); }

Result<Value> gc_get_stats(VM& vm, Value const*, std::size_t, Tuple*) {
    auto out = vm.new_list();
    for (int g = 0; g < 3; ++g) {
        Ref<Dict> d = vm.new_dict();
        for (char const* k : {"collections", "collected", "uncollectable"})
            dict_set_str(vm, d.get(), vm.intern(k), Value::from_int(0));
        out->items.push_back(d.take_value());
    }
    return out.take_value();
}

} // namespace

Result<void> init_gc_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    struct Entry {
        char const* name;
        NativeFn fn;
        Args args;
    };
    Entry const functions[] = {
        {"collect", gc_collect, Args::any()}, {"enable", gc_enable, Args::none()}, {"disable", gc_disable, Args::none()},
        {"isenabled", gc_isenabled, Args::none()}, {"is_tracked", gc_is_tracked, Args::one()},
        {"is_finalized", gc_is_finalized, Args::one()}, {"get_threshold", gc_get_threshold, Args::none()},
        {"set_threshold", gc_set_threshold, Args::varargs()}, {"get_count", gc_get_count, Args::none()},
        {"get_debug", gc_get_debug, Args::none()}, {"set_debug", gc_set_debug, Args::one()},
        {"get_objects", gc_get_objects, Args::any()}, {"get_referents", gc_get_referents, Args::varargs()},
        {"get_referrers", gc_get_referrers, Args::varargs()}, {"freeze", gc_freeze, Args::none()},
        {"unfreeze", gc_freeze, Args::none()}, {"get_freeze_count", gc_get_freeze_count, Args::none()},
        {"get_stats", gc_get_stats, Args::none()},
    };
    for (Entry const& f : functions) add_function(vm, d, f.name, f.fn, f.args);
    dict_set_str(vm, d, vm.intern("garbage"), vm.new_list().take_value());
    dict_set_str(vm, d, vm.intern("callbacks"), vm.new_list().take_value());
    std::pair<char const*, int> const flags[] = {{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
                                                 {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38}};
    for (auto const& [name, value] : flags) dict_set_str(vm, d, vm.intern(name), Value::from_int(value));
    return {};
}

} // namespace weft::rt
