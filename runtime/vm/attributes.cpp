// Attribute access: the generic lookup (a property on the type, the object's own attribute, other descriptors and
// class attributes, the object's special attributes, then __getattr__) and store, through the type's attribute
// slots; types, modules and super() bring getattr slots of their own. CPython: Objects/object.c
// (_PyObject_GenericGetAttrWithDict, PyObject_GenericSetAttr).
#include "runtime/gc.hpp"
#include "runtime/types/shape.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

Value VM::bind_descriptor(Value const& descr, Value const& obj) {
    VM& vm = *this;
    Type* dt = vm.type_of(descr);
    switch (dt->layout) {
    case Layout::Function: {
        auto m = make<BoundMethod>(vm.types.method);
        m->function = descr;
        m->self = obj;
        vm.gc().track(m.get());
        return m.take_value();
    }
    case Layout::BuiltinFunction: {
        auto* f = as<BuiltinFunction>(descr);
        if (!f->is_method || !f->self.is_null())
            return descr;
        auto b = make<BuiltinFunction>(vm.types.builtin_function);
        b->fn = f->fn;
        b->name = f->name;
        b->data = f->data;
        b->owner = f->owner;
        b->is_method = true;
        b->args = f->args;
        b->self = obj;
        return b.take_value();
    }
    case Layout::StaticMethod:
        return as<Descriptor>(descr)->function;
    case Layout::ClassMethod: {
        auto m = make<BoundMethod>(vm.types.method);
        m->function = as<Descriptor>(descr)->function;
        m->self = Value::borrowed(vm.type_of(obj));
        vm.gc().track(m.get());
        return m.take_value();
    }
    default:
        if (dt->is_getset_descriptor) [[unlikely]]
            return bound_member(vm, descr, obj);  // int.real read from an int: the attribute itself
        return descr;
    }
}

namespace {

// The attribute `name` an object holds itself (an instance's slots or dict, an exception's or function's
// dict), or null.
Value own_attribute(VM& vm, Value const& obj, Str* name) {
    Type* t = vm.type_of(obj);
    return t->slots.own_attribute ? t->slots.own_attribute(obj, name) : Value();
}

// CPython: property_descr_get/set's messages; the name is known when the property was made in a class body.
Raised raise_property_error(VM& vm, Descriptor* p, Type* type, char const* what) {
    if (p->name.is_object() && vm.type_of(p->name)->layout == Layout::Str)
        return vm.raise(vm.types.AttributeError, "property '{}' of '{}' object has no {}", as<Str>(p->name)->view(),
                        type->qualname->view(), what);
    return vm.raise(vm.types.AttributeError, "property of '{}' object has no {}", type->qualname->view(), what);
}

// Special attributes of builtin objects (CPython: getset descriptors): __class__, then the type's members.
Value builtin_attribute(VM& vm, Value const& obj, Str* name) {
    if (name == vm.names.dunder_class)
        return Value::borrowed(vm.type_of(obj));
    Type* t = vm.type_of(obj);
    return t->slots.members ? t->slots.members(vm, obj, name) : Value();
}

} // namespace

Raised VM::raise_attribute_error(Value const& obj, Str* name) {
    Type* t = type_of(obj);
    if (t->layout == Layout::Module)
        raise(types.AttributeError, "module '{}' has no attribute '{}'", as<Module>(obj)->name->view(), name->view());
    else if (t->layout == Layout::Type)
        raise(types.AttributeError, "type object '{}' has no attribute '{}'", as<Type>(obj)->name->view(), name->view());
    else
        raise(types.AttributeError, "'{}' object has no attribute '{}'", t->name->view(), name->view());
    add_attribute_error_context(obj, name);
    return Raised{};
}

