// BaseException and the builtin exception types: construction, args, str/repr, and the attributes
// exceptions carry (__context__, __cause__, value, code). CPython: Objects/exceptions.c.
#include "runtime/types/exception.hpp"
#include "runtime/types/type.hpp"

#include "runtime/gc.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {


void Exception::traverse(GcVisitor& v) {
    v.visit(args);
    v.visit(context);
    v.visit(cause);
    v.visit(dict);
    v.visit(value);
    for (auto const& e : traceback) v.visit(e.code);
}

void Exception::clear_references() {
    args = nullptr;
    context.clear();
    cause.clear();
    dict = nullptr;
    value.clear();
    traceback.clear();
}

namespace {

void set_args(VM& vm, Exception* exc, Value const* args, std::size_t nargs) {
    Ref<Tuple> t = vm.new_tuple(nargs);
    for (std::size_t i = 0; i < nargs; ++i) t->items[i] = args[i];
    exc->args = std::move(t);
    Type* type = exc->type;
    if (type->is_subtype_of(vm.types.StopIteration))
        exc->value = nargs > 0 ? args[0] : Value::none();
    else if (type->is_subtype_of(vm.types.SystemExit))
        exc->value = nargs == 0 ? Value::none() : nargs == 1 ? args[0] : exc->args.value();
}

Result<Value> exception_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Type* type = as<Type>(args[0]);
    if (kwnames && kwnames->size > 0 && !type->is_heap)
        return vm.raise(vm.types.TypeError, "{}() takes no keyword arguments", type->name->view());
    Value v = TRY(new_instance(vm, type));
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    set_args(vm, as<Exception>(v), args + 1, npos);
    return v;
}

Result<Value> exception_init(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size > 0)
        return vm.raise(vm.types.TypeError, "{}() takes no keyword arguments", vm.type_of(args[0])->name->view());
    set_args(vm, as<Exception>(args[0]), args + 1, nargs - 1);
    return Value::none();
}

Result<Value> exception_str(VM& vm, Value const* args, std::size_t, Tuple*) {
    Exception* exc = as<Exception>(args[0]);
    Tuple* a = exc->args.get();
    if (!a || a->size == 0)
        return Value::borrowed(vm.empty_str.get());
    if (a->size == 1) {
        // CPython: KeyError_str shows the repr of a lone key
        if (exc->type->is_subtype_of(vm.types.KeyError))
            return vm.repr(a->items[0]);
        return vm.str(a->items[0]);
    }
    return vm.str(exc->args.value());
}

Result<Value> exception_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Exception* exc = as<Exception>(args[0]);
    std::string out(exc->type->name->view());
    Tuple* a = exc->args.get();
    if (a && a->size == 1) {
        out += "(";
        out += TRY(vm.repr_string(a->items[0]));
        out += ")";
    } else if (a && a->size > 1) {
        out += TRY(vm.repr_string(exc->args.value()));
    } else {
        out += "()";
    }
    return vm.new_str(out);
}

Result<Value> exception_with_traceback(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return args[0];
}

} // namespace

Result<Value> VM::new_exception(Type* type, Value const* args, std::size_t nargs) {
    Value v = TRY(new_instance(*this, type));
    set_args(*this, as<Exception>(v), args, nargs);
    return v;
}

namespace {

// ---- attributes (TypeSlots::members and friends; CPython: BaseException_getset, BaseException_members)

Value exception_members(VM& vm, Value const& self, Str* name) {
    auto* e = as<Exception>(self);
    Object* o = self.as_object();
    std::string_view n = name->view();
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

Value exception_own_attribute(Value const& self, Str* name) {
    Dict* d = as<Exception>(self)->dict.get();
    return d ? dict_get_str(d, name) : Value();
}

Dict* exception_instance_dict(VM&, Value const& self) { return as<Exception>(self)->dict.get(); }

Result<void> exception_setattr(VM& vm, Value const& self, Str* name, Value value) {
    Exception* e = as<Exception>(self);
    if (TRY(vm.set_through_descriptor(self, name, value)))
        return {};
    std::string_view n = name->view();
    if (n == "__context__") { e->context = value.is_none() ? Value() : value; return {}; }
    if (n == "__cause__") { e->cause = value.is_none() ? Value() : value; e->suppress_context = true; return {}; }
    if (n == "__suppress_context__") { e->suppress_context = TRY(vm.truthy(value)); return {}; }
    if (n == "__traceback__") return {};
    if (name == vm.names.args) {
        Ref<Tuple> t = TRY(vm.to_tuple(value));
        e->args = std::move(t);
        return {};
    }
    if (!e->dict) e->dict = vm.new_dict();
    dict_set_str(vm, e->dict.get(), name, std::move(value));
    return {};
}

} // namespace

void init_exception_types(VM& vm) {
    TypeSlots& e = vm.types.BaseException->slots;
    e.members = exception_members;
    e.own_attribute = exception_own_attribute;
    e.instance_dict = exception_instance_dict;
    e.setattr = exception_setattr;
    vm.types.BaseException->construct = exception_construct;
#define EXC(name, base) vm.types.name->construct = exception_construct;
#include "runtime/exceptions.def"
#undef EXC
    add_methods(vm, vm.types.BaseException, {
        {"__init__", exception_init},
        {"__str__", exception_str},
        {"__repr__", exception_repr},
        {"with_traceback", exception_with_traceback, Args::one()},
    });
}

} // namespace weft::rt
