// Functions, code objects, cells, bound methods, builtin functions and the staticmethod/classmethod/property
// descriptors: their reference traversal, reprs and constructors. CPython: Objects/funcobject.c, descrobject.c.
#include "interpreter/bytecode.hpp"
#include "runtime/types/function.hpp"

#include <cstdio>

#include "runtime/gc.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

void CodeObject::traverse(GcVisitor& v) {
    for (Value const& c : consts) v.visit(c);
}

int CodeObject::line_of(std::size_t offset) const { return location_of(offset).line; }

front::SourceLocation CodeObject::location_of(std::size_t offset) const {
    if (offset == at_definition)
        return {unit ? unit->first_line : 1, -1, 0, 0};
    if (!unit || unit->locations.empty())
        return {};
    if (offset >= unit->locations.size())
        offset = unit->locations.size() - 1;
    return unit->locations[offset];
}

void Cell::traverse(GcVisitor& v) { v.visit(contents); }

void Function::traverse(GcVisitor& v) {
    v.visit(code);
    v.visit(globals);
    v.visit(defaults);
    v.visit(kwdefaults);
    v.visit(closure);  // its cells, when the function alone holds it (GcVisitor: a class's `__class__` cell)
    v.visit(module);
    v.visit(doc);
    v.visit(annotations);
    v.visit(dict);
}

Function::~Function() {
    // a generator expression's function freed while in use (its generator is not the last holder): the code
    // points at it no more
    if (code && code->idle_function == this) code->idle_function = nullptr;
}

void Function::clear_references() {
    defaults = nullptr;
    kwdefaults = nullptr;
    closure = nullptr;
    globals = nullptr;
    annotations = nullptr;
    dict = nullptr;
    module.clear();
    doc.clear();
}

void BuiltinFunction::traverse(GcVisitor& v) {
    v.visit(data);
    v.visit(self);
}
void BoundMethod::traverse(GcVisitor& v) {
    v.visit(function);
    v.visit(self);
}
void Descriptor::traverse(GcVisitor& v) {
    v.visit(function);
    v.visit(setter);
    v.visit(deleter);
    v.visit(doc);
}

namespace {


Result<Value> function_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Function* f = as<Function>(args[0]);
    return vm.new_str(format("<function {} at {}>", f->qualname->view(), static_cast<void const*>(f)));
}

// The special methods CPython implements as type slots, whose unbound form is a "slot wrapper" (typeobject.c's
// slotdefs); a type's other methods are method descriptors
bool is_slot_name(std::string_view n) {
    static constexpr std::string_view slots[] = {
        "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__",
        "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__",
        "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__", "__len__", "__getitem__",
        "__setitem__", "__delitem__", "__contains__", "__bool__", "__index__", "__int__", "__float__", "__neg__",
        "__pos__", "__abs__", "__invert__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
        "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__lshift__", "__rlshift__",
        "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__",
        "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__matmul__", "__rmatmul__", "__iadd__",
        "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__",
        "__ior__", "__ifloordiv__", "__itruediv__", "__imatmul__"};
    for (std::string_view s : slots)
        if (s == n) return true;
    return false;
}

Result<Value> builtin_function_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    BuiltinFunction* f = as<BuiltinFunction>(args[0]);
    if (f->self.is_null() && f->is_method && f->owner) {
        // an unbound method of a builtin type: "<method 'upper' of 'str' objects>" (CPython: method_repr,
        // wrapperdescr_repr)
        return vm.new_str(format("<{} '{}' of '{}' objects>", is_slot_name(f->name->view()) ? "slot wrapper" : "method",
                                 f->name->view(), f->owner->name->view()));
    }
    if (f->self.is_null() || (f->self.is_object() && vm.type_of(f->self)->layout == Layout::Module))
        return vm.new_str(format("<built-in function {}>", f->name->view()));
    return vm.new_str(format("<built-in method {} of {} object at {}>", f->name->view(),
                             vm.type_of(f->self)->name->view(), static_cast<void const*>(f->self.as_object())));
}