// The generic lookup (CPython: _PyObject_GenericGetAttrWithDict): a property on the type, the object's own
// attribute, another descriptor or class attribute, the object's special attributes, then a class's
// __getattr__. Types, modules and super() replace it with their getattr slot.
Result<Value> VM::getattr_opt(Value const& obj, Str* name) {
    Type* type = type_of(obj);
    if (type->getattribute_hook) [[unlikely]] {
        Value hook = type->lookup(names.dunder_getattribute);
        if (is_own_special_method(hook)) {
            // a class's __getattribute__, then its __getattr__ when that raises AttributeError (CPython:
            // slot_tp_getattr_hook)
            Value args[2] = {obj, Value::borrowed(name)};
            Result<Value> r = call(hook, args, 2);
            if (!r.is_error() || !exception_matches(types.AttributeError))
                return r;
            Value ga = type->lookup(names.dunder_getattr);
            if (ga.is_null()) {
                m_getattr_error = take_exception();
                return Value();
            }
            take_exception();
            Result<Value> r2 = call(ga, args, 2);
            if (r2.is_error() && exception_matches(types.AttributeError)) {
                m_getattr_error = take_exception();
                return Value();
            }
            return r2;
        }
    }
    return generic_getattr_opt(obj, name);
}

// object.__getattribute__ (CPython: PyObject_GenericGetAttr), then a class's __getattr__
Result<Value> VM::generic_getattr_opt(Value const& obj, Str* name) {
    Type* type = type_of(obj);
    if (type->slots.getattr) {
        Value v = TRY(type->slots.getattr(*this, obj, name));
        if (!v.is_null())
            return v;
        return builtin_attribute(*this, obj, name);
    }
    Value descr = type->lookup(name);
    Value get;  // a class's descriptor: its __get__
    if (!descr.is_null()) {
        Type* dt = type_of(descr);
        if (dt->layout == Layout::Property) {
            Descriptor* p = as<Descriptor>(descr);
            if (p->function.is_none())
                return raise_property_error(*this, p, type, "getter");
            return getattr_fallback(obj, name, call1(p->function, obj));
        }
        if (dt->is_heap) {
            get = dt->lookup(names.dunder_get);
            // a data descriptor (it has __set__ or __delete__) comes before the instance's own attributes
            if (!get.is_null() && (!dt->lookup(names.dunder_set).is_null() || !dt->lookup(names.dunder_delete).is_null()))
                return getattr_fallback(obj, name, call_descriptor_get(get, descr, obj, Value::borrowed(type)));
        }
    }
    if (Value v = own_attribute(*this, obj, name); !v.is_null())
        return v;
    if (!get.is_null())
        return getattr_fallback(obj, name, call_descriptor_get(get, descr, obj, Value::borrowed(type)));
    if (!descr.is_null())
        return bind_descriptor(descr, obj);
    Value special = builtin_attribute(*this, obj, name);
    if (!special.is_null())
        return special;
    if (type->is_heap) {
        Value ga = type->lookup(names.dunder_getattr);
        if (!ga.is_null())
            return call_class_getattr(ga, obj, name);
    }
    return Value();
}

// A class's __getattr__(obj, name); its AttributeError is kept for getattr() to raise if its caller must.
Result<Value> VM::call_class_getattr(Value const& getattr_fn, Value const& obj, Str* name) {
    Value args[2] = {obj, Value::borrowed(name)};
    Result<Value> r = call(getattr_fn, args, 2);
    if (r.is_error() && exception_matches(types.AttributeError)) {
        m_getattr_error = take_exception();  // what getattr() raises, if its caller raises
        return Value();
    }
    return r;
}

// A property or descriptor's result; when it raised AttributeError and the class defines __getattr__, that is
// asked instead (CPython: slot_tp_getattr_hook calls __getattr__ after any AttributeError of the lookup).
Result<Value> VM::getattr_fallback(Value const& obj, Str* name, Result<Value> got) {
    if (!got.is_error() || !exception_matches(types.AttributeError)) [[likely]]
        return got;
    Type* type = type_of(obj);
    if (!type->is_heap) return got;
    Value ga = type->lookup(names.dunder_getattr);
    if (ga.is_null()) return got;
    take_exception();
    return call_class_getattr(ga, obj, name);
}

