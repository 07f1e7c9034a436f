// list: construction, repr and the methods (append, pop, insert, extend, remove, index, count, sort, ...).
// sort is stable, with a homogeneous fast path for ints, floats and strs (CPython: Objects/listobject.c).
#include <algorithm>
#include <cstring>

#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/container_ops.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/types/range_slice.hpp"
#include "runtime/types/sequence.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

void append_copies(ValueVector& v, Value const* src, std::size_t n) {
    if (n == 0) return;
    if (src >= v.data() && src < v.data() + v.size() && v.capacity() - v.size() < n) {
        auto from = static_cast<std::size_t>(src - v.data());
        v.reserve(v.size() + n);
        src = v.data() + from;
    }
    Value::copy_run(append_raw(v, n), src, n);
}

List::~List() {
    // the items, then the array; the vector itself is never destroyed (see `items`)
    Value::release_run(items.data(), items.size());
    if (items.capacity() != 0) items.get_allocator().deallocate(items.data(), items.capacity());
}

// Lets go of `values` last first: CPython frees a list's items (_list_clear, list_dealloc) and the items a slice
// assignment replaced (list_ass_slice's recycle array) in that order, and __del__ methods can tell.
static void drop_last_first(ValueVector& values) {
    while (!values.empty()) values.pop_back();
}

void List::clear_references() {
    // empty before any item goes: freeing one may run code that looks at the list (CPython: _list_clear)
    ValueVector old;
    old.swap(items);
    drop_last_first(old);
}

void List::traverse(GcVisitor& v) {
    for (Value const& x : items) v.visit(x);
}

// Replaces items[start, stop) with copies of src[0, n) (not inside `items`), moving the tail once, by memmove.
// The replaced values go to `removed`, which the caller lets go once the list is whole again: dropping them may run
// code that looks at the list (CPython: list_ass_slice's `recycle` array).
void splice_items(ValueVector& items, std::size_t start, std::size_t stop, Value const* src, std::size_t n,
                  ValueVector& removed) {
    std::size_t gone = stop - start;
    std::size_t old = items.size();
    removed.resize(gone);
    Value::relocate_run(removed.data(), items.data() + start, gone);
    if (n > gone) {
        // new null slots at the end (a reallocation moves the stale slots too, harmlessly), then the tail up
        std::size_t grow = n - gone;
        items.resize(old + grow);
        Value::relocate_run(items.data() + stop + grow, items.data() + stop, old - stop);
    } else if (n < gone) {
        std::size_t shrink = gone - n;
        Value::relocate_run(items.data() + start + n, items.data() + stop, old - stop);
        for (std::size_t i = old - shrink; i < old; ++i) new (&items[i]) Value();  // stale copies, forgotten
        items.resize(old - shrink);
    }
    for (std::size_t i = 0; i < n; ++i) new (&items[start + i]) Value(src[i]);
}

// Removes items[i] and gives it back, the tail moved down by memmove.
Value take_item(ValueVector& items, std::size_t i) {
    Value v;
    Value::relocate(&v, &items[i]);
    std::size_t last = items.size() - 1;
    Value::relocate_run(items.data() + i, items.data() + i + 1, last - i);
    new (&items[last]) Value();  // a stale copy, forgotten
    items.pop_back();
    return v;
}

