// The itertools module: its iterator classes in one native object told apart by kind, each step a case of
// itertools_next. Native, because these sit in the inner loops of the programs that use them. The order in
// which each one pulls from its inputs, and the messages and reprs, follow CPython 3.11's
// Modules/itertoolsmodule.c (the function named beside each case); the code is weft's own.
#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

enum class Kind : std::uint8_t {
    Count, Cycle, Repeat, Accumulate, Chain, Compress, DropWhile, TakeWhile, FilterFalse, GroupBy, Grouper, ISlice,
    Pairwise, StarMap, Tee, ZipLongest, Product, Permutations, Combinations, CombinationsWithReplacement,
};

struct ItertoolsIterator final : Object {
    Kind kind;
    Value source;                      // the input iterator (chain: the iterator over its iterables)
    Value func;                        // predicate, function or key; count: step; repeat: the object
    Value a, b, c;                     // per kind (count: the next value; groupby: tgtkey, currkey, currvalue; ...)
    ValueVector items;          // cycle: what was seen; product and the combinatorics: the pool(s)
    std::vector<std::int64_t> indices; // the combinatorics' indices; product: one per pool
    std::vector<std::int64_t> cycles;  // permutations
    std::vector<std::size_t> sizes;    // product: each pool's start and length, pairs
    std::int64_t count = 0, stop = 0, step = 1, r = 0;
    bool started = false, done = false;

    ItertoolsIterator(Type* t, Kind k) : Object(t), kind(k) {}
    void traverse(GcVisitor& v) override {
        for (Value const* x : {&source, &func, &a, &b, &c}) v.visit(*x);
        for (auto const& x : items) v.visit(x);
    }
    void clear_references() override {
        for (Value* x : {&source, &func, &a, &b, &c}) x->clear();
        items.clear();
    }
};

// tee's shared buffer: up to 57 values read from the source, then the next block (CPython: teedataobject)
constexpr std::size_t tee_block_size = 57;
struct TeeBlock final : Object {
    Value source;
    ValueVector values;
    Value next;
    bool running = false;
    explicit TeeBlock(Type* t) : Object(t) {}
    void traverse(GcVisitor& v) override {
        v.visit(source);
        for (auto const& x : values) v.visit(x);
        v.visit(next);
    }
    void clear_references() override {
        source.clear();
        values.clear();
        next.clear();
    }
};

// the module's types, found by the address of their key (VM::module_type)
int count_key, cycle_key, repeat_key, accumulate_key, chain_key, compress_key, dropwhile_key, takewhile_key,
    filterfalse_key, groupby_key, grouper_key, islice_key, pairwise_key, starmap_key, tee_key, zip_longest_key,
    product_key, permutations_key, combinations_key, cwr_key, tee_block_key;

ItertoolsIterator* self_of(Value const& v) { return as<ItertoolsIterator>(v); }

Ref<ItertoolsIterator> new_iterator(VM& vm, Type* type, Kind kind) {
    auto it = make<ItertoolsIterator>(type, kind);
    if (type->is_heap) incref(type);
    vm.gc().track(it.get());
    return it;
}

// "cycle expected 1 argument, got 0" (CPython: _PyArg_CheckPositional)
Result<void> positional(VM& vm, char const* name, Value const* args, std::size_t nargs, Tuple* kwnames,
                        std::size_t min, std::size_t max) {
    TRY(check_no_kwargs(vm, name, kwnames));
    std::size_t n = nargs - 1;
    if (n >= min && n <= max) return {};
    if (min == max)
        return vm.raise(vm.types.TypeError, "{} expected {} argument{}, got {}", name, min, min == 1 ? "" : "s", n);
    if (n < min)
        return vm.raise(vm.types.TypeError, "{} expected at least {} argument{}, got {}", name, min, min == 1 ? "" : "s", n);
    return vm.raise(vm.types.TypeError, "{} expected at most {} argument{}, got {}", name, max, max == 1 ? "" : "s", n);
}