Result<Value> VM::getattr(Value const& obj, Str* name) {
    m_getattr_error.clear();
    Result<Value> r = getattr_opt(obj, name);
    if (r.is_error()) {
        add_attribute_error_context(obj, name);
        return Raised{};
    }
    Value v = r.release_value();
    if (v.is_null()) {
        if (has_exception()) return Raised{};
        if (!m_getattr_error.is_null()) {
            // the AttributeError a class's __getattr__ raised, as it raised it
            m_exception = std::move(m_getattr_error);
            add_attribute_error_context(obj, name);
            return Raised{};
        }
        return raise_attribute_error(obj, name);
    }
    return v;
}

Result<void> VM::load_method(Value const& obj, Str* name, Value& method, Value& self_out) {
    Type* type = type_of(obj);
    if (!type->slots.getattr && !type->getattribute_hook) {
        Value descr = type->lookup(name);
        if (!descr.is_null()) {
            Layout l = type_of(descr)->layout;
            bool is_method = l == Layout::Function ||
                             (l == Layout::BuiltinFunction && as<BuiltinFunction>(descr)->is_method &&
                              as<BuiltinFunction>(descr)->self.is_null());
            if (is_method) {
                Value shadow = own_attribute(*this, obj, name);
                if (shadow.is_null()) {
                    method = std::move(descr);
                    self_out = obj;
                    return {};
                }
                method = std::move(shadow);
                return {};
            }
        }
    }
    method = TRY(getattr(obj, name));
    return {};
}

Result<Value> VM::call_descriptor_get(Value const& get, Value const& descr, Value const& obj, Value const& type) {
    Value args[3] = {descr, obj, type};
    return call(get, args, 3);
}

Result<bool> VM::set_through_descriptor(Value const& obj, Str* name, Value& value) {
    Type* type = type_of(obj);
    Value descr = type->lookup(name);
    if (descr.is_null())
        return false;
    if (Type* dt = type_of(descr); dt->is_heap) {
        // a class's data descriptor: its __set__ (CPython: PyObject_GenericSetAttr)
        Value set = dt->lookup(names.dunder_set);
        if (set.is_null()) {
            if (dt->lookup(names.dunder_delete).is_null())
                return false;
            return raise(types.AttributeError, "__set__");
        }
        Value args[3] = {descr, obj, std::move(value)};
        TRY(call(set, args, 3));
        return true;
    }
    if (type_of(descr)->layout != Layout::Property)
        return false;
    Descriptor* p = as<Descriptor>(descr);
    if (p->setter.is_none())
        return raise_property_error(*this, p, type, "setter");
    Value args[2] = {obj, std::move(value)};
    TRY(call(p->setter, args, 2));
    return true;
}

// obj.name = value: a class's __setattr__, else the type's setattr slot; objects without one have read-only
// attributes.
Result<void> VM::setattr(Value const& obj, Str* name, Value value) {
    Type* type = type_of(obj);
    if (type->attribute_hooks) [[unlikely]] {
        Value hook = type->lookup(names.dunder_setattr);
        if (is_own_special_method(hook)) {
            Value args[3] = {obj, Value::borrowed(name), std::move(value)};
            TRY(call(hook, args, 3));
            return {};
        }
    }
    return generic_setattr(obj, name, std::move(value));
}

