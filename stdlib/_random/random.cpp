// The random module: CPython's Mersenne Twister bit for bit (random_mt.cpp) behind seed, random, randint,
// randrange, choice, shuffle, uniform, getrandbits and sample. CPython: Lib/random.py, Modules/_randommodule.c.
#include <cmath>

#include "runtime/types/int.hpp"
#include "runtime/vm/vm.hpp"
#include "stdlib/_random/random_mt.hpp"

namespace weft::rt {

namespace {

struct RandomState final : Object {
    MersenneTwister mt;
    explicit RandomState(Type* t) : Object(t) { mt.seed_from_entropy(); }
};

MersenneTwister& state(Value const* args) { return as<RandomState>(args[0])->mt; }

Result<Value> numeric(VM& vm, NumericResult<std::int64_t> r) {
    if (!r.has_value()) return raise_numeric(vm, r.error());
    return Value::from_int(*r);
}

Result<Value> random_seed(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "seed", nargs - 1, 0, 2));
    MersenneTwister& mt = state(args);
    if (nargs == 1 || args[1].is_none()) {
        mt.seed_from_entropy();
    } else if (args[1].is_int() || args[1].is_bool()) {
        mt.seed(args[1].as_int());
    } else if (is_int_value(vm, args[1])) {
        mt.seed(to_bigint(args[1]));
    } else if (args[1].is_float()) {
        mt.seed_from_hash(TRY(vm.hash(args[1])));
    } else {
        // anything else seeds with its hash (CPython: random_seed); random.py turns str and bytes into ints first
        mt.seed_from_hash(TRY(vm.hash(args[1])));
    }
    return Value::none();
}

Result<Value> random_random(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "random", nargs - 1, 0, 0));
    return Value::from_float(state(args).random());
}

Result<Value> random_getrandbits(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "getrandbits", nargs - 1, 1, 1));
    std::int64_t k = TRY(vm.index_value(args[1]));
    if (k < 0) return vm.raise(vm.types.ValueError, "number of bits must be non-negative");
    if (k <= 63) return Value::from_int(static_cast<std::int64_t>(state(args).getrandbits(static_cast<unsigned>(k))));
    return make_int(vm, state(args).getrandbits_bigint(static_cast<std::uint64_t>(k)));
}

Result<Value> random_randrange(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "randrange", nargs - 1, 1, 3));
    std::int64_t v[3] = {0, 0, 1};
    for (std::size_t i = 1; i < nargs; ++i) {
        if (args[i].is_float())
            return vm.raise(vm.types.TypeError, "'float' object cannot be interpreted as an integer");
        v[i - 1] = TRY(vm.index_value(args[i]));
    }
    if (nargs == 2) return numeric(vm, state(args).randrange(v[0]));
    return numeric(vm, state(args).randrange(v[0], v[1], nargs == 4 ? v[2] : 1));
}

Result<Value> random_randint(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "randint", nargs - 1, 2, 2));
    std::int64_t a = TRY(vm.index_value(args[1]));
    std::int64_t b = TRY(vm.index_value(args[2]));
    return numeric(vm, state(args).randint(a, b));
}

Result<Value> random_uniform(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "uniform", nargs - 1, 2, 2));
    double a = TRY(vm.to_double(args[1]));
    double b = TRY(vm.to_double(args[2]));
    return Value::from_float(state(args).uniform(a, b));
}

Result<Value> random_choice(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "choice", nargs - 1, 1, 1));
    std::int64_t n = TRY(vm.len(args[1]));
    if (n == 0) return vm.raise(vm.types.IndexError, "Cannot choose from an empty sequence");
    auto i = static_cast<std::int64_t>(state(args).randbelow(static_cast<std::uint64_t>(n)));
    return vm.getitem(args[1], Value::from_int(i));
}

Result<Value> random_shuffle(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "shuffle", nargs - 1, 1, 1));
    std::int64_t n = TRY(vm.len(args[1]));
    for (std::int64_t i = n - 1; i > 0; --i) {
        auto j = static_cast<std::int64_t>(state(args).randbelow(static_cast<std::uint64_t>(i + 1)));
        Value a = TRY(vm.getitem(args[1], Value::from_int(i)));
        Value b = TRY(vm.getitem(args[1], Value::from_int(j)));
        TRY(vm.setitem(args[1], Value::from_int(i), b));
        TRY(vm.setitem(args[1], Value::from_int(j), a));
    }
    return Value::none();
}

