// weft::Object's operations and the primitive conversions of weft::Converter (runtime/include/weft/convert.hpp).
#include <cmath>

#include "runtime/embed/engine_core.hpp"
#include "runtime/types/bigint.hpp"
#include "runtime/types/int.hpp"

namespace weft {

namespace detail {

using rt::Layout;
using rt::Value;

void retain(ValueBox const& box) noexcept { rt::incref(reinterpret_cast<rt::Object*>(box.bits)); }

void release(EngineCore* core, ValueBox& box) noexcept {
    rt::MemoryAccountScope account(core && core->vm ? core->vm->memory() : nullptr);
    rt::decref(reinterpret_cast<rt::Object*>(box.bits));
    box = {};
}

namespace {

rt::VM& vm_of(EngineCore* core) { return *core->vm; }

rt::VM& vm_of(Object const& o) {
    if (!o.core()) throw std::logic_error("weft::Object: the handle is empty");
    return *o.core()->vm;
}

} // namespace

// The TypeError for a value that is not what a parameter takes. CPython: _PyArg_BadArgument ("f() argument 'x'
// must be str, not int"; "argument N" for a parameter without a name); for Object::as<T>() "expected str, got int".
[[noreturn]] void bad_argument(Source const& s, char const* expected) {
    rt::VM& vm = vm_of(s.core);
    std::string got(vm.type_of(value_of(*s.value))->name->view());
    if (!s.binding) {
        (void)vm.raise(vm.types.TypeError, "expected {}, got {}", expected, got);
    } else {
        Signature const& sig = s.binding->signature;
        std::string where = s.index < sig.names.size() && sig.names[s.index]
                                ? "'" + std::string(sig.names[s.index]) + "'"
                                : std::to_string(s.index + (sig.is_method ? 0 : 1));
        (void)vm.raise(vm.types.TypeError, "{}() argument {} must be {}, not {}", sig.name, where, expected, got);
    }
    throw ArgumentMismatch{};
}

namespace {

[[noreturn]] void overflow(rt::VM& vm, std::string message) {
    (void)vm.raise(vm.types.OverflowError, std::move(message));
    throw Raised{};
}

// An int value's BigInt (an int, a bool, a Long, or an object with __index__), or a TypeError.
rt::BigInt int_of(Source const& s) {
    rt::VM& vm = vm_of(s.core);
    Value const& v = value_of(*s.value);
    if (v.is_int() || v.is_bool()) return rt::BigInt(v.as_int());
    if (rt::is_int_value(vm, v)) return rt::to_bigint(v);
    if (v.is_object() && !v.is_float()) {
        rt::Value index = rt::Value();
        if (rt::Result<Value> r = vm.getattr_opt(Value::borrowed(vm.type_of(v)), vm.intern("__index__")); !r.is_error() && !r.value().is_null()) {
            rt::Result<Value> i = vm.index(v);
            if (i.is_error()) throw Raised{};
            return rt::to_bigint(i.value());
        } else if (r.is_error()) {
            throw Raised{};
        }
    }
    bad_argument(s, "int");
}

} // namespace

bool to_bool(Source const& s) {
    rt::Result<bool> r = vm_of(s.core).truthy(value_of(*s.value));
    if (r.is_error()) throw Raised{};
    return r.value();
}

// CPython: PyLong_AsLong / _PyLong_AsInt and the 'i' format's range checks
std::int64_t to_int64(Source const& s, std::int64_t min, std::int64_t max, char const* c_type) {
    Value const& v = value_of(*s.value);
    if (v.is_int() && v.as_int() >= min && v.as_int() <= max) [[likely]]
        return v.as_int();
    rt::BigInt b = int_of(s);
    if (b.fits_int64() && b.to_int64() >= min && b.to_int64() <= max) return b.to_int64();
    rt::VM& vm = vm_of(s.core);
    if (std::string_view(c_type) == "int" || std::string_view(c_type) == "short" || std::string_view(c_type) == "char")
        overflow(vm, std::string("signed integer is ") + (b.is_negative() ? "less than minimum" : "greater than maximum"));
    overflow(vm, std::string("Python int too large to convert to C ") + c_type);
}

// CPython: PyLong_AsUnsignedLong
std::uint64_t to_uint64(Source const& s, std::uint64_t max, char const* c_type) {
    Value const& v = value_of(*s.value);
    if (v.is_int() && v.as_int() >= 0 && static_cast<std::uint64_t>(v.as_int()) <= max) [[likely]]
        return static_cast<std::uint64_t>(v.as_int());
    rt::BigInt b = int_of(s);
    rt::VM& vm = vm_of(s.core);
    if (b.is_negative()) overflow(vm, "can't convert negative value to unsigned int");
    if (b.bit_length() <= 64) {
        std::uint64_t u = b.fits_int64() ? static_cast<std::uint64_t>(b.to_int64())
                                         : std::stoull(b.to_string(16), nullptr, 16);
        if (u <= max) return u;
    }
    overflow(vm, std::string("Python int too large to convert to C ") + c_type);
}

double to_double(Source const& s) {
    Value const& v = value_of(*s.value);
    if (v.is_float()) return v.as_float();
    if (v.is_int() || v.is_bool()) return static_cast<double>(v.as_int());
    rt::VM& vm = vm_of(s.core);
    if (rt::is_int_value(vm, v)) {
        rt::Result<double> d = vm.to_double(v);
        if (d.is_error()) throw Raised{};
        return d.value();
    }
    if (vm.type_of(v)->is_subtype_of(vm.types.float_)) {
        rt::Result<double> d = vm.to_double(v);
        if (d.is_error()) throw Raised{};
        return d.value();
    }
    bad_argument(s, "float");
}

std::string_view to_string_view(Source const& s) {
    Value const& v = value_of(*s.value);
    if (rt::layout_of(v) != Layout::Str) bad_argument(s, "str");
    return rt::as<rt::Str>(v)->view();
}

Object to_object(Source const& s) { return handle(s.core, value_of(*s.value)); }

bool is_none(Source const& s) noexcept { return value_of(*s.value).is_none(); }

Items to_items(Source const& s, char const* expected, std::size_t exact_size) {
    rt::VM& vm = vm_of(s.core);
    Value const& v = value_of(*s.value);
    Layout layout = rt::layout_of(v);
    Value tuple;
    if (layout == Layout::Tuple) {
        tuple = v;
    } else if (layout == Layout::Str || layout == Layout::Bytes || layout == Layout::ByteArray || layout == Layout::Dict ||
               v.tag() != rt::Tag::Object || !vm.type_of(v)->slots.iter) {
        bad_argument(s, expected);
    } else {
        rt::Result<rt::Ref<rt::Tuple>> t = vm.to_tuple(v);
        if (t.is_error()) throw Raised{};
        tuple = t.value().value();
    }
    rt::Tuple* t = rt::as<rt::Tuple>(tuple);
    if (exact_size != SIZE_MAX && t->size != exact_size) {
        (void)vm.raise(vm.types.TypeError, "expected a sequence of {} items, got {}", exact_size, t->size);
        throw ArgumentMismatch{};
    }
    Items items;
    items.size = t->size;
    items.items = reinterpret_cast<ValueBox const*>(t->items);
    items.holder = handle(s.core, std::move(tuple));
    return items;
}

Items to_dict_items(Source const& s) {
    rt::VM& vm = vm_of(s.core);
    Value const& v = value_of(*s.value);
    if (!vm.type_of(v)->is_subtype_of(vm.types.dict)) bad_argument(s, "dict");
    rt::Dict* d = rt::as<rt::Dict>(v);
    rt::Ref<rt::Tuple> t = vm.new_tuple(2 * d->table.size());
    std::size_t i = 0;
    for (auto const& entry : d->table.entries()) {
        if (entry.key.is_null() || i >= t->size) continue;  // a deleted entry
        t->items[i++] = entry.key;
        t->items[i++] = entry.value;
    }
    Items items;
    items.size = i;
    items.items = reinterpret_cast<ValueBox const*>(t->items);
    items.holder = handle(s.core, t.value());
    return items;
}

Object to_callable(Source const& s) {
    rt::VM& vm = vm_of(s.core);
    if (!vm.is_callable(value_of(*s.value))) bad_argument(s, "callable");
    return to_object(s);
}

Object make_none(EngineCore* core) noexcept { return handle(core, Value::none()); }
Object make_bool(EngineCore* core, bool v) noexcept { return handle(core, Value::from_bool(v)); }
Object make_int(EngineCore* core, std::int64_t v) { return handle(core, Value::from_int(v)); }
Object make_uint(EngineCore* core, std::uint64_t v) {
    if (v <= static_cast<std::uint64_t>(INT64_MAX)) return handle(core, Value::from_int(static_cast<std::int64_t>(v)));
    return handle(core, rt::make_int(vm_of(core), rt::BigInt(v)));
}
Object make_float(EngineCore* core, double v) noexcept { return handle(core, Value::from_float(v)); }
Object make_str(EngineCore* core, std::string_view utf8) { return handle(core, vm_of(core).new_str(utf8)); }

Object make_list(EngineCore* core, std::size_t size) {
    rt::Ref<rt::List> list = vm_of(core).new_list();
    list->items.resize(size, Value::none());
    return handle(core, list.value());
}

Object make_tuple(EngineCore* core, std::size_t size) {
    rt::Ref<rt::Tuple> t = vm_of(core).new_tuple(size);
    for (std::size_t i = 0; i < size; ++i) t->items[i] = Value::none();
    return handle(core, t.value());
}

Object make_dict(EngineCore* core) { return handle(core, vm_of(core).new_dict().value()); }

void sequence_set(Object const& seq, std::size_t i, Object item) noexcept {
    Value const& v = value_of(seq);
    if (rt::layout_of(v) == Layout::Tuple) rt::as<rt::Tuple>(v)->items[i] = value_take(std::move(item));
    else rt::as<rt::List>(v)->items[i] = value_take(std::move(item));
}

void dict_set(Object const& dict, Object key, Object value) {
    checked(dict.core(), rt::dict_set(vm_of(dict), rt::as<rt::Dict>(value_of(dict)), value_take(std::move(key)),
                                      value_take(std::move(value))));
}

Object call(Object const& fn, Object const* args, std::size_t nargs, char const* const* kwnames, std::size_t nkw) {
    rt::VM& vm = vm_of(fn);
    rt::ValueVector values;
    values.reserve(nargs);
    for (std::size_t i = 0; i < nargs; ++i) values.push_back(value_of(args[i]));
    rt::Ref<rt::Tuple> names;
    if (nkw) {
        names = vm.new_tuple(nkw);
        for (std::size_t i = 0; i < nkw; ++i) {
            // keyword names are distinct in any call, as the interpreter's own calls guarantee
            for (std::size_t j = 0; j < i; ++j) {
                if (std::string_view(kwnames[j]) != kwnames[i]) continue;
                auto repeated = [&]() -> rt::Result<Value> {
                    std::string name = TRY(vm.function_str(value_of(fn)));
                    return vm.raise(vm.types.TypeError, "{} got multiple values for keyword argument '{}'", name,
                                    kwnames[i]);
                };
                return checked(fn.core(), repeated());
            }
            names->items[i] = Value::borrowed(vm.intern(kwnames[i]));
        }
    }
    return checked(fn.core(), vm.call(value_of(fn), values.data(), nargs, names.get()));
}

Object get_item(Object const& container, Object const& key) {
    return checked(container.core(), vm_of(container).getitem(value_of(container), value_of(key)));
}

void set_item(Object const& container, Object const& key, Object const& value) {
    checked(container.core(), vm_of(container).setitem(value_of(container), value_of(key), value_of(value)));
}

void set_attr(Object const& target, std::string_view name, Object const& value) {
    rt::VM& vm = vm_of(target);
    checked(target.core(), vm.setattr(value_of(target), vm.intern(name), value_of(value)));
}

Object convert_for_as(Object const& o) {
    (void)vm_of(o);
    return o;
}

} // namespace detail

using detail::checked;
using detail::value_of;

std::string Object::type_name() const {
    rt::VM& vm = *m_core->vm;
    return std::string(vm.type_of(value_of(*this))->name->view());
}

std::string Object::repr() const {
    rt::Result<std::string> r = m_core->vm->repr_string(value_of(*this));
    if (r.is_error()) throw detail::error_from_pending(m_core);
    return r.value();
}

std::string Object::str() const {
    rt::Result<std::string> r = m_core->vm->str_string(value_of(*this));
    if (r.is_error()) throw detail::error_from_pending(m_core);
    return r.value();
}

bool Object::truthy() const {
    rt::Result<bool> r = m_core->vm->truthy(value_of(*this));
    if (r.is_error()) throw detail::error_from_pending(m_core);
    return r.value();
}

std::size_t Object::size() const {
    rt::Result<std::int64_t> r = m_core->vm->len(value_of(*this));
    if (r.is_error()) throw detail::error_from_pending(m_core);
    return static_cast<std::size_t>(r.value());
}

Object Object::attr(std::string_view name) const {
    rt::VM& vm = *m_core->vm;
    return checked(m_core, vm.getattr(value_of(*this), vm.intern(name)));
}

bool Object::has_attr(std::string_view name) const {
    rt::VM& vm = *m_core->vm;
    rt::Result<rt::Value> r = vm.getattr_opt(value_of(*this), vm.intern(name));
    if (r.is_error()) throw detail::error_from_pending(m_core);
    return !r.value().is_null();
}

bool Object::equals(Object const& other) const {
    rt::Result<bool> r = m_core->vm->equals(value_of(*this), value_of(other));
    if (r.is_error()) throw detail::error_from_pending(m_core);
    return r.value();
}

Object::iterator Object::begin() const {
    iterator it;
    it.m_iterator = checked(m_core, m_core->vm->get_iter(value_of(*this)));
    ++it;
    return it;
}

ObjectIterator& ObjectIterator::operator++() {
    detail::EngineCore* core = m_iterator.core();
    rt::Result<rt::Value> r = core->vm->next(value_of(m_iterator));
    if (r.is_error()) {
        m_item = Object();
        throw detail::error_from_pending(core);
    }
    m_item = r.value().is_null() ? Object() : detail::handle(core, r.release_value());
    return *this;
}

} // namespace weft