namespace {

// obj.__class__ = cls for instances of classes (CPython: object_set_class and compatible_for_assignment): both
// classes made by class statements with the same layout. The instance's attribute shape moves to the new class's
// shape tree (the old class may be freed once no instance holds it).
Result<void> set_class(VM& vm, Value const& obj, Value const& value) {
    if (!(value.is_object() && vm.type_of(value)->layout == Layout::Type))
        return vm.raise(vm.types.TypeError, "__class__ must be set to a class, not '{}' object", vm.type_of(value)->name->view());
    Type* old_type = vm.type_of(obj);
    Type* new_type = as<Type>(value);
    if (!old_type->is_heap || !new_type->is_heap)
        return vm.raise(vm.types.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    bool same_slots = old_type->slots_only == new_type->slots_only && old_type->slot_names.size() == new_type->slot_names.size() &&
                      std::equal(old_type->slot_names.begin(), old_type->slot_names.end(), new_type->slot_names.begin(),
                                 [](Ref<Str> const& a, Ref<Str> const& b) { return a.get() == b.get(); });
    if (old_type->layout != Layout::Instance || new_type->layout != Layout::Instance || !same_slots)
        return vm.raise(vm.types.TypeError, "__class__ assignment: '{}' object layout differs from '{}'",
                        new_type->name->view(), old_type->name->view());
    auto* inst = as<Instance>(obj);
    if (inst->shape) {
        if (!new_type->root_shape) new_type->root_shape = std::make_unique<Shape>();
        Shape* shape = new_type->root_shape.get();
        for (Str* n : inst->shape->names) shape = shape->with(n);
        inst->shape = shape;
    }
    new_type->weakly_referenced |= old_type->weakly_referenced;  // its weak references are cleared when it dies
    incref(new_type);
    inst->type = new_type;
    decref(old_type);
    return {};
}

} // namespace

// object.__setattr__: setting without a class's __setattr__ (CPython: PyObject_GenericSetAttr)
Result<void> VM::generic_setattr(Value const& obj, Str* name, Value value) {
    Type* type = type_of(obj);
    if (name == names.dunder_class) [[unlikely]]
        return set_class(*this, obj, value);
    if (type->slots.setattr)
        return type->slots.setattr(*this, obj, name, std::move(value));
    if (type->slots.members && !type->slots.members(*this, obj, name).is_null())
        return raise(types.AttributeError, "attribute '{}' of '{}' objects is not writable", name->view(),
                     type->name->view());
    if (Value d = type->lookup(name); !d.is_null()) {
        if (is_getset_descriptor(*this, d))  // CPython: getset_set without a setter
            return raise(types.AttributeError, "attribute '{}' of '{}' objects is not writable", name->view(),
                         type->name->view());
        return raise(types.AttributeError, "'{}' object attribute '{}' is read-only", type->name->view(), name->view());
    }
    return raise(types.AttributeError, "'{}' object has no attribute '{}'", type->name->view(), name->view());
}

Result<void> VM::delattr(Value const& obj, Str* name) {
    Type* type = type_of(obj);
    if (type->attribute_hooks) [[unlikely]] {
        Value hook = type->lookup(names.dunder_delattr);
        if (is_own_special_method(hook)) {
            Value args[2] = {obj, Value::borrowed(name)};
            TRY(call(hook, args, 2));
            return {};
        }
    }
    return generic_delattr(obj, name);
}

// object.__delattr__ (CPython: PyObject_GenericSetAttr with a null value)
Result<void> VM::generic_delattr(Value const& obj, Str* name) {
    Type* type = type_of(obj);
    Dict* d = nullptr;
    if (type->layout == Layout::Type && as<Type>(obj)->is_heap) {
        type_cache.invalidate();
        d = as<Type>(obj)->dict.get();
    } else if (type->layout == Layout::Module) {
        d = type->slots.instance_dict(*this, obj);
    } else {
        Value descr = type->lookup(name);
        if (!descr.is_null() && type_of(descr)->is_heap) {
            Value del = type_of(descr)->lookup(names.dunder_delete);
            if (!del.is_null()) {
                Value args[2] = {descr, obj};
                TRY(call(del, args, 2));
                return {};
            }
        }
        if (!descr.is_null() && type_of(descr)->layout == Layout::Property) {
            Descriptor* p = as<Descriptor>(descr);
            if (p->deleter.is_none())
                return raise_property_error(*this, p, type, "deleter");
            TRY(call1(p->deleter, obj));
            return {};
        }
        d = type->slots.instance_dict ? type->slots.instance_dict(*this, obj) : nullptr;
    }
    if (d) {
        std::int64_t ix = d->table.find_str(name, name->get_hash());
        if (ix >= 0) {
            d->table.remove_at(ix, nullptr, nullptr);
            return {};
        }
    }
    return raise_attribute_error(obj, name);
}

} // namespace weft::rt
