// The builtin iterators (over list, tuple, str, range, dict, set; enumerate, zip, map, filter, reversed,
// iter(callable, sentinel) and the __getitem__ protocol) share one struct with a kind; vm.get_iter() and
// vm.next() dispatch on it. CPython: Objects/iterobject.c, listobject.c, enumobject.c, bltinmodule.c.
#include "interpreter/text.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/container_ops.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/types/range_slice.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {


Ref<Iterator> new_iterator(VM& vm, Type* type, IterKind kind, Value source) {
    auto it = make<Iterator>(type, kind);
    it->source = std::move(source);
    vm.gc().track(it.get());
    return it;
}

namespace {

Result<Value> dict_iter_next(VM& vm, Iterator* it) {
    Dict* d = it->kind == IterKind::DictKeys || it->kind == IterKind::DictValues || it->kind == IterKind::DictItems
                  ? (vm.type_of(it->source)->layout == Layout::Dict ? as<Dict>(it->source) : dict_view_dict(it->source))
                  : nullptr;
    auto& entries = d->table.entries();
    if (static_cast<std::int64_t>(d->table.size()) != it->remaining) {
        it->remaining = -1;
        return vm.raise(vm.types.RuntimeError, "dictionary changed size during iteration");
    }
    while (it->index < static_cast<std::int64_t>(entries.size())) {
        auto const& e = entries[static_cast<std::size_t>(it->index++)];
        if (e.key.is_null()) continue;
        // more entries than it had: a key went and another came, the size unchanged (CPython: dictiter's di_len)
        if (it->step-- <= 0) {
            it->remaining = -1;
            return vm.raise(vm.types.RuntimeError, "dictionary keys changed during iteration");
        }
        switch (it->kind) {
        case IterKind::DictKeys: return e.key;
        case IterKind::DictValues: return e.value;
        default: {
            auto t = vm.new_tuple(2);
            t->items[0] = e.key;
            t->items[1] = e.value;
            return t.take_value();
        }
        }
    }
    return Value();
}

} // namespace

Result<Value> make_enumerate(VM& vm, Value iterable, Value start) {
    Value inner = TRY(vm.get_iter(iterable));
    auto it = new_iterator(vm, vm.types.enumerate, IterKind::Enumerate, std::move(inner));
    it->extra = std::move(start);
    return it.take_value();
}

Result<Value> make_zip(VM& vm, Value const* iterables, std::size_t n, bool strict) {
    auto it = new_iterator(vm, vm.types.zip, IterKind::Zip, Value::none());
    it->iters.reserve(n);
    for (std::size_t i = 0; i < n; ++i) it->iters.push_back(TRY(vm.get_iter(iterables[i])));
    it->strict = strict;
    return it.take_value();
}

Result<Value> make_map(VM& vm, Value fn, Value const* iterables, std::size_t n) {
    auto it = new_iterator(vm, vm.types.map, IterKind::Map, Value::none());
    it->extra = std::move(fn);
    it->iters.reserve(n);
    for (std::size_t i = 0; i < n; ++i) it->iters.push_back(TRY(vm.get_iter(iterables[i])));
    return it.take_value();
}

Result<Value> make_filter(VM& vm, Value fn, Value iterable) {
    Value inner = TRY(vm.get_iter(iterable));
    auto it = new_iterator(vm, vm.types.filter, IterKind::Filter, std::move(inner));
    it->extra = std::move(fn);
    return it.take_value();
}

Result<Value> make_callable_iterator(VM& vm, Value fn, Value sentinel) {
    auto it = new_iterator(vm, vm.types.callable_iterator, IterKind::Callable, std::move(fn));
    it->extra = std::move(sentinel);
    return it.take_value();
}

