// type and object: attribute lookup along the MRO, class creation (C3 linearization), instance creation,
// and the methods of `object` and `type`. CPython: Objects/typeobject.c.
#include "runtime/types/type.hpp"

#include <algorithm>
#include <cstdio>

#include "runtime/gc.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/int.hpp"
#include "runtime/types/shape.hpp"
#include "runtime/types/weakref.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

Type::~Type() {
    detach_from_bases();
    if (attr_cache)
        attr_cache->invalidate();  // another type may be allocated at this address
}

void Type::detach_from_bases() {
    for (auto const& b : bases) {
        auto& list = b->subclasses;
        list.erase(std::remove(list.begin(), list.end(), this), list.end());
    }
}

Value Type::lookup(Str* attribute) const {
    if (!attr_cache || !attribute->interned)
        return lookup_uncached(attribute);
    TypeAttrCache::Entry& e = attr_cache->slot(this, attribute);
    if (e.type == this && e.name == attribute && e.epoch == attr_cache->epoch)
        return Value::from_raw(e.bits, e.tag);
    Value v = lookup_uncached(attribute);
    e.type = this;
    e.name = attribute;
    e.epoch = attr_cache->epoch;
    e.bits = v.raw_bits();
    e.tag = v.tag();
    return v;
}

Value Type::lookup_uncached(Str* attribute) const {
    // A builtin type's methods are made when a lookup first reaches it (specials_pending): the types before it
    // in the MRO did not have the name, so it may be one of this type's.
    for (auto const& t : mro) {
        t->complete();
        if (!t->dict)
            continue;
        Value v = dict_get_str(t->dict.get(), attribute);
        if (!v.is_null())
            return v;
    }
    return Value();
    for (auto const& t : mro)
        t->complete();
    for (auto const& t : mro) {
        if (!t->dict)
            continue;
        Value v = dict_get_str(t->dict.get(), attribute);
        if (!v.is_null())
            return v;
    }
    return Value();
}

bool Type::is_subtype_of(Type const* other) const {
    if (this == other)
        return true;
    for (auto const& t : mro)
        if (t.get() == other)
            return true;
    return false;
}

// mro[0] is the type itself: a reference of the type to itself, which the collector must see as internal (as
// CPython's tp_mro tuple holds the type), or no class would ever be found unreachable
void Type::traverse(GcVisitor& v) {
    for (auto const& b : bases) v.visit(b);
    for (auto const& t : mro) v.visit(t);
    v.visit(dict);
}

void Type::clear_references() {
    detach_from_bases();
    dict = nullptr;
    bases.clear();
    mro.clear();
}

// ---- instances: attributes in shape-laid-out slots (see Instance in type.hpp, shape.hpp) ----

namespace {
Value* inline_storage(Instance* inst) {
    return reinterpret_cast<Value*>(reinterpret_cast<char*>(inst) + sizeof(Instance));
}
} // namespace

Ref<Instance> Instance::create(VM& vm, Type* type) {
    std::uint32_t cap = std::clamp<std::uint32_t>(type->dict_size_hint, 1, 16);
    void* memory = small_alloc(sizeof(Instance) + cap * sizeof(Value));
    auto* inst = new (memory) Instance(type);
    inst->slots = inline_storage(inst);
    inst->capacity = cap;
    inst->inline_capacity = cap;
    if (!type->root_shape)
        type->root_shape = std::make_unique<Shape>();
    inst->shape = type->root_shape.get();
    vm.gc().track(inst);
    return Ref<Instance>::adopt(inst);
}

std::uint32_t Instance::count() const { return shape ? shape->count() : 0; }

Value Instance::get(Str* name) const {
    if (!shape)
        return dict ? dict_get_str(dict.get(), name) : Value();
    std::int32_t i = shape->find(name);
    if (i < 0 && !name->interned) {
        for (std::size_t k = 0; k < shape->names.size(); ++k)
            if (str_equal(shape->names[k], name)) i = static_cast<std::int32_t>(k);
    }
    return i < 0 ? Value() : slots[i];
}

void Instance::set(VM& vm, Str* name, Value value) {
    if (!shape) {
        dict_set_str(vm, materialize(vm), name, std::move(value));
        return;
    }
    Str* key = name->interned ? name : vm.intern(name->view());
    std::int32_t i = shape->find(key);
    if (i >= 0) {
        slots[i] = std::move(value);
        return;
    }
    std::uint32_t n = shape->count();
    if (n >= Shape::max_attributes) {
        dict_set_str(vm, materialize(vm), key, std::move(value));
        return;
    }
    if (n == capacity)
        grow(n + 1);
    new (&slots[n]) Value(std::move(value));
    shape = shape->with(key);
    if (n + 1 > type->dict_size_hint && n + 1 <= 16)
        type->dict_size_hint = n + 1;
}

bool Instance::remove(VM& vm, Str* name) {
    Dict* d = materialize(vm);
    std::int64_t ix = d->table.find_str(name, name->get_hash());
    if (ix < 0)
        return false;
    d->table.remove_at(ix, nullptr, nullptr);
    return true;
}

Dict* Instance::materialize(VM& vm) {
    if (!shape) {
        if (!dict) dict = vm.new_dict();
        return dict.get();
    }
    Ref<Dict> d = vm.new_dict();
    std::uint32_t n = shape->count();
    for (std::uint32_t i = 0; i < n; ++i) {
        if (!slots[i].is_null()) dict_set_str(vm, d.get(), shape->names[i], std::move(slots[i]));
        slots[i].~Value();
    }
    shape = nullptr;
    dict = std::move(d);
    return dict.get();
}

void Instance::grow(std::uint32_t needed) {
    std::uint32_t cap = std::min(std::max(needed, capacity * 2), Shape::max_attributes);
    auto* bigger = static_cast<Value*>(small_alloc(cap * sizeof(Value)));
    std::uint32_t n = count();
    for (std::uint32_t i = 0; i < n; ++i) {
        new (&bigger[i]) Value(std::move(slots[i]));
        slots[i].~Value();
    }
    if (slots != inline_storage(this))
        small_free(slots, capacity * sizeof(Value));
    slots = bigger;
    capacity = cap;
}

Instance::~Instance() {
    std::uint32_t n = count();
    for (std::uint32_t i = 0; i < n; ++i) slots[i].~Value();
    if (slots != inline_storage(this))
        small_free(slots, capacity * sizeof(Value));
}

void Instance::operator delete(Instance* p, std::destroying_delete_t) {
    std::size_t bytes = sizeof(Instance) + p->inline_capacity * sizeof(Value);
    p->~Instance();
    small_free(p, bytes);
}

void Instance::traverse(GcVisitor& v) {
    std::uint32_t n = count();
    for (std::uint32_t i = 0; i < n; ++i) v.visit(slots[i]);
    v.visit(dict);
}

void Instance::clear_references() {
    std::uint32_t n = count();
    for (std::uint32_t i = 0; i < n; ++i) slots[i].clear();
    dict = nullptr;
}
void Module::traverse(GcVisitor& v) { v.visit(dict); }
void Super::traverse(GcVisitor& v) {
    v.visit(start);
    v.visit(self);
    v.visit(self_type);
}