// Stable sort of `keys` (and `values` alongside, when given). Errors from __lt__ stop the sort.
Result<void> sort_values(VM& vm, ValueVector& keys, ValueVector* values, bool reverse) {
    std::size_t n = keys.size();
    if (n < 2)
        return {};
    bool all_int = true, all_float = true, all_str = true;
    for (Value const& k : keys) {
        all_int &= k.is_int();
        all_float &= k.is_float();
        all_str &= k.is_object() && k.as_object()->type == vm.types.str;
    }
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    auto run = [&](auto less) {
        if (reverse)
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return less(keys[b], keys[a]); });
        else
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return less(keys[a], keys[b]); });
    };
    if (all_int) {
        run([](Value const& a, Value const& b) { return a.as_int() < b.as_int(); });
    } else if (all_float) {
        run([](Value const& a, Value const& b) { return a.as_float() < b.as_float(); });
    } else if (all_str) {
        run([](Value const& a, Value const& b) {
            // UTF-8 byte order is code point order
            return as<Str>(a)->view() < as<Str>(b)->view();
        });
    } else {
        // Generic merge sort on indices; a raising comparison stops it. Tuple keys whose first one or two items
        // are ints in every key (sort keys like (group, value)) compare those from dense arrays first: most
        // comparisons then never touch the tuples, which are scattered in memory. Pairs of ints need nothing
        // else (tuples compare item by item, CPython: tuplerichcompare).
        bool failed = false;
        std::vector<std::size_t> tmp(n);
        int int_prefix = 2;  // leading items that are ints in every key
        bool all_pairs = true;
        for (Value const& k : keys) {
            if (!(k.is_object() && k.as_object()->type == vm.types.tuple)) {
                int_prefix = 0;
                break;
            }
            Tuple* t = as<Tuple>(k);
            if (int_prefix == 2 && !(t->size >= 2 && t->items[1].is_int())) int_prefix = 1;
            if (!(t->size >= 1 && t->items[0].is_int())) {
                int_prefix = 0;
                break;
            }
            all_pairs &= t->size == 2;
        }
        std::vector<std::int64_t> first, second;
        if (int_prefix >= 1) {
            first.resize(n);
            for (std::size_t i = 0; i < n; ++i) first[i] = as<Tuple>(keys[i])->items[0].as_int();
        }
        if (int_prefix == 2) {
            second.resize(n);
            for (std::size_t i = 0; i < n; ++i) second[i] = as<Tuple>(keys[i])->items[1].as_int();
        }
        auto less = [&](std::size_t a, std::size_t b) -> bool {
            if (failed) return false;
            if (reverse) std::swap(a, b);
            if (int_prefix >= 1 && first[a] != first[b]) return first[a] < first[b];
            if (int_prefix == 2 && second[a] != second[b]) return second[a] < second[b];
            Result<bool> r = vm.less_than(keys[a], keys[b]);
            if (r.is_error()) { failed = true; return false; }
            return r.value();
        };
        if (int_prefix == 2 && all_pairs) {
            // (int, int) keys: ordered by the two arrays alone, and no comparison can fail
            auto pair_less = [&](std::size_t a, std::size_t b) {
                return first[a] != first[b] ? first[a] < first[b] : second[a] < second[b];
            };
            if (reverse)
                std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pair_less(b, a); });
            else
                std::stable_sort(order.begin(), order.end(), pair_less);
        } else {
            for (std::size_t width = 1; width < n && !failed; width *= 2) {
                for (std::size_t lo = 0; lo < n; lo += 2 * width) {
                    std::size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
                    std::size_t i = lo, j = mid, k = lo;
                    while (i < mid && j < hi) tmp[k++] = less(order[j], order[i]) ? order[j++] : order[i++];
                    while (i < mid) tmp[k++] = order[i++];
                    while (j < hi) tmp[k++] = order[j++];
                }
                order.swap(tmp);
            }
        }
        if (failed)
            return Raised{};
    }
    ValueVector sorted_keys(n);
    for (std::size_t i = 0; i < n; ++i) sorted_keys[i] = std::move(keys[order[i]]);
    keys.swap(sorted_keys);
    if (values) {
        ValueVector sorted(n);
        for (std::size_t i = 0; i < n; ++i) sorted[i] = std::move((*values)[order[i]]);
        values->swap(sorted);
    }
    return {};
}

Result<void> list_sort_impl(VM& vm, List* list, Value const& key, bool reverse) {
    // CPython empties the list while sorting so that mutation during the sort is detected.
    ValueVector items;
    items.swap(list->items);
    Result<void> result;
    if (key.is_null() || key.is_none()) {
        result = sort_values(vm, items, nullptr, reverse);
    } else {
        ValueVector keys;
        keys.reserve(items.size());
        for (Value const& v : items) {
            Result<Value> k = vm.call1(key, v);
            if (k.is_error()) {
                result = Raised{};
                break;
            }
            keys.push_back(k.release_value());
        }
        if (!result.is_error())
            result = sort_values(vm, keys, &items, reverse);
    }
    bool modified = !list->items.empty();
    list->items.swap(items);
    if (result.is_error())
        return Raised{};
    if (modified)
        return vm.raise(vm.types.ValueError, "list modified during sort");
    return {};
}