Result<Value> make_reversed(VM& vm, Value const& seq) {
    Type* t = vm.type_of(seq);
    if (t->is_heap) {
        // a class's own __reversed__ comes before its builtin base's (the builtin's method lands here again)
        Value m = t->lookup(vm.names.dunder_reversed);
        if (is_own_special_method(m))
            return vm.call1(m, seq);
    }
    if (t == vm.types.dict_keys || t == vm.types.dict_values || t == vm.types.dict_items) {
        Ref<List> l = TRY(vm.to_list(seq));
        auto it = new_iterator(vm, vm.types.reversed, IterKind::ListReverse, l.value());
        it->index = static_cast<std::int64_t>(l->items.size()) - 1;
        return it.take_value();
    }
    switch (t->layout) {
    case Layout::List: {
        auto it = new_iterator(vm, vm.types.list_reverseiterator, IterKind::ListReverse, seq);
        it->index = static_cast<std::int64_t>(as<List>(seq)->items.size()) - 1;
        return it.take_value();
    }
    case Layout::Range: {
        std::int64_t start, step, length;
        range_fields(seq, start, step, length);
        return new_range_iterator(vm, start + (length - 1) * step, -step, length);
    }
    case Layout::Tuple: case Layout::Str: {
        // an exact tuple or str is read backwards in place, as CPython's reversed object reads any sequence by
        // index (reversed_new, reversed_next); a str steps back a code point at a time
        if (t == vm.types.tuple) {
            auto it = new_iterator(vm, vm.types.reversed, IterKind::TupleReverse, seq);
            it->index = static_cast<std::int64_t>(as<Tuple>(seq)->size) - 1;
            return it.take_value();
        }
        if (t == vm.types.str) {
            auto it = new_iterator(vm, vm.types.reversed, IterKind::StrReverse, seq);
            it->index = static_cast<std::int64_t>(as<Str>(seq)->length);  // the end of the next character
            return it.take_value();
        }
        // a subclass's own __getitem__ gives the items (CPython reads them through sq_item)
        if (t->is_heap && is_own_special_method(t->lookup(vm.names.dunder_getitem)))
            break;
        Ref<List> l = TRY(vm.to_list(seq));
        auto it = new_iterator(vm, vm.types.reversed, IterKind::ListReverse, l.value());
        it->index = static_cast<std::int64_t>(l->items.size()) - 1;
        return it.take_value();
    }
    case Layout::Dict: {
        Ref<List> l = TRY(vm.to_list(seq));
        auto it = new_iterator(vm, vm.types.reversed, IterKind::ListReverse, l.value());
        it->index = static_cast<std::int64_t>(l->items.size()) - 1;
        return it.take_value();
    }
    default: break;
    }
    Value m = t->lookup(vm.names.dunder_reversed);
    if (!m.is_null()) return vm.call1(m, seq);
    if (!t->lookup(vm.names.dunder_getitem).is_null() && !t->lookup(vm.names.dunder_len).is_null()) {
        std::int64_t n = TRY(vm.len(seq));
        auto l = vm.new_list();
        for (std::int64_t i = n - 1; i >= 0; --i) l->items.push_back(TRY(vm.getitem(seq, Value::from_int(i))));
        auto it = new_iterator(vm, vm.types.reversed, IterKind::List, l.take_value());
        return it.take_value();
    }
    return vm.raise(vm.types.TypeError, "'{}' object is not reversible", t->name->view());
}

// iter(v): a builtin type's slot, unless a class statement's type defines __iter__ itself; then the
// __getitem__ protocol (CPython: PyObject_GetIter).
Result<Value> VM::get_iter(Value const& v) {
    Type* t = type_of(v);
    if (t->slots.iter && !t->is_heap)
        return t->slots.iter(*this, v);
    Value m = t->lookup(names.dunder_iter);
    if (!m.is_null() && !m.is_none()) {
        Value r = TRY(call1(m, v));
        Type* rt = type_of(r);
        if (!rt->slots.next && rt->lookup(names.dunder_next).is_null())
            return raise(types.TypeError, "iter() returned non-iterator of type '{}'", rt->name->view());
        return r;
    }
    if (t->slots.iter)
        return t->slots.iter(*this, v);
    if (!t->lookup(names.dunder_getitem).is_null())
        return new_iterator(*this, types.seq_iterator, IterKind::Sequence, v).take_value();
    return raise(types.TypeError, "'{}' object is not iterable", t->name->view());
}

// iter(x) for `a, b = x`: a value that is not iterable at all gets CPython's unpacking message (CPython:
// unpack_iterable)
Result<Value> VM::unpack_iter(Value const& seq) {
    Result<Value> it = get_iter(seq);
    if (it.is_error() && exception_matches(types.TypeError)) {
        Type* t = type_of(seq);
        if (!t->slots.iter && t->lookup(names.dunder_iter).is_null() && t->lookup(names.dunder_getitem).is_null()) {
            take_exception();
            return raise(types.TypeError, "cannot unpack non-iterable {} object", t->name->view());
        }
    }
    return it;
}

Result<Value> VM::stop_iteration_ends(Value& stop_value) {
    if (!exception_matches(types.StopIteration))
        return Raised{};
    Value exc = take_exception();
    stop_value = as<Exception>(exc)->value;
    return Value();
}

