// Operations of list, dict, set and tuple that other files use (defined in list.cpp, dict.cpp, set.cpp and
// tuple.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/result.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/type.hpp"
#include "runtime/value.hpp"

namespace weft::rt {

class VM;

// Stable sort of `keys` (and `values` alongside, when given); an exception from __lt__ stops it.
Result<void> sort_values(VM& vm, ValueVector& keys, ValueVector* values, bool reverse);

// list.sort(key=, reverse=).
Result<void> list_sort_impl(VM& vm, List* list, Value const& key, bool reverse);

// The repr of items between `open` and `close` ("(1,)" when `one_comma` and one item), recursion-safe.
Result<Value> sequence_repr(VM& vm, Value const* items, std::size_t n, char const* open, char const* close, bool one_comma);

// The dict behind a keys(), values() or items() view.
Dict* dict_view_dict(Value const& v);

// d.update(other) for a mapping or an iterable of pairs; with `merge_callable` (f(**other)), a key d has already
// is an error naming that callable.
Result<void> dict_update_from(VM& vm, Dict* d, Value const& other, Value const* merge_callable);

// Set operations other files use: add, update from an iterable, a new empty set of `type`, membership, and | & - ^ (`which` 0..3).
Result<void> set_add_value(VM& vm, Set* s, Value const& v);
Result<void> set_update_from(VM& vm, Set* s, Value const& iterable);
Ref<Set> new_set(VM& vm, Type* type);
Result<bool> set_has(VM& vm, Set* s, Value const& v);
Result<Value> set_algebra(VM& vm, Set* a, Set* b, int which);

} // namespace weft::rt