namespace {

// C3 linearization (CPython: mro_implementation). Returns false when no consistent order exists.
bool c3_merge(std::vector<std::vector<Type*>> seqs, std::vector<Type*>& out) {
    for (;;) {
        bool any = false;
        for (auto const& s : seqs)
            if (!s.empty()) any = true;
        if (!any)
            return true;
        Type* candidate = nullptr;
        for (auto const& s : seqs) {
            if (s.empty())
                continue;
            Type* head = s.front();
            bool in_tail = false;
            for (auto const& other : seqs) {
                for (std::size_t i = 1; i < other.size(); ++i)
                    if (other[i] == head) in_tail = true;
            }
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (!candidate) {
            // no head can go next: `out` becomes those heads, each once, for the error (CPython: set_mro_error)
            out.clear();
            for (auto const& s : seqs)
                if (!s.empty() && std::find(out.begin(), out.end(), s.front()) == out.end()) out.push_back(s.front());
            return false;
        }
        out.push_back(candidate);
        for (auto& s : seqs)
            if (!s.empty() && s.front() == candidate)
                s.erase(s.begin());
    }
}

Result<Value> object_init(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) { return Value::none(); }

Result<Value> object_repr(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Type* t = vm.type_of(args[0]);
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(args[0].as_object()));
    std::string mod = t->module_name;
    std::string out = "<";
    if (!mod.empty() && mod != "builtins") {
        out += mod;
        out += ".";
    }
    out += t->qualname->view();
    out += buf;
    return vm.new_str(out);
}

Result<Value> object_str(VM& vm, Value const* args, std::size_t nargs, Tuple*) { return vm.repr(args[0]); }

Result<Value> object_eq(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs != 2)
        return vm.raise(vm.types.TypeError, "expected 1 argument, got {}", nargs - 1);
    return args[0].is(args[1]) ? Value::from_bool(true) : vm.not_implemented;
}

Result<Value> object_ne(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs != 2)
        return vm.raise(vm.types.TypeError, "expected 1 argument, got {}", nargs - 1);
    // CPython: object_richcompare Py_NE inverts __eq__ unless it returned NotImplemented; __eq__ is the type's
    // (for a class compared with `!=`, its metaclass's, not the class's own unbound __eq__)
    Value eq_method = vm.type_of(args[0])->lookup(vm.names.dunder_eq);
    Value eq = TRY(vm.call(eq_method, args, 2));
    if (eq.is(vm.not_implemented))
        return eq;
    bool t = TRY(vm.truthy(eq));
    return Value::from_bool(!t);
}

Result<Value> object_hash(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    auto bits = reinterpret_cast<std::uintptr_t>(args[0].as_object());
    return Value::from_int(static_cast<std::int64_t>(bits >> 4));
}

Result<Value> object_format(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_arg_count(vm, "__format__", nargs, 2, 2));
    if (!args[1].is_object() || vm.type_of(args[1])->layout != Layout::Str)
        return vm.raise(vm.types.TypeError, "__format__() argument must be str");
    if (as<Str>(args[1])->length != 0)
        return vm.raise(vm.types.TypeError, "unsupported format string passed to {}.__format__",
                        vm.type_of(args[0])->name->view());
    return vm.str(args[0]);
}

Result<Value> object_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Type* type = as<Type>(args[0]);
    if (type == vm.types.object && nargs > 1)
        return vm.raise(vm.types.TypeError, "object() takes no arguments");
    auto obj = make<NativeObject>(type);
    return obj.take_value();
}

Result<Value> type_repr(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Type* t = as<Type>(args[0]);
    std::string out = "<class '";
    std::string module = t->module_name;
    if (t->is_heap && t->dict) {  // a class's __module__ may be reassigned (CPython: type_repr reads it)
        Value m = dict_get_str(t->dict.get(), vm.names.dunder_module);
        if (m.is_object() && vm.type_of(m)->layout == Layout::Str) module = std::string(as<Str>(m)->view());
        else module = "builtins";
    }
    if (module != "builtins") {
        out += module;
        out += ".";
    }
    out += t->qualname->view();
    out += "'>";
    return vm.new_str(out);
}

// cls.__subclasses__(): the classes made with cls among their bases, still alive, in creation order
Result<Value> type_subclasses(VM& vm, Value const* args, std::size_t, Tuple*) {
    auto list = vm.new_list();
    for (Type* t : as<Type>(args[0])->subclasses) list->items.push_back(Value::borrowed(t));
    return list.take_value();
}

Result<Value> type_mro(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Type* t = as<Type>(args[0]);
    auto list = vm.new_list();
    for (auto const& m : t->mro)
        list->items.push_back(m.value());
    return list.take_value();
}

} // namespace

namespace {

// ---- attributes (TypeSlots; CPython: type_getattro, type_setattro, module_getattro, PyObject_GenericSetAttr)

// A class's attribute: along its MRO (classmethods bound to it, staticmethods unwrapped), then the special
// attributes of types, then the metatype's methods (CPython: type_getattro).
Result<Value> type_getattr(VM& vm, Value const& self, Str* name) {
    Type* type = as<Type>(self);
    Type* meta = vm.type_of(self);
    // A metaclass's properties come first
    if (meta->is_heap) {
        Value d = meta->lookup(name);
        if (!d.is_null() && vm.type_of(d)->layout == Layout::Property) {
            Descriptor* p = as<Descriptor>(d);
            if (!p->function.is_none())
                return vm.call1(p->function, self);
        }
    }
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
        if (vt->is_heap) {
            // a class's descriptor read through the class: descr.__get__(None, cls)
            Value get = vt->lookup(vm.names.dunder_get);
            if (!get.is_null())
                return vm.call_descriptor_get(get, v, Value::none(), self);
        }
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
        // a read-only view of the class's own dict: writes go through setattr, which keeps the type cache right
        Dict* own = type->complete_dict();
        return make_mappingproxy(vm, own ? Value::borrowed(own) : vm.new_dict().take_value());
    }
    if (name == vm.names.dunder_class) return Value::borrowed(vm.type_of(Value::borrowed(type)));
    // Attributes of the metaclass (type.mro, a metaclass's methods)
    Value meta_attr = meta->lookup(name);
    if (!meta_attr.is_null() && n != "__repr__") {
        // a class's descriptor on the metaclass binds to the class: descr.__get__(cls, metaclass)
        if (Type* dt = vm.type_of(meta_attr); dt->is_heap) {
            Value get = dt->lookup(vm.names.dunder_get);
            if (!get.is_null())
                return vm.call_descriptor_get(get, meta_attr, self, Value::borrowed(meta));
        }
        return vm.bind_descriptor(meta_attr, Value::borrowed(type));
    }
    if (meta->is_heap) {
        // a metaclass's __getattr__, for what the class lacks (CPython: slot_tp_getattr_hook on the metaclass)
        Value hook = meta->lookup(vm.names.dunder_getattr);
        if (is_own_special_method(hook)) {
            Value call_args[2] = {self, Value::borrowed(name)};
            return vm.call(hook, call_args, 2);
        }
    }
    return Value();
}