Result<Value> method_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    BoundMethod* m = as<BoundMethod>(args[0]);
    std::string name = "?";
    if (vm.type_of(m->function)->layout == Layout::Function)
        name = std::string(as<Function>(m->function)->qualname->view());
    std::string self = TRY(vm.repr_string(m->self));
    return vm.new_str(format("<bound method {} of {}>", name, self));
}

Result<Value> cell_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    return vm.new_str(format("<cell at {}>", static_cast<void const*>(args[0].as_object())));
}

// function.__get__(obj, type=None): the function bound to obj, or itself when obj is None (CPython: func_descr_get)
Result<Value> function_get(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs < 2 || nargs > 3)
        return vm.raise(vm.types.TypeError, "expected 1 or 2 arguments, got {}", nargs - 1);
    if (args[1].is_none())
        return args[0];
    return vm.bind_descriptor(args[0], args[1]);
}

// MethodType(function, instance) (CPython: method_new)
// function(code, globals, name=None, argdefs=None, closure=None): a function over an existing code object
// (CPython: func_new_impl)
Result<Value> function_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[5];
    TRY(parse_args(vm, "function", args + 1, nargs - 1, kwnames, {"code", "globals", "name", "argdefs", "closure"}, f));
    auto kind = [&](Value const& v, Layout l) { return v.is_object() && vm.type_of(v)->layout == l; };
    auto none_name = [&](Value const& v) { return v.is_none() ? std::string_view("None") : vm.type_of(v)->name->view(); };
    if (f[0].is_null() || !kind(f[0], Layout::Code))
        return vm.raise(vm.types.TypeError, "function() argument 'code' must be code, not {}",
                        f[0].is_null() ? std::string_view("nothing") : none_name(f[0]));
    if (f[1].is_null() || !kind(f[1], Layout::Dict))
        return vm.raise(vm.types.TypeError, "function() argument 'globals' must be dict, not {}",
                        f[1].is_null() ? std::string_view("nothing") : none_name(f[1]));
    if (!f[2].is_null() && !f[2].is_none() && !kind(f[2], Layout::Str))
        return vm.raise(vm.types.TypeError, "arg 3 (name) must be None or string");
    if (!f[3].is_null() && !f[3].is_none() && !kind(f[3], Layout::Tuple))
        return vm.raise(vm.types.TypeError, "arg 4 (defaults) must be None or tuple");
    CodeObject* code = as<CodeObject>(f[0]);
    std::size_t ncells = f[4].is_null() || f[4].is_none() ? 0 : (kind(f[4], Layout::Tuple) ? as<Tuple>(f[4])->size : 0);
    if (code->nfree > 0 && (f[4].is_null() || f[4].is_none() || !kind(f[4], Layout::Tuple)))
        return vm.raise(vm.types.TypeError, "arg 5 (closure) must be tuple");
    if (static_cast<std::size_t>(code->nfree) != ncells)
        return vm.raise(vm.types.ValueError, "{} requires closure of length {}, not {}", code->name->view(), code->nfree, ncells);
    Dict* globals = as<Dict>(f[1]);
    Value builtins = dict_get_str(globals, vm.names.dunder_builtins);
    Dict* builtins_dict = builtins.is_object() && vm.type_of(builtins)->layout == Layout::Dict ? as<Dict>(builtins)
                        : builtins.is_object() && vm.type_of(builtins)->layout == Layout::Module ? as<Module>(builtins)->dict.get()
                                                                                               : vm.builtins.get();
    Value fv = TRY(make_function(vm, code, globals, builtins_dict));
    Function* fn = as<Function>(fv);
    if (kind(f[2], Layout::Str)) fn->name = Ref<Str>::borrowed(as<Str>(f[2]));
    if (kind(f[3], Layout::Tuple)) fn->defaults = Ref<Tuple>::borrowed(as<Tuple>(f[3]));
    if (ncells) fn->closure = Ref<Tuple>::borrowed(as<Tuple>(f[4]));
    return fv;
}

Result<Value> method_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    TRY(check_no_kwargs(vm, "method", kwnames));
    if (nargs != 3)
        return vm.raise(vm.types.TypeError, "method expected 2 arguments, got {}", nargs - 1);
    if (!vm.is_callable(args[1]))
        return vm.raise(vm.types.TypeError, "first argument must be callable");
    if (args[2].is_none())
        return vm.raise(vm.types.TypeError, "instance must not be None");
    auto m = make<BoundMethod>(vm.types.method);
    m->function = args[1];
    m->self = args[2];
    vm.gc().track(m.get());
    return m.take_value();
}

