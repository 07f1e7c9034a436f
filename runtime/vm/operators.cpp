// Generic operators: binary and comparison operators with the reflected-operand protocol, truth, hashing,
// subscripting, containment, len, repr/str and format. Builtin types have fast paths; everything else goes
// through the special methods found on the type. CPython: Objects/abstract.c, Objects/object.c.
#include <cstdio>
#include <charconv>
#include <cmath>

#include "interpreter/text.hpp"
#include "interpreter/bytecode.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/types/int.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

using front::BinOpArg;
using front::CmpOpArg;
using front::binop_names;
using front::rbinop_names;
using front::ibinop_names;


namespace {

// The reflection of each comparison: a < b  <=>  b > a.
constexpr int cmp_swapped[] = {4, 5, 2, 3, 0, 1};

bool is_builtin_number(Value const& v) {
    return v.is_int() || v.is_float() || v.is_bool() ||
           (v.is_object() && (v.as_object()->type->layout == Layout::Int || v.as_object()->type->layout == Layout::Float));
}

// a number of a builtin type itself: a class derived from int may define its own operators, asked first
bool is_plain_number(Value const& v) {
    return v.is_int() || v.is_float() || v.is_bool() ||
           (v.is_object() && v.as_object()->type->layout == Layout::Int && !v.as_object()->type->is_heap);
}

// A class's special method called for an operator: a plain function gets (self, arg); a staticmethod or classmethod
// binds as its descriptor does (CPython: lookup_maybe_method then tp_descr_get)
// args[0] is self, and may be replaced
Result<Value> call_special_args(VM& vm, Value const& method, Value* args, std::size_t nargs) {
    Layout l = layout_of(method);
    if (l == Layout::StaticMethod) [[unlikely]]
        return vm.call(as<Descriptor>(method)->function, args + 1, nargs - 1);
    if (l == Layout::ClassMethod) [[unlikely]] {
        args[0] = Value::borrowed(vm.type_of(args[0]));
        return vm.call(as<Descriptor>(method)->function, args, nargs);
    }
    return vm.call(method, args, nargs);
}

Result<Value> call_special(VM& vm, Value const& method, Value const& self, Value const& arg) {
    Value args[2] = {self, arg};
    return call_special_args(vm, method, args, 2);
}

} // namespace

// a <op> b (CPython: binary_op1, with the in-place method tried first as PyNumber_InPlaceAdd does): ints and
// floats inline, then the operand types' binary slots; a class's own special methods, with a subclass's
// reflected method first.
Result<Value> VM::binary_op(Value const& a, Value const& b, int op) {
    bool inplace = op >= front::binop_inplace;
    int base = inplace ? op - front::binop_inplace : op;
    if (is_plain_number(a) && is_plain_number(b)) {
        Value r = TRY(number_binary_op(*this, a, b, base));
        if (!r.is(not_implemented))
            return r;
    }
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    if (!ta->is_heap && !tb->is_heap) {
        if (ta->slots.binary) {
            Value r = TRY(ta->slots.binary(*this, a, b, base, inplace));
            if (!r.is(not_implemented))
                return r;
        }
        if (tb != ta && tb->slots.binary) {
            Value r = TRY(tb->slots.binary(*this, a, b, base, inplace));
            if (!r.is(not_implemented))
                return r;
        }
    } else {
        if (inplace && ta->is_heap) {
            Value m = ta->lookup(intern(ibinop_names[base]));
            if (!m.is_null()) {
                Value r = TRY(call_special(*this, m, a, b));
                if (!r.is(not_implemented))
                    return r;
            }
        }
        // a class's own special method, else the builtin slot it inherits (a list subclass adds as a list)
        auto own = [&](Value const& m) { return is_own_special_method(m); };
        Value ma = ta->lookup(intern(binop_names[base]));
        Value mb = ta == tb ? Value() : tb->lookup(intern(rbinop_names[base]));
        // the right operand's reflected method, or its slot when it differs from the left one's
        auto reflected = [&]() -> Result<Value> {
            if (own(mb))
                return call_special(*this, mb, b, a);
            if (tb->slots.binary && tb->slots.binary != ta->slots.binary)
                return tb->slots.binary(*this, a, b, base, inplace);
            return not_implemented;
        };
        // a subclass's reflected method goes first when it overrides the one it inherits (CPython: SLOT1BINFULL's
        // method_is_overloaded)
        bool b_first = tb != ta && tb->is_subtype_of(ta) &&
                       (!own(mb) || !mb.is(ta->lookup(intern(rbinop_names[base]))));
        if (b_first) {
            Value r = TRY(reflected());
            if (!r.is(not_implemented))
                return r;
        }
        {
            Value r = own(ma) ? TRY(call_special(*this, ma, a, b))
                      : ta->slots.binary ? TRY(ta->slots.binary(*this, a, b, base, inplace))
                                         : not_implemented;
            if (!r.is(not_implemented))
                return r;
        }
        if (!b_first && tb != ta) {
            Value r = TRY(reflected());
            if (!r.is(not_implemented))
                return r;
        }
        if (is_builtin_number(a) && is_builtin_number(b)) {  // int's own arithmetic, for its subclasses
            Value r = TRY(number_binary_op(*this, a, b, base));
            if (!r.is(not_implemented))
                return r;
        }
    }
    if (base == static_cast<int>(BinOpArg::Multiply)) {
        // a sequence times what is no int, once neither side's operator took it (CPython: sequence_repeat)
        auto is_sequence = [](Type* t) {
            return t->layout == Layout::Str || t->layout == Layout::Bytes || t->layout == Layout::ByteArray ||
                   t->layout == Layout::List || t->layout == Layout::Tuple;
        };
        if (is_sequence(ta) || is_sequence(tb))
            return raise(types.TypeError, "can't multiply sequence by non-int of type '{}'", (is_sequence(ta) ? tb : ta)->name->view());
    }
    std::string_view symbol = front::binop_symbols[base];
    if (base == static_cast<int>(BinOpArg::Power))
        return raise(types.TypeError, "unsupported operand type(s) for {}: '{}' and '{}'",
                     inplace ? "**=" : "** or pow()", ta->name->view(), tb->name->view());
    return raise(types.TypeError, "unsupported operand type(s) for {}{}: '{}' and '{}'", symbol, inplace ? "=" : "",
                 ta->name->view(), tb->name->view());
}

