// Attribute descriptors of builtin types (CPython's getset_descriptor and member_descriptor): `int.real`,
// `BaseException.args`, `range.start`... are objects in the type's dict, so that hasattr(int, "real") and dir()
// see them. Reading one from an instance asks the type's members slot, which keeps serving the attribute itself
// (TypeSlots::members); they are installed with the type's other special methods, on first use.
#include "runtime/gc.hpp"
#include "runtime/types/type.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

struct GetSetDescriptor final : Object {
    Type* owner = nullptr;  // the type whose dict holds it (types outlive their descriptors)
    Ref<Str> name;
    bool member = false;    // one of CPython's tp_members (a member_descriptor: "<member ...>"), not a tp_getset
    explicit GetSetDescriptor(Type* t) : Object(t) {}
};

// The attributes each builtin type serves through its members slot (CPython: its tp_getset and tp_members)
constexpr char const* number_members[] = {"real", "imag", "numerator", "denominator", nullptr};
constexpr char const* real_imag[] = {"real", "imag", nullptr};
constexpr char const* bounds[] = {"start", "stop", "step", nullptr};
constexpr char const* exception_members[] = {"args", "__cause__", "__context__", "__suppress_context__", "__traceback__",
                                             nullptr};
constexpr char const* group_members[] = {"message", "exceptions", nullptr};

// Whether CPython lists the type's attributes in tp_members rather than tp_getset
bool in_tp_members(VM& vm, Type* t) {
    return t == vm.types.complex || t == vm.types.range || t == vm.types.slice || t == vm.types.BaseExceptionGroup;
}

char const* const* members_of(VM& vm, Type* t) {
    if (t == vm.types.int_) return number_members;
    if (t == vm.types.float_ || t == vm.types.complex) return real_imag;
    if (t == vm.types.range || t == vm.types.slice) return bounds;
    if (t == vm.types.BaseException) return exception_members;
    if (t == vm.types.BaseExceptionGroup) return group_members;
    return nullptr;
}

GetSetDescriptor* self_descriptor(Value const* args) { return static_cast<GetSetDescriptor*>(args[0].as_object()); }

// d.__get__(obj, type=None): d itself through the class, else the instance's attribute
Result<Value> getset_get(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    GetSetDescriptor* d = self_descriptor(args);
    if (args[1].is_none()) return args[0];
    Value v = bound_member(vm, args[0], args[1]);
    if (v.is_null()) return vm.raise_attribute_error(args[1], d->name.get());
    return v;
}

// d.__set__(obj, value): through the owner type's setattr slot, which knows which attributes may change
Result<Value> getset_set(VM& vm, Value const* args, std::size_t, Tuple*) {
    GetSetDescriptor* d = self_descriptor(args);
    Type* t = vm.type_of(args[1]);
    if (!t->slots.setattr)
        return vm.raise(vm.types.AttributeError, "attribute '{}' of '{}' objects is not writable", d->name->view(),
                        d->owner->name->view());
    TRY(t->slots.setattr(vm, args[1], d->name.get(), args[2]));
    return Value::none();
}

Result<Value> getset_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    GetSetDescriptor* d = self_descriptor(args);
    return vm.new_str(format("<{} '{}' of '{}' objects>", d->member ? "member" : "attribute", d->name->view(),
                             d->owner->name->view()));
}

// d.__name__, d.__qualname__, d.__objclass__
Value getset_members(VM& vm, Value const& self, Str* name) {
    auto* d = static_cast<GetSetDescriptor*>(self.as_object());
    if (name == vm.names.dunder_name) return d->name.value();
    if (name == vm.names.dunder_qualname) return vm.new_str(format("{}.{}", d->owner->name->view(), d->name->view()));
    if (name->view() == "__objclass__") return Value::borrowed(d->owner);
    return Value();
}

} // namespace

namespace {
char const getset_key = 0;  // VM::module_type(): the descriptor type, made when the first descriptor is (startup pays nothing)
} // namespace

Type* getset_descriptor_type(VM& vm) {
    Type* t = vm.module_type(&getset_key);
    if (t) return t;
    t = make_builtin_type(vm, "getset_descriptor", vm.types.object, Layout::Native);
    t->subclassable = false;
    t->is_getset_descriptor = true;
    t->slots.members = getset_members;
    add_methods(vm, t, {{"__get__", getset_get, Args::positional(1, 2)}, {"__set__", getset_set, Args::positional(2, 2)},
                        {"__repr__", getset_repr, Args::none()}});
    vm.set_module_type(&getset_key, t);
    return t;
}

bool is_getset_descriptor(VM&, Value const& v) { return v.is_object() && v.as_object()->type->is_getset_descriptor; }

Value bound_member(VM& vm, Value const& descr, Value const& obj) {
    auto* d = static_cast<GetSetDescriptor*>(descr.as_object());
    Type* t = vm.type_of(obj);
    if (!t->is_subtype_of(d->owner) || !d->owner->slots.members) return Value();
    return d->owner->slots.members(vm, obj, d->name.get());
}

void add_member_descriptors(VM& vm, Type* t) {
    char const* const* names = members_of(vm, t);
    if (!names) return;
    for (; names && *names; ++names) {
        Str* name = vm.intern(*names);
        if (!dict_get_str(t->dict.get(), name).is_null()) continue;
        auto d = make<GetSetDescriptor>(getset_descriptor_type(vm));
        d->owner = t;
        d->name = Ref<Str>::borrowed(name);
        d->member = in_tp_members(vm, t);
        dict_set_str(vm, t->dict.get(), name, d.take_value());
    }
}


} // namespace weft::rt