Result<void> type_setattr(VM& vm, Value const& self, Str* name, Value value) {
    Type* t = as<Type>(self);
    if (!t->is_heap)
        return vm.raise(vm.types.TypeError, "cannot set '{}' attribute of immutable type '{}'", name->view(), t->name->view());
    vm.type_cache.invalidate();
    if (name == vm.names.dunder_setattr || name == vm.names.dunder_delattr)
        t->attribute_hooks = true;  // checked again by VM::setattr, so over-approximating is safe
    if (name == vm.names.dunder_getattribute)
        t->getattribute_hook = true;
    if (name->view() == "__abstractmethods__")  // CPython: type_set_abstractmethods sets Py_TPFLAGS_IS_ABSTRACT
        t->is_abstract = TRY(vm.truthy(value));
    if (name->view() == "__del__" && !t->has_finalizer) {
        t->has_finalizer = true;
        ++vm.gc().finalizer_classes;
    }
    if (name == vm.names.dunder_name && value.is_object() && vm.type_of(value)->layout == Layout::Str) {
        t->name = Ref<Str>::borrowed(as<Str>(value));
        return {};
    }
    if (name == vm.names.dunder_qualname) {  // the class's own, never inherited (CPython: type_set_qualname)
        if (!value.is_object() || vm.type_of(value)->layout != Layout::Str)
            return vm.raise(vm.types.TypeError, "can only assign string to {}.__qualname__, not '{}'", t->name->view(),
                            vm.type_of(value)->name->view());
        t->qualname = Ref<Str>::borrowed(as<Str>(value));
        return {};
    }
    dict_set_str(vm, t->dict.get(), name, std::move(value));
    return {};
}

Result<Value> module_getattr(VM& vm, Value const& self, Str* name) {
    Dict* d = as<Module>(self)->dict.get();
    Value v = dict_get_str(d, name);
    if (!v.is_null()) return v;
    if (name == vm.names.dunder_dict) return as<Module>(self)->dict.value();
    // the module's own __getattr__(name) for what it lacks (PEP 562; CPython: module_getattro)
    if (Value hook = dict_get_str(d, vm.names.dunder_getattr); !hook.is_null())
        return vm.call1(hook, Value::borrowed(name));  // its AttributeError is the one raised
    return Value();
}

Result<void> module_setattr(VM& vm, Value const& self, Str* name, Value value) {
    dict_set_str(vm, as<Module>(self)->dict.get(), name, std::move(value));
    return {};
}

Dict* module_instance_dict(VM&, Value const& self) { return as<Module>(self)->dict.get(); }

// types.ModuleType(name, doc=None): an empty module (CPython: module___init___impl)
Result<Value> module_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[2];
    TRY(parse_args(vm, "module", args + 1, nargs - 1, kwnames, {"name", "doc"}, f));
    if (f[0].is_null())
        return vm.raise(vm.types.TypeError, "module() missing required argument 'name' (pos 1)");
    if (layout_of(f[0]) != Layout::Str)
        return vm.raise(vm.types.TypeError, "module() argument 'name' must be str, not {}",
                        vm.type_of(f[0])->name->view());
    Ref<Module> m = vm.new_module(as<Str>(f[0])->view());
    Dict* d = m->dict.get();
    dict_set_str(vm, d, vm.names.dunder_doc, f[1].is_null() ? Value::none() : f[1]);
    dict_set_str(vm, d, vm.names.dunder_package, Value::none());
    dict_set_str(vm, d, vm.names.dunder_loader, Value::none());
    dict_set_str(vm, d, vm.names.dunder_spec, Value::none());
    return m.take_value();
}

// An instance of a class: its slots, or its dict in dict mode (see Instance)
Value instance_members(VM& vm, Value const& self, Str* name) {
    if (name == vm.names.dunder_dict && !vm.type_of(self)->slots_only)
        return Value::borrowed(as<Instance>(self)->materialize(vm));
    if (name->view() == "__weakref__") {
        // the object's first weak reference, or None (CPython: subtype_getweakref)
        auto const* refs = vm.gc().weakrefs_of(self.as_object());
        if (refs && !refs->empty()) return Value::borrowed(static_cast<Object*>(refs->front()));
        Type* t = vm.type_of(self);
        bool has_slot = !t->slots_only;
        for (auto const& c : t->mro) has_slot = has_slot || c->weakref_slot;
        return has_slot ? Value::none() : Value();
    }
    return Value();
}

Value instance_own_attribute(Value const& self, Str* name) { return as<Instance>(self)->get(name); }

Dict* instance_instance_dict(VM& vm, Value const& self) { return as<Instance>(self)->materialize(vm); }

Result<void> instance_setattr(VM& vm, Value const& self, Str* name, Value value) {
    if (TRY(vm.set_through_descriptor(self, name, value)))
        return {};
    Type* t = vm.type_of(self);
    if (!t->allows_attribute(name)) [[unlikely]]
        return vm.raise_attribute_error(self, name);
    as<Instance>(self)->set(vm, name, std::move(value));
    return {};
}

} // namespace

Value instance_attribute_members(VM& vm, Value const& self, Str* name) { return instance_members(vm, self, name); }

void give_instance_slots(Type* type) {
    type->slots.members = instance_members;
    type->slots.own_attribute = instance_own_attribute;
    type->slots.instance_dict = instance_instance_dict;
    type->slots.setattr = instance_setattr;
}

// The builtin type whose layout instances of `type` have (CPython: solid_base): `type` itself for builtin types.
Type* builtin_base(Type* type) {
    for (auto const& t : type->mro)
        if (!t->is_heap)
            return t.get();
    return type;
}

namespace {

// The layouts a class statement may derive from: those whose objects can carry another type (the builtin's
// constructor honours it) and get attributes through the collector's side table (Gc::attributes_of).
bool subclassable_layout(Type* base, Layout l) {
    switch (l) {
    case Layout::Native:
        return builtin_base(base)->allocate != nullptr || builtin_base(base)->constructs_subclasses;
    case Layout::Instance: case Layout::Exception: case Layout::Type: case Layout::List: case Layout::Dict:
    case Layout::Set: case Layout::Str: case Layout::Tuple: case Layout::Int: case Layout::Float: case Layout::Property:
    case Layout::Bytes: case Layout::ByteArray: case Layout::Complex:
    case Layout::ClassMethod: case Layout::StaticMethod:
        return true;
    default:
        return false;
    }
}

// ---- attributes of instances of classes derived from builtin types other than object and BaseException

Dict* side_dict(VM& vm, Value const& self) {
    Object* o = self.as_object();
    if (Object* d = vm.gc().attributes_of(o))
        return static_cast<Dict*>(d);
    Ref<Dict> d = vm.new_dict();
    Dict* raw = d.get();
    vm.gc().set_attributes(o, d.release());
    return raw;
}

Value side_members(VM& vm, Value const& self, Str* name) {
    if (name == vm.names.dunder_dict && !vm.type_of(self)->slots_only)
        return Value::borrowed(side_dict(vm, self));
    Type* solid = builtin_base(vm.type_of(self));
    return solid->slots.members ? solid->slots.members(vm, self, name) : Value();
}

Value side_own_attribute(Value const& self, Str* name) {
    Object* o = self.as_object();
    Object* d = o->type->gc->attributes_of(o);
    return d ? dict_get_str(static_cast<Dict*>(d), name) : Value();
}

Result<void> side_setattr(VM& vm, Value const& self, Str* name, Value value) {
    if (TRY(vm.set_through_descriptor(self, name, value)))
        return {};
    // a class whose every level declares __slots__ (a namedtuple's `__slots__ = ()`) takes only those names
    if (!vm.type_of(self)->allows_attribute(name)) [[unlikely]]
        return vm.raise_attribute_error(self, name);
    dict_set_str(vm, side_dict(vm, self), name, std::move(value));
    return {};
}

} // namespace