namespace {

List* self_list(Value const* args) { return as<List>(args[0]); }

Result<Value> list_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    List* l = self_list(args);
    if (l->items.empty()) return vm.new_str("[]");
    for (Object* o : vm.repr_in_progress)
        if (o == l) return vm.new_str("[...]");
    vm.repr_in_progress.push_back(l);
    ValueVector copy = l->items;
    Result<Value> r = sequence_repr(vm, copy.data(), copy.size(), "[", "]", false);
    vm.repr_in_progress.pop_back();
    return r;
}

Result<Value> list_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "list", kwnames));
    if (nargs > 2) return vm.raise(vm.types.TypeError, "list expected at most 1 argument, got {}", nargs - 1);
    if (nargs == 1) return vm.new_list().take_value();
    Ref<List> l = TRY(vm.to_list(args[1]));
    return l.take_value();
}

// list.__init__(self, iterable=()): what a subclass instance is filled by (CPython: list___init___impl)
Result<Value> list_init(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "list", kwnames));
    if (nargs > 2) return vm.raise(vm.types.TypeError, "list expected at most 1 argument, got {}", nargs - 1);
    List* l = self_list(args);
    l->clear_references();  // CPython: _list_clear
    if (nargs == 2) {
        ValueVector items = TRY(vm.to_vector(args[1]));
        l->items = std::move(items);
    }
    return Value::none();
}

Result<Value> list_append(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    self_list(args)->items.push_back(args[1]);
    return Value::none();
}

