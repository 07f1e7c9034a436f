// _weakref: the weak reference type (weakref.ref / ReferenceType) and getweakrefcount/getweakrefs, with CPython
// 3.11's behaviour (Objects/weakrefobject.c; the code is ours). The collector keeps each object's references and
// clears them when it is freed (runtime/gc.cpp); weakref.py builds proxies, WeakValueDictionary and the rest on it.
#include <cstdio>

#include "interpreter/bytecode.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/str.hpp"
#include "runtime/types/type.hpp"
#include "runtime/types/weakref.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

char const ref_key = 0;  // module_type(): ReferenceType

// Whether instances of `t` may be weakly referenced (CPython: _PyType_SUPPORTS_WEAKREFS): objects of classes
// (unless __slots__ leaves out __weakref__, or the class derives from a variable-size builtin), functions, types,
// sets, generators, modules, methods and the native objects of modules.
bool weakrefable(VM& vm, Type* t) {
    if (t->is_heap) {
        Layout base = builtin_base(t)->layout;
        if (base == Layout::Int || base == Layout::Str || base == Layout::Tuple || base == Layout::Bytes ||
            base == Layout::Bool)
            return false;
        if (!t->slots_only) return true;
        for (auto const& c : t->mro)
            if (c->weakref_slot) return true;
        return false;
    }
    switch (t->layout) {
    case Layout::Function: case Layout::Type: case Layout::Set: case Layout::Generator: case Layout::Coroutine:
    case Layout::Module: case Layout::BoundMethod: case Layout::Code: case Layout::Future: case Layout::Task:
    case Layout::Native: case Layout::Property:
        return true;
    default:
        return false;
    }
}

// A reference to `referent` of type `type`: the existing plain one when there is no callback and `type` is ref
// itself (CPython shares it), else a new one at the end of the object's list.
Result<Value> new_reference(VM& vm, Type* type, Value const& referent, Value const& callback) {
    Type* referent_type = vm.type_of(referent);
    if (!referent.is_object() || !weakrefable(vm, referent_type))
        return vm.raise(vm.types.TypeError, "cannot create weak reference to '{}' object", referent_type->name->view());
    Object* object = referent.as_object();
    bool plain = callback.is_null() || callback.is_none();
    Type* ref_type = vm.module_type(&ref_key);
    if (plain && type == ref_type) {
        if (auto const* refs = vm.gc().weakrefs_of(object))
            for (WeakReference* r : *refs)
                if (r->type == ref_type && (r->callback.is_null() || r->callback.is_none()))
                    return Value::borrowed(r);
    }
    auto ref = make<WeakReference>(type);
    if (type->is_heap) incref(type);
    ref->referent = object;
    if (!plain) ref->callback = callback;
    vm.gc().add_weakref(object, ref.get());
    if (!plain) vm.gc().track(ref.get());
    return ref.take_value();
}

// ref(object[, callback]) and ReferenceType.__new__ (CPython: weakref___new__)
Result<Value> ref_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    // __new__ leaves keywords to a subclass's __init__; ref itself takes none (CPython: weakref___init__)
    if (kwnames && kwnames->size && as<Type>(args[0]) == vm.module_type(&ref_key))
        return vm.raise(vm.types.TypeError, "ref() takes no keyword arguments");
    if (npos < 1 || npos > 2)
        return vm.raise(vm.types.TypeError, "__new__ expected {} {} argument{}, got {}", npos < 1 ? "at least" : "at most",
                        npos < 1 ? 1 : 2, npos < 1 ? "" : "s", npos);
    return new_reference(vm, as<Type>(args[0]), args[1], npos > 1 ? args[2] : Value::none());
}

// ReferenceType.__init__ takes what __new__ took and does nothing with it
Result<Value> ref_init(VM&, Value const*, std::size_t, Tuple*) { return Value::none(); }

WeakReference* self_ref(Value const& v) { return as<WeakReference>(v); }

