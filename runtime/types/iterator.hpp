// The builtin iterators (list, tuple, str, range, dict views, enumerate, zip, map, filter, ...): one C++
// struct told apart by `kind`. Visible to the dispatch loop, whose FOR_ITER steps list and range iterators
// itself.
#pragma once

#include <vector>

#include "runtime/gc.hpp"
#include "runtime/object.hpp"
#include "runtime/result.hpp"

namespace weft::rt {

enum class IterKind : std::uint8_t {
    List, ListReverse, Tuple, TupleReverse, Str, StrReverse, Bytes, Range, DictKeys, DictValues, DictItems, Enumerate, Zip, Map, Filter,
    Callable, Sequence,
    Set,  // a set's table walked in place (source: the set)
};

struct Iterator final : Object {
    IterKind kind;
    Value source;               // the container, or the wrapped iterator / function
    std::int64_t index = 0;     // position (range: the next value)
    std::int64_t step = 1;      // range step; dict iterators: the items still to give
    std::int64_t remaining = 0; // range: items left; dict: expected size
    Value extra;                // enumerate: the count (may be big); filter/map: the function; callable: sentinel
    ValueVector iters;   // zip/map: the iterators
    bool strict = false;        // zip(strict=True)
    Value result;               // zip/enumerate: the tuple last given, given again when nothing else holds it

    Iterator(Type* t, IterKind k) : Object(t), kind(k) {}
    void traverse(GcVisitor& v) override {
        v.visit(source);
        v.visit(extra);
        v.visit(result);
        for (auto const& i : iters) v.visit(i);
    }
    void clear_references() override {
        source.clear();
        extra.clear();
        result.clear();
        iters.clear();
    }
};

class VM;
struct Type;

// A new iterator of `type` and `kind` over `source`, registered with the collector.
Ref<Iterator> new_iterator(VM& vm, Type* type, IterKind kind, Value source);

// The iterators the builtins make: enumerate, zip, map, filter, reversed and iter(callable, sentinel).
Result<Value> make_enumerate(VM& vm, Value iterable, Value start);
Result<Value> make_zip(VM& vm, Value const* iterables, std::size_t n, bool strict);
Result<Value> make_map(VM& vm, Value fn, Value const* iterables, std::size_t n);
Result<Value> make_filter(VM& vm, Value fn, Value iterable);
Result<Value> make_reversed(VM& vm, Value const& seq);
Result<Value> make_callable_iterator(VM& vm, Value fn, Value sentinel);

// The items a sequence iterator (of a list, tuple, str, range or set, forwards or reversed) has still to give;
// -1 for the other kinds, which cannot tell.
std::int64_t iterator_items_left(Iterator const* it);

// The __iter__ slot of every iterator type: an iterator is its own iterator.
Result<Value> iterator_returns_self(VM& vm, Value const& self);

} // namespace weft::rt