Result<Value> list_extend(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    List* l = self_list(args);
    if (args[1].is_object() && vm.type_of(args[1])->layout == Layout::List) {
        append_copies(l->items, as<List>(args[1])->items.data(), as<List>(args[1])->items.size());
        return Value::none();
    }
    ValueVector items = TRY(vm.to_vector(args[1]));
    l->items.insert(l->items.end(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
    return Value::none();
}

Result<Value> list_pop(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    List* l = self_list(args);
    if (l->items.empty()) return vm.raise(vm.types.IndexError, "pop from empty list");
    std::int64_t n = static_cast<std::int64_t>(l->items.size());
    std::int64_t i = nargs > 1 ? TRY(vm.index_value(args[1])) : n - 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return vm.raise(vm.types.IndexError, "pop index out of range");
    return take_item(l->items, static_cast<std::size_t>(i));
}

Result<Value> list_insert(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    List* l = self_list(args);
    std::int64_t n = static_cast<std::int64_t>(l->items.size());
    std::int64_t i = TRY(vm.index_value(args[1]));
    if (i < 0) i = std::max<std::int64_t>(0, i + n);
    if (i > n) i = n;
    // one slot more at the end, the tail up by memmove, the item into the stale slot left
    ValueVector& items = l->items;
    items.emplace_back();
    Value::relocate_run(items.data() + i + 1, items.data() + i, items.size() - 1 - static_cast<std::size_t>(i));
    new (&items[static_cast<std::size_t>(i)]) Value(args[2]);
    return Value::none();
}

Result<Value> list_remove(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    List* l = self_list(args);
    for (std::size_t i = 0; i < l->items.size(); ++i) {
        Value item = l->items[i];
        if (TRY(vm.equals(item, args[1]))) {
            if (i < l->items.size()) {
                Value gone = take_item(l->items, i);  // let go with the list whole
            }
            return Value::none();
        }
    }
    return vm.raise(vm.types.ValueError, "list.remove(x): x not in list");
}

Result<Value> list_index(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    List* l = self_list(args);
    std::int64_t n = static_cast<std::int64_t>(l->items.size());
    std::int64_t start = nargs > 2 ? TRY(vm.index_value(args[2])) : 0;
    std::int64_t stop = nargs > 3 ? TRY(vm.index_value(args[3])) : n;
    if (start < 0) start = std::max<std::int64_t>(0, start + n);
    if (stop < 0) stop = std::max<std::int64_t>(0, stop + n);
    for (std::int64_t i = start; i < stop && i < static_cast<std::int64_t>(l->items.size()); ++i) {
        Value item = l->items[static_cast<std::size_t>(i)];
        if (TRY(vm.equals(item, args[1]))) return Value::from_int(i);
    }
    std::string r = TRY(vm.repr_string(args[1]));
    return vm.raise(vm.types.ValueError, "{} is not in list", r);
}

Result<Value> list_count(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    List* l = self_list(args);
    std::int64_t n = 0;
    for (std::size_t i = 0; i < l->items.size(); ++i) {
        Value item = l->items[i];
        if (TRY(vm.equals(item, args[1]))) ++n;
    }
    return Value::from_int(n);
}

Result<Value> list_reverse(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::reverse(self_list(args)->items.begin(), self_list(args)->items.end());
    return Value::none();
}

Result<Value> list_clear(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    self_list(args)->clear_references();  // last item first, as CPython's _list_clear
    return Value::none();
}

Result<Value> list_copy(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    auto l = vm.new_list();
    append_copies(l->items, self_list(args)->items.data(), self_list(args)->items.size());
    return l.take_value();
}

Result<Value> list_sort(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    TRY(check_argument_total(vm, "sort", npos, kwnames, 2));
    if (npos > 0)
        return vm.raise(vm.types.TypeError, "sort() takes no positional arguments");
    Value fields[2];
    TRY(parse_kwargs(vm, "sort", args + 1, nargs - 1, kwnames, {"key", "reverse"}, fields));
    bool reverse = fields[1].is_null() ? false : TRY(vm.truthy(fields[1]));
    TRY(list_sort_impl(vm, self_list(args), fields[0], reverse));
    return Value::none();
}


// ---- the container protocols (TypeSlots; CPython: list_subscript, list_ass_subscript, list_contains)

// The position an int index names in `l` (negative counts from the end), or an IndexError with `message`.
Result<std::size_t> list_position(VM& vm, List* l, std::int64_t i, char const* message) {
    std::int64_t n = static_cast<std::int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return vm.raise(vm.types.IndexError, message);
    return static_cast<std::size_t>(i);
}

Result<Value> list_subscript(VM& vm, Value const& self, Value const& key) {
    List* l = as<List>(self);
    if (key.is_int() || key.is_bool())
        return l->items[TRY(list_position(vm, l, key.as_int(), "list index out of range"))];
    if (layout_of(key) == Layout::Slice) {
        std::int64_t start, stop, step, count;
        TRY(slice_unpack(vm, key, start, stop, step));
        count = slice_adjust(static_cast<std::int64_t>(l->items.size()), start, stop, step);  // after any __index__
        auto out = vm.new_list();
        if (count == 0)
            return out.take_value();
        Value const* from = l->items.data() + start;
        if (step == 1) {
            append_copies(out->items, from, static_cast<std::size_t>(count));
        } else {
            Value* to = append_raw(out->items, static_cast<std::size_t>(count));
            for (std::int64_t k = 0; k < count; ++k) new (to + k) Value(from[k * step]);
        }
        return out.take_value();
    }
    if (layout_of(key) == Layout::Int || !vm.type_of(key)->lookup(vm.names.dunder_index).is_null()) {
        std::int64_t i = TRY(vm.index_value(key));
        return list_subscript(vm, self, Value::from_int(i));
    }
    return vm.raise(vm.types.TypeError, "list indices must be integers or slices, not {}", vm.type_of(key)->name->view());
}

Result<void> list_ass_subscript(VM& vm, Value const& self, Value const& key, Value value) {
    List* l = as<List>(self);
    if (key.is_int() || key.is_bool()) {
        l->items[TRY(list_position(vm, l, key.as_int(), "list assignment index out of range"))] = std::move(value);
        return {};
    }
    if (layout_of(key) == Layout::Slice) {
        std::int64_t start, stop, step;
        TRY(slice_unpack(vm, key, start, stop, step));
        ValueVector items;
        Value const* src = nullptr;
        std::size_t n = 0;
        if (value.is_object() && value.as_object() != l && value.as_object()->type == vm.types.list) {
            src = as<List>(value)->items.data();
            n = as<List>(value)->items.size();
        } else if (value.is_object() && value.as_object()->type == vm.types.tuple) {
            src = as<Tuple>(value)->items;
            n = as<Tuple>(value)->size;
        } else if (value.is_object() && value.as_object() == l) {
            items = l->items;  // copied first: the list is assigned (a slice of) itself
        } else {
            Result<Value> it = vm.get_iter(value);
            if (it.is_error()) {
                // CPython: PySequence_Fast(v, "can only assign an iterable")
                if (!vm.exception_matches(vm.types.TypeError)) return Raised{};
                vm.take_exception();
                return vm.raise(vm.types.TypeError, "can only assign an iterable");
            }
            items = TRY(vm.to_vector(it.value()));
        }
        if (!src) {
            src = items.data();
            n = items.size();
        }
        // the bounds meet the list as it is now: reading the iterable may have changed it (CPython: list_ass_slice
        // clamps after PySequence_Fast)
        std::int64_t count = slice_adjust(static_cast<std::int64_t>(l->items.size()), start, stop, step);
        if (step == 1) {
            if (stop < start) stop = start;
            ValueVector removed;
            splice_items(l->items, static_cast<std::size_t>(start), static_cast<std::size_t>(stop), src, n, removed);
            drop_last_first(removed);
            return {};
        }
        if (static_cast<std::int64_t>(n) != count)
            return vm.raise(vm.types.ValueError, "attempt to assign sequence of size {} to extended slice of size {}",
                            n, count);
        for (std::int64_t k = 0, i = start; k < count; ++k, i += step)
            l->items[static_cast<std::size_t>(i)] = src[k];
        return {};
    }
    return vm.raise(vm.types.TypeError, "list indices must be integers or slices, not {}", vm.type_of(key)->name->view());
}

Result<void> list_del_subscript(VM& vm, Value const& self, Value const& key) {
    List* l = as<List>(self);
    if (key.is_int() || key.is_bool()) {
        std::size_t i = TRY(list_position(vm, l, key.as_int(), "list assignment index out of range"));
        Value gone = take_item(l->items, i);
        return {};
    }
    if (layout_of(key) == Layout::Slice) {
        std::int64_t start, stop, step;
        TRY(slice_unpack(vm, key, start, stop, step));
        std::int64_t count = slice_adjust(static_cast<std::int64_t>(l->items.size()), start, stop, step);
        if (count == 0) return {};
        // CPython frees what `del l[i:j]` removed last first (list_ass_slice), and what any other step removed
        // (even -1) in ascending order (list_ass_subscript's garbage array)
        bool plain_slice = step == 1;
        if (step < 0) {
            start = start + (count - 1) * step;
            step = -step;
        }
        ValueVector& items = l->items;
        ValueVector removed;
        if (step == 1) {
            splice_items(items, static_cast<std::size_t>(start), static_cast<std::size_t>(start + count), nullptr, 0, removed);
            if (plain_slice) drop_last_first(removed);
            return {};  // else `removed` frees its values first to last
        }
        // each run of kept items between two removed ones moves down by memmove; the removed values are let go
        // when the list is whole again (CPython: list_ass_subscript's deletion loop and its garbage array)
        removed.reserve(static_cast<std::size_t>(count));
        std::size_t size = items.size();
        auto write = static_cast<std::size_t>(start);
        for (std::int64_t k = 0; k < count; ++k) {
            auto at = static_cast<std::size_t>(start + k * step);
            removed.push_back(Value());
            Value::relocate(&removed.back(), &items[at]);
            std::size_t run_end = k + 1 < count ? at + static_cast<std::size_t>(step) : size;
            Value::relocate_run(items.data() + write, items.data() + at + 1, run_end - at - 1);
            write += run_end - at - 1;
        }
        for (std::size_t i = write; i < size; ++i) new (&items[i]) Value();  // stale copies, forgotten
        items.resize(write);
        return {};
    }
    return vm.raise(vm.types.TypeError, "list indices must be integers or slices, not {}", vm.type_of(key)->name->view());
}

Result<bool> list_contains(VM& vm, Value const& self, Value const& item) {
    List* l = as<List>(self);
    for (std::size_t i = 0; i < l->items.size(); ++i) {
        Value x = l->items[i];
        if (TRY(vm.equals(x, item))) return true;
    }
    return false;
}

Result<std::int64_t> list_length(VM&, Value const& self) { return static_cast<std::int64_t>(as<List>(self)->items.size()); }

} // namespace

namespace {

Result<Value> list_iter(VM& vm, Value const& self) {
    return new_iterator(vm, vm.types.list_iterator, IterKind::List, self).take_value();
}

} // namespace

namespace {

// ---- operators (TypeSlots::binary and richcompare; CPython: list_concat, list_inplace_concat, list_repeat,
// list_richcompare)

Result<Value> list_repeat(VM& vm, List* l, std::int64_t n) {
    auto out = vm.new_list();
    ValueVector const& src = l->items;
    if (n > 0 && !src.empty() &&
        (static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 36) / src.size() ||
         !memory_available(static_cast<std::uint64_t>(n) * src.size() * sizeof(Value))))
        return vm.raise(vm.types.MemoryError, "");
    out->items.reserve(src.size() * static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) append_copies(out->items, src.data(), src.size());
    return out.take_value();
}

Result<Value> list_binary(VM& vm, Value const& a, Value const& b, int op, bool inplace) {
    bool left = layout_of(a) == Layout::List;
    if (op == static_cast<int>(front::BinOpArg::Add) && left) {
        if (layout_of(b) == Layout::List) {
            ValueVector const& right = as<List>(b)->items;
            if (inplace) {
                append_copies(as<List>(a)->items, right.data(), right.size());
                return a;
            }
            ValueVector const& left_items = as<List>(a)->items;
            auto l = vm.new_list();
            l->items.reserve(left_items.size() + right.size());
            append_copies(l->items, left_items.data(), left_items.size());
            append_copies(l->items, right.data(), right.size());
            return l.take_value();
        }
        if (inplace) {  // list += iterable extends
            ValueVector items = TRY(vm.to_vector(b));
            as<List>(a)->items.insert(as<List>(a)->items.end(), items.begin(), items.end());
            return a;
        }
        if (!vm.type_of(b)->is_heap)
            return vm.raise(vm.types.TypeError, "can only concatenate list (not \"{}\") to list", vm.type_of(b)->name->view());
    }
    if (op == static_cast<int>(front::BinOpArg::Multiply)) {
        std::int64_t n = TRY(repeat_count(vm, left ? b : a));
        if (n < 0) return cannot_multiply(vm, left ? b : a);
        Value r = TRY(list_repeat(vm, as<List>(left ? a : b), n));
        if (inplace && left) {
            as<List>(a)->items.swap(as<List>(r)->items);
            return a;
        }
        return r;
    }
    return vm.not_implemented;
}

Result<Value> list_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    if (layout_of(a) != Layout::List || layout_of(b) != Layout::List) return vm.not_implemented;
    ValueVector x = as<List>(a)->items, y = as<List>(b)->items;  // copies: __eq__ may mutate them
    return compare_items(vm, x.data(), x.size(), y.data(), y.size(), op);
}

} // namespace

void init_list_type(VM& vm) {
    TypeSlots& slots = vm.types.list->slots;
    slots.len = list_length;
    slots.getitem = list_subscript;
    slots.setitem = list_ass_subscript;
    slots.delitem = list_del_subscript;
    slots.contains = list_contains;
    slots.iter = list_iter;
    slots.hash = hash_not_implemented;
    slots.binary = list_binary;
    slots.richcompare = list_richcompare;
    vm.types.list->construct = list_construct;
    vm.types.list->match_kind = MatchKind::Sequence;
    add_methods(vm, vm.types.list, {
        {"__repr__", list_repr}, {"__init__", list_init}, {"append", list_append, Args::one()}, {"extend", list_extend, Args::one()},
        {"pop", list_pop, Args::positional(0, 1)}, {"insert", list_insert, Args::positional(2, 2)},
        {"remove", list_remove, Args::one()}, {"index", list_index, Args::positional(1, 3)},
        {"count", list_count, Args::one()}, {"reverse", list_reverse, Args::none()},
        {"clear", list_clear, Args::none()}, {"copy", list_copy, Args::none()}, {"sort", list_sort},
    });
}

} // namespace weft::rt
