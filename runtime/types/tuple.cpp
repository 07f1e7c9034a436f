// tuple: storage, hashing (CPython 3.8+'s xxHash-based tuplehash), repr and construction.
#include <new>

#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/container_ops.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/types/range_slice.hpp"
#include "runtime/types/sequence.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

#if !defined(__SANITIZE_ADDRESS__)
namespace {

// Freed tuples of up to `free_list_slots` slots are kept for the next ones of their size, at most
// `free_list_limit` of each (CPython: Objects/tupleobject.c's free lists, PyTuple_MAXFREELIST): a tuple made and
// dropped in a loop (a zip or enumerate pair, a key) reuses the memory just freed. Lists per thread, as the
// small-object pools; sanitizer builds free every tuple so that AddressSanitizer sees each.
constexpr std::size_t free_list_slots = 8;
constexpr std::uint32_t free_list_limit = 2000;
struct TupleFreeLists {
    void* head[free_list_slots + 1];
    std::uint32_t count[free_list_slots + 1];
};
thread_local constinit WEFT_FAST_TLS TupleFreeLists free_tuples{};

} // namespace
#endif

// Memory for a tuple of `slots` slots with items[0] constructed (null), charged to the current account.
Tuple* Tuple::allocate(Type* type, std::size_t slots) {
    memory_charge(allocation_size(slots));
    void* memory;
#if !defined(__SANITIZE_ADDRESS__)
    if (slots <= free_list_slots && free_tuples.head[slots]) {
        memory = free_tuples.head[slots];
        free_tuples.head[slots] = *static_cast<void**>(memory);
        --free_tuples.count[slots];
    } else
#endif
        memory = ::operator new(allocation_size(slots));
    return new (memory) Tuple(type);
}

void Tuple::operator delete(Tuple* t, std::destroying_delete_t) {
#if !defined(__SANITIZE_ADDRESS__)
    std::size_t slots = (t->size > 0 ? t->size : 1) + t->type->hidden_items;
    t->~Tuple();
    if (slots <= free_list_slots && free_tuples.count[slots] < free_list_limit) {
        *reinterpret_cast<void**>(t) = free_tuples.head[slots];
        free_tuples.head[slots] = t;
        ++free_tuples.count[slots];
        return;
    }
#else
    t->~Tuple();
#endif
    ::operator delete(static_cast<void*>(t));
}

Ref<Tuple> Tuple::create(Type* type, std::size_t size) {
    std::size_t slots = size > 0 ? size : 1;
    Tuple* t = allocate(type, slots);
    for (std::size_t i = 1; i < slots; ++i)
        new (&t->items[i]) Value();
    t->size = size;
    return Ref<Tuple>::adopt(t);
}

Ref<Tuple> Tuple::create_copy(Type* type, Value const* from, std::size_t size, std::int64_t step) {
    if (size == 0)
        return create(type, 0);
    Tuple* t = allocate(type, size);  // constructs items[0] (null)
    if (step == 1)
        Value::copy_run(t->items, from, size);
    else
        for (std::size_t i = 0; i < size; ++i) new (&t->items[i]) Value(from[static_cast<std::int64_t>(i) * step]);
    t->size = size;
    return Ref<Tuple>::adopt(t);
}

Ref<Tuple> Tuple::create_with_hidden(Type* type, std::size_t size) {
    std::size_t slots = (size > 0 ? size : 1) + type->hidden_items;
    Tuple* t = allocate(type, slots);
    for (std::size_t i = 1; i < slots; ++i)
        new (&t->items[i]) Value();
    t->size = size;
    return Ref<Tuple>::adopt(t);
}

Tuple::~Tuple() {
    std::size_t slots = (size > 0 ? size : 1) + type->hidden_items;
    memory_credit(allocation_size(slots));
    // the last item first (CPython's tupledealloc); items[0], a member, is destroyed after this body (most tuples
    // are short: a plain loop beats release_run's rounds of four here)
    for (std::size_t i = slots; --i > 0;) items[i].~Value();
}

void Tuple::traverse(GcVisitor& v) {
    std::size_t n = size + type->hidden_items;
    for (std::size_t i = 0; i < n; ++i) v.visit(items[i]);
}

void Tuple::clear_references() {
    std::size_t n = size + type->hidden_items;
    for (std::size_t i = n; i-- > 0;) items[i].clear();  // the last first, as ~Tuple
}