// Arguments by position or keyword, with Argument Clinic's message for a missing required one
Result<void> arguments(VM& vm, char const* name, Value const* args, std::size_t nargs, Tuple* kwnames,
                       std::initializer_list<char const*> names, std::size_t required, Value* out) {
    TRY(parse_args(vm, name, args + 1, nargs - 1, kwnames, names, out));
    for (std::size_t i = 0; i < required; ++i)
        if (out[i].is_null())
            return vm.raise(vm.types.TypeError, "{}() missing required argument '{}' (pos {})", name, names.begin()[i], i + 1);
    return {};
}

bool is_number(VM& vm, Value const& v) {
    if (v.is_int() || v.is_bool() || v.is_float()) return true;
    Type* t = vm.type_of(v);
    if (t->layout == Layout::Int || t->layout == Layout::Complex) return true;
    return !t->lookup(vm.intern("__index__")).is_null() || !t->lookup(vm.intern("__int__")).is_null() ||
           !t->lookup(vm.intern("__float__")).is_null();
}

// An index-like argument as Py_ssize_t, clipped like PyNumber_AsSsize_t(x, NULL); null when not an integer
Result<std::optional<std::int64_t>> as_ssize(VM& vm, Value const& v) {
    if (v.is_int() || v.is_bool()) return std::optional<std::int64_t>(v.as_int());
    if (is_int_value(vm, v)) return std::optional<std::int64_t>(to_bigint(v).is_negative() ? INT64_MIN : INT64_MAX);
    return std::optional<std::int64_t>();
}

Result<Value> tuple_of(VM& vm, ValueVector const& pool, std::vector<std::int64_t> const& indices, std::size_t n) {
    auto t = vm.new_tuple(n);
    for (std::size_t i = 0; i < n; ++i) new (&t->items[i]) Value(pool[static_cast<std::size_t>(indices[i])]);  // over nulls
    return t.take_value();
}

// ---- constructors

Result<Value> count_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value out[2];
    TRY(parse_args(vm, "count", args + 1, nargs - 1, kwnames, {"start", "step"}, out));
    Value start = out[0].is_null() ? Value::from_int(0) : out[0];
    Value step = out[1].is_null() ? Value::from_int(1) : out[1];
    if (!is_number(vm, start) || !is_number(vm, step))
        return vm.raise(vm.types.TypeError, "a number is required");
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::Count);
    it->a = start;
    it->func = step;
    return it.take_value();
}

Result<Value> cycle_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(positional(vm, "cycle", args, nargs, kwnames, 1, 1));
    Value source = TRY(vm.get_iter(args[1]));
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::Cycle);
    it->source = source;
    return it.take_value();
}

Result<Value> repeat_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value out[2];
    TRY(arguments(vm, "repeat", args, nargs, kwnames, {"object", "times"}, 1, out));
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::Repeat);
    it->func = out[0];
    it->count = -1;  // forever
    if (!out[1].is_null())
        it->count = std::max<std::int64_t>(0, TRY(vm.index_value(out[1])));
    return it.take_value();
}

Result<Value> accumulate_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value out[3];
    TRY(arguments(vm, "accumulate", args, nargs, kwnames, {"iterable", "func", "initial"}, 1, out));
    Value source = TRY(vm.get_iter(out[0]));
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::Accumulate);
    it->source = source;
    it->func = out[1].is_null() || out[1].is_none() ? Value() : out[1];
    it->b = out[2].is_null() || out[2].is_none() ? Value() : out[2];  // the initial value, yielded first
    return it.take_value();
}

Result<Value> chain_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "chain", kwnames));
    auto iterables = vm.new_tuple(nargs - 1);
    for (std::size_t i = 1; i < nargs; ++i) iterables->items[i - 1] = args[i];
    Value source = TRY(vm.get_iter(iterables.value()));
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::Chain);
    it->source = source;
    return it.take_value();
}

// chain.from_iterable(iterable): a class method
Result<Value> chain_from_iterable(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value source = TRY(vm.get_iter(args[1]));
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::Chain);
    it->source = source;
    return it.take_value();
}

