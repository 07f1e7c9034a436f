// The VM object: construction of the builtin types and names, interning, raising exceptions, and the
// small helpers every builtin uses (method tables, argument checks, dict access by str key).
#include "runtime/vm/vm.hpp"

#include <pthread.h>

#include <cerrno>
#include <cstdio>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <unordered_set>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

extern "C" void* __libc_stack_end;  // glibc: where the main thread's stack starts

#include "runtime/fiber/fiber.hpp"
#include "runtime/gc.hpp"
#include "runtime/types/generator.hpp"

namespace weft::rt {

#define TYPE(member, name, base, layout, flags)
#define TYPE_INIT(function) void function(VM& vm);
#include "runtime/types/builtin_types.def"
#undef TYPE_INIT
#undef TYPE

Type* make_builtin_type(VM& vm, std::string_view name, Type* base, Layout layout) {
    auto type = Ref<Type>::adopt(new Type(vm.types.type));
    // interned: the builtins module and the compiled code name most builtin types by this same str
    type->name = Ref<Str>::borrowed(vm.intern(name));
    type->qualname = type->name;
    type->layout = layout;
    type->gc = &vm.gc();
    type->attr_cache = &vm.type_cache;
    type->specials_pending = true;
    // Exception classes (about 70, most of which never get an attribute) make their dict when one is added
    if (vm.types.dict && layout != Layout::Exception)
        type->dict = vm.new_dict();
    type->mro.reserve(base ? base->mro.size() + 1 : 1);
    type->mro.push_back(type);
    if (base) {
        type->base = base;
        type->bases.push_back(Ref<Type>::borrowed(base));
        base->subclasses.push_back(type.get());
        for (auto const& t : base->mro)
            type->mro.push_back(t);
        // object's constructor makes a plain object: a native type below object has its own or none at all
        // (calling it then raises "cannot create 'X' instances" rather than making an object of the wrong shape)
        if (base != vm.types.object || layout == Layout::Object)
            type->construct = base->construct;
        type->match_kind = base->match_kind;
        if (vm.types_ready)
            type->slots = base->slots;  // made by a module: its base's slots are final (init_types: see its end)
        type->is_base_exception = base->is_base_exception;
    }
    if (layout == Layout::Instance)
        give_instance_slots(type.get());  // attributes of its own, as a class's instances (sys.stdout.name)
    Type* raw = type.get();
    vm.register_type(raw);
    return raw;
}

void VM::register_type(Type* type) { m_builtin_types.push_back(Ref<Type>::borrowed(type)); }

void install_method(VM& vm, Type* type, Str* name, MethodDef const& m) {
    auto f = make<BuiltinFunction>(vm.types.builtin_function);
    f->fn = m.fn;
    f->name = Ref<Str>::borrowed(name);
    f->owner = type;
    f->is_method = !m.class_method;
    f->args = m.args;
    if (m.class_method) {
        auto d = make<Descriptor>(vm.types.classmethod);
        d->function = f.take_value();
        dict_set_str(vm, type->dict.get(), name, d.take_value());
        return;
    }
    dict_set_str(vm, type->dict.get(), name, f.take_value());
}

void add_methods(VM& vm, Type* type, std::initializer_list<MethodDef> methods) {
    if (type->specials_pending) {  // made with its special methods, on first use (complete_builtin_type)
        type->pending_methods.insert(type->pending_methods.end(), methods.begin(), methods.end());
        return;
    }
    if (!type->dict)
        type->dict = vm.new_dict();
    type->dict->table.reserve(type->dict->table.size() + methods.size());
    for (MethodDef const& m : methods)
        install_method(vm, type, vm.intern(m.name), m);
    vm.type_cache.invalidate();
}

void add_function(VM& vm, Dict* dict, char const* name, NativeFn fn, Args args) {
    Value f = vm.new_function_value(fn, name, Value(), args);
    // a module's function names its module in argument errors, as CPython's do ("math.floor() takes ...")
    if (dict == vm.builtins.get())
        return dict_set_str(vm, dict, as<BuiltinFunction>(f)->name.get(), std::move(f));
    if (Value module = dict_get_str(dict, vm.names.dunder_name);
        module.is_object() && vm.type_of(module)->layout == Layout::Str && as<Str>(module)->view() != "builtins")
        as<BuiltinFunction>(f)->module = Ref<Str>::borrowed(as<Str>(module));
    Str* key = as<BuiltinFunction>(f)->name.get();
    dict_set_str(vm, dict, key, std::move(f));
}

Value VM::new_function_value(NativeFn fn, std::string_view name, Value data, Args args) {
    auto f = make<BuiltinFunction>(types.builtin_function);
    f->fn = fn;
    f->args = args;
    f->data = std::move(data);
    if (f->data.is_object())
        m_gc->track(f.get());  // what it carries may refer back to it
    f->name = Ref<Str>::borrowed(intern(name));
    return f.take_value();
}

VM::VM(VMConfig config) : clock(config.virtual_clock), m_config(std::move(config)) {
    m_gc = std::make_unique<Gc>();
    m_gc->eval_breaker = &m_interrupt;
    m_gc->on_defer = note_dropped_coroutine;
    m_gc->on_defer_data = this;
    // -X int_max_str_digits=N (the weft program refuses values outside 0 and 640..INT_MAX before it gets here)
    for (std::string const& option : m_config.x_options) {
        constexpr std::string_view key = "int_max_str_digits=";
        if (!option.starts_with(key)) continue;
        char* end = nullptr;
        long n = std::strtol(option.c_str() + key.size(), &end, 10);
        if (end && *end == '\0' && end != option.c_str() + key.size() && valid_max_str_digits(n))
            int_max_str_digits = static_cast<int>(n);
    }
    m_main_thread = std::make_unique<ThreadState>();
    m_thread = m_main_thread.get();
    {
        // This thread's stack limit: leave 256 KiB for native code below the last checked frame. For the
        // process's main thread the limit is RLIMIT_STACK below the stack's start, __libc_stack_end (glibc's
        // pthread_getattr_np would parse /proc/self/maps for it, a tenth of the script runner's start-up time).
        void* addr = nullptr;
        std::size_t size = 0;
        struct rlimit rl {};
        if (::getpid() == static_cast<pid_t>(::syscall(SYS_gettid)) && ::getrlimit(RLIMIT_STACK, &rl) == 0 &&
            rl.rlim_cur != RLIM_INFINITY) {
            size = static_cast<std::size_t>(rl.rlim_cur);
            addr = static_cast<char*>(__libc_stack_end) - size;
        } else {
            pthread_attr_t attr;
            if (pthread_getattr_np(pthread_self(), &attr) == 0) {
                pthread_attr_getstack(&attr, &addr, &size);
                pthread_attr_destroy(&attr);
            }
        }
        if (addr && size > (1u << 20))
            m_main_thread->stack_limit = static_cast<char*>(addr) + (256u << 10);
    }
    m_fibers = std::make_unique<FiberPool>(*this);
    init_types();
    init_builtins();
    type_cache.invalidate();  // lookups made while types were still being filled in
    type_cache.complete = [](void* vm, Type* type) { complete_builtin_type(*static_cast<VM*>(vm), type); };
    type_cache.complete_context = this;
}

VM::~VM() {
    m_gc->finalizers_enabled = false;  // nothing runs while the VM is torn down
    for (auto& pending : m_gc->take_pending_finalizers())
        decref(pending.object);  // the pending list's references: freed without their __del__ or callbacks
    stdout_buffer.clear();
    m_exception.clear();
    handled_exception.clear();
    current_context.clear();
    limit_type.clear();
    stdout_error.clear();
    m_getattr_error.clear();
    m_module_state.clear();
    if (modules) {
        // Break module globals first (CPython clears module dicts at shutdown), then collect cycles.
        for (auto& e : modules->table.entries()) {
            if (e.value.is_object() && e.value.as_object()->type->layout == Layout::Module) {
                Module* m = as<Module>(e.value);
                if (m->dict)
                    m->dict->table.clear();
            }
        }
        modules->table.clear();
    }
    builtins = nullptr;
    modules = nullptr;
    m_gc->collect();
    m_fibers.reset();
    // Builtin types reference each other (mro, dicts): clear their dicts, then release them.
    for (auto& t : m_builtin_types) {
        if (t->dict)
            t->dict->table.clear();
    }
    m_gc->collect();
    m_gc->break_remaining();
    m_module_types.clear();
    empty_tuple = nullptr;
    empty_str = nullptr;
    not_implemented.clear();
    ellipsis.clear();
    m_gc->enabled = false;
    for (Str*& c : m_ascii_chars) c = nullptr;
    m_interned.clear();
    for (auto& t : m_builtin_types) {
        t->mro.clear();
        t->bases.clear();
        t->dict = nullptr;
        t->name = nullptr;
        t->qualname = nullptr;
    }
    // Metatypes last: every type's `type` is `type`.
    Ref<Type> type_type = Ref<Type>::borrowed(types.type);
    m_builtin_types.clear();
    type_type->header.refcount = 1;
}

Str* VM::intern(std::string_view text) {
    std::int64_t hash = str_hash_bytes(text.data(), text.size());
    if (Str* found = m_interned.find(text, hash))
        return found;
    Str* s = Str::create(types.str, text).release();
    s->interned = true;
    s->hash = hash;
    m_interned.insert(s);
    return s;
}

Value VM::new_str(std::string_view text, std::uint32_t char_count) {
    if (text.size() <= 1)
        return new_str(text);  // shared
    return Str::create(types.str, text, char_count).take_value();
}

Value VM::new_str(std::string_view text) {
    if (text.empty() && empty_str)
        return empty_str.value();
    if (text.size() == 1) {
        // single characters are shared, like CPython's latin-1 cache
        auto c = static_cast<unsigned char>(text[0]);
        if (c < 128) {
            if (!m_ascii_chars[c])
                m_ascii_chars[c] = intern(text);
            return Value::borrowed(m_ascii_chars[c]);
        }
        return Value::borrowed(intern(text));
    }
    return Str::create(types.str, text).take_value();
}

Ref<Str> VM::make_str(std::string_view text) { return Str::create(types.str, text); }

Ref<Tuple> VM::new_tuple(std::size_t size) {
    if (size == 0 && empty_tuple)
        return empty_tuple;
    Ref<Tuple> t = Tuple::create(types.tuple, size);
    return t;
}

Ref<List> VM::new_list() {
    auto l = make<List>(types.list);
    m_gc->track(l.get());
    m_gc->maybe_collect();
    return l;
}

Ref<Dict> VM::new_dict() {
    auto d = make<Dict>(types.dict);
    m_gc->track(d.get());
    m_gc->maybe_collect();
    return d;
}

void VM::init_types() {
    // Bootstrap: `type` and `object` first (type's type is itself), then str so names can be made.
    auto* type_type = new Type(nullptr);
    type_type->type = type_type;
    types.type = type_type;
    auto* object_type = new Type(type_type);
    types.object = object_type;
    auto* str_type = new Type(type_type);
    types.str = str_type;
    m_builtin_types.reserve(256);  // about 150 builtin types and exception classes
    for (Type* t : {type_type, object_type, str_type}) {
        t->gc = m_gc.get();
        t->attr_cache = &type_cache;
        t->specials_pending = true;
        m_builtin_types.push_back(Ref<Type>::adopt(t));
    }
    type_type->name = Ref<Str>::borrowed(intern("type"));
    object_type->name = Ref<Str>::borrowed(intern("object"));
    str_type->name = Ref<Str>::borrowed(intern("str"));
    type_type->layout = Layout::Type;
    object_type->layout = Layout::Object;
    str_type->layout = Layout::Str;
    for (Type* t : {type_type, object_type, str_type}) {
        t->qualname = t->name;
        t->mro.push_back(Ref<Type>::borrowed(t));
        if (t != object_type) {
            t->base = object_type;
            t->bases.push_back(Ref<Type>::borrowed(object_type));
            t->mro.push_back(Ref<Type>::borrowed(object_type));
        }
    }
    types.dict = make_builtin_type(*this, "dict", object_type, Layout::Dict);
    for (Type* t : {type_type, object_type, str_type, types.dict})
        t->dict = new_dict();
    types.tuple = make_builtin_type(*this, "tuple", object_type, Layout::Tuple);
    empty_tuple = Tuple::create(types.tuple, 0);
    empty_str = make_str("");
#define NAME(member, spelling) names.member = intern(spelling);
#include "runtime/names.def"
#undef NAME

    // The rest of builtin_types.def, in its order, then the exceptions
#define TYPE(member, name, base, layout, flags)                                                  \
    if (!types.member) {                                                                         \
        types.member = make_builtin_type(*this, name, types.base, Layout::layout);               \
        types.member->subclassable = ((flags) & TypeFinal) == 0;                                 \
    }
#define TYPE_INIT(function)
#include "runtime/types/builtin_types.def"
#undef TYPE_INIT
#undef TYPE

    types.BaseException = make_builtin_type(*this, "BaseException", object_type, Layout::Exception);
    types.BaseException->is_base_exception = true;
#define EXC(name, base) \
    if (std::string_view(#name) != "BaseException") \
        types.name = make_builtin_type(*this, #name, types.base, Layout::Exception);
#include "runtime/exceptions.def"
#undef EXC

    not_implemented = make<NativeObject>(types.not_implemented).take_value();
    ellipsis = make<NativeObject>(types.ellipsis).take_value();

#define TYPE(member, name, base, layout, flags)
#define TYPE_INIT(function) function(*this);
#include "runtime/types/builtin_types.def"
#undef TYPE_INIT
#undef TYPE
    // The slots the init functions set reach the builtin types made before them that use their base's: bool
    // int's, and every exception BaseException's (no builtin exception sets its own). Other builtin types set
    // theirs, or have none: a builtin type without a hash slot hashes by identity, as object does.
    inherit_slots(types.bool_);
#define EXC(name, base)                                \
    if (types.name != types.BaseException)             \
        inherit_slots(types.name);
#include "runtime/exceptions.def"
#undef EXC
    types_ready = true;
}

void inherit_slots(Type* type) {
    if (!type->base)
        return;
    TypeSlots& to = type->slots;
    TypeSlots const& from = type->base->slots;
    // each slot listed once; a new slot in TypeSlots must be added here
    auto fill = [](auto& slot, auto inherited) {
        if (!slot)
            slot = inherited;
    };
    fill(to.len, from.len);
    fill(to.getitem, from.getitem);
    fill(to.setitem, from.setitem);
    fill(to.delitem, from.delitem);
    fill(to.contains, from.contains);
    fill(to.iter, from.iter);
    fill(to.next, from.next);
    fill(to.hash, from.hash);
    fill(to.truth, from.truth);
    fill(to.call, from.call);
    fill(to.binary, from.binary);
    fill(to.richcompare, from.richcompare);
    fill(to.getattr, from.getattr);
    fill(to.setattr, from.setattr);
    fill(to.members, from.members);
    fill(to.own_attribute, from.own_attribute);
    fill(to.instance_dict, from.instance_dict);
    fill(to.await_native, from.await_native);
}

// The builtins namespace is the "builtins" module of the configured table (a host without one gets an empty
// namespace); `import builtins` and __main__'s __builtins__ are that module.
void VM::init_builtins() {
    modules = new_dict();
    Ref<Module> module = new_module("builtins");
    builtins = module->dict;
    dict_set_str(*this, modules.get(), intern("builtins"), module.value());
    if (ModuleDef const* def = find_builtin_module("builtins"); def && def->init) {
        if (def->init(*this, *module).is_error())
            take_exception();  // a builtins module that fails is the host's bug: keep what it filled in
    }
}

Raised VM::raise(Type* type, std::string message) {
    Value arg = new_str(message);
    Result<Value> exc = new_exception(type, &arg, 1);
    if (exc.is_error())
        return Raised{};
    return raise_value(exc.release_value());
}

Raised VM::raise_stop_iteration(Value const& result) {
    bool has_value = !result.is_null() && !result.is_none();
    Result<Value> exc = new_exception(types.StopIteration, has_value ? &result : nullptr, has_value ? 1 : 0);
    if (exc.is_error())
        return Raised{};
    return raise_value(std::move(exc.value()));
}

namespace {
// Makes `handled` the __context__ of `exception`, as CPython's _PyErr_SetObject does: first, a context chain
// from `handled` that reaches `exception` is cut there, so that no cycle is made; a cycle already in the chain
// ends the walk (Floyd's tortoise and hare, as CPython's loop).
void chain_context(Value const& handled, Value const& exception) {
    if (handled.is_null() || handled.is(exception) || !exception.is_object() ||
        exception.as_object()->type->layout != Layout::Exception)
        return;
    auto context_of = [](Value const& v) -> Value {
        return v.is_object() && v.as_object()->type->layout == Layout::Exception ? as<Exception>(v)->context : Value();
    };
    Value o = handled;
    Value slow = handled;
    bool advance_slow = false;
    for (Value next = context_of(o); !next.is_null() && !next.is_none(); next = context_of(o)) {
        if (next.is(exception)) {
            as<Exception>(o)->context.clear();
            break;
        }
        o = std::move(next);
        if (o.is(slow)) break;  // a cycle already there: every exception on it was looked at
        if (advance_slow) slow = context_of(slow);
        advance_slow = !advance_slow;
    }
    as<Exception>(exception)->context = handled;
}
} // namespace

Raised VM::raise_value(Value exception) {
    chain_context(topmost_handled(), exception);
    m_exception = std::move(exception);
    return Raised{};
}

Raised VM::raise_thrown(Value exception) {
    chain_context(handled_exception, exception);
    m_exception = std::move(exception);
    return Raised{};
}

Raised VM::raise_key_error(Value key) {
    Result<Value> exc = new_exception(types.KeyError, &key, 1);
    if (exc.is_error())
        return Raised{};
    return raise_value(exc.release_value());
}

bool VM::exception_matches(Type* type) const {
    return !m_exception.is_null() && type_of(m_exception)->is_subtype_of(type);
}

Raised VM::raise_recursion_error() { return raise(types.RecursionError, "maximum recursion depth exceeded"); }

Result<void> VM::check_native_stack() {
    char probe;
    if (m_thread->stack_limit && &probe < m_thread->stack_limit)
        return raise_recursion_error();
    return {};
}

void VM::set_memory_limit(std::size_t bytes) {
    m_memory.limit = bytes;
    m_memory.threshold = bytes;
    m_memory.exceeded = &m_memory_exceeded;
    m_memory.breaker = &m_interrupt;
}

Result<void> VM::handle_interrupt() {
    m_interrupt = false;
    if (m_gc->finalizers_pending())
        run_finalizers();
    if (m_task_dump) [[unlikely]] {
        m_task_dump = false;
        dump_tasks();
    }
    if (m_signal_pending && signal_dispatch) {
        m_signal_pending = false;
        TRY(signal_dispatch(*this));
    }
    if (m_limit_exceeded) [[unlikely]] {
        m_interrupt = true;  // again at the next safe point, whatever the script does with this one
        Value message = new_str(limit_message);
        Result<Value> exc = call(limit_type, &message, 1);
        if (exc.is_error())
            return Raised{};
        return raise_value(exc.release_value());
    }
    if (m_memory_exceeded) [[unlikely]] {
        m_memory_exceeded = false;
        if (m_memory.over()) {
            m_memory.raised();
            return raise(types.MemoryError, "");
        }
    }
    if (!m_keyboard_interrupt)
        return {};
    m_keyboard_interrupt = false;
    Result<Value> exc = new_exception(types.KeyboardInterrupt, nullptr, 0);
    if (exc.is_error())
        return Raised{};
    return raise_value(exc.release_value());
}

// The task report a host asked for (request_task_dump): asyncio.graph.dump_tasks() when the program uses asyncio;
// whatever fails in it is dropped, the program goes on.
void VM::dump_tasks() {
    Value saved = take_exception();
    if (!dict_get_str(modules.get(), intern("asyncio")).is_null()) {
        Result<Value> graph = import_module(intern("asyncio.graph"));
        Result<Value> dump = graph.is_error() ? graph : getattr(graph.value(), intern("dump_tasks"));
        if (!dump.is_error()) (void)flush_stdout(), dump = call(dump.value(), nullptr, 0);
        if (dump.is_error()) take_exception();
    } else {
        (void)flush_stdout();
        write_stderr("--- no asyncio tasks (the program does not use asyncio) ---\n");
    }
    restore_exception(std::move(saved));
}

// Runs what freed objects left for a safe point, in the order they were freed: __del__ methods and weak reference
// callbacks. An exception either raises is printed and dropped (CPython: PyErr_WriteUnraisable).
void VM::run_finalizers() {
    Value saved = take_exception();
    auto report = [this](Value const& where_object) {
        Value exc = take_exception();
        std::string where = "<function>";
        if (Result<std::string> r = repr_string(where_object); !r.is_error())
            where = r.value();
        else
            take_exception();
        (void)flush_stdout();
        write_stderr("Exception ignored in: " + where + "\n" + format_exception(exc));
    };
    while (m_gc->finalizers_pending()) {
        for (auto& [object, callback] : m_gc->take_pending_finalizers()) {
            Value self = Value::adopt(object);  // the reference the pending list held
            if (!callback.is_null()) {  // a weak reference's
                if (call1(callback, self).is_error())
                    report(callback);
                continue;
            }
            Value del = object->type->lookup(intern("__del__"));
            // a class's __del__ is named by the function, a generator's finalization by the generator (CPython:
            // PyErr_WriteUnraisable's object)
            if (!del.is_null() && call1(del, self).is_error())
                report(type_of(del)->layout == Layout::BuiltinFunction ? self : del);
        }
    }
    restore_exception(std::move(saved));
}

void VM::finalize_main() {
    // the atexit module's functions first, if a program imported it (CPython: Py_FinalizeEx's _PyAtExit_Call)
    if (Value atexit = atexit_imported ? dict_get_str(modules.get(), intern("atexit")) : Value(); !atexit.is_null()) {
        Result<Value> run = getattr(atexit, intern("_run_exitfuncs"));
        if (!run.is_error()) run = call(run.value(), nullptr, 0);
        if (run.is_error()) take_exception();
    }
    // sys.stdout and sys.stderr when a program replaced them (CPython: flush_std_files), then the files still open
    // (CPython flushes each as it finalizes it)
    if (Value sys = dict_get_str(modules.get(), intern("sys")); !sys.is_null() && type_of(sys)->layout == Layout::Module) {
        Dict* sd = as<Module>(sys)->dict.get();
        for (char const* name : {"stdout", "stderr"}) {
            Value stream = dict_get_str(sd, intern(name));
            Value original = dict_get_str(sd, intern(std::string("__") + name + "__"));
            if (!stream.is_object() || (original.is_object() && stream.as_object() == original.as_object()))
                continue;
            if (call_method(stream, intern("flush"), nullptr, 0).is_error())
                take_exception();
        }
    }
    if (flush_open_files)
        flush_open_files(*this);
    // and weft's own stdout, before any finalizer below writes to stderr (CPython: flush_std_files runs before
    // finalize_modules); a failure is reported at the end, by flush_at_exit
    if (!stdout_buffer.empty() && stdout_error.is_null())
        (void)flush_stdout_deferring_error();
    Value main = dict_get_str(modules.get(), names.dunder_main);
    if (main.is_null() || type_of(main)->layout != Layout::Module)
        return;
    Dict* d = as<Module>(main)->dict.get();
    if (m_gc->finalizer_classes > 0) {
        // unreachable cycles first (CPython collects before it clears the modules)
        m_gc->collect();
        if (m_gc->finalizers_pending())
            run_finalizers();
    }
    // At exit CPython finds __main__'s namespace to be garbage (its functions refer back to it) and, as for any
    // cyclic garbage (PEP 442), runs every finalizer in it before it clears a single name: the __del__ of each
    // object of a class with one and the close() of each generator suspended at a yield, oldest first, with the
    // globals intact. CPython's order is that of allocation; here it is that of a depth-first walk from __main__'s
    // names (an object is usually made before what it holds), then the objects other modules hold.
    auto eligible = [&](Object* o) {
        Type* t = o->type;
        if (!t->has_finalizer || m_gc->finalized(o)) return false;
        // a generator suspended at a yield, a task still pending, a future with an exception nobody retrieved, a
        // coroutine (or asyncio.sleep()) never awaited ("sys:1: RuntimeWarning: coroutine ... was never awaited")
        if (t == types.generator || t == types.coroutine || t == types.sleep_awaitable || t->layout == Layout::Future ||
            t->layout == Layout::Task)
            return t->needs_finalizing ? t->needs_finalizing(o) : t->is_heap;
        return t->is_heap && !t->needs_finalizing;
    };
    if (m_gc->finalizer_classes == 0 && !m_gc->exit_may_finalize)
        return;
    bool any = false;
    m_gc->for_each_tracked([&](Object* o) { any = any || eligible(o); });
    if (!any)
        return;  // nothing to finalize: no walk, and no names to clear (a plain script's exit costs nothing more)
    std::vector<Object*> due;
    std::unordered_set<Object*> seen;
    auto consider = [&](Object* o) {
        if (eligible(o)) due.push_back(o);
    };
    struct Walk final : GcVisitor {
        std::vector<Object*> stack;
        void visit(Object* o) override { stack.push_back(o); }
    } walk;
    walk.visit(d);
    while (!walk.stack.empty()) {
        Object* o = walk.stack.back();
        walk.stack.pop_back();
        if (!seen.insert(o).second) continue;
        consider(o);
        std::size_t mark = walk.stack.size();
        o->traverse(walk);
        if (Object* attrs = m_gc->attributes_of(o)) walk.visit(attrs);
        std::reverse(walk.stack.begin() + static_cast<std::ptrdiff_t>(mark), walk.stack.end());  // first child next
    }
    m_gc->for_each_tracked([&](Object* o) {
        if (!seen.count(o)) consider(o);
    });
    for (Object* o : due) m_gc->defer_finalization(o);
    if (m_gc->finalizers_pending())
        run_finalizers();
    if (m_gc->finalizer_classes == 0)
        return;
    // names with one leading underscore first, then the others but __builtins__ (CPython: _PyModule_ClearDict)
    for (int pass = 0; pass < 2; ++pass) {
        for (auto& e : d->table.entries()) {
            if (e.key.is_null() || !e.key.is_object()) continue;
            std::string_view k = as<Str>(e.key)->view();
            bool underscore = k.size() > 1 && k[0] == '_' && k[1] != '_';
            if ((pass == 0) != underscore || k == "__builtins__") continue;
            Value old = std::move(e.value);
            e.value = Value::none();
        }
        if (m_gc->finalizers_pending())
            run_finalizers();
    }
}

Result<void> VM::write_stdout(std::string_view text) {
    stdout_buffer.append(text);
    if (stdout_buffer.size() >= 8192 || m_config.unbuffered_stdout)
        return flush_stdout();
    // a terminal's stdout is line-buffered (CPython: line_buffering when isatty)
    if (m_stdout_terminal != 0 && text.find('\n') != std::string_view::npos && stdout_is_terminal())
        return flush_stdout();
    return {};
}

bool VM::stdout_is_terminal() {
    if (m_stdout_terminal < 0) m_stdout_terminal = !m_config.stdout_sink && ::isatty(1) ? 1 : 0;
    return m_stdout_terminal == 1;
}

namespace {

// The default sinks: a file descriptor, written in full (a short write continues, EINTR is retried).
int write_fd(int fd, std::string_view text) {
    std::size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

} // namespace

Result<void> VM::flush_stdout() {
    if (stdout_buffer.empty())
        return {};
    int err = m_config.stdout_sink ? m_config.stdout_sink(stdout_buffer) : write_fd(1, stdout_buffer);
    stdout_buffer.clear();
    if (err == 0)
        return {};
    if (err == EPIPE) {
        stdout_broken = true;
        return raise(types.BrokenPipeError, "[Errno 32] Broken pipe");
    }
    return raise(types.OSError, "[Errno {}] {}", err, std::strerror(err));
}

void VM::write_stderr(std::string_view text) {
    if (m_config.stderr_sink)
        (void)m_config.stderr_sink(text);
    else
        (void)write_fd(2, text);
}

int VM::report_uncaught(Value const& exc) {
    Type* t = type_of(exc);
    if (t->is_subtype_of(types.SystemExit)) {
        // CPython: Python/pythonrun.c _Py_HandleSystemExit: None is 0, an int is the status, anything else is
        // printed to stderr and the status is 1
        Value code = as<Exception>(exc)->value;
        if (code.is_null() || code.is_none())
            return 0;
        if (code.is_int() || code.is_bool())
            return static_cast<int>(code.as_int() & 0xFF);
        Result<std::string> text = str_string(code);
        (void)flush_stdout_if_interactive();
        if (text.is_error())
            take_exception();
        else
            write_stderr(text.value() + "\n");
        return 1;
    }
    print_exception(exc);
    return t->is_subtype_of(types.KeyboardInterrupt) ? 130 : 1;
}

Result<void> VM::flush_stdout_deferring_error() {
    if (!flush_stdout().is_error())
        return {};
    Value exc = take_exception();
    if (stdout_error.is_null()) stdout_error = exc;
    return Raised{};
}

int VM::flush_at_exit(int status) {
    if (stdout_error.is_null() && !flush_stdout().is_error())
        return status;
    Value exc = stdout_error.is_null() ? take_exception() : std::move(stdout_error);
    // CPython: Py_FinalizeEx reports a stdout that cannot be flushed (as an unraisable exception) and the
    // status becomes 120
    std::string report = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n";
    report += type_of(exc)->name->view();
    Result<std::string> text = str_string(exc);
    if (text.is_error())
        take_exception();
    else if (!text.value().empty())
        report += ": " + text.value();
    write_stderr(report + "\n");
    return 120;
}

Raised raise_arg_count_error(VM& vm, char const* name, std::size_t nargs, std::size_t min, std::size_t max) {
    // CPython: Python/getargs.c _PyArg_CheckPositional
    if (min == max) {
        if (min == 0)
            return vm.raise(vm.types.TypeError, "{}() takes no arguments ({} given)", name, nargs);
        if (min == 1)
            return vm.raise(vm.types.TypeError, "{}() takes exactly one argument ({} given)", name, nargs);
        return vm.raise(vm.types.TypeError, "{} expected {} arguments, got {}", name, min, nargs);
    }
    if (nargs < min)
        return vm.raise(vm.types.TypeError, "{} expected at least {} argument{}, got {}", name, min,
                        min == 1 ? "" : "s", nargs);
    return vm.raise(vm.types.TypeError, "{} expected at most {} argument{}, got {}", name, max, max == 1 ? "" : "s",
                    nargs);
}

Result<void> check_no_kwargs(VM& vm, char const* name, Tuple* kwnames) {
    if (kwnames && kwnames->size > 0)
        return vm.raise(vm.types.TypeError, "{}() takes no keyword arguments", name);
    return {};
}

Result<void> parse_args(VM& vm, char const* fname, Value const* args, std::size_t nargs, Tuple* kwnames,
                        std::initializer_list<char const*> names, Value* out, UnknownKeyword wording) {
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    if (wording == UnknownKeyword::Invalid)
        TRY(check_argument_total(vm, fname, npos, kwnames, names.size()));
    else if (npos > names.size())
        return vm.raise(vm.types.TypeError, "{}() takes at most {} argument{} ({} given)", fname, names.size(),
                        names.size() == 1 ? "" : "s", nargs);
    for (std::size_t k = 0; k < npos; ++k)
        out[k] = args[k];
    for (std::size_t i = 0; kwnames && i < kwnames->size; ++i) {
        std::size_t j = 0;
        for (char const* n : names) {
            if (j < npos && as<Str>(kwnames->items[i])->view() == n)  // CPython: vgetargskeywords
                return vm.raise(vm.types.TypeError, "argument for {}{} given by name ('{}') and position ({})",
                                *fname ? fname : "function", *fname ? "()" : "", n, j + 1);
            ++j;
        }
    }
    return parse_kwargs(vm, fname, args, nargs, kwnames, names, out, wording);
}

Raised raise_argument_total(VM& vm, std::string_view fname, std::size_t npos, Tuple* kwnames, std::size_t max) {
    std::size_t n = npos + (kwnames ? kwnames->size : 0);
    if (fname.empty())  // a parser given no name (CPython: "function takes at most ...")
        return vm.raise(vm.types.TypeError, "function takes at most {} {}argument{} ({} given)", max,
                        npos == 0 ? "keyword " : "", max == 1 ? "" : "s", n);
    return vm.raise(vm.types.TypeError, "{}() takes at most {} {}argument{} ({} given)", fname, max,
                    npos == 0 ? "keyword " : "", max == 1 ? "" : "s", n);
}

Result<void> parse_keywords(VM& vm, std::string_view fname, Value const* args, std::size_t nargs, Tuple* kwnames,
                            std::span<char const* const> kwlist, Value* out, UnknownKeyword wording) {
    if (!kwnames)
        return {};
    std::size_t nkw = kwnames->size;
    for (std::size_t i = 0; i < nkw; ++i) {
        std::string_view key = as<Str>(kwnames->items[i])->view();
        std::size_t j = 0;
        while (j < kwlist.size() && (!*kwlist[j] || key != kwlist[j])) ++j;
        if (j < kwlist.size()) {
            out[j] = args[nargs - nkw + i];
            continue;
        }
        if (wording == UnknownKeyword::Invalid && fname.empty())
            return vm.raise(vm.types.TypeError, "'{}' is an invalid keyword argument for this function", key);
        if (wording == UnknownKeyword::Invalid)
            return vm.raise(vm.types.TypeError, "'{}' is an invalid keyword argument for {}()", key, fname);
        return vm.raise(vm.types.TypeError, "{}() got an unexpected keyword argument '{}'", fname, key);
    }
    return {};
}

Value dict_get_str(Dict* dict, Str* key) {
    std::int64_t ix = dict->table.find_str(key, key->get_hash());
    if (ix < 0)
        return Value();
    return dict->table.entries()[static_cast<std::size_t>(ix)].value;
}

void dict_set_str(VM& vm, Dict* dict, Str* key, Value value) {
    std::int64_t h = key->get_hash();
    std::int64_t ix = dict->table.find_str(key, h);
    if (ix >= 0) {
        dict->table.entries()[static_cast<std::size_t>(ix)].value = std::move(value);
        return;
    }
    (void)vm;
    dict->table.insert_new(Value::borrowed(key), h, std::move(value));
}

Result<Value> dict_get(VM& vm, Dict* dict, Value const& key) {
    if (key.is_object() && key.as_object()->type == vm.types.str) {
        auto* s = static_cast<Str*>(key.as_object());
        std::int64_t ix = TRY(dict->table.find_str_key(vm, s, s->get_hash()));
        return ix < 0 ? Value() : dict->table.entries()[static_cast<std::size_t>(ix)].value;
    }
    std::int64_t h = TRY(vm.hash(key));
    std::int64_t ix = TRY(dict->table.find(vm, key, h));
    if (ix < 0)
        return Value();
    return dict->table.entries()[static_cast<std::size_t>(ix)].value;
}

Result<void> dict_set(VM& vm, Dict* dict, Value key, Value value) {
    if (key.is_object() && key.as_object()->type == vm.types.str) {
        std::int64_t h = static_cast<Str*>(key.as_object())->get_hash();
        return dict->table.insert_str_key(vm, std::move(key), h, std::move(value));
    }
    std::int64_t h = TRY(vm.hash(key));
    return dict->table.insert(vm, std::move(key), h, std::move(value));
}

// ---- DataStack ----

DataStack::~DataStack() {
    for (Chunk& c : m_chunks)
        std::free(c.base);
}

void DataStack::sync_current() {
    if (m_current < m_chunks.size()) {
        Chunk& c = m_chunks[m_current];
        m_base = c.base;
        m_top = c.base + c.used;
        m_limit = c.base + c.size;
    } else {
        m_base = m_top = m_limit = nullptr;
    }
}

void* DataStack::push_slow(std::size_t bytes) {
    // bytes is already rounded; record the fast path's position in the chunk table first
    if (m_current < m_chunks.size() && m_base)
        m_chunks[m_current].used = static_cast<std::size_t>(m_top - m_base);
    while (m_current < m_chunks.size()) {
        Chunk& c = m_chunks[m_current];
        if (c.used + bytes <= c.size) {
            void* p = c.base + c.used;
            c.used += bytes;
            sync_current();
            return p;
        }
        if (c.used == 0)
            break;  // too small even when empty: allocate a bigger one in its place
        if (m_current + 1 >= m_chunks.size())
            break;
        ++m_current;
        m_chunks[m_current].used = 0;
    }
    std::size_t size = std::max<std::size_t>(bytes, 64u << 10);
    auto* base = static_cast<char*>(std::malloc(size));
    if (m_current < m_chunks.size() && m_chunks[m_current].used == 0) {
        std::free(m_chunks[m_current].base);
        m_chunks[m_current] = Chunk{base, size, bytes};
    } else {
        if (!m_chunks.empty()) ++m_current;
        m_chunks.insert(m_chunks.begin() + static_cast<std::ptrdiff_t>(m_current), Chunk{base, size, bytes});
    }
    sync_current();
    return base;
}

void DataStack::pop_slow(char* p) {
    // the frame is in an earlier chunk: the chunks after it are empty now
    if (m_current < m_chunks.size()) m_chunks[m_current].used = 0;
    while (m_current > 0) {
        --m_current;
        Chunk& c = m_chunks[m_current];
        if (p >= c.base && p < c.base + c.size) {
            c.used = static_cast<std::size_t>(p - c.base);
            sync_current();
            return;
        }
        c.used = 0;
    }
    sync_current();
}

} // namespace weft::rt
