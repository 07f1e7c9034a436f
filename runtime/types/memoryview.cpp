// memoryview over bytes and bytearray (format 'B', one dimension): indexing, slicing into further views, writes
// into a bytearray's memory, tobytes/tolist/hex, release and with. While a view exists its bytearray cannot change
// size (Bytes::exports). A view with a step keeps a copy of the bytes it shows (reads only). CPython:
// Objects/memoryobject.c.
#include <cstdio>

#include "interpreter/text.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/iterator.hpp"
#include "runtime/types/range_slice.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

struct MemoryView final : Object {
    Value source;             // the bytes or bytearray whose memory this is
    std::size_t start = 0;    // in bytes of the source
    std::size_t length = 0;
    bool readonly = true;
    bool released = false;

    explicit MemoryView(Type* t) : Object(t) {}
    ~MemoryView() override { release(); }
    void release() {
        if (!released && source.is_object())
            --as<Bytes>(source)->exports;
        released = true;
    }
    void traverse(GcVisitor& v) override { v.visit(source); }
    void clear_references() override {
        release();
        source.clear();
    }
    std::string_view view() const { return as<Bytes>(source)->view().substr(start, length); }
};

namespace {

MemoryView* self_view(Value const& v) { return static_cast<MemoryView*>(v.as_object()); }

Result<MemoryView*> live_view(VM& vm, Value const& v) {
    MemoryView* m = self_view(v);
    if (m->released)
        return vm.raise(vm.types.ValueError, "operation forbidden on released memoryview object");
    return m;
}

Value make_view(VM& vm, Value source, std::size_t start, std::size_t length) {
    auto m = make<MemoryView>(vm.types.memoryview);
    Bytes* b = as<Bytes>(source);
    ++b->exports;
    m->readonly = vm.type_of(source)->layout != Layout::ByteArray;
    m->source = std::move(source);
    m->start = start;
    m->length = length;
    vm.gc().track(m.get());
    return m.take_value();
}

// memoryview(object) (CPython: memoryview_impl)
Result<Value> memoryview_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[1];
    TRY(parse_args(vm, "memoryview", args + 1, nargs - 1, kwnames, {"object"}, fields));
    if (fields[0].is_null())
        return vm.raise(vm.types.TypeError, "memoryview() missing required argument 'object' (pos 1)");
    Value const& obj = fields[0];
    Layout l = vm.type_of(obj)->layout;
    if (l == Layout::MemoryView) {
        MemoryView* m = TRY(live_view(vm, obj));
        return make_view(vm, m->source, m->start, m->length);
    }
    if (l != Layout::Bytes && l != Layout::ByteArray)
        return vm.raise(vm.types.TypeError, "memoryview: a bytes-like object is required, not '{}'", vm.type_of(obj)->name->view());
    return make_view(vm, obj, 0, as<Bytes>(obj)->data.size());
}

Result<std::int64_t> memoryview_length(VM& vm, Value const& self) {
    return static_cast<std::int64_t>(TRY(live_view(vm, self))->length);
}

Result<Value> memoryview_subscript(VM& vm, Value const& self, Value const& key) {
    MemoryView* m = TRY(live_view(vm, self));
    auto n = static_cast<std::int64_t>(m->length);
    if (layout_of(key) == Layout::Slice) {
        std::int64_t start, stop, step, count;
        TRY(slice_indices(vm, key, n, start, stop, step, count));
        if (step == 1)
            return make_view(vm, m->source, m->start + static_cast<std::size_t>(start), static_cast<std::size_t>(count));
        std::string copy;
        std::string_view d = m->view();
        for (std::int64_t k = 0, i = start; k < count; ++k, i += step) copy.push_back(d[static_cast<std::size_t>(i)]);
        Value bytes = make_bytes(vm, std::move(copy));
        return make_view(vm, bytes, 0, as<Bytes>(bytes)->data.size());
    }
    std::int64_t i = TRY(vm.index_value(key));
    if (i < 0) i += n;
    if (i < 0 || i >= n)
        return vm.raise(vm.types.IndexError, "index out of bounds on dimension 1");
    return Value::from_int(static_cast<unsigned char>(m->view()[static_cast<std::size_t>(i)]));
}

