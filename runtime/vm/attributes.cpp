// Attribute access: the generic lookup (data descriptors on the type, then the instance dict, then
// non-data descriptors and plain class attributes, then __getattr__), attributes of types and modules,
// super(), and the special read-only attributes of builtin objects. CPython: Objects/object.c
// (_PyObject_GenericGetAttrWithDict), Objects/typeobject.c (type_getattro, super_getattro).
#include "runtime/gc.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

Value range_slice_attribute(Object* o, std::string_view name);

namespace {

Value bind(VM& vm, Value const& descr, Value const& obj) {
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
        return descr;
    }
}

// The attribute `name` an object holds itself (an instance's slots or dict, an exception's or function's
// dict), or null.
Value own_attribute(Value const& obj, Str* name) {
    if (!obj.is_object())
        return Value();
    Object* o = obj.as_object();
    Dict* d = nullptr;
    switch (o->type->layout) {
    case Layout::Instance: return static_cast<Instance*>(o)->get(name);
    case Layout::Exception: d = static_cast<Exception*>(o)->dict.get(); break;
    case Layout::Function: d = static_cast<Function*>(o)->dict.get(); break;
    default: break;
    }
    return d ? dict_get_str(d, name) : Value();
}

// CPython: property_descr_get/set's messages; the name is known when the property was made in a class body.
Raised raise_property_error(VM& vm, Descriptor* p, Type* type, char const* what) {
    if (p->name.is_object() && vm.type_of(p->name)->layout == Layout::Str)
        return vm.raise(vm.types.AttributeError, "property '{}' of '{}' object has no {}", as<Str>(p->name)->view(),
                        type->qualname->view(), what);
    return vm.raise(vm.types.AttributeError, "property of '{}' object has no {}", type->qualname->view(), what);
}

Dict* instance_dict(VM& vm, Value const& obj) {
    if (!obj.is_object())
        return nullptr;
    Object* o = obj.as_object();
    switch (o->type->layout) {
    case Layout::Instance: return static_cast<Instance*>(o)->materialize(vm);
    case Layout::Exception: return static_cast<Exception*>(o)->dict.get();
    case Layout::Function: return static_cast<Function*>(o)->dict.get();
    default: return nullptr;
    }
}