Value side_dict_member(VM& vm, Value const& self, Str* name) {
    return name == vm.names.dunder_dict ? Value::borrowed(side_dict(vm, self)) : Value();
}

void give_side_attributes(Type* type) {
    type->side_attributes = true;
    type->slots.members = side_dict_member;
    type->slots.own_attribute = side_own_attribute;
    type->slots.instance_dict = side_dict;
    type->slots.setattr = side_setattr;
}

// A private name (__x) as the class body spells it: _Class__x (CPython: _Py_Mangle)
std::string mangle_private(std::string_view class_name, std::string_view name) {
    std::size_t skip = class_name.find_first_not_of('_');
    if (name.size() < 3 || name.substr(0, 2) != "__" || name.substr(name.size() - 2) == "__" || skip == std::string_view::npos)
        return std::string(name);
    return "_" + std::string(class_name.substr(skip)) + std::string(name);
}

// __slots__: the names instances may have, and whether they have a __dict__ (CPython: type_new_slots; the
// member descriptors CPython puts in the class dict are not made: reading an unset slot fails the same way)
Result<void> apply_slots(VM& vm, Type* type, Dict* ns) {
    Value slots = dict_get_str(type->dict.get(), vm.intern("__slots__"));
    if (slots.is_null())
        return {};
    ValueVector items;
    if (slots.is_object() && vm.type_of(slots)->layout == Layout::Str)
        items.push_back(slots);
    else
        items = TRY(vm.to_vector(slots));
    bool has_dict = false;
    std::vector<Ref<Str>> own;
    for (Value const& item : items) {
        if (!item.is_object() || vm.type_of(item)->layout != Layout::Str)
            return vm.raise(vm.types.TypeError, "__slots__ items must be strings, not '{}'", vm.type_of(item)->name->view());
        std::string_view text = as<Str>(item)->view();
        Value identifier = TRY(vm.call_method(item, vm.intern("isidentifier"), nullptr, 0));
        if (!identifier.as_bool())
            return vm.raise(vm.types.TypeError, "__slots__ must be identifiers");
        if (text == "__dict__") {
            has_dict = true;
            continue;
        }
        if (text == "__weakref__") {
            type->weakref_slot = true;
            continue;
        }
        Str* slot = vm.intern(mangle_private(type->name->view(), text));
        if (!dict_get_str(ns, slot).is_null())  // the class body's names, not what class creation added (__doc__)
            return vm.raise(vm.types.ValueError, "'{}' in __slots__ conflicts with class variable", text);
        own.push_back(Ref<Str>::borrowed(slot));
    }
    if (has_dict)
        return {};
    for (auto const& base : type->mro) {
        if (base.get() == type || !base->is_heap)
            continue;
        if (!base->slots_only)
            return {};  // a base without __slots__ gives instances a __dict__
        for (auto const& s : base->slot_names) own.push_back(s);
    }
    type->slots_only = true;
    type->slot_names = std::move(own);
    return {};
}