Result<Value> compress_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value out[2];
    TRY(arguments(vm, "compress", args, nargs, kwnames, {"data", "selectors"}, 2, out));
    Value data = TRY(vm.get_iter(out[0]));
    Value selectors = TRY(vm.get_iter(out[1]));
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::Compress);
    it->source = data;
    it->a = selectors;
    return it.take_value();
}

// dropwhile, takewhile, filterfalse and starmap: (function, iterable)
Result<Value> predicate_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames, char const* name, Kind kind) {
    TRY(positional(vm, name, args, nargs, kwnames, 2, 2));
    Value source = TRY(vm.get_iter(args[2]));
    auto it = new_iterator(vm, as<Type>(args[0]), kind);
    it->func = args[1];
    it->source = source;
    return it.take_value();
}
Result<Value> dropwhile_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return predicate_construct(vm, args, nargs, kwnames, "dropwhile", Kind::DropWhile);
}
Result<Value> takewhile_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return predicate_construct(vm, args, nargs, kwnames, "takewhile", Kind::TakeWhile);
}
Result<Value> filterfalse_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return predicate_construct(vm, args, nargs, kwnames, "filterfalse", Kind::FilterFalse);
}
Result<Value> starmap_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return predicate_construct(vm, args, nargs, kwnames, "starmap", Kind::StarMap);
}

Result<Value> groupby_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value out[2];
    TRY(arguments(vm, "groupby", args, nargs, kwnames, {"iterable", "key"}, 1, out));
    Value source = TRY(vm.get_iter(out[0]));
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::GroupBy);
    it->source = source;
    it->func = out[1].is_null() || out[1].is_none() ? Value() : out[1];
    return it.take_value();
}

Result<Value> islice_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(positional(vm, "islice", args, nargs, kwnames, 2, 4));
    static constexpr char const* stop_error =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    std::int64_t start = 0, stop = -1, step = 1;
    Value const& stop_arg = nargs == 3 ? args[2] : args[3];
    if (nargs > 3 && !args[2].is_none()) {
        std::optional<std::int64_t> v = TRY(as_ssize(vm, args[2]));
        start = v ? *v : -1;
    }
    if (!stop_arg.is_none()) {
        std::optional<std::int64_t> v = TRY(as_ssize(vm, stop_arg));
        if (!v || *v == -1) return vm.raise(vm.types.ValueError, stop_error);
        stop = *v;
    }
    if (start < 0 || stop < -1)
        return vm.raise(vm.types.ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (nargs == 5 && !args[4].is_none()) {
        std::optional<std::int64_t> v = TRY(as_ssize(vm, args[4]));
        step = v ? *v : -1;
    }
    if (step < 1)
        return vm.raise(vm.types.ValueError, "Step for islice() must be a positive integer or None.");
    Value source = TRY(vm.get_iter(args[1]));
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::ISlice);
    it->source = source;
    it->r = start;  // the index of the next item to yield
    it->stop = stop;
    it->step = step;
    return it.take_value();
}

Result<Value> pairwise_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(positional(vm, "pairwise", args, nargs, kwnames, 1, 1));
    Value source = TRY(vm.get_iter(args[1]));
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::Pairwise);
    it->source = source;
    return it.take_value();
}

Result<Value> zip_longest_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t nkw = kwnames ? kwnames->size : 0;
    Value fill = Value::none();
    for (std::size_t k = 0; k < nkw; ++k) {
        if (as<Str>(kwnames->items[k])->view() != "fillvalue")
            return vm.raise(vm.types.TypeError, "zip_longest() got an unexpected keyword argument '{}'",
                            as<Str>(kwnames->items[k])->view());
        fill = args[nargs - nkw + k];
    }
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::ZipLongest);
    for (std::size_t i = 1; i < nargs - nkw; ++i) it->items.push_back(TRY(vm.get_iter(args[i])));
    it->count = static_cast<std::int64_t>(it->items.size());  // still active
    it->a = fill;
    return it.take_value();
}