// CPython: Objects/tupleobject.c tuplehash (xxHash's XXPRIME constants)
Result<std::int64_t> tuple_hash(VM& vm, Tuple* t) {
    if (t->hash_cache != -1)
        return t->hash_cache;
    constexpr std::uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull, p5 = 2870177450012600261ull;
    std::uint64_t acc = p5;
    for (std::size_t i = 0; i < t->size; ++i) {
        auto lane = static_cast<std::uint64_t>(TRY(vm.hash(t->items[i])));
        acc += lane * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += t->size ^ (p5 ^ 3527539ull);
    if (acc == static_cast<std::uint64_t>(-1))
        return std::int64_t{1546275796};
    t->hash_cache = static_cast<std::int64_t>(acc);
    return t->hash_cache;
}

Result<Value> sequence_repr(VM& vm, Value const* items, std::size_t n, char const* open, char const* close,
                            bool one_comma) {
    std::string out = open;
    for (std::size_t i = 0; i < n; ++i) {
        if (i) out += ", ";
        out += TRY(vm.repr_string(items[i]));
    }
    if (one_comma && n == 1) out += ",";
    out += close;
    return vm.new_str(out);
}

namespace {
Result<Value> tuple_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Tuple* t = as<Tuple>(args[0]);
    return sequence_repr(vm, t->items, t->size, "(", ")", true);
}

Result<Value> tuple_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "tuple", kwnames));
    if (nargs == 1) return vm.empty_tuple.value();
    if (nargs > 2) return vm.raise(vm.types.TypeError, "tuple expected at most 1 argument, got {}", nargs - 1);
    if (args[1].is_object() && vm.type_of(args[1]) == vm.types.tuple) return args[1];
    Ref<Tuple> t = TRY(vm.to_tuple(args[1]));
    return t.take_value();
}

// index(x, start=0, stop=len): the bounds as slice bounds (CPython: tuple_index_impl)
Result<Value> tuple_index(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Tuple* t = as<Tuple>(args[0]);
    auto n = static_cast<std::int64_t>(t->size);
    std::int64_t start = nargs > 2 ? TRY(vm.index_value(args[2])) : 0;
    std::int64_t stop = nargs > 3 ? TRY(vm.index_value(args[3])) : n;
    if (start < 0) start = std::max<std::int64_t>(0, start + n);
    if (stop < 0) stop = std::max<std::int64_t>(0, stop + n);
    for (std::int64_t i = start; i < std::min(stop, n); ++i)
        if (TRY(vm.equals(t->items[static_cast<std::size_t>(i)], args[1]))) return Value::from_int(i);
    return vm.raise(vm.types.ValueError, "tuple.index(x): x not in tuple");
}

Result<Value> tuple_count(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Tuple* t = as<Tuple>(args[0]);
    std::int64_t n = 0;
    for (std::size_t i = 0; i < t->size; ++i)
        if (TRY(vm.equals(t->items[i], args[1]))) ++n;
    return Value::from_int(n);
}

// ---- the container protocols (TypeSlots; CPython: tuplesubscript, tuplecontains)

Result<Value> tuple_subscript(VM& vm, Value const& self, Value const& key) {
    Tuple* t = as<Tuple>(self);
    if (key.is_int() || key.is_bool()) {
        std::int64_t i = key.as_int();
        std::int64_t n = static_cast<std::int64_t>(t->size);
        if (i < 0) i += n;
        if (i < 0 || i >= n) return vm.raise(vm.types.IndexError, "tuple index out of range");
        return t->items[i];
    }
    if (layout_of(key) == Layout::Slice) {
        std::int64_t start, stop, step, count;
        TRY(slice_indices(vm, key, static_cast<std::int64_t>(t->size), start, stop, step, count));
        if (count == 0)
            return vm.new_tuple(0).take_value();  // the shared ()
        if (count == static_cast<std::int64_t>(t->size) && step == 1 && vm.type_of(self) == vm.types.tuple)
            return self;  // t[:] of an exact tuple is itself (CPython: tuplesubscript)
        return Tuple::create_copy(vm.types.tuple, t->items + start, static_cast<std::size_t>(count), step).take_value();
    }
    if (layout_of(key) == Layout::Int || !vm.type_of(key)->lookup(vm.names.dunder_index).is_null()) {
        std::int64_t i = TRY(vm.index_value(key));
        return tuple_subscript(vm, self, Value::from_int(i));
    }
    return vm.raise(vm.types.TypeError, "tuple indices must be integers or slices, not {}", vm.type_of(key)->name->view());
}