Result<Value> create_class(VM& vm, Type* metatype, Str* name, Tuple* bases, Dict* ns, Dict* kwargs) {
    std::vector<Type*> base_types;
    for (std::size_t i = 0; i < bases->size; ++i) {
        Value const& b = bases->items[i];
        if (!b.is_object() || b.as_object()->type->layout != Layout::Type)
            return vm.raise(vm.types.TypeError, "bases must be types");
        Type* bt = as<Type>(b);
        if (!bt->subclassable)
            // a C type's tp_name carries its module unless it is a builtin (CPython: type_ready's message)
            return vm.raise(vm.types.TypeError, "type '{}{}' is not an acceptable base type",
                            bt->module_name.empty() || bt->module_name == "builtins" ? "" : bt->module_name + ".",
                            bt->name->view());
        base_types.push_back(bt);
    }
    if (base_types.empty())
        base_types.push_back(vm.types.object);
    // The layout comes from the bases: at most one builtin layout besides object/instance (CPython: best_base).
    Layout layout = Layout::Instance;
    Type* best = base_types[0];
    for (Type* b : base_types) {
        Layout l = b->layout == Layout::Object ? Layout::Instance : b->layout;
        if (l == Layout::Instance)
            continue;
        if (!subclassable_layout(b, l))
            return vm.raise(vm.types.TypeError, "subclassing '{}' is not supported by weft yet", b->name->view());
        if (layout != Layout::Instance && (layout != l || (l == Layout::Native && builtin_base(best) != builtin_base(b))))
            return vm.raise(vm.types.TypeError, "multiple bases have instance lay-out conflict");
        if (layout == Layout::Instance)
            best = b;
        layout = l;
    }
    auto type = Ref<Type>::adopt(new Type(metatype));
    if (metatype->is_heap)
        incref(metatype);  // released with the class (destroy_object), as for any instance of a heap type
    type->name = Ref<Str>::borrowed(name);
    type->layout = layout;
    type->is_heap = true;
    type->gc = &vm.gc();
    type->attr_cache = &vm.type_cache;
    type->base = best;
    type->hidden_items = best->hidden_items;  // a struct sequence's (types/struct_sequence.cpp)
    type->unnamed_items = best->unnamed_items;
    if (layout == Layout::Instance) {
        give_instance_slots(type.get());
    } else if (layout != Layout::Exception && layout != Layout::Type) {
        type->slots.members = side_members;
        type->slots.own_attribute = side_own_attribute;
        type->slots.instance_dict = side_dict;
        type->slots.setattr = side_setattr;
    }
    inherit_slots(type.get());  // the base's protocols (the class's own special methods go first)
    for (Type* b : base_types) {
        type->bases.push_back(Ref<Type>::borrowed(b));
        b->subclasses.push_back(type.get());
        if (b->is_base_exception)
            type->is_base_exception = true;
        if (type->match_kind == MatchKind::None)
            type->match_kind = b->match_kind;
    }
    type->construct = best->construct;
    std::vector<std::vector<Type*>> seqs;
    for (Type* b : base_types) {
        std::vector<Type*> s;
        for (auto const& m : b->mro) s.push_back(m.get());
        seqs.push_back(std::move(s));
    }
    seqs.push_back(base_types);
    std::vector<Type*> order;
    if (!c3_merge(seqs, order)) {
        std::string names;
        for (Type* b : order) {
            if (!names.empty()) names += ", ";
            names += b->name->view();
        }
        return vm.raise(vm.types.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases {}", names);
    }
    type->mro.push_back(type);
    for (Type* t : order)
        type->mro.push_back(Ref<Type>::borrowed(t));
    // The namespace becomes the class dict (copied, as CPython does).
    type->dict = vm.new_dict();
    Value classcell;
    for (auto const& e : ns->table.entries()) {
        if (e.key.is_null())
            continue;
        if (e.key.is_object() && as<Str>(e.key) == vm.names.dunder_classcell) {
            classcell = e.value;
            continue;
        }
        Value value = e.value;
        // __new__ is a static method and __init_subclass__ and __class_getitem__ are class methods without being
        // declared so (CPython: type_new_set_attrs)
        if (e.key.is_object() && vm.type_of(value)->layout == Layout::Function) {
            Str* key = as<Str>(e.key);
            Type* wrapper = key == vm.names.dunder_new ? vm.types.staticmethod
                            : key->view() == "__init_subclass__" || key->view() == "__class_getitem__"
                                ? vm.types.classmethod
                                : nullptr;
            if (wrapper) {
                auto d = make<Descriptor>(wrapper);
                d->function = value;
                vm.gc().track(d.get());
                value = d.take_value();
            }
        }
        type->dict->table.insert_new(e.key, e.hash, std::move(value));
    }
    // a class without a docstring has __doc__ None in its dict (CPython: type_new_set_doc)
    if (dict_get_str(type->dict.get(), vm.names.dunder_doc).is_null())
        dict_set_str(vm, type->dict.get(), vm.names.dunder_doc, Value::none());
    Value module = dict_get_str(type->dict.get(), vm.names.dunder_module);
    if (module.is_null()) {
        // type(name, bases, dict) from code: the calling module's __name__ (CPython: type_new_set_module)
        Frame* caller = vm.thread()->frame;
        if (caller && caller->globals) {
            module = dict_get_str(caller->globals, vm.names.dunder_name);
            if (!module.is_null()) dict_set_str(vm, type->dict.get(), vm.names.dunder_module, module);
        }
    }
    if (module.is_object() && module.as_object()->type->layout == Layout::Str)
        type->module_name = std::string(as<Str>(module)->view());
    else
        type->module_name.clear();  // no module at all (not "builtins")
    // __slots__ restrict instances of plain classes and of classes derived from tuple, int, ... (their attributes
    // live in the collector's side table)
    if (layout == Layout::Instance || type->slots.setattr == side_setattr)
        TRY(apply_slots(vm, type.get(), ns));
    // a class that defines __eq__ but not __hash__ is unhashable (CPython: type_new_set_hash... inherit_slots)
    if (!dict_get_str(type->dict.get(), vm.intern("__eq__")).is_null() &&
        dict_get_str(type->dict.get(), vm.names.dunder_hash).is_null())
        dict_set_str(vm, type->dict.get(), vm.names.dunder_hash, Value::none());
    Value qualname = dict_get_str(type->dict.get(), vm.names.dunder_qualname);
    if (qualname.is_object() && qualname.as_object()->type->layout == Layout::Str) {
        type->qualname = Ref<Str>::borrowed(as<Str>(qualname));
        std::int64_t ix = type->dict->table.find_str(vm.names.dunder_qualname, vm.names.dunder_qualname->get_hash());
        type->dict->table.remove_at(ix, nullptr, nullptr);
    } else {
        type->qualname = type->name;
    }
    if (Value del = type->lookup(vm.intern("__del__")); is_own_special_method(del)) {
        type->has_finalizer = true;
        ++vm.gc().finalizer_classes;
    }
    for (Str* hook : {vm.names.dunder_setattr, vm.names.dunder_delattr, vm.names.dunder_getattribute}) {
        Value h = type->lookup(hook);
        if (is_own_special_method(h))
            (hook == vm.names.dunder_getattribute ? type->getattribute_hook : type->attribute_hooks) = true;
    }
    vm.gc().track(type.get());
    if (!classcell.is_null() && classcell.is_object() && classcell.as_object()->type->layout == Layout::Cell)
        as<Cell>(classcell)->contents = type.value();
    // __set_name__ on attributes (CPython: type_new_set_names)
    std::vector<std::pair<Value, Value>> attrs;
    for (auto const& e : type->dict->table.entries())
        if (!e.key.is_null()) attrs.emplace_back(e.key, e.value);
    for (auto const& [k, v] : attrs) {
        if (vm.type_of(v)->layout == Layout::Property) {
            as<Descriptor>(v)->name = k;  // CPython: property.__set_name__
            continue;
        }
        Value set_name = vm.type_of(v)->lookup(vm.names.dunder_set_name);
        if (!set_name.is_null()) {
            Value call_args[3] = {v, type.value(), k};
            if (vm.call(set_name, call_args, 3).is_error()) {
                // CPython 3.11 wraps the error, naming the attribute and the class, the original as its cause
                Value original = vm.take_exception();
                std::string text = format("Error calling __set_name__ on '{}' instance {} in '{}'", vm.type_of(v)->name->view(),
                                          TRY(vm.repr_string(k)), type->name->view());
                Value message = vm.new_str(text);
                Value wrapped = TRY(vm.new_exception(vm.types.RuntimeError, &message, 1));
                as<Exception>(wrapped)->cause = original;
                as<Exception>(wrapped)->context = original;
                as<Exception>(wrapped)->suppress_context = true;
                return vm.raise_value(wrapped);
            }
        }
    }
    // super(type, type).__init_subclass__(**kwargs) (CPython: type_new_init_subclass)
    Value init_subclass;
    for (std::size_t i = 1; i < type->mro.size() && init_subclass.is_null(); ++i)
        if (Dict* d = type->mro[i]->complete_dict())
            init_subclass = dict_get_str(d, vm.names.dunder_init_subclass);
    std::size_t nkw = kwargs ? kwargs->table.size() : 0;
    if (init_subclass.is_null() || vm.type_of(init_subclass)->layout == Layout::BuiltinFunction) {
        if (nkw > 0)
            return vm.raise(vm.types.TypeError, "{}.__init_subclass__() takes no keyword arguments", type->qualname->view());
    } else {
        Value fn = vm.type_of(init_subclass)->layout == Layout::ClassMethod ? as<Descriptor>(init_subclass)->function
                                                                            : init_subclass;
        ValueVector call_args{type.value()};
        auto names = vm.new_tuple(nkw);
        std::size_t i = 0;
        if (kwargs) {
            for (auto const& e : kwargs->table.entries()) {
                if (e.key.is_null()) continue;
                names->items[i++] = e.key;
                call_args.push_back(e.value);
            }
        }
        TRY(vm.call(fn, call_args.data(), call_args.size(), nkw ? names.get() : nullptr));
    }
    return type.take_value();
}

// CPython: _PyType_CalculateMetaclass
Type* calculate_metaclass(VM& vm, Type* meta, Tuple* bases) {
    Type* winner = meta;
    for (std::size_t i = 0; i < bases->size; ++i) {
        Type* t = vm.type_of(bases->items[i]);
        if (winner->is_subtype_of(t))
            continue;
        if (t->is_subtype_of(winner)) {
            winner = t;
            continue;
        }
        (void)vm.raise(vm.types.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                          "subclass of the metaclasses of all its bases");
        return nullptr;
    }
    return winner;
}

namespace {

// Whether a type's __new__ is a builtin type's (object.__new__, list.__new__, ...), not one a class defines.
bool is_builtin_new(VM& vm, Value const& fn) {
    return fn.is_null() || vm.type_of(fn)->layout == Layout::BuiltinFunction;
}

// The keyword arguments of a call as a dict (null when there are none).
Ref<Dict> keywords_dict(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    if (!kwnames || kwnames->size == 0)
        return nullptr;
    Ref<Dict> d = vm.new_dict();
    std::size_t npos = nargs - kwnames->size;
    for (std::size_t i = 0; i < kwnames->size; ++i)
        dict_set_str(vm, d.get(), as<Str>(kwnames->items[i]), args[npos + i]);
    return d;
}

// type.__new__(metatype, name, bases, namespace, **kwargs) (CPython: type_new)
Result<Value> type_new(VM& vm, Type* metatype, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    if (npos != 3)
        return vm.raise(vm.types.TypeError, "type.__new__() takes exactly 3 arguments ({} given)", npos);
    if (!args[0].is_object() || vm.type_of(args[0])->layout != Layout::Str)
        return vm.raise(vm.types.TypeError, "type.__new__() argument 1 must be str, not {}", vm.type_of(args[0])->name->view());
    if (!args[1].is_object() || vm.type_of(args[1])->layout != Layout::Tuple)
        return vm.raise(vm.types.TypeError, "type.__new__() argument 2 must be tuple, not {}", vm.type_of(args[1])->name->view());
    if (!args[2].is_object() || vm.type_of(args[2])->layout != Layout::Dict)
        return vm.raise(vm.types.TypeError, "type.__new__() argument 3 must be dict, not {}", vm.type_of(args[2])->name->view());
    Type* winner = calculate_metaclass(vm, metatype, as<Tuple>(args[1]));
    if (!winner)
        return Raised{};
    if (winner != metatype && !is_builtin_new(vm, winner->lookup(vm.names.dunder_new)))
        return vm.call(Value::borrowed(winner), args, nargs, kwnames);
    Ref<Dict> kwargs = keywords_dict(vm, args, nargs, kwnames);
    return create_class(vm, winner, as<Str>(args[0]), as<Tuple>(args[1]), as<Dict>(args[2]), kwargs.get());
}

// An object of a builtin layout whose type is the class `type` (CPython: a builtin's tp_new given a subtype).
// list, dict and set start empty (their __init__ fills them); the immutable types are built by their builtin
// and copied under the new type.
Result<Value> new_builtin_instance(VM& vm, Type* type, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Type* solid = builtin_base(type);
    auto adopt_type = [&](auto ref) {
        if (type->is_heap)
            incref(type);
        return ref;
    };
    switch (type->layout) {
    case Layout::Instance:
        return new_instance(vm, type);
    case Layout::Type:
        return type_new(vm, type, args, nargs, kwnames);
    case Layout::List: {
        auto l = adopt_type(make<List>(type));
        vm.gc().track(l.get());
        return l.take_value();
    }
    case Layout::ByteArray:
        return adopt_type(make<Bytes>(type)).take_value();  // bytearray.__init__ fills it
    case Layout::Dict: {
        auto d = adopt_type(make<Dict>(type));
        vm.gc().track(d.get());
        return d.take_value();
    }
    default:
        break;
    }
    if (type->layout == Layout::Set && !solid->is_subtype_of(vm.types.frozenset)) {
        auto s = adopt_type(make<Set>(type));
        vm.gc().track(s.get());
        return s.take_value();
    }
    if (solid->allocate)
        return solid->allocate(vm, type);
    ValueVector full;
    if (solid->constructs_subclasses) {
        // a module's type without a separate allocation makes its instances from all the arguments, of the class
        // it is given (weakref.ref, blake2b: CPython's tp_new)
        full.push_back(Value::borrowed(type));
        full.insert(full.end(), args, args + nargs);
        return solid->construct(vm, full.data(), full.size(), kwnames);
    }
    full.reserve(nargs + 1);
    full.push_back(Value::borrowed(type->layout == Layout::Exception ? type : solid));
    full.insert(full.end(), args, args + nargs);
    Value v = TRY(solid->construct(vm, full.data(), full.size(), kwnames));
    if (type->layout == Layout::Exception || !type->is_heap)
        return v;
    switch (type->layout) {
    case Layout::Str:
        return adopt_type(Str::create(type, as<Str>(v)->view())).take_value();
    case Layout::Int:
        return adopt_type(make<Long>(type, to_bigint(v))).take_value();
    case Layout::Float:
        return adopt_type(make<BoxedFloat>(type, float_value(v))).take_value();
    case Layout::Bytes: {
        auto b = adopt_type(make<Bytes>(type));
        b->data = as<Bytes>(v)->data;
        b->recount();
        return b.take_value();
    }
    case Layout::Complex: {
        double re, im;
        complex_parts(v, re, im);
        return make_complex(vm, re, im, type);
    }
    case Layout::Tuple: {
        Tuple* from = as<Tuple>(v);
        auto t = adopt_type(Tuple::create_with_hidden(type, from->size));  // a struct sequence's hidden items too
        for (std::size_t i = 0; i < from->size + type->hidden_items; ++i) t->items[i] = from->items[i];
        return t.take_value();
    }
    case Layout::Set: {
        auto s = adopt_type(make<Set>(type));
        s->frozen = true;
        for (auto const& e : as<Set>(v)->table.entries())
            if (!e.key.is_null()) s->table.insert_new(e.key, e.hash);
        vm.gc().track(s.get());
        return s.take_value();
    }
    default:
        return vm.raise(vm.types.TypeError, "cannot create '{}' instances", type->name->view());
    }
}

// X.__new__(cls, *args) of a builtin type X, stored in X's dict as a plain function (not bound on access, as
// CPython's tp_new wrapper): checks that cls derives from X, then makes the instance as X would.
Result<Value> builtin_type_new(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Type* owner = vm.native_callee->owner;
    std::string_view owner_name = owner->name->view();
    if (nargs == 0)
        return vm.raise(vm.types.TypeError, "{}.__new__(): not enough arguments", owner_name);
    if (!args[0].is_object() || vm.type_of(args[0])->layout != Layout::Type)
        return vm.raise(vm.types.TypeError, "{}.__new__(X): X is not a type object ({})", owner_name,
                        vm.type_of(args[0])->name->view());
    Type* cls = as<Type>(args[0]);
    if (!cls->is_subtype_of(owner))
        return vm.raise(vm.types.TypeError, "{}.__new__({}): {} is not a subtype of {}", owner_name, cls->name->view(),
                        cls->name->view(), owner_name);
    if (owner == vm.types.type)
        return type_new(vm, cls, args + 1, nargs - 1, kwnames);
    // the builtin a class derives from must make its instances (CPython: tp_new_wrapper's "is not safe")
    Type* solid = builtin_base(cls);
    if (solid != owner && solid->construct != owner->construct && !(owner == vm.types.object && cls->layout == Layout::Instance))
        return vm.raise(vm.types.TypeError, "{}.__new__({}) is not safe, use {}.__new__()", owner_name, cls->name->view(),
                        solid->name->view());
    if (cls->layout == Layout::Instance) {
        // object.__new__ (CPython: object_new): extra arguments are an error unless __init__ takes them
        bool extra = nargs > 1 || (kwnames && kwnames->size > 0);
        if (extra) {
            if (!is_builtin_new(vm, cls->lookup(vm.names.dunder_new)))
                return vm.raise(vm.types.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            Value init = cls->lookup(vm.names.dunder_init);
            if (init.is_null() || vm.type_of(init)->layout == Layout::BuiltinFunction)
                return vm.raise(vm.types.TypeError, "{}() takes no arguments", cls->name->view());
        }
        return new_instance(vm, cls);
    }
    if (!cls->is_heap) {
        ValueVector full(args, args + nargs);
        return cls->construct(vm, full.data(), full.size(), kwnames);
    }
    return new_builtin_instance(vm, cls, args + 1, nargs - 1, kwnames);
}

// type.__call__(cls, *args): what calling a class does, for metaclasses that override __call__
Result<Value> type_call_method(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return call_type(vm, as<Type>(args[0]), args + 1, nargs - 1, kwnames);
}

// type.__init__(cls, name, bases, namespace, **kwargs): the class is complete already (CPython: type_init)
Result<Value> type_init(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    if (npos != 1 && npos != 3)
        return vm.raise(vm.types.TypeError, "type.__init__() takes 1 or 3 arguments");
    return Value::none();
}

// object.__subclasshook__(cls, C): no opinion, whatever it is asked (CPython: object_subclasshook)
Result<Value> object_subclasshook(VM& vm, Value const*, std::size_t, Tuple*) { return vm.not_implemented; }

// object.__init_subclass__(cls): takes no keywords (CPython: object_init_subclass)
Result<Value> object_init_subclass(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    if (nargs > 1 || kwnames)
        return vm.raise(vm.types.TypeError, "{}.__init_subclass__() takes no keyword arguments",
                        as<Type>(args[0])->qualname->view());
    return Value::none();
}

// object.__setattr__(self, name, value), object.__delattr__(self, name), object.__getattribute__(self, name): the
// generic attribute protocol, for a class's own hooks to delegate to
Result<Str*> attribute_name(VM& vm, Value const& name) {
    if (!name.is_object() || vm.type_of(name)->layout != Layout::Str)
        return vm.raise(vm.types.TypeError, "attribute name must be string, not '{}'", vm.type_of(name)->name->view());
    return as<Str>(name);
}

Result<Value> object_setattr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Str* name = TRY(attribute_name(vm, args[1]));
    TRY(vm.generic_setattr(args[0], name, args[2]));
    return Value::none();
}

Result<Value> object_delattr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Str* name = TRY(attribute_name(vm, args[1]));
    TRY(vm.generic_delattr(args[0], name));
    return Value::none();
}

// object.__lt__ and friends: NotImplemented, so the other operand decides (CPython: object_richcompare)
Result<Value> object_not_implemented(VM& vm, Value const*, std::size_t, Tuple*) { return vm.not_implemented; }

// object.__dir__(): what dir(obj) lists
Result<Value> object_dir(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value dir = dict_get_str(vm.builtins.get(), vm.intern("dir"));
    return vm.call1(dir, args[0]);
}

Result<Value> object_getattribute(VM& vm, Value const* args, std::size_t, Tuple*) {
    Str* name = TRY(attribute_name(vm, args[1]));
    Value v = TRY(vm.generic_getattr_opt(args[0], name));
    if (v.is_null())
        return vm.raise_attribute_error(args[0], name);
    return v;
}

// type.__prepare__(name, bases, **kwargs): the namespace a class body runs in
Result<Value> type_prepare(VM& vm, Value const*, std::size_t, Tuple*) { return vm.new_dict().take_value(); }

} // namespace

