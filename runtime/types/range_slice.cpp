// range and slice objects, and slice index arithmetic shared by every sequence.
// CPython: Objects/rangeobject.c, Objects/sliceobject.c (PySlice_GetIndicesEx).
#include "runtime/types/range_slice.hpp"
#include "interpreter/bytecode.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/types/sequence.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

struct Range final : Object {
    std::int64_t start, stop, step, length;
    explicit Range(Type* t) : Object(t) {}
};

struct Slice final : Object {
    Value start, stop, step;
    explicit Slice(Type* t) : Object(t) {}
};

Value make_slice(VM& vm, Value start, Value stop, Value step) {
    auto s = make<Slice>(vm.types.slice);
    s->start = std::move(start);
    s->stop = std::move(stop);
    s->step = std::move(step);
    return s.take_value();
}

Value make_range(VM& vm, std::int64_t start, std::int64_t stop, std::int64_t step) {
    auto r = make<Range>(vm.types.range);
    r->start = start;
    r->stop = stop;
    r->step = step;
    if (step > 0)
        r->length = start < stop ? (stop - start - 1) / step + 1 : 0;
    else
        r->length = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    return r.take_value();
}

void range_fields(Value const& v, std::int64_t& start, std::int64_t& step, std::int64_t& length) {
    Range* r = as<Range>(v);
    start = r->start;
    step = r->step;
    length = r->length;
}

namespace {
Result<std::int64_t> slice_bound(VM& vm, Value const& v) {
    if (v.is_int() || v.is_bool())
        return v.as_int();
    if (is_int_value(vm, v))
        return to_bigint(v).is_negative() ? INT64_MIN / 2 : INT64_MAX / 2;
    Value m = vm.type_of(v)->lookup(vm.names.dunder_index);
    if (m.is_null())
        return vm.raise(vm.types.TypeError, "slice indices must be integers or None or have an __index__ method");
    return vm.index_value(v);
}
} // namespace

// CPython: PySlice_Unpack
Result<void> slice_unpack(VM& vm, Value const& slice, std::int64_t& start, std::int64_t& stop, std::int64_t& step) {
    Slice* s = as<Slice>(slice);
    step = s->step.is_none() ? 1 : TRY(slice_bound(vm, s->step));
    if (step == 0)
        return vm.raise(vm.types.ValueError, "slice step cannot be zero");
    start = s->start.is_none() ? (step < 0 ? INT64_MAX : 0) : TRY(slice_bound(vm, s->start));
    stop = s->stop.is_none() ? (step < 0 ? INT64_MIN : INT64_MAX) : TRY(slice_bound(vm, s->stop));
    return {};
}

// CPython: PySlice_AdjustIndices
std::int64_t slice_adjust(std::int64_t length, std::int64_t& start, std::int64_t& stop, std::int64_t step) {
    auto clamp = [&](std::int64_t& bound) {
        if (bound < 0) {
            bound += length;
            if (bound < 0) bound = step < 0 ? -1 : 0;
        } else if (bound >= length) {
            bound = step < 0 ? length - 1 : length;
        }
    };
    clamp(start);
    clamp(stop);
    if (step < 0)
        return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    return start < stop ? (stop - start - 1) / step + 1 : 0;
}

Result<void> slice_indices(VM& vm, Value const& slice, std::int64_t length, std::int64_t& start, std::int64_t& stop,
                           std::int64_t& step, std::int64_t& count) {
    TRY(slice_unpack(vm, slice, start, stop, step));
    count = slice_adjust(length, start, stop, step);
    return {};
}

Result<Value> range_getitem(VM& vm, Value const& self, Value const& key) {
    Range* r = as<Range>(self);
    if (key.is_object() && vm.type_of(key)->layout == Layout::Slice) {
        std::int64_t start, stop, step, count;
        TRY(slice_indices(vm, key, r->length, start, stop, step, count));
        // CPython: compute_slice maps the slice's clipped start and stop through the range
        (void)count;
        return make_range(vm, r->start + start * r->step, r->start + stop * r->step, r->step * step);
    }
    if (!key.is_int() && !key.is_bool() && layout_of(key) != Layout::Int && vm.type_of(key)->lookup(vm.names.dunder_index).is_null())
        return vm.raise(vm.types.TypeError, "range indices must be integers or slices, not {}", vm.type_of(key)->name->view());
    std::int64_t i = TRY(vm.index_value(key));
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length)
        return vm.raise(vm.types.IndexError, "range object index out of range");
    return Value::from_int(r->start + i * r->step);
}