Result<bool> tuple_contains(VM& vm, Value const& self, Value const& item) {
    Tuple* t = as<Tuple>(self);
    for (std::size_t i = 0; i < t->size; ++i)
        if (TRY(vm.equals(t->items[i], item))) return true;
    return false;
}

Result<std::int64_t> tuple_length(VM&, Value const& self) { return static_cast<std::int64_t>(as<Tuple>(self)->size); }

} // namespace

namespace {

Result<Value> tuple_iter(VM& vm, Value const& self) {
    return new_iterator(vm, vm.types.tuple_iterator, IterKind::Tuple, self).take_value();
}

} // namespace

namespace {

Result<std::int64_t> tuple_hash_slot(VM& vm, Value const& self) { return tuple_hash(vm, as<Tuple>(self)); }

} // namespace

namespace {

// ---- operators (TypeSlots::binary and richcompare; CPython: tupleconcat, tuplerepeat, tuplerichcompare)

Result<Value> tuple_binary(VM& vm, Value const& a, Value const& b, int op, bool) {
    bool left = layout_of(a) == Layout::Tuple;
    if (op == static_cast<int>(front::BinOpArg::Add) && left) {
        if (layout_of(b) == Layout::Tuple) {
            Tuple* x = as<Tuple>(a);
            Tuple* y = as<Tuple>(b);
            // with () on one side, an exact tuple on the other is the result itself (CPython: tupleconcat)
            if (y->size == 0 && vm.type_of(a) == vm.types.tuple) return a;
            if (x->size == 0 && vm.type_of(b) == vm.types.tuple) return b;
            auto t = vm.new_tuple(x->size + y->size);
            for (std::size_t i = 0; i < x->size; ++i) new (&t->items[i]) Value(x->items[i]);  // over nulls
            for (std::size_t i = 0; i < y->size; ++i) new (&t->items[x->size + i]) Value(y->items[i]);
            return t.take_value();
        }
        if (!vm.type_of(b)->is_heap)
            return vm.raise(vm.types.TypeError, "can only concatenate tuple (not \"{}\") to tuple", vm.type_of(b)->name->view());
    }
    if (op == static_cast<int>(front::BinOpArg::Multiply)) {
        std::int64_t n = TRY(repeat_count(vm, left ? b : a));
        if (n < 0) return cannot_multiply(vm, left ? b : a);
        Tuple* t = as<Tuple>(left ? a : b);
        if (n > 0 && t->size > 0 &&
            (static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 36) / t->size ||
             !memory_available(static_cast<std::uint64_t>(n) * t->size * sizeof(Value))))
            return vm.raise(vm.types.MemoryError, "");
        if (n == 1 && vm.type_of(left ? a : b) == vm.types.tuple) return left ? a : b;  // CPython: tuplerepeat
        auto out = vm.new_tuple(t->size * static_cast<std::size_t>(n));
        Value* to = out->items;
        for (std::int64_t k = 0; k < n && t->size > 0; ++k)
            for (std::size_t i = 0; i < t->size; ++i) new (to++) Value(t->items[i]);  // over nulls
        return out.take_value();
    }
    return vm.not_implemented;
}

Result<Value> tuple_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    if (layout_of(a) != Layout::Tuple || layout_of(b) != Layout::Tuple) return vm.not_implemented;
    return compare_items(vm, as<Tuple>(a)->items, as<Tuple>(a)->size, as<Tuple>(b)->items, as<Tuple>(b)->size, op);
}

} // namespace

void init_tuple_type(VM& vm) {
    vm.types.tuple->slots.binary = tuple_binary;
    vm.types.tuple->slots.richcompare = tuple_richcompare;
    vm.types.tuple->slots.hash = tuple_hash_slot;
    vm.types.tuple->slots.iter = tuple_iter;
    TypeSlots& slots = vm.types.tuple->slots;
    slots.len = tuple_length;
    slots.getitem = tuple_subscript;
    slots.contains = tuple_contains;
    vm.types.tuple->construct = tuple_construct;
    vm.types.tuple->match_kind = MatchKind::Sequence;
    add_methods(vm, vm.types.tuple, {{"__repr__", tuple_repr}, {"index", tuple_index, Args::positional(1, 3)}, {"count", tuple_count, Args::one()}});
}

} // namespace weft::rt