// Special attributes of builtin objects (what CPython exposes through getset descriptors).
Value builtin_attribute(VM& vm, Value const& obj, Str* name) {
    std::string_view n = name->view();
    if (name == vm.names.dunder_class)
        return Value::borrowed(vm.type_of(obj));
    if (obj.is_int() || obj.is_bool()) {
        if (n == "real" || n == "numerator") return Value::from_int(obj.as_int());
        if (n == "imag") return Value::from_int(0);
        if (n == "denominator") return Value::from_int(1);
        return Value();
    }
    if (obj.is_float()) {
        if (n == "real") return obj;
        if (n == "imag") return Value::from_float(0.0);
        return Value();
    }
    if (!obj.is_object())
        return Value();
    Object* o = obj.as_object();
    switch (o->type->layout) {
    case Layout::Function: {
        auto* f = static_cast<Function*>(o);
        if (name == vm.names.dunder_name) return f->name.value();
        if (name == vm.names.dunder_qualname) return f->qualname.value();
        if (name == vm.names.dunder_module) return f->module;
        if (name == vm.names.dunder_doc) return f->doc.is_null() ? Value::none() : f->doc;
        if (n == "__defaults__") return f->defaults ? f->defaults.value() : Value::none();
        if (n == "__kwdefaults__") return f->kwdefaults ? f->kwdefaults.value() : Value::none();
        if (n == "__code__") return f->code.value();
        if (n == "__globals__") return f->globals.value();
        if (n == "__closure__") return f->closure ? f->closure.value() : Value::none();
        if (name == vm.names.dunder_annotations) {
            if (!f->annotations) f->annotations = vm.new_dict();
            return f->annotations.value();
        }
        if (name == vm.names.dunder_dict) {
            if (!f->dict) f->dict = vm.new_dict();
            return f->dict.value();
        }
        return Value();
    }
    case Layout::BuiltinFunction: {
        auto* f = static_cast<BuiltinFunction*>(o);
        if (name == vm.names.dunder_name || name == vm.names.dunder_qualname) return f->name.value();
        if (n == "__self__") return f->self.is_null() ? Value::none() : f->self;
        return Value();
    }
    case Layout::BoundMethod: {
        auto* m = static_cast<BoundMethod*>(o);
        if (n == "__self__") return m->self;
        if (n == "__func__") return m->function;
        // CPython: method_getattro delegates other attributes to the function
        Result<Value> r = vm.getattr_opt(m->function, name);
        if (r.is_error()) {
            vm.take_exception();
            return Value();
        }
        return r.release_value();
    }
    case Layout::Code: {
        auto* c = static_cast<CodeObject*>(o);
        if (n == "co_name") return c->name.value();
        if (n == "co_qualname") return c->qualname.value();
        if (n == "co_filename") return c->filename.value();
        if (n == "co_argcount") return Value::from_int(c->argcount);
        return Value();
    }
    case Layout::Exception: {
        auto* e = static_cast<Exception*>(o);
        if (name == vm.names.args) return e->args.value();
        if (n == "__context__") return e->context.is_null() ? Value::none() : e->context;
        if (n == "__cause__") return e->cause.is_null() ? Value::none() : e->cause;
        if (n == "__suppress_context__") return Value::from_bool(e->suppress_context);
        if (n == "__traceback__") return Value::none();
        if (name == vm.names.dunder_dict) {
            if (!e->dict) e->dict = vm.new_dict();
            return e->dict.value();
        }
        if (name == vm.names.value && o->type->is_subtype_of(vm.types.StopIteration)) return e->value;
        if (name == vm.names.code && o->type->is_subtype_of(vm.types.SystemExit)) return e->value;
        return Value();
    }
    case Layout::Instance:
        if (name == vm.names.dunder_dict) return Value::borrowed(static_cast<Instance*>(o)->materialize(vm));
        return Value();
    case Layout::Module:
        if (name == vm.names.dunder_dict) return static_cast<Module*>(o)->dict.value();
        return Value();
    case Layout::Generator: case Layout::Coroutine: {
        auto* g = static_cast<Generator*>(o);
        if (name == vm.names.dunder_name) return Value::borrowed(g->name());
        if (name == vm.names.dunder_qualname) return Value::borrowed(g->qualname());
        return Value();
    }
    case Layout::Property: case Layout::StaticMethod: case Layout::ClassMethod: {
        auto* d = static_cast<Descriptor*>(o);
        if (n == "fget" || n == "__func__" || n == "__wrapped__") return d->function;
        if (n == "fset") return d->setter;
        if (n == "fdel") return d->deleter;
        if (name == vm.names.dunder_doc) return d->doc.is_null() ? Value::none() : d->doc;
        return Value();
    }
    case Layout::Slice: case Layout::Range: return range_slice_attribute(o, n);
    case Layout::Cell:
        if (n != "cell_contents") return Value();
        if (static_cast<Cell*>(o)->contents.is_null()) {
            vm.raise(vm.types.ValueError, "Cell is empty");  // CPython: cell_get_contents
            return Value();
        }
        return static_cast<Cell*>(o)->contents;
    default:
        return Value();
    }
}

Result<Value> type_getattr(VM& vm, Type* type, Str* name) {
    // The metatype's data descriptors would come first; builtin metatype has none that users define.
    Value v = type->lookup(name);
    if (!v.is_null()) {
        Type* vt = vm.type_of(v);
        if (vt->layout == Layout::ClassMethod) {
            auto m = make<BoundMethod>(vm.types.method);
            m->function = as<Descriptor>(v)->function;
            m->self = Value::borrowed(type);
            vm.gc().track(m.get());
            return m.take_value();
        }
        if (vt->layout == Layout::StaticMethod)
            return as<Descriptor>(v)->function;
        return v;
    }
    std::string_view n = name->view();
    if (name == vm.names.dunder_name) return type->name.value();
    if (name == vm.names.dunder_qualname) return type->qualname.value();
    if (name == vm.names.dunder_module) return vm.new_str(type->module_name);
    if (name == vm.names.dunder_doc) return Value::none();
    if (name == vm.names.dunder_mro) {
        auto t = vm.new_tuple(type->mro.size());
        for (std::size_t i = 0; i < type->mro.size(); ++i) t->items[i] = type->mro[i].value();
        return t.take_value();
    }
    if (name == vm.names.dunder_bases) {
        auto t = vm.new_tuple(type->bases.size());
        for (std::size_t i = 0; i < type->bases.size(); ++i) t->items[i] = type->bases[i].value();
        return t.take_value();
    }
    if (name == vm.names.dunder_base) return type->base ? Value::borrowed(type->base) : Value::none();
    if (name == vm.names.dunder_dict) {
        // CPython hands out a read-only mappingproxy; a snapshot keeps writes from bypassing the type
        // cache's epoch just as well
        Ref<Dict> copy = vm.new_dict();
        for (auto const& e : type->dict->table.entries())
            if (!e.key.is_null()) copy->table.insert_new(e.key, e.hash, e.value);
        return copy.take_value();
    }
    if (name == vm.names.dunder_class) return Value::borrowed(vm.type_of(Value::borrowed(type)));
    // Methods of the metatype (e.g. type.mro)
    Value meta = vm.types.type->lookup(name);
    if (!meta.is_null() && n != "__repr__")
        return bind(vm, meta, Value::borrowed(type));
    return Value();
}