Result<Value> product_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t nkw = kwnames ? kwnames->size : 0;
    std::int64_t repeat = 1;
    for (std::size_t k = 0; k < nkw; ++k) {
        if (as<Str>(kwnames->items[k])->view() != "repeat")
            return vm.raise(vm.types.TypeError, "product() got an unexpected keyword argument '{}'", as<Str>(kwnames->items[k])->view());
        repeat = TRY(vm.index_value(args[nargs - nkw + k]));
        if (repeat < 0) return vm.raise(vm.types.ValueError, "repeat argument cannot be negative");
    }
    auto it = new_iterator(vm, as<Type>(args[0]), Kind::Product);
    std::vector<std::pair<std::size_t, std::size_t>> pools;
    for (std::size_t i = 1; i < nargs - nkw; ++i) {
        ValueVector pool = TRY(vm.to_vector(args[i]));
        pools.emplace_back(it->items.size(), pool.size());
        it->items.insert(it->items.end(), pool.begin(), pool.end());
    }
    for (std::int64_t k = 0; k < repeat; ++k)
        for (auto [start, size] : pools) {
            it->sizes.push_back(start);
            it->sizes.push_back(size);
        }
    it->indices.assign(it->sizes.size() / 2, 0);
    return it.take_value();
}

// permutations, combinations, combinations_with_replacement: (iterable, r)
Result<Value> combinatoric_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames, char const* name,
                                     Kind kind) {
    Value out[2];
    TRY(arguments(vm, name, args, nargs, kwnames, {"iterable", "r"}, kind == Kind::Permutations ? 1 : 2, out));
    ValueVector pool = TRY(vm.to_vector(out[0]));
    auto n = static_cast<std::int64_t>(pool.size());
    std::int64_t r = n;
    if (!out[1].is_null() && !(kind == Kind::Permutations && out[1].is_none())) {
        if (kind == Kind::Permutations && !(out[1].is_int() || out[1].is_bool() || is_int_value(vm, out[1])))
            return vm.raise(vm.types.TypeError, "Expected int as r");
        r = TRY(vm.index_value(out[1]));
    }
    if (r < 0) return vm.raise(vm.types.ValueError, "r must be non-negative");
    auto it = new_iterator(vm, as<Type>(args[0]), kind);
    it->items = std::move(pool);
    it->r = r;
    if (kind == Kind::CombinationsWithReplacement) {
        it->indices.assign(static_cast<std::size_t>(r), 0);
        it->done = n == 0 && r > 0;
    } else {
        for (std::int64_t i = 0; i < (kind == Kind::Permutations ? n : r); ++i) it->indices.push_back(i);
        for (std::int64_t i = n; kind == Kind::Permutations && i > n - r; --i) it->cycles.push_back(i);
        it->done = r > n;
    }
    return it.take_value();
}
Result<Value> permutations_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return combinatoric_construct(vm, args, nargs, kwnames, "permutations", Kind::Permutations);
}
Result<Value> combinations_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return combinatoric_construct(vm, args, nargs, kwnames, "combinations", Kind::Combinations);
}
Result<Value> cwr_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return combinatoric_construct(vm, args, nargs, kwnames, "combinations_with_replacement", Kind::CombinationsWithReplacement);
}

// ---- tee

Value new_tee_block(VM& vm, Value const& source) {
    auto block = make<TeeBlock>(vm.module_type(&tee_block_key));
    block->source = source;
    vm.gc().track(block.get());
    return block.take_value();
}

Value new_tee(VM& vm, Value block, std::int64_t index) {
    auto t = new_iterator(vm, vm.module_type(&tee_key), Kind::Tee);
    t->a = std::move(block);
    t->count = index;
    return t.take_value();
}

Result<Value> tee_function(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs < 1 || nargs > 2)
        return vm.raise(vm.types.TypeError, "tee expected {} {} argument{}, got {}", nargs < 1 ? "at least" : "at most",
                        nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
    std::int64_t n = nargs > 1 ? TRY(vm.index_value(args[1])) : 2;
    if (n < 0) return vm.raise(vm.types.ValueError, "n must be >= 0");
    auto result = vm.new_tuple(static_cast<std::size_t>(n));
    if (n == 0) return result.take_value();
    Value it = TRY(vm.get_iter(args[0]));
    // a tee of a tee shares its buffer (CPython: tee_copy through __copy__)
    Value first = vm.type_of(it) == vm.module_type(&tee_key) ? new_tee(vm, self_of(it)->a, self_of(it)->count)
                                                               : new_tee(vm, new_tee_block(vm, it), 0);
    result->items[0] = first;
    for (std::int64_t i = 1; i < n; ++i) result->items[i] = new_tee(vm, self_of(first)->a, self_of(first)->count);
    return result.take_value();
}