// next() of an instance of a class: its __next__ (a StopIteration it raises ends the iteration in next_with_value)
Result<Value> VM::next_slow(Value const& iterator, Value& stop_value) {
    Type* t = type_of(iterator);
    Value m = t->lookup(names.dunder_next);
    if (m.is_null()) {
        if (t->slots.next)
            return t->slots.next(*this, iterator, stop_value);
        return raise(types.TypeError, "'{}' object is not an iterator", t->name->view());
    }
    return call1(m, iterator);
}

Result<ValueVector> VM::to_vector(Value const& iterable) {
    ValueVector out;
    Type* t = type_of(iterable);
    // builtin containers are copied directly; a subclass may define its own __iter__ (CPython copies only
    // exact lists and tuples: list_extend's PyList_CheckExact/PyTuple_CheckExact)
    if (t->is_heap) {
        Value own = t->lookup(names.dunder_iter);
        if (is_own_special_method(own)) goto iterate;
    }
    if (t->layout == Layout::List) {
        append_copies(out, as<List>(iterable)->items.data(), as<List>(iterable)->items.size());
        return out;
    }
    if (t->layout == Layout::Tuple) {
        append_copies(out, as<Tuple>(iterable)->items, as<Tuple>(iterable)->size);
        return out;
    }
    if (t->layout == Layout::Str) {
        // its characters, one str each (single ASCII characters are shared)
        std::string_view text = as<Str>(iterable)->view();
        out.reserve(as<Str>(iterable)->char_count);
        for (std::size_t i = 0; i < text.size();) {
            std::size_t len = text::sequence_length(static_cast<unsigned char>(text[i]));
            out.push_back(new_str(text.substr(i, len)));
            i += len;
        }
        return out;
    }
    if (t->layout == Layout::Set || t->layout == Layout::Dict) {
        auto keys = [&](auto const& table) {
            out.reserve(table.size());
            for (auto const& e : table.entries())
                if (!e.key.is_null()) out.push_back(e.key);
        };
        if (t->layout == Layout::Set) keys(as<Set>(iterable)->table);
        else keys(as<Dict>(iterable)->table);
        return out;
    }
iterate:
    Value it = TRY(get_iter(iterable));
    // a generator's items go into the vector in its run (YieldSink)
    YieldSinkOf sink([&out](Value& x) {
        out.push_back(std::move(x));
        return true;
    });
    for (;;) {
        Value x = TRY(next_through(it, sink));
        if (x.is_null()) break;
        out.push_back(std::move(x));
    }
    return out;
}

Result<Ref<List>> VM::to_list(Value const& iterable) {
    auto l = new_list();
    l->items = TRY(to_vector(iterable));
    return l;
}

Result<Ref<Tuple>> VM::to_tuple(Value const& iterable) {
    ValueVector items = TRY(to_vector(iterable));
    auto t = new_tuple(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) t->items[i] = std::move(items[i]);
    return t;
}

