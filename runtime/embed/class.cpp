// Bound C++ classes (runtime/include/weft/class.hpp): each is a heap class made by type(name, (base,), ns) over a
// native base, HostObject, whose instances hold a pointer to their T and what keeps it alive. Methods are native
// functions that bind like methods; operators are special methods in the class's dict, found as a class
// statement's are.
#include <cxxabi.h>

#include "runtime/embed/engine_core.hpp"

namespace weft::detail {

using rt::Value;

namespace {

struct HostObject final : rt::Object {
    std::shared_ptr<void> value;  // keeps the T alive (owned by the script or shared); empty for a host reference
    void* pointer = nullptr;      // the T, of class `cls`; null until a constructor ran
    ClassCore* cls = nullptr;
    explicit HostObject(rt::Type* t) : rt::Object(t) {}
};

rt::Result<Value> host_object_allocate(rt::VM& vm, rt::Type* type) {
    rt::Ref<HostObject> o = rt::make<HostObject>(type);
    if (type->is_heap) rt::incref(type);
    return o.value();
}

rt::Type* host_object_type(EngineCore* core) {
    if (!core->host_object_type) {
        rt::VM& vm = *core->vm;
        rt::Type* t = rt::make_builtin_type(vm, "HostObject", vm.types.object, rt::Layout::Native);
        t->module_name = "weft";
        t->allocate = host_object_allocate;
        core->host_object_type = t;
    }
    return core->host_object_type;
}

std::string demangled(std::type_info const& type) {
    int status = 0;
    char* name = abi::__cxa_demangle(type.name(), nullptr, nullptr, &status);
    std::string out = status == 0 && name ? name : type.name();
    std::free(name);
    return out;
}

ClassCore* class_of(EngineCore* core, std::type_info const& type) {
    auto it = core->class_by_type.find(std::type_index(type));
    return it == core->class_by_type.end() ? nullptr : it->second;
}

[[noreturn]] void raise_unbound(EngineCore* core, std::type_info const& type) {
    rt::VM& vm = *core->vm;
    (void)vm.raise(vm.types.TypeError, "no class is bound for the C++ type {} (Engine::def_class)", demangled(type));
    throw Raised{};
}

// The __init__ of a bound class without a constructor: scripts cannot make one (CPython's message for a type
// without tp_new, as `type(sys.flags)()` gives)
rt::Result<Value> no_constructor(rt::VM& vm, Value const*, std::size_t, rt::Tuple*) {
    return vm.raise(vm.types.TypeError, "cannot create '{}' instances", vm.native_callee->owner->name->view());
}

} // namespace

ClassCore* class_new(EngineCore* core, std::type_info const& type, std::string const& name, std::type_info const* base,
                     void* (*upcast)(void*), Object const& target_namespace) {
    rt::VM& vm = *core->vm;
    ClassCore* base_class = nullptr;
    if (base && !(base_class = class_of(core, *base)))
        throw std::logic_error("weft: def_class<" + demangled(type) + ">: its base " + demangled(*base) + " is not bound");
    if (class_of(core, type)) throw std::logic_error("weft: def_class<" + demangled(type) + ">: bound twice");
    // type(name, (base,), {'__module__': ..., '__qualname__': name})
    Value module_name = rt::dict_get_str(rt::as<rt::Dict>(value_of(target_namespace)), vm.names.dunder_name);
    rt::Ref<rt::Dict> ns = vm.new_dict();
    rt::dict_set_str(vm, ns.get(), vm.names.dunder_module, module_name.is_null() ? vm.new_str("builtins") : module_name);
    rt::dict_set_str(vm, ns.get(), vm.names.dunder_qualname, vm.new_str(name));
    rt::Ref<rt::Tuple> bases = vm.new_tuple(1);
    bases->items[0] = Value::borrowed(base_class ? base_class->cls.get() : host_object_type(core));
    Value args[3] = {vm.new_str(name), bases.value(), ns.value()};
    Object cls = checked(core, vm.call(Value::borrowed(vm.types.type), args, 3));
    auto record = std::make_unique<ClassCore>(std::type_index(type));
    record->core = core;
    record->name = name;
    record->cls = rt::Ref<rt::Type>::borrowed(rt::as<rt::Type>(value_of(cls)));
    record->base = base_class;
    record->upcast = upcast;
    ClassCore* out = record.get();
    Value init = vm.new_function_value(no_constructor, "__init__");
    rt::as<rt::BuiltinFunction>(init)->is_method = true;
    rt::as<rt::BuiltinFunction>(init)->owner = out->cls.get();
    checked(core, vm.setattr(out->cls.value(), vm.names.dunder_init, std::move(init)));
    core->classes.push_back(std::move(record));
    core->class_by_type.emplace(std::type_index(type), out);
    set_item(target_namespace, make_str(core, name), cls);
    return out;
}

void class_add(ClassCore* cls, std::string const& name, std::unique_ptr<Binding> binding, int kind) {
    EngineCore* core = cls->core;
    rt::VM& vm = *core->vm;
    // a binary operator's method gives NotImplemented for an operand it cannot take, so that Python tries the
    // other operand's method and words the TypeError itself
    static constexpr std::string_view operators[] = {
        "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__matmul__",
        "__and__", "__or__", "__xor__", "__lshift__", "__rshift__", "__radd__", "__rsub__", "__rmul__",
        "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rmatmul__", "__rand__", "__ror__", "__rxor__",
        "__rlshift__", "__rrshift__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
        "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__"};
    for (std::string_view op : operators)
        if (name == op) binding->signature.operator_method = true;
    Value fn = make_bound_function(core, std::move(binding));
    if (kind == MemberStatic) {
        fn = value_take(checked(core, vm.call1(Value::borrowed(vm.types.staticmethod), fn)));
    } else {
        auto* f = rt::as<rt::BuiltinFunction>(fn);
        f->is_method = true;
        f->owner = cls->cls.get();
    }
    checked(core, vm.setattr(cls->cls.value(), vm.intern(name), std::move(fn)));
}

void class_add_property(ClassCore* cls, std::string const& name, std::unique_ptr<Binding> getter, std::unique_ptr<Binding> setter) {
    EngineCore* core = cls->core;
    rt::VM& vm = *core->vm;
    Value args[2] = {make_bound_function(core, std::move(getter)), setter ? make_bound_function(core, std::move(setter)) : Value::none()};
    for (Value& a : args) {
        if (rt::layout_of(a) != rt::Layout::BuiltinFunction) continue;
        rt::as<rt::BuiltinFunction>(a)->is_method = true;
        rt::as<rt::BuiltinFunction>(a)->owner = cls->cls.get();
    }
    Object property = checked(core, vm.call(Value::borrowed(vm.types.property), args, 2));
    // what a class statement does for its properties (CPython: type_new_set_names), so messages name it
    rt::as<rt::Descriptor>(value_of(property))->name = vm.new_str(name);
    checked(core, vm.setattr(cls->cls.value(), vm.intern(name), value_of(property)));
}

Object class_object(ClassCore* cls) { return handle(cls->core, cls->cls.value()); }

void* host_object_pointer(Source const& s, std::type_info const& type, std::shared_ptr<void>* keep) {
    EngineCore* core = s.core;
    rt::VM& vm = *core->vm;
    Value const& v = value_of(*s.value);
    ClassCore* want = class_of(core, type);
    if (!want) raise_unbound(core, type);
    if (core->host_object_type && vm.type_of(v)->is_subtype_of(core->host_object_type)) {
        auto* o = rt::as<HostObject>(v);
        if (!o->pointer) {
            (void)vm.raise(vm.types.TypeError, "{} object is not initialized: its __init__ did not run",
                           std::string(vm.type_of(v)->name->view()));
            throw Raised{};
        }
        void* p = o->pointer;
        for (ClassCore* c = o->cls; c; c = c->base) {
            if (c == want) {
                if (keep) *keep = o->value ? o->value : std::shared_ptr<void>(std::shared_ptr<void>(), p);
                return p;
            }
            if (c->upcast) p = c->upcast(p);
        }
    }
    bad_argument(s, want->name.c_str());
}

Object host_object_make(EngineCore* core, std::type_info const& type, std::shared_ptr<void> value, void* pointer) {
    ClassCore* cls = class_of(core, type);
    if (!cls) raise_unbound(core, type);
    rt::Ref<HostObject> o = rt::make<HostObject>(cls->cls.get());
    rt::incref(cls->cls.get());
    o->pointer = value ? value.get() : pointer;
    o->value = std::move(value);
    o->cls = cls;
    return handle(core, o.value());
}

void host_object_init(ValueBox const* self, std::type_info const& type, std::shared_ptr<void> value) {
    auto* o = rt::as<HostObject>(value_of(*self));
    o->pointer = value.get();
    o->value = std::move(value);
    o->cls = class_of(current_core(), type);  // the class whose constructor ran (a script subclass runs its base's)
}

} // namespace weft::detail