namespace {

Result<Value> range_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "range", kwnames));
    std::size_t n = nargs - 1;
    if (n == 0)
        return vm.raise(vm.types.TypeError, "range expected at least 1 argument, got 0");
    if (n > 3)
        return vm.raise(vm.types.TypeError, "range expected at most 3 arguments, got {}", n);
    std::int64_t v[3];
    for (std::size_t i = 0; i < n; ++i) {
        if (args[1 + i].is_float())
            return vm.raise(vm.types.TypeError, "'float' object cannot be interpreted as an integer");
        v[i] = TRY(vm.index_value(args[1 + i]));
    }
    if (n == 1) return make_range(vm, 0, v[0], 1);
    if (n == 3 && v[2] == 0)
        return vm.raise(vm.types.ValueError, "range() arg 3 must not be zero");
    return make_range(vm, v[0], v[1], n == 3 ? v[2] : 1);
}

Result<Value> range_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Range* r = as<Range>(args[0]);
    if (r->step == 1)
        return vm.new_str(format("range({}, {})", r->start, r->stop));
    return vm.new_str(format("range({}, {}, {})", r->start, r->stop, r->step));
}


Result<Value> slice_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "slice", kwnames));
    std::size_t n = nargs - 1;
    if (n == 0 || n > 3)
        return vm.raise(vm.types.TypeError, "slice expected at least 1 argument, got 0");
    if (n == 1) return make_slice(vm, Value::none(), args[1], Value::none());
    return make_slice(vm, args[1], args[2], n == 3 ? args[3] : Value::none());
}

Result<Value> slice_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Slice* s = as<Slice>(args[0]);
    std::string a = TRY(vm.repr_string(s->start));
    std::string b = TRY(vm.repr_string(s->stop));
    std::string c = TRY(vm.repr_string(s->step));
    return vm.new_str(format("slice({}, {}, {})", a, b, c));
}

} // namespace

// range.start/stop/step and slice.start/stop/step (CPython: range_members, slice_members); null for others.
// r.start, r.stop, r.step (CPython: range_members, slice_members)
Value range_members(VM&, Value const& self, Str* name) {
    auto* r = as<Range>(self);
    std::string_view n = name->view();
    if (n == "start") return Value::from_int(r->start);
    if (n == "stop") return Value::from_int(r->stop);
    if (n == "step") return Value::from_int(r->step);
    return Value();
}

Value slice_members(VM&, Value const& self, Str* name) {
    auto* s = as<Slice>(self);
    std::string_view n = name->view();
    if (n == "start") return s->start;
    if (n == "stop") return s->stop;
    if (n == "step") return s->step;
    return Value();
}

Result<bool> range_contains(VM& vm, Value const& self, Value const& item) {
    Range* r = as<Range>(self);
    if (item.is_int() || item.is_bool()) {
        std::int64_t x = item.as_int();
        if (r->length == 0) return false;
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return false;
        return (x - r->start) % r->step == 0;
    }
    for (std::int64_t i = 0; i < r->length; ++i)
        if (TRY(vm.equals(Value::from_int(r->start + i * r->step), item))) return true;
    return false;
}

Result<std::int64_t> range_length(VM&, Value const& self) { return as<Range>(self)->length; }

namespace {

// range.index(x) and range.count(x) (CPython: range_index, range_count): arithmetic for ints, a search otherwise
Result<std::int64_t> range_position(VM& vm, Range* r, Value const& item) {
    if (item.is_int() || item.is_bool()) {
        if (!TRY(range_contains(vm, Value::borrowed(r), item)))
            return std::int64_t{-1};
        return (item.as_int() - r->start) / r->step;
    }
    for (std::int64_t i = 0; i < r->length; ++i)
        if (TRY(vm.equals(Value::from_int(r->start + i * r->step), item))) return i;
    return std::int64_t{-1};
}

Result<Value> range_index(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::int64_t i = TRY(range_position(vm, as<Range>(args[0]), args[1]));
    if (i < 0) {
        std::string item = TRY(vm.repr_string(args[1]));
        return vm.raise(vm.types.ValueError, "{} is not in range", item);
    }
    return Value::from_int(i);
}

Result<Value> range_count(VM& vm, Value const* args, std::size_t, Tuple*) {
    Range* r = as<Range>(args[0]);
    if (args[1].is_int() || args[1].is_bool())
        return Value::from_int(TRY(range_position(vm, r, args[1])) >= 0 ? 1 : 0);
    std::int64_t n = 0;
    for (std::int64_t i = 0; i < r->length; ++i)
        if (TRY(vm.equals(Value::from_int(r->start + i * r->step), args[1]))) ++n;
    return Value::from_int(n);
}

// slice.indices(length): (start, stop, step) clipped to a sequence of that length (CPython: slice_indices)
Result<Value> slice_indices_method(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::int64_t length = TRY(vm.index_value(args[1]));
    if (length < 0)
        return vm.raise(vm.types.ValueError, "length should not be negative");
    std::int64_t start, stop, step, count;
    TRY(slice_indices(vm, args[0], length, start, stop, step, count));
    auto t = vm.new_tuple(3);
    t->items[0] = Value::from_int(start);
    t->items[1] = Value::from_int(step < 0 && stop < -1 ? -1 : stop);
    t->items[2] = Value::from_int(step);
    return t.take_value();
}

} // namespace