Result<Value> super_getattr(VM& vm, Super* s, Str* name) {
    Type* start = s->start.get();
    Type* self_type = s->self_type.get();
    auto& mro = self_type->mro;
    std::size_t i = 0;
    while (i < mro.size() && mro[i].get() != start) ++i;
    for (++i; i < mro.size(); ++i) {
        Value v = dict_get_str(mro[i]->dict.get(), name);
        if (v.is_null()) continue;
        Type* vt = vm.type_of(v);
        if (vt->layout == Layout::Property)
            return vm.call1(as<Descriptor>(v)->function, s->self);
        if (s->self.is_object() && vm.type_of(s->self)->layout == Layout::Type && s->self.as_object() == self_type) {
            // super() in a classmethod: bind classmethods to the class, leave functions unbound
            if (vt->layout == Layout::ClassMethod) {
                auto m = make<BoundMethod>(vm.types.method);
                m->function = as<Descriptor>(v)->function;
                m->self = s->self;
                return m.take_value();
            }
            if (vt->layout == Layout::StaticMethod) return as<Descriptor>(v)->function;
            return v;
        }
        return bind(vm, v, s->self);
    }
    if (name == vm.names.dunder_class) return Value::borrowed(vm.types.super);
    return Value();
}

} // namespace

Raised VM::raise_attribute_error(Value const& obj, Str* name) {
    Type* t = type_of(obj);
    if (t->layout == Layout::Module)
        return raise(types.AttributeError, "module '{}' has no attribute '{}'", as<Module>(obj)->name->view(), name->view());
    if (t->layout == Layout::Type)
        return raise(types.AttributeError, "type object '{}' has no attribute '{}'", as<Type>(obj)->name->view(), name->view());
    return raise(types.AttributeError, "'{}' object has no attribute '{}'", t->name->view(), name->view());
}

Result<Value> VM::getattr_opt(Value const& obj, Str* name) {
    Type* type = type_of(obj);
    switch (type->layout) {
    case Layout::Type: {
        Value v = TRY(type_getattr(*this, as<Type>(obj), name));
        if (!v.is_null()) return v;
        break;
    }
    case Layout::Module: {
        Value v = dict_get_str(as<Module>(obj)->dict.get(), name);
        if (!v.is_null()) return v;
        if (name == names.dunder_dict) return as<Module>(obj)->dict.value();
        return Value();
    }
    case Layout::Super: {
        Value v = TRY(super_getattr(*this, as<Super>(obj), name));
        if (!v.is_null()) return v;
        break;
    }
    default: {
        Value descr = type->lookup(name);
        if (!descr.is_null() && type_of(descr)->layout == Layout::Property) {
            Descriptor* p = as<Descriptor>(descr);
            if (p->function.is_none())
                return raise_property_error(*this, p, type, "getter");
            return call1(p->function, obj);
        }
        if (Value v = own_attribute(obj, name); !v.is_null())
            return v;
        if (!descr.is_null())
            return bind(*this, descr, obj);
        Value special = builtin_attribute(*this, obj, name);
        if (!special.is_null()) return special;
        if (type->is_heap) {
            Value ga = type->lookup(names.dunder_getattr);
            if (!ga.is_null()) {
                Value args[2] = {obj, Value::borrowed(name)};
                Result<Value> r = call(ga, args, 2);
                if (r.is_error() && exception_matches(types.AttributeError)) {
                    take_exception();
                    return Value();
                }
                return r;
            }
        }
        return Value();
    }
    }
    Value special = builtin_attribute(*this, obj, name);
    return special;
}

Result<Value> VM::getattr(Value const& obj, Str* name) {
    Value v = TRY(getattr_opt(obj, name));
    if (v.is_null()) {
        if (has_exception()) return Raised{};
        return raise_attribute_error(obj, name);
    }
    return v;
}