Result<Value> VM::compare(Value const& a, Value const& b, int op) {
    if (is_plain_number(a) && is_plain_number(b))
        return number_compare(*this, a, b, op);
    // containers compare their items through here: a deep nesting ends in RecursionError, not a crash
    // (CPython: Py_EnterRecursiveCall(" in comparison"))
    if (char probe; m_thread->stack_limit && &probe < m_thread->stack_limit) [[unlikely]]
        return raise(types.RecursionError, "maximum recursion depth exceeded in comparison");
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    if (!ta->is_heap && !tb->is_heap) {
        if (ta->slots.richcompare) {
            Value r = TRY(ta->slots.richcompare(*this, a, b, op));
            if (!r.is(not_implemented))
                return r;
        }
        if (tb != ta && tb->slots.richcompare) {
            Value r = TRY(tb->slots.richcompare(*this, b, a, cmp_swapped[op]));
            if (!r.is(not_implemented))
                return r;
        }
    }
    // CPython: do_richcompare. A class's own method, else the slot it inherits from its builtin base, else an
    // inherited builtin method (object.__eq__).
    Str* const method_names[] = {names.dunder_lt, names.dunder_le, names.dunder_eq,
                                 names.dunder_ne, names.dunder_gt, names.dunder_ge};  // COMPARE_OP order (front::cmp_names)
    auto try_compare = [&](Type* t, Value const& x, Value const& y, int o) -> Result<Value> {
        Value m = t->lookup(method_names[o]);
        if (is_own_special_method(m))
            return call_special(*this, m, x, y);
        if (t->slots.richcompare)
            return t->slots.richcompare(*this, x, y, o);
        if (!m.is_null())
            return call_special(*this, m, x, y);
        return not_implemented;
    };
    bool checked_reverse = false;
    if (ta != tb && tb->is_subtype_of(ta)) {
        checked_reverse = true;
        Value r = TRY(try_compare(tb, b, a, cmp_swapped[op]));
        if (!r.is(not_implemented))
            return r;
    }
    {
        Value r = TRY(try_compare(ta, a, b, op));
        if (!r.is(not_implemented))
            return r;
    }
    if (!checked_reverse) {
        Value r = TRY(try_compare(tb, b, a, cmp_swapped[op]));
        if (!r.is(not_implemented))
            return r;
    }
    if (is_builtin_number(a) && is_builtin_number(b))  // int's own comparison, for its subclasses
        return number_compare(*this, a, b, op);
    if (op == static_cast<int>(CmpOpArg::Eq))
        return Value::from_bool(a.is(b));
    if (op == static_cast<int>(CmpOpArg::Ne))
        return Value::from_bool(!a.is(b));
    return raise(types.TypeError, "'{}' not supported between instances of '{}' and '{}'", front::cmpop_symbols[op],
                 ta->name->view(), tb->name->view());
}