// The fields property(fget, fset, fdel, doc) / classmethod(f) / staticmethod(f) take, checked as CPython's
// property_init_impl, cm_init and sm_init check them; args[0] is the type (construct) or the instance (__init__).
Result<void> descriptor_fields(VM& vm, Type* type, Value const* args, std::size_t nargs, Tuple* kwnames,
                               Value (&fields)[4]) {
    std::size_t npos = nargs - 1 - (kwnames ? kwnames->size : 0);
    if (type->layout == Layout::Property) {
        if (npos > 4)
            return vm.raise(vm.types.TypeError, "property expected at most 4 arguments, got {}", npos);
        for (std::size_t i = 0; i < npos; ++i) fields[i] = args[1 + i];
        TRY(parse_kwargs(vm, "property", args + 1, nargs - 1, kwnames, {"fget", "fset", "fdel", "doc"}, fields));
        if ((fields[3].is_null() || fields[3].is_none()) && !fields[0].is_null() && !fields[0].is_none()) {
            // no doc given: the getter's docstring (CPython: property_init_impl's getter_doc)
            Value doc = TRY(vm.getattr_opt(fields[0], vm.names.dunder_doc));
            if (!doc.is_null() && !doc.is_none()) fields[3] = doc;
        }
    } else {
        char const* name = type->layout == Layout::ClassMethod ? "classmethod" : "staticmethod";
        TRY(check_no_kwargs(vm, name, kwnames));
        if (nargs != 2)
            return vm.raise(vm.types.TypeError, "{} expected 1 argument, got {}", name, nargs - 1);
        fields[0] = args[1];
    }
    return {};
}

void set_descriptor_fields(Descriptor* d, Value (&fields)[4]) {
    d->function = fields[0].is_null() ? Value::none() : fields[0];
    d->setter = fields[1].is_null() ? Value::none() : fields[1];
    d->deleter = fields[2].is_null() ? Value::none() : fields[2];
    d->doc = fields[3].is_null() ? Value::none() : fields[3];
}

Result<Value> make_descriptor(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames, char const*) {
    Type* type = as<Type>(args[0]);
    Value fields[4];
    TRY(descriptor_fields(vm, type, args, nargs, kwnames, fields));
    auto d = make<Descriptor>(type);
    if (type->is_heap) incref(type);
    set_descriptor_fields(d.get(), fields);
    vm.gc().track(d.get());
    return d.take_value();
}

// property/classmethod/staticmethod.__get__(instance, owner=None): what attribute lookup does with them
// (CPython: property_descr_get, cm_descr_get, sm_descr_get)
Result<Value> descriptor_get(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (nargs < 2 || nargs > 3)
        return vm.raise(vm.types.TypeError, "expected 1 or 2 arguments, got {}", nargs - 1);
    Descriptor* d = as<Descriptor>(args[0]);
    Value instance = args[1];
    Value owner = nargs > 2 ? args[2] : Value::none();
    switch (vm.type_of(args[0])->layout) {
    case Layout::StaticMethod:
        return d->function;
    case Layout::ClassMethod: {
        if (owner.is_none()) {
            if (instance.is_none())
                return vm.raise(vm.types.TypeError, "__get__(None, None) is invalid");
            owner = Value::borrowed(vm.type_of(instance));
        }
        auto m = make<BoundMethod>(vm.types.method);
        m->function = d->function;
        m->self = owner;
        vm.gc().track(m.get());
        return m.take_value();
    }
    default:
        if (instance.is_none())
            return args[0];
        if (d->function.is_none())
            return vm.raise(vm.types.AttributeError, "property of '{}' object has no getter", vm.type_of(instance)->name->view());
        return vm.call1(d->function, instance);
    }
}

// An empty property/classmethod/staticmethod of a class derived from one, for its __init__ to fill
Result<Value> descriptor_allocate(VM& vm, Type* type) {
    auto d = make<Descriptor>(type);
    if (type->is_heap) incref(type);
    Value none[4];
    set_descriptor_fields(d.get(), none);
    vm.gc().track(d.get());
    return d.take_value();
}