// The __init__ a `Cls(args)` call can run inline as a frame, or null when the generic path is needed.
Function* fast_init(VM& vm, Type* type) {
    if (type->init_cache_epoch == vm.type_cache.epoch)
        return type->init_cache;
    Function* result = nullptr;
    if (type->is_heap && type->layout == Layout::Instance && type->type == vm.types.type) {
        Value new_fn = type->lookup(vm.names.dunder_new);
        Value init = type->lookup(vm.names.dunder_init);
        if (is_builtin_new(vm, new_fn) && init.is_object() && vm.type_of(init)->layout == Layout::Function &&
            !as<Function>(init)->code->is_generator_like())
            result = as<Function>(init);  // borrowed: the class dict holds it while the epoch lasts
    }
    type->init_cache = result;
    type->init_cache_epoch = vm.type_cache.epoch;
    return result;
}

// "Can't instantiate abstract class A with abstract methods a, f": the sorted names of __abstractmethods__
// (CPython 3.11: object_new)
Raised raise_abstract_instantiation(VM& vm, Type* type) {
    Value methods = type->lookup(vm.intern("__abstractmethods__"));
    std::vector<std::string> names;
    if (!methods.is_null()) {
        Result<ValueVector> items = vm.to_vector(methods);
        if (items.is_error()) return Raised{};
        for (Value const& m : items.value()) {
            Result<std::string> text = vm.str_string(m);
            if (text.is_error()) return Raised{};
            names.push_back(text.release_value());
        }
    }
    std::sort(names.begin(), names.end());
    std::string joined;
    for (std::string const& n : names) joined += (joined.empty() ? "" : ", ") + n;
    return vm.raise(vm.types.TypeError, "Can't instantiate abstract class {} with abstract method{} {}", type->name->view(),
                    names.size() > 1 ? "s" : "", joined);
}