namespace {

// The tuple of `n` items a zip or enumerate step fills: the one the last step gave when nothing else holds it any
// more, else a new one kept for the next step (CPython: zip_next's and enum_next's reuse of their result tuple
// when its reference count is 1). Tuples are not tracked by the collector, so reusing one needs no re-tracking.
Tuple* step_tuple(VM& vm, Iterator* it, std::size_t n) {
    if (it->result.is_object()) {
        Tuple* t = as<Tuple>(it->result);
        if (t->header.refcount == 1 && t->size == n) {
            t->hash_cache = -1;
            return t;
        }
    }
    it->result = vm.new_tuple(n).take_value();
    return as<Tuple>(it->result);
}

// next() of the iterators over a dict, a set, or other iterators and callables (CPython: dictiter_iternextkey,
// setiter_iternext, enum_next, zip_next, map_next, filter_next, calliter_iternext, iter_iternext). Out of line:
// its frame is large, and the sequence iterators' next() should not pay for it.
[[gnu::noinline]] Result<Value> composite_iterator_next(VM& vm, Iterator* it, Value& stop_value) {
    switch (it->kind) {
    case IterKind::Set: {
        // the set's slots are walked in place: `index` the next slot, `remaining` the size it must keep, `step`
        // the items still to come (CPython: setiter_iternext's si_pos, si_used, len)
        if (it->index == INT64_MAX) return Value();  // exhausted
        auto const& table = as<Set>(it->source)->table;
        if (static_cast<std::int64_t>(table.size()) != it->remaining) {
            it->remaining = -1;  // sticky, as CPython's si_used = -1
            return vm.raise(vm.types.RuntimeError, "Set changed size during iteration");
        }
        auto const& slots = table.entries();
        for (auto i = static_cast<std::size_t>(it->index); i < slots.size(); ++i) {
            if (!slots[i].key.is_null()) {
                it->index = static_cast<std::int64_t>(i + 1);
                --it->step;
                return slots[i].key;
            }
        }
        it->index = INT64_MAX;
        it->step = 0;
        return Value();
    }
    case IterKind::DictKeys: case IterKind::DictValues: case IterKind::DictItems:
        if (it->remaining < 0) return Value();
        return dict_iter_next(vm, it);
    case IterKind::Enumerate: {
        Value x = TRY(vm.next_with_value(it->source, stop_value));  // the inner iterator's StopIteration value goes on
        if (x.is_null()) return Value();
        Value count = it->extra;
        std::int64_t next_count;
        if (count.is_int() && !__builtin_add_overflow(count.as_int(), 1, &next_count))
            it->extra = Value::from_int(next_count);
        else
            it->extra = TRY(vm.binary_op(count, Value::from_int(1), 0));
        Tuple* tu = step_tuple(vm, it, 2);
        tu->items[0] = std::move(count);
        tu->items[1] = std::move(x);
        return it->result;
    }
    case IterKind::Zip: {
        if (it->iters.empty()) return Value();
        Tuple* tu = step_tuple(vm, it, it->iters.size());
        for (std::size_t i = 0; i < it->iters.size(); ++i) {
            Value x = TRY(vm.next_with_value(it->iters[i], stop_value));
            if (x.is_null()) {
                if (it->strict) {
                    if (i > 0)
                        return vm.raise(vm.types.ValueError, "zip() argument {} is shorter than argument{} 1{}", i + 1,
                                     i > 1 ? "s" : "", i > 1 ? format("-{}", i) : std::string());
                    for (std::size_t j = 1; j < it->iters.size(); ++j) {
                        Value y = TRY(vm.next(it->iters[j]));
                        if (!y.is_null())
                            return vm.raise(vm.types.ValueError, "zip() argument {} is longer than argument{} 1{}", j + 1,
                                         j > 1 ? "s" : "", j > 1 ? format("-{}", j) : std::string());
                    }
                }
                it->iters.clear();
                return Value();
            }
            tu->items[i] = std::move(x);
        }
        return it->result;
    }
    case IterKind::Map: {
        std::size_t n = it->iters.size();
        if (n <= 4) {  // the usual map(f, xs): the arguments on the C++ stack
            Value args[4];
            for (std::size_t i = 0; i < n; ++i) {
                args[i] = TRY(vm.next_with_value(it->iters[i], stop_value));
                if (args[i].is_null()) return Value();
            }
            return vm.call(it->extra, args, n);
        }
        ValueVector args;
        for (auto const& inner : it->iters) {
            Value x = TRY(vm.next_with_value(inner, stop_value));
            if (x.is_null()) return Value();
            args.push_back(std::move(x));
        }
        return vm.call(it->extra, args.data(), args.size());
    }
    case IterKind::Filter:
        for (;;) {
            Value x = TRY(vm.next_with_value(it->source, stop_value));
            if (x.is_null()) return Value();
            bool keep;
            if (it->extra.is_none()) {
                keep = TRY(vm.truthy(x));
            } else {
                Value r = TRY(vm.call1(it->extra, x));
                keep = TRY(vm.truthy(r));
            }
            if (keep) return x;
        }
    case IterKind::Callable: {
        if (it->source.is_null()) return Value();
        Value x = TRY(vm.call0(it->source));
        if (TRY(vm.equals(x, it->extra))) {
            it->source.clear();
            return Value();
        }
        return x;
    }
    case IterKind::Sequence: {
        if (it->source.is_null()) return Value();
        Result<Value> r = vm.getitem(it->source, Value::from_int(it->index));
        if (r.is_error()) {
            if (vm.exception_matches(vm.types.IndexError) || vm.exception_matches(vm.types.StopIteration)) {
                vm.take_exception();
                it->source.clear();
                return Value();
            }
            return Raised{};
        }
        ++it->index;
        return r.release_value();
    }
    default:  // a sequence's or a range's: iterator_next_slot's own
        break;
    }
    return Value();
}

// next() of every builtin iterator, told apart by kind: a sequence's or a range's here (CPython: listiter_next,
// tupleiter_next, unicodeiter_next, rangeiter_next), the others in composite_iterator_next
Result<Value> iterator_next_slot(VM& vm, Value const& iterator, Value& stop_value) {
    Iterator* it = as<Iterator>(iterator);
    switch (it->kind) {
    case IterKind::List: {
        List* l = as<List>(it->source);
        if (it->index < static_cast<std::int64_t>(l->items.size()))
            return l->items[static_cast<std::size_t>(it->index++)];
        it->index = INT64_MAX;
        return Value();
    }
    case IterKind::ListReverse: {
        List* l = as<List>(it->source);
        if (it->index >= 0 && it->index < static_cast<std::int64_t>(l->items.size()))
            return l->items[static_cast<std::size_t>(it->index--)];
        it->index = -1;
        return Value();
    }
    case IterKind::Tuple: {
        Tuple* tu = as<Tuple>(it->source);
        if (it->index < static_cast<std::int64_t>(tu->size)) return tu->items[it->index++];
        return Value();
    }
    case IterKind::TupleReverse: {
        if (it->index < 0) return Value();
        return as<Tuple>(it->source)->items[it->index--];
    }
    case IterKind::Str: {
        Str* s = as<Str>(it->source);
        if (it->index >= static_cast<std::int64_t>(s->length)) return Value();
        auto i = static_cast<std::size_t>(it->index);
        std::size_t len = text::sequence_length(static_cast<unsigned char>(s->data[i]));
        it->index += static_cast<std::int64_t>(len);
        return vm.new_str(s->view().substr(i, len));
    }
    case IterKind::StrReverse: {
        if (it->index <= 0) return Value();
        Str* s = as<Str>(it->source);
        auto end = static_cast<std::size_t>(it->index);
        std::size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(s->data[start]) & 0xC0) == 0x80) --start;
        it->index = static_cast<std::int64_t>(start);
        return vm.new_str(s->view().substr(start, end - start), 1);
    }
    case IterKind::Bytes: {
        std::string const& d = as<Bytes>(it->source)->data;  // a bytearray may shrink meanwhile
        if (it->index >= static_cast<std::int64_t>(d.size())) return Value();
        return Value::from_int(static_cast<unsigned char>(d[static_cast<std::size_t>(it->index++)]));
    }
    case IterKind::Range:
        if (it->remaining <= 0) return Value();
        --it->remaining;
        it->index += it->step;
        return Value::from_int(it->index - it->step);
    default:
        return composite_iterator_next(vm, it, stop_value);
    }
}