Result<bool> VM::equals(Value const& a, Value const& b) {
    if (a.is(b))  // identity implies equality, NaN included (CPython: PyObject_RichCompareBool)
        return true;
    if (a.is_int() && b.is_int())
        return a.as_int() == b.as_int();
    if (a.is_object() && b.is_object() && a.as_object()->type == types.str && b.as_object()->type == types.str)
        return str_equal(as<Str>(a), as<Str>(b));
    Value r = TRY(compare(a, b, static_cast<int>(CmpOpArg::Eq)));
    if (r.is_bool())
        return r.as_bool();
    return truthy(r);
}

namespace {

enum class Quick : std::int8_t { Unknown = -1, False = 0, True = 1 };

// a == b for values whose equality needs no Python code: small ints, non-NaN floats, exact strs.
Quick quick_equal(VM& vm, Value const& a, Value const& b) {
    if (a.is_int() && b.is_int()) return a.as_int() == b.as_int() ? Quick::True : Quick::False;
    if (a.is_float() && b.is_float()) {
        double x = a.as_float(), y = b.as_float();
        if (x != x || y != y) return Quick::Unknown;  // NaN: identity decides in CPython's tuple compare
        return x == y ? Quick::True : Quick::False;
    }
    if (a.is_object() && b.is_object() && a.as_object()->type == vm.types.str && b.as_object()->type == vm.types.str)
        return str_equal(as<Str>(a), as<Str>(b)) ? Quick::True : Quick::False;
    return Quick::Unknown;
}

// a < b without the generic comparison machinery, for the keys sorts meet most (CPython's listobject.c
// does the same with its unsafe_*_compare functions): ints, floats, strs and tuples of them.
Quick quick_less(VM& vm, Value const& a, Value const& b, int depth = 0) {
    if (a.is_int() && b.is_int()) return a.as_int() < b.as_int() ? Quick::True : Quick::False;
    if (a.is_float() && b.is_float()) return a.as_float() < b.as_float() ? Quick::True : Quick::False;
    if (!a.is_object() || !b.is_object() || a.as_object()->type != b.as_object()->type) return Quick::Unknown;
    Type* t = a.as_object()->type;
    if (t == vm.types.str) return as<Str>(a)->view() < as<Str>(b)->view() ? Quick::True : Quick::False;
    if (t != vm.types.tuple || depth > 8) return Quick::Unknown;
    Tuple* x = as<Tuple>(a);
    Tuple* y = as<Tuple>(b);
    std::size_t n = std::min(x->size, y->size);
    for (std::size_t i = 0; i < n; ++i) {
        Quick eq = quick_equal(vm, x->items[i], y->items[i]);
        if (eq == Quick::Unknown) return Quick::Unknown;
        if (eq == Quick::False) return quick_less(vm, x->items[i], y->items[i], depth + 1);
    }
    return x->size < y->size ? Quick::True : Quick::False;
}

} // namespace

Result<bool> VM::less_than(Value const& a, Value const& b) {
    if (a.is_int() && b.is_int())
        return a.as_int() < b.as_int();
    if (a.is_float() && b.is_float())
        return a.as_float() < b.as_float();
    Quick q = quick_less(*this, a, b);
    if (q != Quick::Unknown)
        return q == Quick::True;
    Value r = TRY(compare(a, b, static_cast<int>(CmpOpArg::Lt)));
    if (r.is_bool())
        return r.as_bool();
    return truthy(r);
}

