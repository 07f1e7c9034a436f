// The super type: super() and super(type, obj) make a proxy whose attribute lookup starts after a class in the
// MRO of the object's type (its getattr slot, super_getattr). CPython: Objects/typeobject.c.
#include "runtime/gc.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

// super() and super(type, obj) (CPython: super_init_without_args)
Result<Value> super_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "super", kwnames));
    Type* start = nullptr;
    Value self;
    if (nargs == 1) {
        Frame* f = vm.thread()->frame;
        if (!f || f->code()->argcount == 0)
            return vm.raise(vm.types.RuntimeError, "super(): no arguments");
        CodeObject* code = f->code();
        self = f->slots[0];
        for (std::size_t i = 0; i < code->cell_from_arg.size(); ++i)
            if (code->cell_from_arg[i] == 0) self = as<Cell>(f->cells()[i])->contents;
        if (self.is_null())
            return vm.raise(vm.types.RuntimeError, "super(): arg[0] deleted");
        for (int i = 0; i < code->nfree; ++i) {
            if (code->freevars[static_cast<std::size_t>(i)].get() == vm.names.dunder_class) {
                Value cls = as<Cell>(f->cells()[code->ncells + i])->contents;
                if (cls.is_null() || vm.type_of(cls)->layout != Layout::Type)
                    return vm.raise(vm.types.RuntimeError, "super(): empty __class__ cell");
                start = as<Type>(cls);
            }
        }
        if (!start)
            return vm.raise(vm.types.RuntimeError, "super(): __class__ cell not found");
    } else if (nargs == 3) {
        if (vm.type_of(args[1])->layout != Layout::Type)
            return vm.raise(vm.types.TypeError, "super() argument 1 must be a type, not {}", vm.type_of(args[1])->name->view());
        start = as<Type>(args[1]);
        self = args[2];
    } else {
        return vm.raise(vm.types.TypeError, "super() takes 0 or 2 arguments");
    }
    auto s = make<Super>(vm.types.super);
    s->start = Ref<Type>::borrowed(start);
    s->self = self;
    Type* self_type = vm.type_of(self)->layout == Layout::Type && as<Type>(self)->is_subtype_of(start) ? as<Type>(self)
                                                                                                       : vm.type_of(self);
    if (!self_type->is_subtype_of(start))
        return vm.raise(vm.types.TypeError, "super(type, obj): obj must be an instance or subtype of type");
    s->self_type = Ref<Type>::borrowed(self_type);
    return s.take_value();
}


// An attribute through super(): the MRO of the object's type after `start` (CPython: super_getattro)
Result<Value> super_getattr(VM& vm, Value const& self, Str* name) {
    Super* s = as<Super>(self);
    Type* start = s->start.get();
    Type* self_type = s->self_type.get();
    auto& mro = self_type->mro;
    std::size_t i = 0;
    while (i < mro.size() && mro[i].get() != start) ++i;
    for (++i; i < mro.size(); ++i) {
        Dict* d = mro[i]->complete_dict();
        Value v = d ? dict_get_str(d, name) : Value();
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
        return vm.bind_descriptor(v, s->self);
    }
    if (name == vm.names.dunder_class) return Value::borrowed(vm.types.super);
    return Value();
}

// <super: <class 'A'>, <A object>> (CPython: super_repr)
Result<Value> super_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Super* s = as<Super>(args[0]);
    if (!s->self_type) return vm.new_str(format("<super: <class '{}'>, NULL>", s->start->name->view()));
    return vm.new_str(format("<super: <class '{}'>, <{} object>>", s->start->name->view(), s->self_type->name->view()));
}

} // namespace

void init_super_type(VM& vm) {
    vm.types.super->construct = super_construct;
    vm.types.super->slots.getattr = super_getattr;
    add_methods(vm, vm.types.super, {{"__repr__", super_repr, Args::none()}});
}

} // namespace weft::rt