Value new_range_iterator(VM& vm, std::int64_t start, std::int64_t step, std::int64_t length) {
    auto it = make<Iterator>(vm.types.range_iterator, IterKind::Range);
    it->source = Value::none();
    it->index = start;
    it->step = step;
    it->remaining = length;
    return it.take_value();
}

namespace {

Result<Value> range_iter(VM& vm, Value const& self) {
    Range* r = as<Range>(self);
    return new_range_iterator(vm, r->start, r->step, r->length);
}

} // namespace

namespace {

// range == range compares the items (CPython: range_richcompare compares length, start and step)
Result<Value> range_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    if ((op != static_cast<int>(front::CmpOpArg::Eq) && op != static_cast<int>(front::CmpOpArg::Ne)) ||
        layout_of(a) != Layout::Range || layout_of(b) != Layout::Range)
        return vm.not_implemented;
    Ref<List> x = TRY(vm.to_list(a));
    Ref<List> y = TRY(vm.to_list(b));
    return compare_items(vm, x->items.data(), x->items.size(), y->items.data(), y->items.size(), op);
}

// Slices compare as the tuples (start, stop, step) do, with every operator (CPython: slice_richcompare).
Result<Value> slice_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    if (layout_of(a) != Layout::Slice || layout_of(b) != Layout::Slice)
        return vm.not_implemented;
    auto* x = as<Slice>(a);
    auto* y = as<Slice>(b);
    Value xs[3] = {x->start, x->stop, x->step};
    Value ys[3] = {y->start, y->stop, y->step};
    return compare_items(vm, xs, 3, ys, 3, op);
}

// bool(range): whether it has items (CPython: range_bool)
Result<bool> range_truth(VM&, Value const& self) { return as<Range>(self)->length != 0; }

// hash(range): equal ranges hash alike — the hash of (len, start, step), with start and step None when they do not
// matter (CPython: range_hash)
Result<std::int64_t> range_hash(VM& vm, Value const& self) {
    auto* r = as<Range>(self);
    auto key = vm.new_tuple(3);
    key->items[0] = Value::from_int(r->length);
    key->items[1] = r->length == 0 ? Value::none() : Value::from_int(r->start);
    key->items[2] = r->length <= 1 ? Value::none() : Value::from_int(r->step);
    return vm.hash(key.take_value());
}

} // namespace

void init_range_slice_types(VM& vm) {
    vm.types.range->slots.richcompare = range_richcompare;
    vm.types.range->slots.members = range_members;
    vm.types.slice->slots.members = slice_members;
    vm.types.slice->slots.richcompare = slice_richcompare;
    vm.types.slice->slots.hash = hash_not_implemented;  // unhashable until 3.12
    vm.types.range->slots.iter = range_iter;
    TypeSlots& slots = vm.types.range->slots;
    slots.len = range_length;
    slots.truth = range_truth;
    slots.hash = range_hash;
    slots.getitem = range_getitem;
    slots.contains = range_contains;
    vm.types.range->construct = range_construct;
    vm.types.range->match_kind = MatchKind::Sequence;
    vm.types.slice->construct = slice_construct;
    add_methods(vm, vm.types.range, {{"__repr__", range_repr}, {"index", range_index, Args::one()},
                                     {"count", range_count, Args::one()}});
    add_methods(vm, vm.types.slice, {{"__repr__", slice_repr}, {"indices", slice_indices_method, Args::one()}});
}

} // namespace weft::rt