Result<Value> iterator_iter(VM& vm, Value const* args, std::size_t, Tuple*) { return args[0]; }
Result<Value> iterator_next(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value v = TRY(vm.next(args[0]));
    if (v.is_null()) return vm.raise_stop_iteration(Value());
    return v;
}
} // namespace

namespace {

// The constructors of the iterator types the builtins name (type(...) passes the type first): reversed(seq),
// enumerate(iterable, start=0), zip(*iterables, strict=False), map(func, *iterables), filter(func, iterable).
// CPython: Objects/enumobject.c reversed_new_impl, enum_new_impl; Python/bltinmodule.c zip_new, map_new,
// filter_new.
Result<Value> reversed_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "reversed", kwnames));
    if (nargs != 2) return vm.raise(vm.types.TypeError, "reversed expected 1 argument, got {}", nargs - 1);
    return make_reversed(vm, args[1]);
}

Result<Value> enumerate_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    ++args;
    --nargs;
    Value kw[2];
    TRY(parse_args(vm, "enumerate", args, nargs, kwnames, {"iterable", "start"}, kw));
    if (kw[0].is_null()) return vm.raise(vm.types.TypeError, "enumerate() missing required argument 'iterable'");
    Value start = kw[1].is_null() ? Value::from_int(0) : kw[1];
    if (!is_int_value(vm, start))
        return vm.raise(vm.types.TypeError, "'{}' object cannot be interpreted as an integer", vm.type_of(start)->name->view());
    return make_enumerate(vm, kw[0], start);
}

Result<Value> zip_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    ++args;
    --nargs;
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    Value kw[1];
    // CPython: zip_new's own keyword check
    TRY(check_argument_total(vm, "zip", 0, kwnames, 1));
    TRY(parse_kwargs(vm, "zip", args, nargs, kwnames, {"strict"}, kw));
    bool strict = kw[0].is_null() ? false : TRY(vm.truthy(kw[0]));
    return make_zip(vm, args, npos, strict);
}