Result<Value> tee_copy(VM& vm, Value const* args, std::size_t, Tuple*) {
    return new_tee(vm, self_of(args[0])->a, self_of(args[0])->count);
}

// (CPython: tee_next, teedataobject_getitem, teedataobject_jumplink)
Result<Value> tee_next(VM& vm, ItertoolsIterator* it) {
    auto* block = as<TeeBlock>(it->a);
    if (static_cast<std::size_t>(it->count) == tee_block_size) {
        if (block->next.is_null()) block->next = new_tee_block(vm, block->source);
        it->a = block->next;
        it->count = 0;
        block = as<TeeBlock>(it->a);
    }
    auto i = static_cast<std::size_t>(it->count);
    if (i < block->values.size()) {
        ++it->count;
        return block->values[i];
    }
    if (block->running) return vm.raise(vm.types.RuntimeError, "cannot re-enter the tee iterator");
    block->running = true;
    Result<Value> x = vm.next(block->source);
    block->running = false;
    Value v = TRY(std::move(x));
    if (v.is_null()) return Value();
    block->values.push_back(v);
    ++it->count;
    return v;
}

// ---- groupby (CPython: groupby_step, groupby_next, _grouper_next)

Result<bool> groupby_step(VM& vm, ItertoolsIterator* g) {
    Value value = TRY(vm.next(g->source));
    if (value.is_null()) return false;
    Value key = g->func.is_null() ? value : TRY(vm.call1(g->func, value));
    g->c = std::move(value);
    g->b = std::move(key);
    return true;
}

Result<Value> groupby_next(VM& vm, Value const& self, ItertoolsIterator* g) {
    g->r += 1;  // a new group: earlier groupers stop
    for (;;) {
        if (g->b.is_null()) {
        } else if (g->a.is_null()) {
            break;
        } else if (!TRY(vm.equals(g->a, g->b))) {
            break;
        }
        if (!TRY(groupby_step(vm, g))) return Value();
    }
    g->a = g->b;
    auto grouper = new_iterator(vm, vm.module_type(&grouper_key), Kind::Grouper);
    grouper->source = self;
    grouper->a = g->a;
    grouper->r = g->r;
    auto pair = vm.new_tuple(2);
    pair->items[0] = g->b;
    pair->items[1] = grouper.take_value();
    return pair.take_value();
}

Result<Value> grouper_next(VM& vm, ItertoolsIterator* grouper) {
    ItertoolsIterator* g = self_of(grouper->source);
    if (g->r != grouper->r) return Value();
    if (g->c.is_null() && !TRY(groupby_step(vm, g))) return Value();
    if (!TRY(vm.equals(grouper->a, g->b))) return Value();
    Value r = std::move(g->c);
    g->c.clear();
    g->b.clear();
    return r;
}

// ---- the combinatorics (CPython: product_next, permutations_next, combinations_next, cwr_next)

Result<Value> product_next(VM& vm, ItertoolsIterator* it) {
    std::size_t npools = it->indices.size();
    auto item = [&](std::size_t k) { return it->items[it->sizes[2 * k] + static_cast<std::size_t>(it->indices[k])]; };
    if (!it->started) {
        it->started = true;
        for (std::size_t k = 0; k < npools; ++k)
            if (it->sizes[2 * k + 1] == 0) it->done = true;
    } else {
        std::size_t k = npools;
        while (k-- > 0) {
            if (static_cast<std::size_t>(++it->indices[k]) < it->sizes[2 * k + 1]) break;
            it->indices[k] = 0;
            if (k == 0) it->done = true;
        }
        if (npools == 0) it->done = true;
    }
    if (it->done) return Value();
    auto t = vm.new_tuple(npools);
    for (std::size_t k = 0; k < npools; ++k) t->items[k] = item(k);
    return t.take_value();
}