Result<void> VM::load_method(Value const& obj, Str* name, Value& method, Value& self_out) {
    Type* type = type_of(obj);
    if (type->layout != Layout::Type && type->layout != Layout::Module && type->layout != Layout::Super) {
        Value descr = type->lookup(name);
        if (!descr.is_null()) {
            Layout l = type_of(descr)->layout;
            bool is_method = l == Layout::Function ||
                             (l == Layout::BuiltinFunction && as<BuiltinFunction>(descr)->is_method &&
                              as<BuiltinFunction>(descr)->self.is_null());
            if (is_method) {
                Value shadow = own_attribute(obj, name);
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

Result<void> VM::setattr(Value const& obj, Str* name, Value value) {
    Type* type = type_of(obj);
    if (type->layout == Layout::Type) {
        Type* t = as<Type>(obj);
        if (!t->is_heap)
            return raise(types.TypeError, "cannot set '{}' attribute of immutable type '{}'", name->view(), t->name->view());
        type_cache.invalidate();
        if (name == names.dunder_name && value.is_object() && type_of(value)->layout == Layout::Str) {
            t->name = Ref<Str>::borrowed(as<Str>(value));
            return {};
        }
        dict_set_str(*this, t->dict.get(), name, std::move(value));
        return {};
    }
    if (type->layout == Layout::Module) {
        dict_set_str(*this, as<Module>(obj)->dict.get(), name, std::move(value));
        return {};
    }
    Value descr = type->is_heap || type->layout == Layout::Exception ? type->lookup(name) : Value();
    if (!descr.is_null() && type_of(descr)->layout == Layout::Property) {
        Descriptor* p = as<Descriptor>(descr);
        if (p->setter.is_none())
            return raise_property_error(*this, p, type, "setter");
        Value args[2] = {obj, std::move(value)};
        TRY(call(p->setter, args, 2));
        return {};
    }
    switch (type->layout) {
    case Layout::Instance:
        as<Instance>(obj)->set(*this, name, std::move(value));
        return {};
    case Layout::Exception: {
        Exception* e = as<Exception>(obj);
        std::string_view n = name->view();
        if (n == "__context__") { e->context = value.is_none() ? Value() : value; return {}; }
        if (n == "__cause__") { e->cause = value.is_none() ? Value() : value; e->suppress_context = true; return {}; }
        if (n == "__suppress_context__") { e->suppress_context = TRY(truthy(value)); return {}; }
        if (n == "__traceback__") return {};
        if (name == names.args) {
            Ref<Tuple> t = TRY(to_tuple(value));
            e->args = std::move(t);
            return {};
        }
        if (!e->dict) e->dict = new_dict();
        dict_set_str(*this, e->dict.get(), name, std::move(value));
        return {};
    }
    case Layout::Function: {
        Function* f = as<Function>(obj);
        if (name == names.dunder_name && value.is_object() && type_of(value)->layout == Layout::Str) {
            f->name = Ref<Str>::borrowed(as<Str>(value));
            return {};
        }
        if (name == names.dunder_qualname && value.is_object() && type_of(value)->layout == Layout::Str) {
            f->qualname = Ref<Str>::borrowed(as<Str>(value));
            return {};
        }
        if (name == names.dunder_doc) { f->doc = std::move(value); return {}; }
        if (name == names.dunder_module) { f->module = std::move(value); return {}; }
        if (!f->dict) f->dict = new_dict();
        dict_set_str(*this, f->dict.get(), name, std::move(value));
        return {};
    }
    default:
        if (!type->lookup(name).is_null())
            return raise(types.AttributeError, "'{}' object attribute '{}' is read-only", type->name->view(), name->view());
        return raise(types.AttributeError, "'{}' object has no attribute '{}'", type->name->view(), name->view());
    }
}

Result<void> VM::delattr(Value const& obj, Str* name) {
    Type* type = type_of(obj);
    Dict* d = nullptr;
    if (type->layout == Layout::Type && as<Type>(obj)->is_heap) {
        type_cache.invalidate();
        d = as<Type>(obj)->dict.get();
    } else if (type->layout == Layout::Module) {
        d = as<Module>(obj)->dict.get();
    } else {
        Value descr = type->lookup(name);
        if (!descr.is_null() && type_of(descr)->layout == Layout::Property) {
            Descriptor* p = as<Descriptor>(descr);
            if (p->deleter.is_none())
                return raise_property_error(*this, p, type, "deleter");
            TRY(call1(p->deleter, obj));
            return {};
        }
        d = instance_dict(*this, obj);
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
