// Calling: dispatch on the kind of callable, binding arguments to parameters with CPython's rules and
// error messages (Python/ceval.c initialize_locals, missing_arguments, too_many_positional), frame
// allocation, and generator/coroutine creation.
#include <cstring>

#include "runtime/gc.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {


Frame* VM::make_generator_frame(Function* fn, void* storage) {
    auto* frame = static_cast<Frame*>(storage);
    init_frame(frame, fn);
    return frame;
}

// "f() missing 2 required positional arguments: 'a' and 'b'" (CPython: ceval.c format_missing)
Raised raise_missing_arguments(VM& vm, std::string_view fname, std::vector<std::string> const& names, char const* kind) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) {
            if (names.size() == 2) out += " and ";
            else if (i + 1 == names.size()) out += ", and ";
            else out += ", ";
        }
        out += "'" + names[i] + "'";
    }
    return vm.raise(vm.types.TypeError, "{}() missing {} required {} argument{}: {}", fname, names.size(), kind,
                    names.size() == 1 ? "" : "s", out);
}

namespace {


} // namespace

Result<void> VM::bind_arguments(Function* fn, Frame* frame, Value const* args, std::size_t nargs, Tuple* kwnames) {
    CodeObject* code = fn->code.get();
    Value* locals = frame->slots;
    std::size_t nkw = kwnames ? kwnames->size : 0;
    std::size_t npos = nargs - nkw;
    auto argcount = static_cast<std::size_t>(code->argcount);
    auto kwonly = static_cast<std::size_t>(code->kwonlyargcount);
    bool varargs = code->flags & front::CodeVarargs;
    bool varkw = code->flags & front::CodeVarkeywords;
    std::string_view fname = fn->qualname->view();

    // Fast path: exact positional call, no defaults needed.
    if (nkw == 0 && npos == argcount && !varargs && !varkw && kwonly == 0) {
        for (std::size_t i = 0; i < npos; ++i) locals[i] = args[i];
    } else {
        std::size_t copied = std::min(npos, argcount);
        for (std::size_t i = 0; i < copied; ++i) locals[i] = args[i];
        Ref<Dict> kwdict;
        std::size_t next_slot = argcount + kwonly;
        if (varargs) {
            std::size_t extra = npos > argcount ? npos - argcount : 0;
            auto t = new_tuple(extra);
            for (std::size_t i = 0; i < extra; ++i) t->items[i] = args[argcount + i];
            locals[next_slot++] = t.take_value();
        } else if (npos > argcount) {
            std::size_t with_default = fn->defaults ? fn->defaults->size : 0;
            std::size_t kwonly_given = 0;
            for (std::size_t i = 0; i < nkw; ++i) {
                Str* k = as<Str>(kwnames->items[i]);
                for (std::size_t j = argcount; j < argcount + kwonly; ++j)
                    if (str_equal(code->varnames[j].get(), k)) ++kwonly_given;
            }
            std::string takes;
            if (with_default > 0)
                takes = format("from {} to {} positional arguments", argcount - with_default, argcount);
            else
                takes = format("{} positional argument{}", argcount, argcount == 1 ? "" : "s");
            if (kwonly_given > 0)
                return raise(types.TypeError, "{}() takes {} but {} positional argument{} (and {} keyword-only argument{}) were given",
                             fname, takes, npos, npos == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
            return raise(types.TypeError, "{}() takes {} but {} {} given", fname, takes, npos, npos == 1 ? "was" : "were");
        }
        if (varkw) {
            kwdict = new_dict();
            locals[next_slot] = kwdict.value();
        }
        std::vector<std::string> posonly_as_kw;
        bool plain_kwargs = true;
        for (std::size_t i = 0; i < nkw; ++i) {
            Str* key = as<Str>(kwnames->items[i]);
            std::size_t found = SIZE_MAX;
            for (std::size_t j = static_cast<std::size_t>(code->posonlyargcount); j < argcount + kwonly; ++j) {
                Str* name = code->varnames[j].get();
                if (name == key || str_equal(name, key)) {
                    found = j;
                    break;
                }
            }
            if (found == SIZE_MAX) {
                if (kwdict) {
                    // a call's keyword names are distinct (the compiler, DICT_MERGE and the embedding API's
                    // weft::call see to it): an exact str goes in without a search while every key before it was
                    // one too (a str subclass's __eq__ is asked about the keys after it, as PyDict_SetItem does)
                    if (key->type == types.str && plain_kwargs) {
                        kwdict->table.insert_new(kwnames->items[i], key->get_hash(), args[npos + i]);
                    } else {
                        plain_kwargs = false;
                        TRY(dict_set(*this, kwdict.get(), kwnames->items[i], args[npos + i]));
                    }
                    continue;
                }
                for (std::size_t j = 0; j < static_cast<std::size_t>(code->posonlyargcount); ++j)
                    if (str_equal(code->varnames[j].get(), key)) posonly_as_kw.emplace_back(key->view());
                if (!posonly_as_kw.empty())
                    continue;
                return raise(types.TypeError, "{}() got an unexpected keyword argument '{}'", fname, key->view());
            }
            if (!locals[found].is_null())
                return raise(types.TypeError, "{}() got multiple values for argument '{}'", fname, key->view());
            locals[found] = args[npos + i];
        }
        if (!posonly_as_kw.empty()) {
            std::string joined;
            for (std::size_t i = 0; i < posonly_as_kw.size(); ++i) {
                if (i) joined += ", ";
                joined += posonly_as_kw[i];
            }
            return raise(types.TypeError, "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                         fname, joined);
        }
        // Defaults for missing positional parameters.
        if (npos < argcount) {
            std::size_t ndefaults = fn->defaults ? fn->defaults->size : 0;
            std::size_t first_default = argcount - ndefaults;
            std::vector<std::string> missing;
            for (std::size_t i = npos; i < argcount; ++i) {
                if (!locals[i].is_null()) continue;
                if (i >= first_default)
                    locals[i] = fn->defaults->items[i - first_default];
                else
                    missing.emplace_back(code->varnames[i]->view());
            }
            if (!missing.empty())
                return raise_missing_arguments(*this, fname, missing, "positional");
        }
        if (kwonly > 0) {
            std::vector<std::string> missing;
            for (std::size_t i = argcount; i < argcount + kwonly; ++i) {
                if (!locals[i].is_null()) continue;
                Value def;
                if (fn->kwdefaults)
                    def = dict_get_str(fn->kwdefaults.get(), code->varnames[i].get());
                if (def.is_null())
                    missing.emplace_back(code->varnames[i]->view());
                else
                    locals[i] = def;
            }
            if (!missing.empty())
                return raise_missing_arguments(*this, fname, missing, "keyword-only");
        }
    }
    // Cells for captured locals (initialized from their parameter), then the closure's free cells.
    if (code->ncells > 0 || code->nfree > 0) {
        Value* cells = frame->cells();
        for (int i = 0; i < code->ncells; ++i) {
            auto cell = make<Cell>(types.cell);
            int arg = code->cell_from_arg[static_cast<std::size_t>(i)];
            if (arg >= 0) cell->contents = locals[arg];
            gc().track(cell.get());
            cells[i] = cell.take_value();
        }
        if (fn->closure) [[likely]] {
            for (int i = 0; i < code->nfree; ++i)
                cells[code->ncells + i] = fn->closure->items[i];
        } else {
            // a finished generator expression's function, reached through the collector (gc.get_referents): its
            // closure went with its run (release_frame_values), so its free variables are unbound
            for (int i = 0; i < code->nfree; ++i) {
                auto cell = make<Cell>(types.cell);
                gc().track(cell.get());
                cells[code->ncells + i] = cell.take_value();
            }
        }
    }
    return {};
}

Result<Value> VM::call_function(Function* fn, Value const* args, std::size_t nargs, Tuple* kwnames) {
    CodeObject* code = fn->code.get();
    if (code->is_generator_like()) {
        Type* type = code->flags & front::CodeCoroutine ? types.coroutine
                     : code->flags & front::CodeAsyncGenerator ? types.async_generator : types.generator;
        Ref<Generator> gen = Generator::create(*this, fn, type);
        Result<void> bound = bind_arguments(fn, gen->frame(), args, nargs, kwnames);
        if (bound.is_error())
            return Raised{};
        return gen.take_value();
    }
    TRY(check_native_stack());
    if (m_thread->depth >= m_config.recursion_limit)
        return raise_recursion_error();
    Frame* frame = push_frame(fn);
    Result<void> bound = bind_arguments(fn, frame, args, nargs, kwnames);
    if (bound.is_error()) {
        pop_frame(frame);
        return Raised{};
    }
    frame->flags |= FrameEntry;
    RunResult r = execute(frame);
    // execute() pops the entry frame itself.
    if (r.kind == FrameExit::Returned)
        return std::move(r.value);
    if (r.kind == FrameExit::Raised)
        return Raised{};
    return raise(types.SystemError, "unexpected frame exit");
}

// CPython: Objects/descrobject.c descr_check for methods, wrapperdescr_call for the slot wrappers (the special
// methods, __init__, __add__, ...)
Raised raise_descriptor_error(VM& vm, BuiltinFunction const* f, Value const& self) {
    std::string_view name = f->name->view();
    if (name.size() > 4 && name.starts_with("__") && name.ends_with("__"))
        return vm.raise(vm.types.TypeError, "descriptor '{}' requires a '{}' object but received a '{}'", name,
                        f->owner->name->view(), vm.type_of(self)->name->view());
    return vm.raise(vm.types.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name,
                    f->owner->name->view(), vm.type_of(self)->name->view());
}

Raised raise_native_args_error(VM& vm, BuiltinFunction const* f, std::size_t nargs, Tuple const* kwnames) {
    std::string name(f->name->view());
    std::string qualified = f->is_method && f->owner ? std::string(f->owner->name->view()) + "." + name
                            : f->module                 ? std::string(f->module->view()) + "." + name
                                                        : name;
    // CPython: Objects/descrobject.c method_check_args ("unbound method ... needs an argument")
    if (f->is_method && nargs == 0)
        return vm.raise(vm.types.TypeError, "unbound method {}() needs an argument", qualified);
    Args const& a = f->args;
    if (kwnames && !a.keywords)
        return vm.raise(vm.types.TypeError, "{}() takes no keyword arguments", qualified);
    std::size_t n = nargs - f->is_method - (kwnames ? kwnames->size : 0);
    switch (a.style) {
    case ArgStyle::NoArgs:  // CPython: Objects/methodobject.c cfunction_vectorcall_NOARGS
        return vm.raise(vm.types.TypeError, "{}() takes no arguments ({} given)", qualified, n);
    case ArgStyle::One:     // cfunction_vectorcall_O
        return vm.raise(vm.types.TypeError, "{}() takes exactly one argument ({} given)", qualified, n);
    case ArgStyle::ParseTuple:  // Python/getargs.c vgetargs1_impl
        if (a.min == a.max)
            return vm.raise(vm.types.TypeError, "{}() takes exactly {} argument{} ({} given)", name, a.min,
                            a.min == 1 ? "" : "s", n);
        return vm.raise(vm.types.TypeError, "{}() takes {} {} argument{} ({} given)", name,
                        n < a.min ? "at least" : "at most", n < a.min ? a.min : a.max,
                        (n < a.min ? a.min : a.max) == 1 ? "" : "s", n);
    default:                // Python/getargs.c _PyArg_CheckPositional
        if (a.min == a.max)
            return vm.raise(vm.types.TypeError, "{} expected {} argument{}, got {}", name, a.min, a.min == 1 ? "" : "s", n);
        if (n < a.min)
            return vm.raise(vm.types.TypeError, "{} expected at least {} argument{}, got {}", name, a.min,
                            a.min == 1 ? "" : "s", n);
        return vm.raise(vm.types.TypeError, "{} expected at most {} argument{}, got {}", name, a.max, a.max == 1 ? "" : "s", n);
    }
}

// callable(*args): the type's call slot, unless a class statement's type defines __call__ (CPython:
// _PyObject_MakeTpCall, slot_tp_call).
Result<Value> VM::call(Value const& callable, Value const* args, std::size_t nargs, Tuple* kwnames) {
    if (!callable.is_object())
        return raise(types.TypeError, "'{}' object is not callable", type_of(callable)->name->view());
    Type* t = callable.as_object()->type;
    if (t->slots.call && !t->is_heap)
        return t->slots.call(*this, callable, args, nargs, kwnames);
    Value m = t->lookup(names.dunder_call);
    if (m.is_null()) {
        if (t->slots.call)
            return t->slots.call(*this, callable, args, nargs, kwnames);
        return raise(types.TypeError, "'{}' object is not callable", t->name->view());
    }
    ValueVector full;
    full.reserve(nargs + 1);
    full.push_back(callable);
    full.insert(full.end(), args, args + nargs);
    return call(m, full.data(), full.size(), kwnames);
}

Result<Value> VM::call_method(Value const& self, Str* name, Value const* args, std::size_t nargs) {
    Value method, receiver;
    TRY(load_method(self, name, method, receiver));
    if (receiver.is_null())
        return call(method, args, nargs);
    ValueVector full;
    full.reserve(nargs + 1);
    full.push_back(receiver);
    full.insert(full.end(), args, args + nargs);
    return call(method, full.data(), full.size());
}

// callable(v): a function, method or class, or an object whose type can be called (CPython: PyCallable_Check)
bool VM::is_callable(Value const& v) {
    Type* t = type_of(v);
    switch (t->layout) {
    case Layout::Function: case Layout::BuiltinFunction: case Layout::BoundMethod: case Layout::Type:
    case Layout::StaticMethod:
        return true;
    default:
        return t->slots.call != nullptr || !t->lookup(names.dunder_call).is_null();
    }
}

Result<std::string> VM::function_str(Value const& callable) {
    Value qualname = TRY(getattr_opt(callable, intern("__qualname__")));
    if (qualname.is_null() || !(qualname.is_object() && type_of(qualname)->layout == Layout::Str))
        return str_string(callable);
    std::string out(as<Str>(qualname)->view());
    Value module = TRY(getattr_opt(callable, names.dunder_module));
    if (module.is_object() && type_of(module)->layout == Layout::Str && as<Str>(module)->view() != "builtins")
        out = std::string(as<Str>(module)->view()) + "." + out;
    return out + "()";
}

} // namespace weft::rt