// Creates an instance of a heap type (or a builtin type without a constructor of its own).
Result<Value> new_instance(VM& vm, Type* type) {
    if (type->is_heap)
        incref(type);
    switch (type->layout) {
    case Layout::Instance:
        if (type->is_abstract) [[unlikely]] {
            if (type->is_heap)
                decref(type);
            return raise_abstract_instantiation(vm, type);
        }
        return Instance::create(vm, type).take_value();
    case Layout::Exception: {
        auto obj = make<Exception>(type);
        obj->args = vm.empty_tuple;
        vm.gc().track(obj.get());
        return obj.take_value();
    }
    default:
        if (type->is_heap)
            decref(type);
        return vm.raise(vm.types.TypeError, "cannot create '{}' instances", type->name->view());
    }
}

// type.__call__: __new__ then __init__ (CPython: type_call).
Result<Value> call_type(VM& vm, Type* type, Value const* args, std::size_t nargs, Tuple* kwnames) {
    if (type == vm.types.type) {
        std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
        if (npos == 1 && !kwnames)
            return Value::borrowed(vm.type_of(args[0]));
        if (npos == 3)
            return type_new(vm, vm.types.type, args, nargs, kwnames);
        return vm.raise(vm.types.TypeError, "type() takes 1 or 3 arguments");
    }
    if (!type->is_heap && type->construct && nargs < 4) {
        // A builtin type (str(x), int(x), list(x), ...): its constructor also initializes; no Python __new__
        // or __init__ to consult, and the arguments fit on the stack.
        Value full[4] = {Value::borrowed(type)};
        for (std::size_t i = 0; i < nargs; ++i) full[i + 1] = args[i];
        return type->construct(vm, full, nargs + 1, kwnames);
    }
    Value new_fn = type->lookup(vm.names.dunder_new);
    Value self;
    if (!is_builtin_new(vm, new_fn)) {
        // A class's own __new__ (a static method, implicitly)
        Value fn = vm.type_of(new_fn)->layout == Layout::StaticMethod ? as<Descriptor>(new_fn)->function : new_fn;
        ValueVector full;
        full.reserve(nargs + 1);
        full.push_back(Value::borrowed(type));
        for (std::size_t i = 0; i < nargs; ++i) full.push_back(args[i]);
        self = TRY(vm.call(fn, full.data(), full.size(), kwnames));
        if (!vm.type_of(self)->is_subtype_of(type))
            return self;
    } else if (type->is_heap) {
        self = TRY(new_builtin_instance(vm, type, args, nargs, kwnames));
    } else if (type->construct) {
        ValueVector full;
        full.reserve(nargs + 1);
        full.push_back(Value::borrowed(type));
        for (std::size_t i = 0; i < nargs; ++i) full.push_back(args[i]);
        return type->construct(vm, full.data(), full.size(), kwnames);  // builtin constructors also initialize
    } else {
        return vm.raise(vm.types.TypeError, "cannot create '{}' instances", type->name->view());
    }
    Value init = type->lookup(vm.names.dunder_init);
    bool default_init = init.is_null() ||
                        (vm.type_of(init)->layout == Layout::BuiltinFunction &&
                         (as<BuiltinFunction>(init)->owner == vm.types.object));
    if (default_init) {
        if ((nargs > 0 || (kwnames && kwnames->size > 0)) && type->layout == Layout::Instance &&
            is_builtin_new(vm, new_fn))
            return vm.raise(vm.types.TypeError, "{}() takes no arguments", type->name->view());
        return self;
    }
    ValueVector full;
    full.reserve(nargs + 1);
    full.push_back(self);
    for (std::size_t i = 0; i < nargs; ++i) full.push_back(args[i]);
    Value r = TRY(vm.call(init, full.data(), full.size(), kwnames));
    if (!r.is_none())
        return vm.raise(vm.types.TypeError, "__init__() should return None, not '{}'", vm.type_of(r)->name->view());
    return self;
}