// property.__init__ / classmethod.__init__ / staticmethod.__init__: a subclass's __init__ may call them again
Result<Value> descriptor_init(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[4];
    TRY(descriptor_fields(vm, vm.type_of(args[0]), args, nargs, kwnames, fields));
    set_descriptor_fields(as<Descriptor>(args[0]), fields);
    return Value::none();
}

Result<Value> property_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return make_descriptor(vm, args, nargs, kwnames, "property");
}
Result<Value> staticmethod_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return make_descriptor(vm, args, nargs, kwnames, "staticmethod");
}
Result<Value> classmethod_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return make_descriptor(vm, args, nargs, kwnames, "classmethod");
}

// property.setter / .getter / .deleter return a copy with one accessor replaced, made by calling the
// property's own type (CPython: property_copy)
Result<Value> property_copy_with(VM& vm, Value const* args, std::size_t, int which) {
    Descriptor* p = as<Descriptor>(args[0]);
    Value fields[4] = {which == 0 ? args[1] : p->function, which == 1 ? args[1] : p->setter,
                       which == 2 ? args[1] : p->deleter, p->doc};
    if (p->type->is_heap)
        return vm.call(Value::borrowed(p->type), fields, 4);
    auto d = make<Descriptor>(p->type);
    set_descriptor_fields(d.get(), fields);
    vm.gc().track(d.get());
    return d.take_value();
}
Result<Value> property_getter(VM& vm, Value const* args, std::size_t nargs, Tuple*) { return property_copy_with(vm, args, nargs, 0); }
Result<Value> property_setter(VM& vm, Value const* args, std::size_t nargs, Tuple*) { return property_copy_with(vm, args, nargs, 1); }
Result<Value> property_deleter(VM& vm, Value const* args, std::size_t nargs, Tuple*) { return property_copy_with(vm, args, nargs, 2); }

} // namespace

namespace {

// ---- calling (TypeSlots::call; CPython: _PyFunction_Vectorcall, cfunction_vectorcall_*, method_vectorcall,
// sm_call)

Result<Value> function_call(VM& vm, Value const& self, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return vm.call_function(as<Function>(self), args, nargs, kwnames);
}

Result<Value> builtin_function_call(VM& vm, Value const& self, Value const* args, std::size_t nargs, Tuple* kwnames) {
    auto* f = as<BuiltinFunction>(self);
    bool bound = !f->self.is_null() && f->is_method;
    if (!f->accepts(nargs + bound, kwnames)) [[unlikely]]
        return raise_native_args_error(vm, f, nargs + bound, kwnames);
    if (!bound && nargs > 0 && !vm.method_self_fits(f, args[0])) [[unlikely]]
        return raise_descriptor_error(vm, f, args[0]);
    vm.native_callee = f;
    if (!bound)
        return f->fn(vm, args, nargs, kwnames);
    ValueVector full;
    full.reserve(nargs + 1);
    full.push_back(f->self);
    full.insert(full.end(), args, args + nargs);
    return f->fn(vm, full.data(), full.size(), kwnames);
}

Result<Value> method_call(VM& vm, Value const& self, Value const* args, std::size_t nargs, Tuple* kwnames) {
    auto* m = as<BoundMethod>(self);
    Value small[8];
    ValueVector big;
    Value* full = small;
    if (nargs + 1 > 8) {
        big.resize(nargs + 1);
        full = big.data();
    }
    full[0] = m->self;
    for (std::size_t i = 0; i < nargs; ++i) full[i + 1] = args[i];
    Value fn = m->function;
    return vm.call(fn, full, nargs + 1, kwnames);
}

Result<Value> staticmethod_call(VM& vm, Value const& self, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return vm.call(as<Descriptor>(self)->function, args, nargs, kwnames);
}

} // namespace