// r(): the referent, or None once it is gone
Result<Value> ref_call(VM& vm, Value const& self, Value const*, std::size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size) return vm.raise(vm.types.TypeError, "weakref() takes no keyword arguments");
    if (nargs) return vm.raise(vm.types.TypeError, "weakref() takes exactly 0 arguments ({} given)", nargs);
    Object* o = self_ref(self)->referent;
    return o ? Value::borrowed(o) : Value::none();
}

// The referent's hash, kept once computed; a reference that never had one cannot be hashed once it is dead
Result<std::int64_t> ref_hash(VM& vm, Value const& self) {
    WeakReference* r = self_ref(self);
    if (r->hash != -1) return r->hash;
    if (!r->referent) return vm.raise(vm.types.TypeError, "weak object has gone away");
    r->hash = TRY(vm.hash(Value::borrowed(r->referent)));
    return r->hash;
}

// == and != compare the referents while both are alive, else the references themselves (CPython: weakref_richcompare)
Result<Value> ref_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    bool eq = op == static_cast<int>(front::CmpOpArg::Eq), ne = op == static_cast<int>(front::CmpOpArg::Ne);
    Type* ref_type = vm.module_type(&ref_key);
    auto is_ref = [&](Value const& v) {
        if (!v.is_object()) return false;
        for (auto const& t : vm.type_of(v)->mro)
            if (t.get() == ref_type) return true;
        return false;
    };
    if (!(eq || ne) || !is_ref(a) || !is_ref(b)) return vm.not_implemented;
    Object* x = self_ref(a)->referent;
    Object* y = self_ref(b)->referent;
    if (!x || !y) {
        bool same = a.as_object() == b.as_object();
        return Value::from_bool(eq ? same : !same);
    }
    return vm.compare(Value::borrowed(x), Value::borrowed(y), op);
}

Result<Value> ref_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    WeakReference* r = self_ref(args[0]);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "<weakref at %p; ", static_cast<void*>(r));
    std::string out = buffer;
    if (!r->referent) return vm.new_str(out + "dead>");
    std::snprintf(buffer, sizeof buffer, "%p", static_cast<void*>(r->referent));
    out += "to '" + std::string(r->referent->type->name->view()) + "' at " + buffer;
    Value name = TRY(vm.getattr_opt(Value::borrowed(r->referent), vm.names.dunder_name));
    if (!name.is_null() && name.is_object() && vm.type_of(name)->layout == Layout::Str)
        out += " (" + std::string(as<Str>(name)->view()) + ")";
    return vm.new_str(out + ">");
}

Value ref_members(VM&, Value const& self, Str* name) {
    if (name->view() == "__callback__") {
        Value const& cb = self_ref(self)->callback;
        return cb.is_null() ? Value::none() : cb;
    }
    return Value();
}

Result<Value> getweakrefcount(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (!args[0].is_object()) return Value::from_int(0);
    auto const* refs = vm.gc().weakrefs_of(args[0].as_object());
    return Value::from_int(refs ? static_cast<std::int64_t>(refs->size()) : 0);
}

Result<Value> getweakrefs(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto list = vm.new_list();
    if (args[0].is_object())
        if (auto const* refs = vm.gc().weakrefs_of(args[0].as_object()))
            for (WeakReference* r : *refs) list->items.push_back(Value::borrowed(r));
    return list.take_value();
}

} // namespace

Result<void> init__weakref_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    Type* t = make_builtin_type(vm, "ReferenceType", vm.types.object, Layout::Native);
    t->module_name = "weakref";
    t->construct = ref_construct;
    t->constructs_subclasses = true;
    t->slots.call = ref_call;
    t->slots.hash = ref_hash;
    t->slots.richcompare = ref_richcompare;
    t->slots.members = ref_members;
    add_methods(vm, t, {{"__init__", ref_init}, {"__repr__", ref_repr, Args::none()}});
    vm.set_module_type(&ref_key, t);
    dict_set_str(vm, d, vm.intern("ReferenceType"), Value::borrowed(t));
    dict_set_str(vm, d, vm.intern("ref"), Value::borrowed(t));
    add_function(vm, d, "getweakrefcount", getweakrefcount, Args::one());
    add_function(vm, d, "getweakrefs", getweakrefs, Args::one());
    return {};
}

} // namespace weft::rt