Result<Value> permutations_next(VM& vm, ItertoolsIterator* it) {
    auto n = static_cast<std::int64_t>(it->items.size());
    std::int64_t r = it->r;
    if (it->started) {
        if (n == 0) { it->done = true; return Value(); }
        std::int64_t i = r - 1;
        for (; i >= 0; --i) {
            auto ui = static_cast<std::size_t>(i);
            if (--it->cycles[ui] == 0) {
                std::int64_t index = it->indices[ui];
                it->indices.erase(it->indices.begin() + i);
                it->indices.push_back(index);
                it->cycles[ui] = n - i;
            } else {
                std::swap(it->indices[ui], it->indices[static_cast<std::size_t>(n - it->cycles[ui])]);
                break;
            }
        }
        if (i < 0) { it->done = true; return Value(); }
    }
    it->started = true;
    return tuple_of(vm, it->items, it->indices, static_cast<std::size_t>(r));
}

Result<Value> combinations_next(VM& vm, ItertoolsIterator* it) {
    auto n = static_cast<std::int64_t>(it->items.size());
    std::int64_t r = it->r;
    if (it->started) {
        std::int64_t i = r - 1;
        bool replacement = it->kind == Kind::CombinationsWithReplacement;
        while (i >= 0 && it->indices[static_cast<std::size_t>(i)] == (replacement ? n - 1 : i + n - r)) --i;
        if (i < 0) { it->done = true; return Value(); }
        std::int64_t next = ++it->indices[static_cast<std::size_t>(i)];
        for (std::int64_t j = i + 1; j < r; ++j)
            it->indices[static_cast<std::size_t>(j)] = replacement ? next : it->indices[static_cast<std::size_t>(j - 1)] + 1;
    }
    it->started = true;
    return tuple_of(vm, it->items, it->indices, static_cast<std::size_t>(r));
}

// ---- next() of every kind