// sample(population, k) (CPython 3.11: Lib/random.py Random.sample)
Result<Value> random_sample(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "sample", kwnames));
    TRY(check_arg_count(vm, "sample", nargs - 1, 2, 2));
    ValueVector population = TRY(vm.to_vector(args[1]));
    std::int64_t k = TRY(vm.index_value(args[2]));
    auto n = static_cast<std::int64_t>(population.size());
    if (k < 0 || k > n) return vm.raise(vm.types.ValueError, "Sample larger than population or is negative");
    MersenneTwister& mt = state(args);
    auto result = vm.new_list();
    result->items.resize(static_cast<std::size_t>(k));
    std::int64_t setsize = 21;
    if (k > 5) setsize += static_cast<std::int64_t>(std::pow(4, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0))));
    if (n <= setsize) {
        ValueVector pool = population;
        for (std::int64_t i = 0; i < k; ++i) {
            auto j = static_cast<std::size_t>(mt.randbelow(static_cast<std::uint64_t>(n - i)));
            result->items[static_cast<std::size_t>(i)] = pool[j];
            pool[j] = pool[static_cast<std::size_t>(n - i - 1)];
        }
    } else {
        std::vector<bool> selected(static_cast<std::size_t>(n), false);
        for (std::int64_t i = 0; i < k; ++i) {
            auto j = static_cast<std::size_t>(mt.randbelow(static_cast<std::uint64_t>(n)));
            while (selected[j]) j = static_cast<std::size_t>(mt.randbelow(static_cast<std::uint64_t>(n)));
            selected[j] = true;
            result->items[static_cast<std::size_t>(i)] = population[j];
        }
    }
    return result.take_value();
}

// an unseeded generator of the class `type` (its __init__ seeds it), and Random(x) itself
Result<Value> random_allocate(VM& vm, Type* type) {
    auto rs = make<RandomState>(type);
    if (type->is_heap) incref(type);
    return rs.take_value();
}

Result<Value> random_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "Random", kwnames));
    Value self = TRY(random_allocate(vm, as<Type>(args[0])));
    Value seed_args[2] = {self, nargs > 1 ? args[1] : Value::none()};
    TRY(random_seed(vm, seed_args, 2, nullptr));
    return self;
}

// getstate(): the 624 state words and the position in them (CPython: _random_Random_getstate_impl)
Result<Value> random_getstate(VM& vm, Value const* args, std::size_t, Tuple*) {
    MersenneTwister& mt = state(args);
    auto t = vm.new_tuple(MersenneTwister::state_size + 1);
    for (std::size_t i = 0; i < MersenneTwister::state_size; ++i) t->items[i] = Value::from_int(mt.state()[i]);
    t->items[MersenneTwister::state_size] = Value::from_int(static_cast<std::int64_t>(mt.index()));
    return t.take_value();
}

// setstate(state): what getstate() gave (CPython: _random_Random_setstate)
Result<Value> random_setstate(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value const& v = args[1];
    if (!(v.is_object() && vm.type_of(v)->layout == Layout::Tuple))
        return vm.raise(vm.types.TypeError, "state vector must be a tuple");
    Tuple* t = as<Tuple>(v);
    if (t->size != MersenneTwister::state_size + 1) return vm.raise(vm.types.ValueError, "state vector is the wrong size");
    std::array<std::uint32_t, MersenneTwister::state_size> words;
    for (std::size_t i = 0; i < MersenneTwister::state_size; ++i) {
        // each word as a C unsigned long, truncated to 32 bits (CPython: PyLong_AsUnsignedLong)
        if (!is_int_value(vm, t->items[i])) return vm.raise(vm.types.TypeError, "an integer is required");
        BigInt b = t->items[i].is_int() ? BigInt(t->items[i].as_int()) : to_bigint(t->items[i]);
        if (b.is_negative()) return vm.raise(vm.types.OverflowError, "can't convert negative value to unsigned int");
        if (b.bit_length() > 64)
            return vm.raise(vm.types.OverflowError, "Python int too large to convert to C unsigned long");
        words[i] = static_cast<std::uint32_t>((b & BigInt(0xffffffffu)).to_int64());
    }
    std::int64_t index = TRY(vm.index_value(t->items[MersenneTwister::state_size]));
    if (index < 0 || !state(args).set_state(words, static_cast<std::size_t>(index)))
        return vm.raise(vm.types.ValueError, "invalid state");
    return Value::none();
}

} // namespace

// The generator type (CPython: _random.Random): its methods are the module's primitives; random.py derives
// Random from it with the distributions and binds the module's functions to one instance.
Result<void> init__random_module(VM& vm, Module& m) {
    Type* t = make_builtin_type(vm, "Random", vm.types.object, Layout::Native);
    t->module_name = "_random";
    t->construct = random_construct;
    t->allocate = random_allocate;
    add_methods(vm, t, {
        {"seed", random_seed}, {"random", random_random}, {"getrandbits", random_getrandbits},
        {"randrange", random_randrange}, {"randint", random_randint}, {"uniform", random_uniform},
        {"choice", random_choice}, {"shuffle", random_shuffle}, {"sample", random_sample},
        {"getstate", random_getstate, Args::none()}, {"setstate", random_setstate, Args::one()},
    });
    dict_set_str(vm, m.dict.get(), vm.intern("Random"), Value::borrowed(t));
    return {};
}

} // namespace weft::rt