Result<Value> map_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "map", kwnames));
    if (nargs < 3) return vm.raise(vm.types.TypeError, "map() must have at least two arguments.");
    return make_map(vm, args[1], args + 2, nargs - 2);
}

Result<Value> filter_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "filter", kwnames));
    if (nargs != 3) return vm.raise(vm.types.TypeError, "filter expected 2 arguments, got {}", nargs - 1);
    return make_filter(vm, args[1], args[2]);
}

// __length_hint__ of the sequence iterators (CPython: listiter_len, tupleiter_len, rangeiter_len, unicodeiter_len,
// listreviter_len, reversed_len, setiter_len)
Result<Value> iterator_length_hint(VM&, Value const* args, std::size_t, Tuple*) {
    std::int64_t n = iterator_items_left(as<Iterator>(args[0]));
    return Value::from_int(n > 0 ? n : 0);
}

} // namespace

std::int64_t iterator_items_left(Iterator const* it) {
    std::int64_t n = 0;
    switch (it->kind) {
    case IterKind::List:
        n = static_cast<std::int64_t>(as<List>(it->source)->items.size()) - it->index;
        break;
    case IterKind::Set:
        n = it->index != INT64_MAX && static_cast<std::int64_t>(as<Set>(it->source)->table.size()) == it->remaining ? it->step : 0;
        break;
    case IterKind::ListReverse:
        n = it->index < static_cast<std::int64_t>(as<List>(it->source)->items.size()) ? it->index + 1 : 0;
        break;
    case IterKind::Tuple: n = static_cast<std::int64_t>(as<Tuple>(it->source)->size) - it->index; break;
    case IterKind::TupleReverse: n = it->index + 1; break;
    case IterKind::StrReverse: {
        std::string_view rest = as<Str>(it->source)->view().substr(0, static_cast<std::size_t>(it->index));
        for (char c : rest) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        break;
    }
    case IterKind::Range: n = it->remaining; break;
    case IterKind::Str: {
        std::string_view rest = as<Str>(it->source)->view();
        for (std::size_t i = static_cast<std::size_t>(it->index); i < rest.size(); ++i)
            n += (static_cast<unsigned char>(rest[i]) & 0xC0) != 0x80;
        break;
    }
    default:
        return -1;
    }
    return n > 0 ? n : 0;
}

namespace {

// list.__reversed__, dict.__reversed__, ...: what reversed() gives (CPython: list___reversed__, dict___reversed__)
Result<Value> reversed_method(VM& vm, Value const* args, std::size_t, Tuple*) { return make_reversed(vm, args[0]); }

} // namespace

void init_iterator_types(VM& vm) {
    vm.types.reversed->construct = reversed_construct;
    vm.types.enumerate->construct = enumerate_construct;
    vm.types.zip->construct = zip_construct;
    vm.types.map->construct = map_construct;
    vm.types.filter->construct = filter_construct;
    for (Type* t : {vm.types.list_iterator, vm.types.tuple_iterator, vm.types.range_iterator, vm.types.str_iterator, vm.types.bytes_iterator,
                    vm.types.dict_keyiterator, vm.types.dict_valueiterator, vm.types.dict_itemiterator,
                    vm.types.set_iterator, vm.types.enumerate, vm.types.zip, vm.types.map, vm.types.filter,
                    vm.types.reversed, vm.types.list_reverseiterator, vm.types.callable_iterator,
                    vm.types.seq_iterator}) {
        t->slots.iter = iterator_returns_self;
        t->slots.next = iterator_next_slot;
        add_methods(vm, t, {{"__iter__", iterator_iter}, {"__next__", iterator_next}});
    }
    for (Type* t : {vm.types.list_iterator, vm.types.list_reverseiterator, vm.types.tuple_iterator,
                    vm.types.range_iterator, vm.types.str_iterator, vm.types.reversed, vm.types.set_iterator})
        add_methods(vm, t, {{"__length_hint__", iterator_length_hint, Args::none()}});
    for (Type* t : {vm.types.list, vm.types.dict, vm.types.range, vm.types.dict_keys, vm.types.dict_values, vm.types.dict_items})
        add_methods(vm, t, {{"__reversed__", reversed_method, Args::none()}});
}

Result<Value> iterator_returns_self(VM&, Value const& self) { return self; }

} // namespace weft::rt