Result<Value> itertools_next(VM& vm, Value const& self, Value&) {
    ItertoolsIterator* it = self_of(self);
    if (it->done) return Value();
    switch (it->kind) {
    case Kind::Count: {  // (CPython: count_nextlong)
        Value current = it->a;
        it->a = TRY(vm.binary_op(current, it->func, static_cast<int>(front::BinOpArg::Add)));
        return current;
    }
    case Kind::Cycle: {  // (CPython: cycle_next)
        if (!it->started) {
            Value x = TRY(vm.next(it->source));
            if (!x.is_null()) {
                it->items.push_back(x);
                return x;
            }
            it->started = true;
            it->source.clear();
            if (it->items.empty()) { it->done = true; return Value(); }
        }
        Value x = it->items[static_cast<std::size_t>(it->count)];
        it->count = (it->count + 1) % static_cast<std::int64_t>(it->items.size());
        return x;
    }
    case Kind::Repeat:
        if (it->count == 0) return Value();
        if (it->count > 0) --it->count;
        return it->func;
    case Kind::Accumulate: {  // (CPython: accumulate_next)
        if (!it->b.is_null() && !it->started) {
            it->started = true;
            it->a = it->b;
            return it->a;
        }
        it->started = true;
        Value x = TRY(vm.next(it->source));
        if (x.is_null()) return Value();
        if (it->a.is_null()) {
            it->a = x;
        } else if (it->func.is_null()) {
            it->a = TRY(vm.binary_op(it->a, x, static_cast<int>(front::BinOpArg::Add)));
        } else {
            Value call_args[2] = {it->a, x};
            it->a = TRY(vm.call(it->func, call_args, 2));
        }
        return it->a;
    }
    case Kind::Chain:  // (CPython: chain_next)
        for (;;) {
            if (it->a.is_null()) {
                Value iterable = TRY(vm.next(it->source));
                if (iterable.is_null()) { it->done = true; return Value(); }
                it->a = TRY(vm.get_iter(iterable));
            }
            Value x = TRY(vm.next(it->a));
            if (!x.is_null()) return x;
            it->a.clear();
        }
    case Kind::Compress:  // (CPython: compress_next)
        for (;;) {
            Value datum = TRY(vm.next(it->source));
            if (datum.is_null()) return Value();
            Value selector = TRY(vm.next(it->a));
            if (selector.is_null()) return Value();
            if (TRY(vm.truthy(selector))) return datum;
        }
    case Kind::DropWhile:
        for (;;) {
            Value x = TRY(vm.next(it->source));
            if (x.is_null() || it->started) return x;
            Value verdict = TRY(vm.call1(it->func, x));
            if (!TRY(vm.truthy(verdict))) {
                it->started = true;
                return x;
            }
        }
    case Kind::TakeWhile: {
        Value x = TRY(vm.next(it->source));
        if (x.is_null()) return x;
        Value verdict = TRY(vm.call1(it->func, x));
        if (TRY(vm.truthy(verdict))) return x;
        it->done = true;
        return Value();
    }
    case Kind::FilterFalse:
        for (;;) {
            Value x = TRY(vm.next(it->source));
            if (x.is_null()) return x;
            Value verdict = it->func.is_none() ? x : TRY(vm.call1(it->func, x));
            if (!TRY(vm.truthy(verdict))) return x;
        }
    case Kind::GroupBy:
        return groupby_next(vm, self, it);
    case Kind::Grouper:
        return grouper_next(vm, it);
    case Kind::ISlice: {  // (CPython: islice_next); count: items read so far, r: the next index to yield
        while (it->count < it->r) {
            Value skipped = TRY(vm.next(it->source));
            if (skipped.is_null()) { it->done = true; return Value(); }
            ++it->count;
        }
        if (it->stop != -1 && it->count >= it->stop) { it->done = true; return Value(); }
        Value x = TRY(vm.next(it->source));
        if (x.is_null()) { it->done = true; return Value(); }
        ++it->count;
        std::int64_t previous = it->r;
        it->r = previous > INT64_MAX - it->step ? INT64_MAX : previous + it->step;
        if (it->stop != -1 && it->r > it->stop) it->r = it->stop;
        return x;
    }
    case Kind::Pairwise: {  // (CPython: pairwise_next)
        if (it->a.is_null()) {
            it->a = TRY(vm.next(it->source));
            if (it->a.is_null()) { it->done = true; return Value(); }
        }
        Value x = TRY(vm.next(it->source));
        if (x.is_null()) { it->done = true; it->a.clear(); return Value(); }
        auto pair = vm.new_tuple(2);
        pair->items[0] = std::exchange(it->a, x);
        pair->items[1] = x;
        return pair.take_value();
    }
    case Kind::StarMap: {  // (CPython: starmap_next)
        Value x = TRY(vm.next(it->source));
        if (x.is_null()) return x;
        if (x.is_object() && vm.type_of(x)->layout == Layout::Tuple && !vm.type_of(x)->is_heap)
            return vm.call(it->func, as<Tuple>(x)->items, as<Tuple>(x)->size);
        ValueVector call_args = TRY(vm.to_vector(x));
        return vm.call(it->func, call_args.data(), call_args.size());
    }
    case Kind::Tee:
        return tee_next(vm, it);
    case Kind::ZipLongest: {  // (CPython: zip_longest_next)
        if (it->count == 0) { it->done = true; return Value(); }
        auto t = vm.new_tuple(it->items.size());
        for (std::size_t i = 0; i < it->items.size(); ++i) {
            if (it->items[i].is_null()) {
                t->items[i] = it->a;
                continue;
            }
            Value x = TRY(vm.next(it->items[i]));
            if (x.is_null()) {
                it->items[i].clear();
                if (--it->count == 0) { it->done = true; return Value(); }
                x = it->a;
            }
            t->items[i] = std::move(x);
        }
        return t.take_value();
    }
    case Kind::Product:
        return product_next(vm, it);
    case Kind::Permutations:
        return permutations_next(vm, it);
    case Kind::Combinations: case Kind::CombinationsWithReplacement:
        return combinations_next(vm, it);
    }
    return Value();
}


