// Bound C++ callables: the native function every binding is called through (matching arguments to
// parameters with CPython's messages), C++ exceptions turned into Python ones, and def_async's coroutine
// functions.
#include <new>
#include <stdexcept>

#include "runtime/embed/engine_core.hpp"
#include "runtime/types/exception.hpp"

namespace weft {

namespace detail {

using rt::Value;

namespace {

// The object a bound function carries as its data: it owns the Binding.
struct BindingHolder final : rt::Object {
    std::unique_ptr<Binding> binding;
    EngineCore* core = nullptr;
    explicit BindingHolder(rt::Type* t) : rt::Object(t) {}
};

thread_local WEFT_FAST_TLS EngineCore* t_current_core = nullptr;

// An exception of the builtin class named `type_name` (a weft::Error the host made), or RuntimeError for a name
// that is not an exception class of builtins.
rt::Raised raise_by_name(EngineCore* core, std::string const& type_name, std::string const& message) {
    rt::VM& vm = *core->vm;
    Value type = rt::dict_get_str(vm.builtins.get(), vm.intern(type_name));
    if (!type.is_null() && rt::layout_of(type) == rt::Layout::Type && rt::as<rt::Type>(type)->is_subtype_of(vm.types.BaseException))
        return vm.raise(rt::as<rt::Type>(type), message);
    return vm.raise(vm.types.RuntimeError, type_name + ": " + message);
}

// Sets the Python exception for a caught weft::Error.
rt::Raised raise_error(EngineCore* core, Error const& e) {
    rt::VM& vm = *core->vm;
    if (!e.exception().empty() && e.exception().core() == core) return vm.raise_value(value_of(e.exception()));
    return raise_by_name(core, e.type_name(), e.message());
}

// The call's arguments matched to the binding's parameters (CPython: _PyArg_UnpackKeywords and
// _PyArg_CheckPositional, with their messages); null entries are missing parameters with no default.
[[gnu::noinline]] rt::Result<void> match_arguments(rt::VM& vm, Signature const& sig, Value const* args, std::size_t nargs,
                                 rt::Tuple* kwnames, ValueBox const** out) {
    std::size_t nkw = kwnames ? kwnames->size : 0;
    std::size_t npos = nargs - nkw;
    std::size_t n = sig.nparams;
    bool named = !sig.names.empty();
    std::string fname = sig.name + "()";
    if (!named) {
        if (nkw) return vm.raise(vm.types.TypeError, "{} takes no keyword arguments", fname);
        if (npos != n)
            return vm.raise(vm.types.TypeError, "{} expected {} argument{}, got {}", sig.name, n, n == 1 ? "" : "s", npos);
        for (std::size_t i = 0; i < n; ++i) out[i] = reinterpret_cast<ValueBox const*>(&args[i]);
        return {};
    }
    std::size_t required = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (sig.defaults[i].empty()) required = i + 1;
    if (npos > n)
        return vm.raise(vm.types.TypeError, "{} takes {} {} argument{} ({} given)", fname, required == n ? "exactly" : "at most",
                        n, n == 1 ? "" : "s", npos);
    for (std::size_t i = 0; i < n; ++i) out[i] = i < npos ? reinterpret_cast<ValueBox const*>(&args[i]) : nullptr;
    for (std::size_t k = 0; k < nkw; ++k) {
        std::string_view key = rt::as<rt::Str>(kwnames->items[k])->view();
        std::size_t i = 0;
        while (i < n && !(sig.names.size() > i && sig.names[i] && key == sig.names[i])) ++i;
        if (i == n) return vm.raise(vm.types.TypeError, "'{}' is an invalid keyword argument for {}", key, fname);
        if (out[i]) return vm.raise(vm.types.TypeError, "argument for {} given by name ('{}') and position ({})", fname, key, i + 1);
        out[i] = reinterpret_cast<ValueBox const*>(&args[npos + k]);
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (out[i]) continue;
        if (!sig.defaults[i].empty()) {
            out[i] = &sig.defaults[i].box();
            continue;
        }
        char const* name = i < sig.names.size() && sig.names[i] ? sig.names[i] : "?";
        return vm.raise(vm.types.TypeError, "{} missing required argument '{}' (pos {})", fname, name, i + 1);
    }
    return {};
}

// Calls `binding` with its parameters' values; C++ exceptions become Python exceptions here.
[[gnu::always_inline]] inline rt::Result<Value> invoke_binding(rt::VM& vm, EngineCore* core, Binding& binding, ValueBox const* const* params) {
    Object result;
    EngineCore* previous = t_current_core;
    t_current_core = core;
    try {
        binding.invoke(core, params, result);
    } catch (ArgumentMismatch const&) {
        t_current_core = previous;
        if (binding.signature.operator_method) {
            // an operand this operator cannot take: Python then tries the other operand (CPython's binary_op1)
            (void)vm.take_exception();
            return vm.not_implemented;
        }
        return rt::Raised{};
    } catch (...) {
        t_current_core = previous;
        return raise_host_exception(core, std::current_exception());
    }
    t_current_core = previous;
    return value_take(std::move(result));
}

// The native function of every binding: the common call — exactly the positional parameters — without matching.
rt::Result<Value> call_binding(rt::VM& vm, Value const* args, std::size_t nargs, rt::Tuple* kwnames) {
    auto* holder = rt::as<BindingHolder>(vm.native_callee->data);
    Binding& binding = *holder->binding;
    std::size_t n = binding.signature.nparams;
    if (n <= 8 && nargs == n && !kwnames) [[likely]] {
        ValueBox const* params[8];
        for (std::size_t i = 0; i < n; ++i) params[i] = reinterpret_cast<ValueBox const*>(&args[i]);
        return invoke_binding(vm, holder->core, binding, params);
    }
    std::vector<ValueBox const*> params(n);
    TRY(match_arguments(vm, binding.signature, args, nargs, kwnames, params.data()));
    return invoke_binding(vm, holder->core, binding, params.data());
}

} // namespace

Binding::~Binding() = default;

EngineCore* current_core() {
    if (!t_current_core) throw std::logic_error("weft: no bound function of an engine is running on this thread");
    return t_current_core;
}

rt::Raised raise_host_exception(EngineCore* core, std::exception_ptr error) {
    rt::VM& vm = *core->vm;
    try {
        std::rethrow_exception(error);
    } catch (Raised const&) {
        if (!vm.has_exception()) return vm.raise(vm.types.SystemError, "error return without exception set");
        return rt::Raised{};
    } catch (Error const& e) {
        return raise_error(core, e);
    } catch (...) {
    }
    // the host's translators, newest first: each rethrows and throws an Error for what it knows
    for (auto it = core->translators.rbegin(); it != core->translators.rend(); ++it) {
        try {
            (*it)(error);
        } catch (Error const& e) {
            return raise_error(core, e);
        } catch (...) {
        }
    }
    try {
        std::rethrow_exception(error);
    } catch (std::bad_alloc const&) {
        return vm.raise(vm.types.MemoryError, "");
    } catch (std::out_of_range const& e) {
        return vm.raise(vm.types.IndexError, e.what());
    } catch (std::invalid_argument const& e) {
        return vm.raise(vm.types.ValueError, e.what());
    } catch (std::domain_error const& e) {
        return vm.raise(vm.types.ValueError, e.what());
    } catch (std::overflow_error const& e) {
        return vm.raise(vm.types.OverflowError, e.what());
    } catch (std::exception const& e) {
        return vm.raise(vm.types.RuntimeError, e.what());
    } catch (...) {
        return vm.raise(vm.types.RuntimeError, "unknown C++ exception");
    }
}

// A native function of the engine carrying `binding`.
Value make_bound_function(EngineCore* core, std::unique_ptr<Binding> binding) {
    rt::VM& vm = *core->vm;
    if (!core->binding_type) {
        core->binding_type = rt::make_builtin_type(vm, "weft_binding", vm.types.object, rt::Layout::Native);
    }
    rt::Ref<BindingHolder> holder = rt::make<BindingHolder>(core->binding_type);
    std::string name = binding->signature.name;
    holder->binding = std::move(binding);
    holder->core = core;
    return vm.new_function_value(call_binding, name, holder.value());
}

namespace {

bool is_identifier(std::string_view name) {
    if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
    for (char c : name)
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    return true;
}

// def_async's function: `async def name(*args, **kwargs): return impl(*args, **kwargs)`, compiled as library code
// (its frame is left out of tracebacks, as a C function's is), so awaiting it runs the binding on the awaiting
// task's fiber. A binding without parameter names takes no keywords: its function passes `*args` alone, which
// spares every call a dict.
Value make_coroutine_function(EngineCore* core, std::string const& name, Value impl, bool keywords) {
    rt::VM& vm = *core->vm;
    std::string fn = is_identifier(name) ? name : "host_coroutine";
    std::string params = keywords ? "*args, **kwargs" : "*args";
    std::string source = "def make(impl):\n"
                         "    async def " + fn + "(" + params + "):\n"
                         "        return impl(" + params + ")\n"
                         "    return " + fn + "\n";
    rt::Ref<rt::Dict> ns = vm.new_dict();
    rt::dict_set_str(vm, ns.get(), vm.names.dunder_builtins, vm.builtins.value());
    rt::dict_set_str(vm, ns.get(), vm.intern("__name__"), vm.new_str("builtins"));
    rt::Result<Value> code = vm.compile_source("<frozen weft host>", std::move(source), ns);
    if (code.is_error() || vm.run_module_code(rt::as<rt::Function>(code.value())).is_error())
        throw error_from_pending(core);
    Value make = rt::dict_get_str(ns.get(), vm.intern("make"));
    Object function = checked(core, vm.call1(make, impl));
    checked(core, vm.setattr(value_of(function), vm.names.dunder_qualname, vm.new_str(name)));
    return value_of(function);
}

} // namespace

// A binding as the function scripts call: a native function, or for def_async a coroutine function around one.
rt::Value make_script_function(EngineCore* core, std::unique_ptr<Binding> binding, bool async) {
    std::string name = binding->signature.name;
    bool keywords = !binding->signature.names.empty();
    rt::Value fn = make_bound_function(core, std::move(binding));
    return async ? make_coroutine_function(core, name, std::move(fn), keywords) : fn;
}

} // namespace detail

void Module::define(std::unique_ptr<detail::Binding> binding, bool async) {
    std::string name = binding->signature.name;
    rt::Value fn = detail::make_script_function(m_core, std::move(binding), async);
    detail::set_item(m_namespace, detail::make_str(m_core, name), detail::handle(m_core, std::move(fn)));
}

} // namespace weft