// bool(v) (CPython: PyObject_IsTrue): the truth slot, else len() != 0, else true; a class's own __bool__ or
// __len__ first. The common containers are tested inline.
Result<bool> VM::truthy(Value const& v) {
    switch (v.tag()) {
    case Tag::Bool: case Tag::Int: return v.as_int() != 0;
    case Tag::None: case Tag::Null: return false;
    case Tag::Float: return v.as_float() != 0.0;
    case Tag::Object: break;
    }
    Object* o = v.as_object();
    Type* t = o->type;
    if (t == types.str) return static_cast<Str*>(o)->length != 0;
    if (t == types.list) return !static_cast<List*>(o)->items.empty();
    if (t == types.tuple) return static_cast<Tuple*>(o)->size != 0;
    if (t == types.dict) return static_cast<Dict*>(o)->table.size() != 0;
    if (!t->is_heap) {
        if (t->slots.truth)
            return t->slots.truth(*this, v);
        if (t->slots.len) {
            std::int64_t n = TRY(t->slots.len(*this, v));
            return n != 0;
        }
    }
    Value m = t->lookup(names.dunder_bool);
    if (!m.is_null()) {
        Value r = TRY(call1(m, v));
        if (!r.is_bool())
            return raise(types.TypeError, "__bool__ should return bool, returned {}", type_of(r)->name->view());
        return r.as_bool();
    }
    if (!t->lookup(names.dunder_len).is_null()) {
        std::int64_t n = TRY(len(v));
        return n != 0;
    }
    if (t->slots.truth)
        return t->slots.truth(*this, v);
    if (t->slots.len) {
        std::int64_t n = TRY(t->slots.len(*this, v));
        return n != 0;
    }
    return true;
}

namespace {
Result<Value> unary(VM& vm, Value const& v, Str* name, char const* symbol) {
    Value m = vm.type_of(v)->lookup(name);
    if (m.is_null())
        return vm.raise(vm.types.TypeError, "bad operand type for unary {}: '{}'", symbol, vm.type_of(v)->name->view());
    return vm.call1(m, v);
}
} // namespace

// A class derived from int with its own __neg__/__pos__/__invert__: that method, else null
static Value own_unary(VM& vm, Value const& v, Str* name) {
    Type* t = vm.type_of(v);
    if (!t->is_heap) return Value();
    Value m = t->lookup(name);
    return is_own_special_method(m) ? m : Value();
}

Result<Value> VM::unary_negative(Value const& v) {
    if (v.is_int() || v.is_bool()) {
        if (auto r = checked_neg(v.as_int()))
            return Value::from_int(*r);
        return make_int(*this, -BigInt(v.as_int()));
    }
    if (v.is_float())
        return Value::from_float(-v.as_float());
    if (v.is_object() && type_of(v)->layout == Layout::Float) {
        if (Value m = own_unary(*this, v, names.dunder_neg); !m.is_null()) return call1(m, v);
        return Value::from_float(-float_value(v));
    }
    if (v.is_object() && type_of(v)->layout == Layout::Int) {
        if (Value m = own_unary(*this, v, names.dunder_neg); !m.is_null()) return call1(m, v);
        return make_int(*this, -as<Long>(v)->value);
    }
    return unary(*this, v, names.dunder_neg, "-");
}

Result<Value> VM::unary_positive(Value const& v) {
    if (v.is_int() || v.is_float()) return v;
    if (v.is_bool()) return Value::from_int(v.as_int());
    if (v.is_object() && type_of(v)->layout == Layout::Float) {
        if (Value m = own_unary(*this, v, names.dunder_pos); !m.is_null()) return call1(m, v);
        return Value::from_float(float_value(v));
    }
    if (v.is_object() && type_of(v)->layout == Layout::Int) {
        if (Value m = own_unary(*this, v, names.dunder_pos); !m.is_null()) return call1(m, v);
        return type_of(v)->is_heap ? make_int(*this, as<Long>(v)->value) : v;  // +x of a subclass is an int
    }
    return unary(*this, v, names.dunder_pos, "+");
}

Result<Value> VM::unary_invert(Value const& v) {
    if (v.is_int() || v.is_bool()) return Value::from_int(~v.as_int());
    if (v.is_object() && type_of(v)->layout == Layout::Int) {
        if (Value m = own_unary(*this, v, names.dunder_invert); !m.is_null()) return call1(m, v);
        return make_int(*this, ~as<Long>(v)->value);
    }
    return unary(*this, v, names.dunder_invert, "~");
}

Result<std::int64_t> hash_not_implemented(VM& vm, Value const& self) {
    return vm.raise(vm.types.TypeError, "unhashable type: '{}'", vm.type_of(self)->name->view());
}

