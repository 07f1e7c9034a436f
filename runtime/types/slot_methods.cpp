// The special methods of builtin types as Python-visible methods: list.__len__, str.__add__, int.__eq__, ...
// each a thin wrapper that calls the type's slot, so `super().__getitem__(i)` in a list subclass and
// `[1].__len__()` work (CPython: the slot wrappers typeobject.c's slotdefs make). A type gets a wrapper for each
// slot it implements itself; the operators each type supports are listed once, in `binary_ops` below.
#include "interpreter/bytecode.hpp"
#include "runtime/types/int.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

using front::BinOpArg;

namespace {

Type* slot_owner(VM& vm) { return vm.native_callee->owner; }

Result<Value> wrap_len(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_int(TRY(slot_owner(vm)->slots.len(vm, args[0])));
}

Result<Value> wrap_getitem(VM& vm, Value const* args, std::size_t, Tuple*) {
    return slot_owner(vm)->slots.getitem(vm, args[0], args[1]);
}

Result<Value> wrap_setitem(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(slot_owner(vm)->slots.setitem(vm, args[0], args[1], args[2]));
    return Value::none();
}

Result<Value> wrap_delitem(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(slot_owner(vm)->slots.delitem(vm, args[0], args[1]));
    return Value::none();
}

Result<Value> wrap_contains(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(TRY(slot_owner(vm)->slots.contains(vm, args[0], args[1])));
}

Result<Value> wrap_iter(VM& vm, Value const* args, std::size_t, Tuple*) {
    return slot_owner(vm)->slots.iter(vm, args[0]);
}

// __next__: the next item, or StopIteration carrying what a generator returned
Result<Value> wrap_next(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value stop;
    Value v = TRY(slot_owner(vm)->slots.next(vm, args[0], stop));
    if (!v.is_null())
        return v;
    return vm.raise_stop_iteration(stop);
}

Result<Value> wrap_hash(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_int(TRY(slot_owner(vm)->slots.hash(vm, args[0])));
}

Result<Value> wrap_bool(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(TRY(slot_owner(vm)->slots.truth(vm, args[0])));
}

Result<Value> wrap_call(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return slot_owner(vm)->slots.call(vm, args[0], args + 1, nargs - 1, kwnames);
}

// The operator and form a binary or comparison wrapper stands for, kept in its `data`.
enum class Form : std::int64_t { Plain, Reflected, InPlace };
std::int64_t wrapper_op(VM& vm) { return vm.native_callee->data.as_int() & 0xFF; }
Form wrapper_form(VM& vm) { return static_cast<Form>(vm.native_callee->data.as_int() >> 8); }

Result<Value> wrap_binary(VM& vm, Value const* args, std::size_t, Tuple*) {
    int op = static_cast<int>(wrapper_op(vm));
    Form form = wrapper_form(vm);
    auto binary = slot_owner(vm)->slots.binary;
    if (form == Form::Reflected)
        return binary(vm, args[1], args[0], op, false);
    return binary(vm, args[0], args[1], op, form == Form::InPlace);
}

Result<Value> wrap_richcompare(VM& vm, Value const* args, std::size_t, Tuple*) {
    return slot_owner(vm)->slots.richcompare(vm, args[0], args[1], static_cast<int>(wrapper_op(vm)));
}

// What numbers do for their slots: int with int (and bool) for int, the number tower for float (CPython:
// long_add and friends give NotImplemented for a float operand; float_add converts an int one)
Result<Value> int_binary_slot(VM& vm, Value const& a, Value const& b, int op, bool) {
    if (is_float_value(a) || is_float_value(b))
        return vm.not_implemented;
    return number_binary_op(vm, a, b, op);
}

Result<Value> float_binary_slot(VM& vm, Value const& a, Value const& b, int op, bool) {
    return number_binary_op(vm, a, b, op);
}

Result<Value> number_compare_slot(VM& vm, Value const& a, Value const& b, int op) {
    return number_compare(vm, a, b, op);
}

constexpr char plain = 'p', reflected = 'r', in_place = 'i';
// The operators a type implements, as "<form><'A' + operator>" pairs: every arithmetic operator of numbers
std::string all_numeric(bool with_bits) {
    std::string out;
    for (int op = 0; op <= static_cast<int>(BinOpArg::Xor); ++op) {
        auto o = static_cast<BinOpArg>(op);
        if (o == BinOpArg::MatMul) continue;
        bool bits = o == BinOpArg::And || o == BinOpArg::Or || o == BinOpArg::Xor || o == BinOpArg::LShift ||
                    o == BinOpArg::RShift;
        if (bits && !with_bits) continue;
        out += plain;
        out += static_cast<char>('A' + op);
        out += reflected;
        out += static_cast<char>('A' + op);
    }
    return out;
}

// ... or the listed ones
std::string ops(std::initializer_list<std::pair<char, BinOpArg>> list) {
    std::string out;
    for (auto [form, op] : list) {
        out += form;
        out += static_cast<char>('A' + static_cast<int>(op));
    }
    return out;
}

void add_wrapper(VM& vm, Type* t, char const* name, NativeFn fn, Args args, Value data = Value()) {
    Str* key = vm.intern(name);
    if (!dict_get_str(t->dict.get(), key).is_null())
        return;  // the type defines the method itself
    auto f = make<BuiltinFunction>(vm.types.builtin_function);
    f->fn = fn;
    f->name = Ref<Str>::borrowed(key);
    f->owner = t;
    f->is_method = true;
    f->args = args;
    f->data = std::move(data);
    dict_set_str(vm, t->dict.get(), key, f.take_value());
}


// The binary operators `t` implements, as "<form><'A' + operator>" pairs (CPython's nb_*/sq_* slots it fills).
std::string binary_operators(VM& vm, Type* t) {
    using BinOp = BinOpArg;
    if (t == vm.types.int_) return all_numeric(true);
    if (t == vm.types.float_) return all_numeric(false);
    if (t == vm.types.complex)
        return ops({{plain, BinOp::Add}, {reflected, BinOp::Add}, {plain, BinOp::Subtract}, {reflected, BinOp::Subtract},
                    {plain, BinOp::Multiply}, {reflected, BinOp::Multiply}, {plain, BinOp::TrueDivide},
                    {reflected, BinOp::TrueDivide}, {plain, BinOp::Power}, {reflected, BinOp::Power}});
    if (t == vm.types.str)
        return ops({{plain, BinOp::Add}, {plain, BinOp::Multiply}, {reflected, BinOp::Multiply},
                    {plain, BinOp::Remainder}, {reflected, BinOp::Remainder}});
    if (t == vm.types.list)
        return ops({{plain, BinOp::Add}, {plain, BinOp::Multiply}, {reflected, BinOp::Multiply}, {in_place, BinOp::Add},
                    {in_place, BinOp::Multiply}});
    if (t == vm.types.type || t == vm.types.union_type || t == vm.types.generic_alias)
        return ops({{plain, BinOp::Or}, {reflected, BinOp::Or}});
    if (t == vm.types.tuple)
        return ops({{plain, BinOp::Add}, {plain, BinOp::Multiply}, {reflected, BinOp::Multiply}});
    if (t == vm.types.bytes || t == vm.types.bytearray) {
        std::string out = ops({{plain, BinOp::Add}, {plain, BinOp::Multiply}, {reflected, BinOp::Multiply},
                               {plain, BinOp::Remainder}, {reflected, BinOp::Remainder}});
        if (t == vm.types.bytearray) out += ops({{in_place, BinOp::Add}, {in_place, BinOp::Multiply}});
        return out;
    }
    if (t == vm.types.dict)
        return ops({{plain, BinOp::Or}, {reflected, BinOp::Or}, {in_place, BinOp::Or}});
    if (t == vm.types.frozenset || t == vm.types.set) {
        std::string out = ops({{plain, BinOp::Or}, {reflected, BinOp::Or}, {plain, BinOp::And}, {reflected, BinOp::And},
                               {plain, BinOp::Subtract}, {reflected, BinOp::Subtract}, {plain, BinOp::Xor},
                               {reflected, BinOp::Xor}});
        if (t == vm.types.set)
            out += ops({{in_place, BinOp::Or}, {in_place, BinOp::And}, {in_place, BinOp::Subtract}, {in_place, BinOp::Xor}});
        return out;
    }
    return {};
}

} // namespace