// A builtin type's __new__ (if it can be called to make instances), and for object and type the other methods
// class creation and attribute hooks use: type.__call__, type.__init__, type.__prepare__, object.__init_subclass__,
// object.__setattr__, object.__delattr__, object.__getattribute__.
void add_constructor_methods(VM& vm, Type* t) {
    auto add_plain = [&](char const* name, NativeFn fn) {
        Value f = vm.new_function_value(fn, name, Value(), Args::any());
        as<BuiltinFunction>(f)->owner = t;
        dict_set_str(vm, t->dict.get(), vm.intern(name), std::move(f));
    };
    auto add_classmethod = [&](char const* name, NativeFn fn) {
        auto d = make<Descriptor>(vm.types.classmethod);
        d->function = vm.new_function_value(fn, name, Value(), Args::any());
        as<BuiltinFunction>(d->function)->owner = t;
        dict_set_str(vm, t->dict.get(), vm.intern(name), d.take_value());
    };
    if (t == vm.types.object) {
        add_classmethod("__init_subclass__", object_init_subclass);
        add_methods(vm, t, {{"__setattr__", object_setattr, Args::positional(2, 2)},
                            {"__delattr__", object_delattr, Args::one()},
                            {"__getattribute__", object_getattribute, Args::one()},
                            {"__lt__", object_not_implemented, Args::one()}, {"__le__", object_not_implemented, Args::one()},
                            {"__gt__", object_not_implemented, Args::one()}, {"__ge__", object_not_implemented, Args::one()},
                            {"__dir__", object_dir, Args::none()},
                            {"__subclasshook__", object_subclasshook, Args::any(), true}});
    }
    if (t == vm.types.type) {
        add_methods(vm, t, {{"__call__", type_call_method}, {"__init__", type_init}});
        add_classmethod("__prepare__", type_prepare);
    }
    bool own_constructor = t->construct && (!t->base || t->base->construct != t->construct || t == vm.types.object);
    if (own_constructor || t == vm.types.type)
        add_plain("__new__", builtin_type_new);
}

namespace {

// hash(object): identity (CPython: _Py_HashPointer, here the address without its alignment bits)
Result<std::int64_t> object_hash_slot(VM&, Value const& self) {
    return static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(self.as_object()) >> 4);
}

// Calling a class makes an instance (CPython: type_call)
Result<Value> type_call_slot(VM& vm, Value const& self, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return call_type(vm, as<Type>(self), args, nargs, kwnames);
}

} // namespace


namespace {
Result<Value> not_implemented_repr(VM& vm, Value const*, std::size_t, Tuple*) { return Value::borrowed(vm.intern("NotImplemented")); }
Result<Value> ellipsis_repr(VM& vm, Value const*, std::size_t, Tuple*) { return Value::borrowed(vm.intern("Ellipsis")); }

// type(None)(), type(...)(), type(NotImplemented)(): the one instance (CPython: none_new, ellipsis_new,
// notimplemented_new)
Result<Value> singleton_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Type* cls = as<Type>(args[0]);
    if (nargs > 1 || (kwnames && kwnames->size))
        return vm.raise(vm.types.TypeError, "{} takes no arguments",  // CPython spells the ellipsis's class so here
                        cls == vm.types.ellipsis ? std::string_view("EllipsisType") : cls->name->view());
    if (cls == vm.types.none) return Value::none();
    return cls == vm.types.ellipsis ? vm.ellipsis : vm.not_implemented;
}
} // namespace

void init_object_type(VM& vm) {
    add_methods(vm, vm.types.not_implemented, {{"__repr__", not_implemented_repr, Args::none()}});
    add_methods(vm, vm.types.ellipsis, {{"__repr__", ellipsis_repr, Args::none()}});
    for (Type* t : {vm.types.none, vm.types.ellipsis, vm.types.not_implemented})
        t->construct = singleton_construct;
    vm.types.object->slots.hash = object_hash_slot;
    vm.types.object->construct = object_construct;
    add_methods(vm, vm.types.object, {
        {"__init__", object_init},
        {"__repr__", object_repr},
        {"__str__", object_str},
        {"__eq__", object_eq},
        {"__ne__", object_ne},
        {"__hash__", object_hash},
        {"__format__", object_format},
    });
}

// <module 'math' (built-in)>, <module 'helper' from '/path/helper.py'> (CPython: importlib._bootstrap's
// _module_repr; here a module has a __file__ exactly when it came from a file).
Result<Value> module_repr(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Dict* d = as<Module>(args[0])->dict.get();
    Value name = d ? dict_get_str(d, vm.names.dunder_name) : Value();
    Value file = d ? dict_get_str(d, vm.names.dunder_file) : Value();
    std::string name_repr = TRY(vm.repr_string(name.is_null() ? Value::borrowed(vm.intern("?")) : name));
    if (file.is_null()) {
        // a module of the builtin table is "(built-in)"; one made by types.ModuleType has no origin to show
        bool builtin = layout_of(name) == Layout::Str && vm.find_builtin_module(as<Str>(name)->view());
        return vm.new_str(format(builtin ? "<module {} (built-in)>" : "<module {}>", name_repr));
    }
    std::string file_repr = TRY(vm.repr_string(file));
    return vm.new_str(format("<module {} from {}>", name_repr, file_repr));
}

void init_type_type(VM& vm) {
    vm.types.type->slots.getattr = type_getattr;
    vm.types.type->slots.setattr = type_setattr;
    TypeSlots& m = vm.types.module->slots;
    m.getattr = module_getattr;
    m.setattr = module_setattr;
    m.instance_dict = module_instance_dict;
    vm.types.type->slots.call = type_call_slot;
    add_methods(vm, vm.types.type, {
        {"__repr__", type_repr},
        {"mro", type_mro}, {"__subclasses__", type_subclasses, Args::none()},
    });
    add_methods(vm, vm.types.module, {{"__repr__", module_repr}});
    vm.types.module->construct = module_construct;
}

} // namespace weft::rt