Result<std::int64_t> VM::hash_slow(Value const& v) {
    switch (v.tag()) {
    case Tag::Int: return hash_int64(v.as_int());
    case Tag::Bool: return v.as_int();
    case Tag::Float: {
        double d = v.as_float();
        if (std::isnan(d))
            return static_cast<std::int64_t>(v.raw_bits() >> 4);
        return hash_double(d);
    }
    case Tag::None: return std::int64_t{0xFCA86420};
    case Tag::Null: return std::int64_t{0};
    case Tag::Object: break;
    }
    TRY(check_native_stack());  // a tuple hashes its items through here
    Type* t = v.as_object()->type;
    // a builtin type without a hash slot hashes by identity, as object does (CPython: _Py_HashPointer)
    auto identity = [&] { return static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(v.as_object()) >> 4); };
    if (!t->is_heap)
        return t->slots.hash ? t->slots.hash(*this, v) : identity();
    // A class's __hash__ (None when it defines __eq__ without one: CPython's type_new)
    Value m = t->lookup(names.dunder_hash);
    if (m.is_none() || m.is_null())
        return hash_not_implemented(*this, v);
    if (m.is_object() && type_of(m)->layout == Layout::BuiltinFunction && as<BuiltinFunction>(m)->owner == types.object)
        return t->slots.hash ? t->slots.hash(*this, v) : identity();  // inherited, not overridden: the base's
    Value r = TRY(call1(m, v));
    if (!is_int_value(*this, r))
        return raise(types.TypeError, "__hash__ method should return an integer");
    // CPython: slot_tp_hash uses a result that fits in a Py_ssize_t as it is (-1 is reserved for errors, so
    // it becomes -2); only a bigger one is hashed as an int
    if (r.is_int())
        return r.as_int() == -1 ? std::int64_t{-2} : r.as_int();
    return to_bigint(r).hash();
}

// The container protocols: a builtin type's slot, unless a class statement's type defines the special method
// itself (CPython: a heap type's slot is the special method's wrapper, slot_mp_subscript and friends).
Result<Value> VM::getitem(Value const& container, Value const& key) {
    Type* t = type_of(container);
    if (t->slots.getitem && !t->is_heap)
        return t->slots.getitem(*this, container, key);
    Value m = t->lookup(names.dunder_getitem);
    if (!m.is_null())
        return call_special(*this, m, container, key);
    if (t->slots.getitem)
        return t->slots.getitem(*this, container, key);
    if (t->layout == Layout::Type) {
        // Cls[item]: the class's __class_getitem__ (CPython: PyObject_GetItem); a builtin class gives a
        // types.GenericAlias (list[int])
        Value cgi = TRY(getattr_opt(container, intern("__class_getitem__")));
        if (!cgi.is_null())
            return call1(cgi, key);
        if (!as<Type>(container)->is_heap)
            return make_generic_alias(*this, container, key);
        return raise(types.TypeError, "type '{}' is not subscriptable", as<Type>(container)->name->view());
    }
    return raise(types.TypeError, "'{}' object is not subscriptable", t->name->view());
}

Result<void> VM::setitem(Value const& container, Value const& key, Value value) {
    Type* t = type_of(container);
    if (t->slots.setitem && !t->is_heap)
        return t->slots.setitem(*this, container, key, std::move(value));
    Value m = t->lookup(names.dunder_setitem);
    if (!m.is_null()) {
        Value args[3] = {container, key, std::move(value)};
        TRY(call_special_args(*this, m, args, 3));
        return {};
    }
    if (t->slots.setitem)
        return t->slots.setitem(*this, container, key, std::move(value));
    return raise(types.TypeError, "'{}' object does not support item assignment", t->name->view());
}

Result<void> VM::delitem(Value const& container, Value const& key) {
    Type* t = type_of(container);
    if (t->slots.delitem && !t->is_heap)
        return t->slots.delitem(*this, container, key);
    Value m = t->lookup(names.dunder_delitem);
    if (!m.is_null()) {
        TRY(call_special(*this, m, container, key));
        return {};
    }
    if (t->slots.delitem)
        return t->slots.delitem(*this, container, key);
    // a sequence given an index says "doesn't" (CPython: PySequence_DelItem), anything else "does not"
    bool sequence = t->layout == Layout::Str || t->layout == Layout::Tuple || t->layout == Layout::Bytes ||
                    t->layout == Layout::Range;
    bool index = key.is_int() || key.is_bool() || layout_of(key) == Layout::Int;
    return raise(types.TypeError, "'{}' object {} support item deletion", t->name->view(),
                 sequence && index ? "doesn't" : "does not");
}