namespace {

// ---- attributes (TypeSlots::members and friends; CPython: func_getsetlist, meth_getsets, method_getattro,
// code_memberlist, cell_getsetlist, property_members)

Value function_members(VM& vm, Value const& self, Str* name) {
    auto* f = as<Function>(self);
    std::string_view n = name->view();
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

Value function_own_attribute(Value const& self, Str* name) {
    Dict* d = as<Function>(self)->dict.get();
    return d ? dict_get_str(d, name) : Value();
}

Dict* function_instance_dict(VM&, Value const& self) { return as<Function>(self)->dict.get(); }

Result<void> function_setattr(VM& vm, Value const& self, Str* name, Value value) {
    Function* f = as<Function>(self);
    if (TRY(vm.set_through_descriptor(self, name, value)))
        return {};
    // the attributes with a type of their own (CPython: func_set_name, func_set_qualname, func_set_defaults,
    // func_set_kwdefaults, func_set_code)
    std::string_view n = name->view();
    auto is = [&](Layout l) { return value.is_object() && vm.type_of(value)->layout == l; };
    if (name == vm.names.dunder_name || name == vm.names.dunder_qualname) {
        if (!is(Layout::Str)) return vm.raise(vm.types.TypeError, "{} must be set to a string object", n);
        (name == vm.names.dunder_name ? f->name : f->qualname) = Ref<Str>::borrowed(as<Str>(value));
        return {};
    }
    if (n == "__globals__" || n == "__closure__" || n == "__builtins__")  // CPython: READONLY members
        return vm.raise(vm.types.AttributeError, "readonly attribute");
    if (n == "__defaults__") {
        if (!value.is_none() && !is(Layout::Tuple)) return vm.raise(vm.types.TypeError, "__defaults__ must be set to a tuple object");
        f->defaults = value.is_none() ? nullptr : Ref<Tuple>::borrowed(as<Tuple>(value));
        return {};
    }
    if (n == "__kwdefaults__") {
        if (!value.is_none() && !is(Layout::Dict)) return vm.raise(vm.types.TypeError, "__kwdefaults__ must be set to a dict object");
        f->kwdefaults = value.is_none() ? nullptr : Ref<Dict>::borrowed(as<Dict>(value));
        return {};
    }
    if (n == "__code__") {
        if (!is(Layout::Code)) return vm.raise(vm.types.TypeError, "__code__ must be set to a code object");
        CodeObject* code = as<CodeObject>(value);
        std::size_t free = f->closure ? f->closure->size : 0;
        if (static_cast<std::size_t>(code->nfree) != free)
            return vm.raise(vm.types.ValueError, "{}() requires a code object with {} free vars, not {}", f->name->view(),
                            free, code->nfree);
        // a generator expression's function given other code is no longer its old code's (CodeObject::idle_function)
        if (f->code && f->code->idle_function == f) f->code->idle_function = nullptr;
        f->code = Ref<CodeObject>::borrowed(code);
        return {};
    }
    if (name == vm.names.dunder_doc) { f->doc = std::move(value); return {}; }
    if (name == vm.names.dunder_module) { f->module = std::move(value); return {}; }
    if (!f->dict) f->dict = vm.new_dict();
    dict_set_str(vm, f->dict.get(), name, std::move(value));
    return {};
}

Value builtin_function_members(VM& vm, Value const& self, Str* name) {
    auto* f = as<BuiltinFunction>(self);
    std::string_view n = name->view();
    if (name == vm.names.dunder_name) return f->name.value();
    if (name == vm.names.dunder_qualname) {
        // a method is qualified by its type, a function of a module is not (CPython: meth_get__qualname__)
        if (!f->owner || (f->self.is_object() && vm.type_of(f->self)->layout == Layout::Module)) return f->name.value();
        return vm.new_str(std::string(f->owner->qualname->view()) + "." + std::string(f->name->view()));
    }
    if (n == "__self__") return f->self.is_null() ? Value::none() : f->self;
    if (n == "__module__") {
        // the module a function belongs to; a method of an object has none (CPython: meth_get__module__)
        if (f->module) return f->module.value();
        bool function = f->self.is_null() || (f->self.is_object() && vm.type_of(f->self)->layout == Layout::Module);
        return function ? vm.new_str("builtins") : Value::none();
    }
    if (name == vm.names.dunder_doc) return Value::none();  // weft keeps no docstrings for natives
    return Value();
}

Value method_members(VM& vm, Value const& self, Str* name) {
    auto* m = as<BoundMethod>(self);
    std::string_view n = name->view();
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

// CPython's CO_* bits for co_flags (Include/cpython/code.h)
std::int64_t cpython_code_flags(std::uint32_t flags) {
    std::int64_t out = 0;
    if (flags & front::CodeOptimized) out |= 1 | 2;  // CO_OPTIMIZED | CO_NEWLOCALS
    if (flags & front::CodeVarargs) out |= 4;
    if (flags & front::CodeVarkeywords) out |= 8;
    if (flags & front::CodeNested) out |= 16;
    if (flags & front::CodeGenerator) out |= 32;
    if (flags & front::CodeCoroutine) out |= 128;
    if (flags & front::CodeAsyncGenerator) out |= 512;
    return out;
}

Value str_tuple(VM& vm, std::vector<Ref<Str>> const& names, std::size_t count) {
    auto t = vm.new_tuple(count);
    for (std::size_t i = 0; i < count; ++i) t->items[i] = names[i].value();
    return t.take_value();
}

Value code_members(VM& vm, Value const& self, Str* name) {
    auto* c = as<CodeObject>(self);
    std::string_view n = name->view();
    if (n == "co_name") return c->name.value();
    if (n == "co_qualname") return c->qualname.value();
    if (n == "co_filename") return c->filename.value();
    if (n == "co_argcount") return Value::from_int(c->argcount);
    if (n == "co_posonlyargcount") return Value::from_int(c->posonlyargcount);
    if (n == "co_kwonlyargcount") return Value::from_int(c->kwonlyargcount);
    if (n == "co_nlocals") return Value::from_int(c->nlocals);
    if (n == "co_stacksize") return Value::from_int(c->stacksize);
    if (n == "co_flags") return Value::from_int(cpython_code_flags(c->flags));
    if (n == "co_firstlineno") return Value::from_int(c->unit ? c->unit->first_line : 1);
    if (n == "co_varnames") return str_tuple(vm, c->varnames, c->varnames.size());
    if (n == "co_cellvars") return str_tuple(vm, c->cellvars, c->cellvars.size());
    if (n == "co_freevars") return str_tuple(vm, c->freevars, c->freevars.size());
    if (n == "co_names") return str_tuple(vm, c->names, c->names.size());
    if (n == "co_consts") {
        auto t = vm.new_tuple(c->consts.size());
        for (std::size_t i = 0; i < c->consts.size(); ++i) t->items[i] = c->consts[i];
        return t.take_value();
    }
    return Value();
}

Value cell_members(VM& vm, Value const& self, Str* name) {
    Object* o = self.as_object();
    std::string_view n = name->view();
    if (n != "cell_contents") return Value();
    if (static_cast<Cell*>(o)->contents.is_null()) {
        vm.raise(vm.types.ValueError, "Cell is empty");  // CPython: cell_get_contents
        return Value();
    }
    return static_cast<Cell*>(o)->contents;
}

Value descriptor_members(VM& vm, Value const& self, Str* name) {
    auto* d = as<Descriptor>(self);
    std::string_view n = name->view();
    if (n == "fget" || n == "__func__" || n == "__wrapped__") return d->function;
    if (n == "fset") return d->setter;
    if (n == "fdel") return d->deleter;
    if (name == vm.names.dunder_doc) return d->doc.is_null() ? Value::none() : d->doc;
    if (n == "__isabstractmethod__") {
        // abstract when a function it wraps is (CPython: property_get___isabstractmethod__, cm_get___isabstractmethod__)
        for (Value const* part : {&d->function, &d->setter, &d->deleter}) {
            if (part->is_null() || part->is_none()) continue;
            Result<Value> flag = vm.getattr_opt(*part, name);
            if (flag.is_error()) return Value();  // the error propagates
            if (!flag.value().is_null()) {
                Result<bool> truth = vm.truthy(flag.value());
                if (truth.is_error()) return Value();
                if (truth.value()) return Value::from_bool(true);
            }
        }
        return Value::from_bool(false);
    }
    return Value();
}

// A bound method equals another of the same self (by identity) and an equal function; builtin methods compare
// their self and C function the same way (CPython: method_richcompare, meth_richcompare; method_hash, meth_hash).
std::int64_t address_hash(void const* p) {
    auto h = static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(p) >> 4);
    return h == -1 ? -2 : h;
}

Object* identity_of(Value const& v) { return v.is_object() ? v.as_object() : nullptr; }

Result<Value> method_richcompare(VM& vm, Value const& a, Value const& b, int op) {
    bool eq = op == static_cast<int>(front::CmpOpArg::Eq);
    if ((!eq && op != static_cast<int>(front::CmpOpArg::Ne)) || vm.type_of(a) != vm.type_of(b)) return vm.not_implemented;
    bool same;
    if (vm.type_of(a) == vm.types.method) {
        auto* x = as<BoundMethod>(a);
        auto* y = as<BoundMethod>(b);
        same = identity_of(x->self) == identity_of(y->self) && x->self.raw_bits() == y->self.raw_bits() &&
               TRY(vm.equals(x->function, y->function));
    } else {
        auto* x = as<BuiltinFunction>(a);
        auto* y = as<BuiltinFunction>(b);
        same = x->self.raw_bits() == y->self.raw_bits() && x->fn == y->fn && x->name.get() == y->name.get() &&
               x->owner == y->owner && x->data.raw_bits() == y->data.raw_bits();
    }
    return Value::from_bool(eq ? same : !same);
}

Result<std::int64_t> method_hash(VM& vm, Value const& self) {
    if (vm.type_of(self) == vm.types.method) {
        auto* m = as<BoundMethod>(self);
        std::int64_t h = address_hash(identity_of(m->self)) ^ TRY(vm.hash(m->function));
        return h == -1 ? -2 : h;
    }
    auto* f = as<BuiltinFunction>(self);
    std::int64_t h = address_hash(identity_of(f->self)) ^ address_hash(reinterpret_cast<void const*>(f->fn)) ^
                     address_hash(f->owner);
    return h == -1 ? -2 : h;
}

} // namespace

void init_function_types(VM& vm) {
    TypeSlots& f = vm.types.function->slots;
    f.members = function_members;
    f.own_attribute = function_own_attribute;
    f.instance_dict = function_instance_dict;
    f.setattr = function_setattr;
    vm.types.builtin_function->slots.members = builtin_function_members;
    vm.types.method->slots.members = method_members;
    vm.types.code->slots.members = code_members;
    vm.types.cell->slots.members = cell_members;
    for (Type* t : {vm.types.property, vm.types.staticmethod, vm.types.classmethod})
        t->slots.members = descriptor_members;
    vm.types.function->slots.call = function_call;
    vm.types.builtin_function->slots.call = builtin_function_call;
    vm.types.method->slots.call = method_call;
    for (Type* t : {vm.types.method, vm.types.builtin_function}) {
        t->slots.richcompare = method_richcompare;
        t->slots.hash = method_hash;
    }
    vm.types.staticmethod->slots.call = staticmethod_call;
    add_methods(vm, vm.types.function, {{"__repr__", function_repr}, {"__get__", function_get}});
    vm.types.method->construct = method_construct;
    vm.types.function->construct = function_construct;
    add_methods(vm, vm.types.builtin_function, {{"__repr__", builtin_function_repr}});
    add_methods(vm, vm.types.method, {{"__repr__", method_repr}});
    add_methods(vm, vm.types.cell, {{"__repr__", cell_repr}});
    vm.types.property->construct = property_construct;
    vm.types.staticmethod->construct = staticmethod_construct;
    vm.types.classmethod->construct = classmethod_construct;
    for (Type* t : {vm.types.property, vm.types.staticmethod, vm.types.classmethod})
        t->allocate = descriptor_allocate;
    add_methods(vm, vm.types.property, {
        {"getter", property_getter},
        {"setter", property_setter, Args::one()},
        {"deleter", property_deleter},
        {"__init__", descriptor_init},
    });
    add_methods(vm, vm.types.property, {{"__get__", descriptor_get}});
    add_methods(vm, vm.types.classmethod, {{"__init__", descriptor_init}, {"__get__", descriptor_get}});
    add_methods(vm, vm.types.staticmethod, {{"__init__", descriptor_init}, {"__get__", descriptor_get}});
}

} // namespace weft::rt