// count(5), count(0, 2), repeat('a'), repeat(1, 3) (CPython: count_repr, repeat_repr)
Result<Value> itertools_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    ItertoolsIterator* it = self_of(args[0]);
    std::string name(vm.type_of(args[0])->name->view());
    if (it->kind == Kind::Count) {
        std::string out = name + "(" + TRY(vm.repr_string(it->a));
        bool step_one = it->func.is_int() && it->func.as_int() == 1;
        if (!step_one) out += ", " + TRY(vm.repr_string(it->func));
        return vm.new_str(out + ")");
    }
    std::string out = name + "(" + TRY(vm.repr_string(it->func));
    if (it->count >= 0) out += ", " + std::to_string(it->count);
    return vm.new_str(out + ")");
}

Result<Value> repeat_length_hint(VM& vm, Value const* args, std::size_t, Tuple*) {
    ItertoolsIterator* it = self_of(args[0]);
    if (it->count < 0) return vm.raise(vm.types.TypeError, "len() of unsized object");
    return Value::from_int(it->count);
}

struct TypeDef {
    char const* name;
    int* key;
    NativeFn construct;
};

} // namespace

Result<void> init_itertools_module(VM& vm, Module& m) {
    static constexpr TypeDef types[] = {
        {"count", &count_key, count_construct}, {"cycle", &cycle_key, cycle_construct},
        {"repeat", &repeat_key, repeat_construct}, {"accumulate", &accumulate_key, accumulate_construct},
        {"chain", &chain_key, chain_construct}, {"compress", &compress_key, compress_construct},
        {"dropwhile", &dropwhile_key, dropwhile_construct}, {"takewhile", &takewhile_key, takewhile_construct},
        {"filterfalse", &filterfalse_key, filterfalse_construct}, {"groupby", &groupby_key, groupby_construct},
        {"_grouper", &grouper_key, nullptr}, {"islice", &islice_key, islice_construct},
        {"pairwise", &pairwise_key, pairwise_construct}, {"starmap", &starmap_key, starmap_construct},
        {"_tee", &tee_key, nullptr}, {"zip_longest", &zip_longest_key, zip_longest_construct},
        {"product", &product_key, product_construct}, {"permutations", &permutations_key, permutations_construct},
        {"combinations", &combinations_key, combinations_construct},
        {"combinations_with_replacement", &cwr_key, cwr_construct},
    };
    Dict* d = m.dict.get();
    for (TypeDef const& def : types) {
        Type* t = make_builtin_type(vm, def.name, vm.types.object, Layout::Native);
        t->module_name = "itertools";
        t->construct = def.construct;
        t->subclassable = false;
        t->slots.iter = iterator_returns_self;
        t->slots.next = itertools_next;
        vm.set_module_type(def.key, t);
        if (def.construct) dict_set_str(vm, d, vm.intern(def.name), Value::borrowed(t));
    }
    Type* block = make_builtin_type(vm, "_tee_dataobject", vm.types.object, Layout::Native);
    block->module_name = "itertools";
    block->subclassable = false;
    vm.set_module_type(&tee_block_key, block);
    add_methods(vm, vm.module_type(&count_key), {{"__repr__", itertools_repr, Args::none()}});
    add_methods(vm, vm.module_type(&repeat_key), {{"__repr__", itertools_repr, Args::none()},
                                                  {"__length_hint__", repeat_length_hint, Args::none()}});
    add_methods(vm, vm.module_type(&tee_key), {{"__copy__", tee_copy, Args::none()}});
    auto from_iterable = make<Descriptor>(vm.types.classmethod);
    from_iterable->function = vm.new_function_value(chain_from_iterable, "from_iterable", Value(), Args::positional(2, 2));
    dict_set_str(vm, vm.module_type(&chain_key)->dict.get(), vm.intern("from_iterable"), from_iterable.take_value());
    add_function(vm, d, "tee", tee_function, Args::any());
    return {};
}

} // namespace weft::rt