Result<bool> VM::contains(Value const& container, Value const& item) {
    Type* t = type_of(container);
    if (t->slots.contains && !t->is_heap)
        return t->slots.contains(*this, container, item);
    Value m = t->lookup(names.dunder_contains);
    if (!m.is_null()) {
        Value v = TRY(call_special(*this, m, container, item));
        return truthy(v);
    }
    if (t->slots.contains)
        return t->slots.contains(*this, container, item);
    // Fall back to iteration (CPython: _PySequence_IterSearch)
    if (t->lookup(names.dunder_iter).is_null() && t->lookup(names.dunder_getitem).is_null())
        return raise(types.TypeError, "argument of type '{}' is not iterable", t->name->view());
    Value it = TRY(get_iter(container));
    for (;;) {
        Value x = TRY(next(it));
        if (x.is_null())
            return false;
        if (TRY(equals(x, item)))
            return true;
    }
}

Result<std::int64_t> VM::len(Value const& v) {
    Type* t = type_of(v);
    if (t->slots.len && !t->is_heap)
        return t->slots.len(*this, v);
    Value m = t->lookup(names.dunder_len);
    if (!m.is_null()) {
        Value r = TRY(call1(m, v));
        if (!is_int_value(*this, r))
            return raise(types.TypeError, "'{}' object cannot be interpreted as an integer", type_of(r)->name->view());
        std::int64_t n = TRY(index_value(r));
        if (n < 0)
            return raise(types.ValueError, "__len__() should return >= 0");
        return n;
    }
    if (t->slots.len)
        return t->slots.len(*this, v);
    return raise(types.TypeError, "object of type '{}' has no len()", t->name->view());
}

Result<Value> VM::repr(Value const& v) {
    switch (v.tag()) {
    case Tag::Int: {
        char digits[24];
        auto end = std::to_chars(digits, digits + sizeof digits, v.as_int()).ptr;
        auto length = static_cast<std::size_t>(end - digits);
        return new_str(std::string_view(digits, length), static_cast<std::uint32_t>(length));
    }
    case Tag::None: return Value::borrowed(intern("None"));
    case Tag::Bool: return Value::borrowed(intern(v.as_bool() ? "True" : "False"));
    default: break;
    }
    // containers repr their items through here: a deep one runs out of native stack with CPython's message for
    // PyObject_Repr's check; a class's __repr__ recursing reaches the frame limit's plain message in CPython
    if (char probe; m_thread->stack_limit && &probe < m_thread->stack_limit) [[unlikely]] {
        if (type_of(v)->is_heap) return raise_recursion_error();
        return raise(types.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    }
    Type* t = type_of(v);
    Value m = t->lookup(names.dunder_repr);
    Value r = TRY(call1(m, v));
    if (!(r.is_object() && type_of(r)->layout == Layout::Str))
        return raise(types.TypeError, "__repr__ returned non-string (type {})", type_of(r)->name->view());
    return r;
}

Result<Value> VM::ascii(Value const& v) {
    // CPython: PyObject_ASCII, the repr with \x, \u and \U escapes for what is not ASCII
    Value r = TRY(repr(v));
    std::string_view s = as<Str>(r)->view();
    if (as<Str>(r)->is_ascii())
        return r;
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) { out.push_back(static_cast<char>(c)); ++i; continue; }
        char32_t cp = text::next_code_point(s, i);
        char buf[16];
        auto code = static_cast<unsigned>(cp);
        if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", code);
        else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", code);
        else std::snprintf(buf, sizeof buf, "\\U%08x", code);
        out += buf;
    }
    return new_str(out);
}

Result<Value> VM::str(Value const& v) {
    if (v.is_object() && v.as_object()->type == types.str)
        return v;
    if (v.is_int() || v.is_none() || v.is_bool())
        return repr(v);
    TRY(check_native_stack());
    Type* t = type_of(v);
    Value m = t->lookup(names.dunder_str);
    Value r = TRY(call1(m, v));
    if (!(r.is_object() && type_of(r)->layout == Layout::Str))
        return raise(types.TypeError, "__str__ returned non-string (type {})", type_of(r)->name->view());
    return r;
}

Result<std::string> VM::repr_string(Value const& v) {
    Value r = TRY(repr(v));
    return std::string(as<Str>(r)->view());
}

Result<std::string> VM::str_string(Value const& v) {
    Value r = TRY(str(v));
    return std::string(as<Str>(r)->view());
}