Result<bool> float_truth_slot(VM&, Value const& self) { return float_value(self) != 0.0; }

// hash() of a float subclass's instance: its value's (plain floats hash inline in VM::hash)
Result<std::int64_t> float_hash_slot(VM& vm, Value const& self) { return vm.hash(Value::from_float(float_value(self))); }

void init_number_slots(VM& vm) {
    vm.types.float_->slots.truth = float_truth_slot;
    vm.types.float_->slots.hash = float_hash_slot;
    vm.types.int_->slots.binary = int_binary_slot;
    vm.types.int_->slots.richcompare = number_compare_slot;
    vm.types.float_->slots.binary = float_binary_slot;
    vm.types.float_->slots.richcompare = number_compare_slot;
}

void complete_builtin_type(VM& vm, Type* t) {
    t->specials_pending = false;
    if (!t->pending_methods.empty()) {
        // the listed methods first: a slot wrapper never replaces a method the type defines itself
        std::vector<MethodDef> listed = std::move(t->pending_methods);
        if (!t->dict)
            t->dict = vm.new_dict();
        t->dict->table.reserve(t->dict->table.size() + listed.size());
        for (MethodDef const& m : listed) {
            Str* name = vm.intern(m.name);
            if (dict_get_str(t->dict.get(), name).is_null())  // a name set directly at init keeps its value
                install_method(vm, t, name, m);
        }
    }
    if (!t->dict)
        return;
    // a wrapper for each slot the type fills itself (one it shares with its base is its base's wrapper)
    TypeSlots const& s = t->slots;
    TypeSlots none;
    TypeSlots const& b = t->base ? t->base->slots : none;
    if (s.len && s.len != b.len) add_wrapper(vm, t, "__len__", wrap_len, Args::none());
    if (s.getitem && s.getitem != b.getitem) add_wrapper(vm, t, "__getitem__", wrap_getitem, Args::one());
    if (s.setitem && s.setitem != b.setitem) add_wrapper(vm, t, "__setitem__", wrap_setitem, Args::positional(2, 2));
    if (s.delitem && s.delitem != b.delitem) add_wrapper(vm, t, "__delitem__", wrap_delitem, Args::one());
    if (s.contains && s.contains != b.contains) add_wrapper(vm, t, "__contains__", wrap_contains, Args::one());
    if (s.iter && s.iter != b.iter) add_wrapper(vm, t, "__iter__", wrap_iter, Args::none());
    if (s.next && s.next != b.next) add_wrapper(vm, t, "__next__", wrap_next, Args::none());
    if (s.truth && s.truth != b.truth) add_wrapper(vm, t, "__bool__", wrap_bool, Args::none());
    if (s.call && s.call != b.call && t != vm.types.type) add_wrapper(vm, t, "__call__", wrap_call, Args::any());
    if (s.hash != b.hash) {
        if (s.hash == hash_not_implemented)
            dict_set_str(vm, t->dict.get(), vm.intern("__hash__"), Value::none());  // CPython: unhashable types
        else if (s.hash)
            add_wrapper(vm, t, "__hash__", wrap_hash, Args::none());
    }
    if (s.richcompare && s.richcompare != b.richcompare) {
        for (int op = 0; op < 6; ++op)
            add_wrapper(vm, t, front::cmp_names[op], wrap_richcompare, Args::one(), Value::from_int(op));
    }
    std::string list = binary_operators(vm, t);
    for (std::size_t i = 0; i + 1 < list.size(); i += 2) {
        int op = list[i + 1] - 'A';
        char form = list[i];
        char const* name = form == plain ? front::binop_names[op] : form == reflected ? front::rbinop_names[op] : front::ibinop_names[op];
        Form f = form == plain ? Form::Plain : form == reflected ? Form::Reflected : Form::InPlace;
        add_wrapper(vm, t, name, wrap_binary, Args::one(), Value::from_int(op | (static_cast<std::int64_t>(f) << 8)));
    }
    add_member_descriptors(vm, t);
    add_number_methods(vm, t);
    add_str_text_methods(vm, t);
    add_bytes_methods(vm, t);
    add_constructor_methods(vm, t);
    vm.type_cache.invalidate();
}

} // namespace weft::rt