Result<void> memoryview_ass_subscript(VM& vm, Value const& self, Value const& key, Value value) {
    MemoryView* m = TRY(live_view(vm, self));
    if (m->readonly)
        return vm.raise(vm.types.TypeError, "cannot modify read-only memory");
    std::string& d = as<Bytes>(m->source)->data;
    auto n = static_cast<std::int64_t>(m->length);
    if (layout_of(key) == Layout::Slice) {
        std::int64_t start, stop, step, count;
        TRY(slice_indices(vm, key, n, start, stop, step, count));
        std::string_view src;
        if (!bytes_like(vm, value, src))
            return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(value)->name->view());
        if (static_cast<std::int64_t>(src.size()) != count)
            return vm.raise(vm.types.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        std::string copy(src);
        for (std::int64_t k = 0, i = start; k < count; ++k, i += step)
            d[m->start + static_cast<std::size_t>(i)] = copy[static_cast<std::size_t>(k)];
        return {};
    }
    std::int64_t i = TRY(vm.index_value(key));
    if (i < 0) i += n;
    if (i < 0 || i >= n)
        return vm.raise(vm.types.IndexError, "index out of bounds on dimension 1");
    std::int64_t byte = value.is_int() ? value.as_int() : -1;
    if (!value.is_int())
        return vm.raise(vm.types.TypeError, "memoryview: invalid type for format 'B'");
    if (byte < 0 || byte > 255)
        return vm.raise(vm.types.ValueError, "memoryview: invalid value for format 'B'");
    d[m->start + static_cast<std::size_t>(i)] = static_cast<char>(byte);
    return {};
}

Result<Value> memoryview_iter(VM& vm, Value const& self) {
    TRY(live_view(vm, self));
    return new_iterator(vm, vm.types.seq_iterator, IterKind::Sequence, self).take_value();
}

Result<Value> memoryview_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    if (op != 2 && op != 3)
        return vm.not_implemented;
    std::string_view x, y;
    if (!bytes_like(vm, a, x) || !bytes_like(vm, b, y))
        return vm.not_implemented;
    return Value::from_bool((x == y) == (op == 2));
}

Result<Value> memoryview_tobytes(VM& vm, Value const* args, std::size_t, Tuple*) {
    return make_bytes(vm, std::string(TRY(live_view(vm, args[0]))->view()));
}

Result<Value> memoryview_tolist(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::string_view d = TRY(live_view(vm, args[0]))->view();
    auto list = vm.new_list();
    for (char c : d) list->items.push_back(Value::from_int(static_cast<unsigned char>(c)));
    return list.take_value();
}

// m.hex(sep=..., bytes_per_sep=1), as bytes.hex (CPython: memoryview_hex_impl)
Result<Value> memoryview_hex(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::string_view d = TRY(live_view(vm, args[0]))->view();
    Value fields[2];
    TRY(parse_args(vm, "hex", args + 1, nargs - 1, kwnames, {"sep", "bytes_per_sep"}, fields));
    return vm.new_str(TRY(hex_digits(vm, d, fields[0], fields[1])));
}

Result<Value> memoryview_release(VM& vm, Value const* args, std::size_t, Tuple*) {
    self_view(args[0])->release();
    return Value::none();
}

Result<Value> memoryview_enter(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(live_view(vm, args[0]));
    return args[0];
}

Result<Value> memoryview_exit(VM& vm, Value const* args, std::size_t, Tuple*) {
    self_view(args[0])->release();
    return Value::from_bool(false);
}

Result<Value> memoryview_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "<%smemory at %p>", self_view(args[0])->released ? "released " : "",
                  static_cast<void*>(args[0].as_object()));
    return vm.new_str(buf);
}

Value memoryview_members(VM& vm, Value const& self, Str* name) {
    MemoryView* m = self_view(self);
    std::string_view n = name->view();
    if (n == "obj") return m->released ? Value::none() : m->source;
    if (n == "readonly") return Value::from_bool(m->readonly);
    if (n == "nbytes") return Value::from_int(static_cast<std::int64_t>(m->length));
    if (n == "itemsize") return Value::from_int(1);
    if (n == "ndim") return Value::from_int(1);
    if (n == "format") return vm.new_str("B");
    if (n == "released") return Value::from_bool(m->released);
    if (n == "shape") {
        auto t = vm.new_tuple(1);
        t->items[0] = Value::from_int(static_cast<std::int64_t>(m->length));
        return t.take_value();
    }
    return Value();
}

} // namespace

// The bytes a memoryview shows (for bytes_like); false once it is released
bool memoryview_bytes(VM&, Value const& v, std::string_view& out) {
    MemoryView* m = self_view(v);
    if (m->released)
        return false;
    out = m->view();
    return true;
}

void init_memoryview_type(VM& vm) {
    Type* t = vm.types.memoryview;
    t->construct = memoryview_construct;
    t->slots.len = memoryview_length;
    t->slots.getitem = memoryview_subscript;
    t->slots.setitem = memoryview_ass_subscript;
    t->slots.richcompare = memoryview_richcompare;
    t->slots.iter = memoryview_iter;
    t->slots.hash = hash_not_implemented;
    t->slots.members = memoryview_members;
    t->match_kind = MatchKind::Sequence;
    add_methods(vm, t, {
        {"tobytes", memoryview_tobytes, Args::none()}, {"tolist", memoryview_tolist, Args::none()},
        {"hex", memoryview_hex}, {"release", memoryview_release, Args::none()},
        {"__enter__", memoryview_enter, Args::none()}, {"__exit__", memoryview_exit},
        {"__repr__", memoryview_repr, Args::none()},
    });
}

} // namespace weft::rt