Result<bool> format_builtin_into(VM& vm, Value const& v, std::string_view spec, std::string& out) {
    bool is_str = v.is_object() && v.as_object()->type == vm.types.str;
    if (!v.is_int() && !v.is_float() && !is_str)
        return false;
    // what int.__format__, float.__format__ and str.__format__ do, without looking them up and calling them
    auto parsed = parse_format_spec(spec);
    if (!parsed.has_value())
        return raise_numeric(vm, parsed.error());
    auto error = v.is_int() ? format_int_into(out, v.as_int(), *parsed)
                 : v.is_float() ? format_float_into(out, v.as_float(), *parsed)
                                : format_str_into(out, as<Str>(v)->view(), *parsed);
    if (error)
        return raise_numeric(vm, *error);
    return true;
}

Result<Value> VM::format_with_spec(Value const& v, Value const& spec) {
    if (as<Str>(spec)->length == 0) {
        if (v.is_object() && v.as_object()->type == types.str)
            return v;
        if (v.is_int() || v.is_float())
            return str(v);
    }
    if (v.is_int() || v.is_float() || (v.is_object() && v.as_object()->type == types.str)) {
        std::string text;
        TRY(format_builtin_into(*this, v, as<Str>(spec)->view(), text));
        return new_str(text);
    }
    Value m = type_of(v)->lookup(names.dunder_format);
    Value r = TRY(call_special(*this, m, v, spec));
    if (!(r.is_object() && type_of(r)->layout == Layout::Str))
        return raise(types.TypeError, "__format__ must return a str, not {}", type_of(r)->name->view());
    return r;
}

Result<std::int64_t> VM::index_value(Value const& v, Type* overflow) {
    if (v.is_int() || v.is_bool())
        return v.as_int();
    Type* t = type_of(v);
    if (t->layout == Layout::Int) {
        // an int subclass instance may hold a small value (ints of type int that fit are inline)
        if (BigInt const& n = as<Long>(v)->value; n.fits_int64())
            return n.to_int64();
        return raise(overflow ? overflow : types.IndexError, "cannot fit 'int' into an index-sized integer");
    }
    Value m = t->lookup(names.dunder_index);
    if (!m.is_null()) {
        Value r = TRY(call1(m, v));
        if (r.is_int() || r.is_bool())
            return r.as_int();
        return raise(types.TypeError, "__index__ returned non-int (type {})", type_of(r)->name->view());
    }
    return raise(types.TypeError, "'{}' object cannot be interpreted as an integer", t->name->view());
}

// v as an int through __index__; an int (of any size) is itself, an int subclass's value a plain int
// (CPython: PyNumber_Index)
Result<Value> VM::index(Value const& v) {
    if (v.is_int()) return v;
    if (v.is_bool()) return Value::from_int(v.as_int());
    Type* t = type_of(v);
    if (t->layout == Layout::Int) return t == types.int_ ? v : make_int(*this, to_bigint(v));
    Value m = t->lookup(names.dunder_index);
    if (m.is_null())
        return raise(types.TypeError, "'{}' object cannot be interpreted as an integer", t->name->view());
    Value r = TRY(call1(m, v));
    if (!(r.is_int() || r.is_bool() || type_of(r)->layout == Layout::Int))
        return raise(types.TypeError, "__index__ returned non-int (type {})", type_of(r)->name->view());
    return r;
}

Result<double> VM::to_double(Value const& v) {
    if (v.is_float()) return v.as_float();
    if (v.is_int() || v.is_bool()) return static_cast<double>(v.as_int());
    Type* t = type_of(v);
    if (t->layout == Layout::Float) {
        // a float subclass's instance: its own __float__ when it defines one (CPython: PyFloat_AsDouble)
        Value m = t->lookup(names.dunder_float);
        if (m.is_null() || type_of(m)->layout == Layout::BuiltinFunction) return float_value(v);
    }
    if (t->layout == Layout::Int) {
        auto d = as<Long>(v)->value.to_double();
        if (!d.has_value())
            return raise_numeric(*this, d.error());
        return *d;
    }
    Value m = t->lookup(names.dunder_float);
    if (!m.is_null()) {
        Value r = TRY(call1(m, v));
        if (r.is_float())
            return r.as_float();
    }
    return raise(types.TypeError, "must be real number, not {}", t->name->view());
}

} // namespace weft::rt
