// The VM: one engine's whole state (no globals, so several engines can live in one process): builtin
// types, interned names, modules, the exception being raised, the running context, the event loop.
// Generic object operations (calls, attributes, operators, repr, hashing, iteration) are its methods;
// they are implemented across runtime/vm/*.cpp and runtime/types/*.cpp.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <forward_list>
#include <vector>

#include "interpreter/compile.hpp"
#include "runtime/format.hpp"
#include "runtime/object.hpp"
#include "runtime/result.hpp"
#include "runtime/sched/clock.hpp"
#include "runtime/types/bigint.hpp"
#include "runtime/types/containers.hpp"
#include "runtime/types/exception.hpp"
#include "runtime/types/function.hpp"
#include "runtime/types/str.hpp"
#include "runtime/types/type.hpp"
#include "runtime/types/type_cache.hpp"
#include "runtime/vm/intern_table.hpp"
#include "runtime/vm/frame.hpp"

namespace weft::rt {

class EventLoop;
class FiberPool;
class HostInbox;
class Gc;
struct Fiber;

// Flags of a TYPE entry in runtime/types/builtin_types.def.
enum TypeFlags : unsigned { TypeExposed = 1, TypeFinal = 2 };

struct BuiltinTypes {
#define TYPE(member, name, base, layout, flags) Type* member;
#define TYPE_INIT(function)
#include "runtime/types/builtin_types.def"
#undef TYPE_INIT
#undef TYPE
    // the scheduler's native types (runtime/sched/sched_types.cpp makes them): futures and tasks exist
    // without an import, for hosts and for asyncio alike
    Type* future; Type* task; Type* event_loop; Type* timer_handle; Type* sleep_awaitable; Type* CancelledError;
    Type* InvalidStateError; Type* await_iterator; Type* handle;
#define EXC(name, base) Type* name;
#include "runtime/exceptions.def"
#undef EXC
};

struct StaticNames {
#define NAME(member, spelling) Str* member;
#include "runtime/names.def"
#undef NAME
};

// The state of one running context: the main thread or a fiber running a task step.
struct YieldSink;

struct ThreadState {
    DataStack data_stack;
    Frame* frame = nullptr;        // innermost executing frame
    int depth = 0;                 // Python frames in this context (RecursionError at the limit)
    int native_depth = 0;          // nested dispatch loops (native code calling back into weft code)
    char* stack_limit = nullptr;   // lowest safe native stack address (RecursionError below it)
    YieldSink* yield_sink = nullptr;  // the innermost consumer taking a generator's values in its run (generator.hpp)
};

struct Module;

// A builtin module. Its native part fills the module's namespace, then its weft part (source compiled into the
// binary) runs in that namespace; either may be absent. The set a VM has is its host's choice
// (VMConfig::modules); stdlib/ provides the standard table (stdlib/stdlib.hpp). A module named "builtins" fills
// the builtins namespace when the VM is made.
struct ModuleDef {
    std::string_view name;                          // the import name
    Result<void> (*init)(VM& vm, Module& module);   // the native part, or null
    char const* source = nullptr;                   // the weft part's text (for tracebacks), or null
    char const* code = nullptr;                     // its bytecode (interpreter/code_serial.hpp), or null: compile
    std::size_t const* code_size = nullptr;         // source then
};

// Where output goes: called with text to write; returns 0, or an errno value when writing failed.
using OutputSink = std::function<int(std::string_view text)>;

struct VMConfig {
    int recursion_limit = 1000;
    bool virtual_clock = false;
    std::vector<std::string> argv;
    std::vector<std::string> warn_options;  // sys.warnoptions: the -W options, applied when warnings is imported
    std::vector<std::string> x_options;     // sys._xoptions: the -X options ("name" or "name=value")
    std::span<ModuleDef const> modules;  // the importable builtin modules (not copied: the table outlives the VM)
    std::vector<ModuleDef> host_modules;  // the host's own, looked up after `modules` (their texts outlive the VM)
    // Directories searched, in order, for modules written as .py files (sys.path); "" is the working directory.
    std::vector<std::string> module_path;
    bool unbuffered_stdout = false;      // flush stdout on every write (python -u)
    OutputSink stdout_sink;              // null: file descriptor 1 (stdout is buffered either way)
    OutputSink stderr_sink;              // null: file descriptor 2
    // Whether a script may import the module named (absolute); null: any. Imports made by the library's own code
    // are not asked (an allowed module imports what it needs).
    std::function<bool(std::string_view)> import_allowed;
};

// How a dispatch loop run ended.
enum class FrameExit : std::uint8_t {
    Returned,   // the entry frame returned `value`
    Raised,     // an exception escaped the entry frame (it is in the VM)
    Yielded,    // a generator entry frame yielded `value`
    Suspended,  // the task must wait: `value` is what it waits on (a future, or None to be rescheduled)
};

struct RunResult {
    FrameExit kind;
    Value value;
};

class VM {
public:
    // First member, so that it is destroyed last: types freed while the VM shuts down still invalidate it.
    TypeAttrCache type_cache;  // Type::lookup's cache; its epoch also validates the inline caches

    explicit VM(VMConfig config = {});
    ~VM();
    VM(VM const&) = delete;
    VM& operator=(VM const&) = delete;

    VMConfig& config() { return m_config; }
    // A module of the host's, importable from now on (ModuleDef's texts must outlive the VM).
    void add_host_module(ModuleDef def) { m_config.host_modules.push_back(def); }
    BuiltinTypes types{};
    bool types_ready = false;  // every builtin type is made and initialized (types made later copy their base's slots)
    StaticNames names{};
    Ref<Dict> builtins;
    Ref<Dict> modules;            // sys.modules
    Value not_implemented;
    Value ellipsis;
    Ref<Str> empty_str;
    Ref<Tuple> empty_tuple;

    // ---- strings ----
    Str* intern(std::string_view text);  // borrowed: interned strings live as long as the VM
    Value new_str(std::string_view text);
    Value new_str(std::string_view text, std::uint32_t char_count);  // the code-point count is known
    Ref<Str> make_str(std::string_view text);

    // ---- objects ----
    Type* type_of(Value const& v) const {
        switch (v.tag()) {
        case Tag::Object: return v.as_object()->type;
        case Tag::Int: return types.int_;
        case Tag::Float: return types.float_;
        case Tag::Bool: return types.bool_;
        case Tag::None: return types.none;
        default: return types.none;
        }
    }
    bool is_instance(Value const& v, Type const* t) const { return type_of(v)->is_subtype_of(t); }
    // Whether `self` may be the receiver of `f`: an instance of the type defining it, when `f` is a method
    // (an unbound builtin method given another object must not read it as its own C++ struct)
    bool method_self_fits(BuiltinFunction const* f, Value const& self) const {
        if (!f->is_method || !f->owner)
            return true;
        Type* t = type_of(self);
        return t == f->owner || t->is_subtype_of(f->owner);
    }
    Ref<Tuple> new_tuple(std::size_t size);
    Ref<List> new_list();
    Ref<Dict> new_dict();
    Value new_function_value(NativeFn fn, std::string_view name, Value data = {}, Args args = Args::any());

    // ---- exceptions ----
    Raised raise(Type* type, std::string message);
    template <class... Args>
    Raised raise(Type* type, std::string_view fmt, Args const&... args) {
        return raise(type, ::weft::rt::format(fmt, args...));
    }
    Raised raise_value(Value exception);  // sets __context__ from the handled exception (topmost_handled)
    // An exception thrown into a generator (throw(), close(), athrow()): its __context__ is only what the generator
    // itself handles (CPython: _gen_throw restores it unchained, then _PyErr_ChainStackItem)
    Raised raise_thrown(Value exception);
    Raised raise_key_error(Value key);
    // The end of an iteration as __next__, send() and throw() report it: StopIteration carrying what the generator
    // or awaitable returned, without an argument for None or nothing (CPython: _PyGen_SetStopIterationValue).
    Raised raise_stop_iteration(Value const& result);
    Result<Value> new_exception(Type* type, Value const* args, std::size_t nargs);
    bool has_exception() const { return !m_exception.is_null(); }
    Value take_exception() { return std::move(m_exception); }
    Value const& exception() const { return m_exception; }
    bool exception_matches(Type* type) const;
    void restore_exception(Value exc) { m_exception = std::move(exc); }
    Value handled_exception;      // sys.exc_info()[1] of the running context
    // While a generator runs with its own (null) exception in place of its caller's, the callers' ones, innermost
    // first: what sys.exc_info(), a bare `raise` and a new exception's __context__ see when the generator handles
    // none of its own (CPython: the exc_info chain that _PyErr_GetTopmostException walks). Links live on the native
    // stack of execute_swapping_handled (generator.cpp); a task step starts with none.
    struct HandledLink {
        Value const* value;
        HandledLink const* previous;
    };
    HandledLink const* handled_below = nullptr;
    Value const& topmost_handled() const {
        if (!handled_exception.is_null()) [[likely]] return handled_exception;
        for (HandledLink const* l = handled_below; l; l = l->previous)
            if (!l->value->is_null()) return *l->value;
        return handled_exception;
    }
    // The current contextvars.Context; null: an empty one, not made yet (stdlib/contextvars). The event loop gives
    // each task and callback its own.
    Value current_context;
    // Set when contextvars is imported: a new context with the variables of `context` (null for null)
    Value (*copy_context)(VM& vm, Value const& context) = nullptr;
    Type* context_type = nullptr;  // contextvars.Context, once imported

    // ---- calls (vm/call.cpp) ----
    Result<Value> call(Value const& callable, Value const* args, std::size_t nargs, Tuple* kwnames = nullptr);
    bool is_callable(Value const& v);  // callable(v)
    Result<Value> call0(Value const& callable) { return call(callable, nullptr, 0); }
    Result<Value> call1(Value const& callable, Value const& a) { return call(callable, &a, 1); }
    Result<Value> call_method(Value const& self, Str* name, Value const* args, std::size_t nargs);
    // Runs a Python function to completion in a nested dispatch loop.
    Result<Value> call_function(Function* fn, Value const* args, std::size_t nargs, Tuple* kwnames);
    // Binds arguments into a fresh frame's slots (CPython: _PyEval_MakeFrameVector / positional_only...).
    Result<void> bind_arguments(Function* fn, Frame* frame, Value const* args, std::size_t nargs, Tuple* kwnames);
    Frame* push_frame(Function* fn);  // a data-stack frame for `fn`, slots cleared
    void pop_frame(Frame* frame);
    Frame* make_generator_frame(Function* fn, void* storage);
    static void clear_frame(Frame* frame);

    // ---- the dispatch loop (vm/interpreter.cpp) ----
    // Runs `frame` (and whatever it calls or awaits inline) until the entry frame returns, raises, yields
    // or the task must suspend. `throw_value`, when not null, is raised at the frame's current instruction.
    RunResult execute(Frame* frame, Value throw_value = {});

    // ---- attributes (vm/attributes.cpp) ----
    Result<Value> getattr(Value const& obj, Str* name);
    Result<Value> call_class_getattr(Value const& getattr_fn, Value const& obj, Str* name);
    Result<Value> getattr_fallback(Value const& obj, Str* name, Result<Value> got);
    Result<Value> getattr_opt(Value const& obj, Str* name);  // null Value without exception when missing
    Result<Value> generic_getattr_opt(Value const& obj, Str* name);  // without a class's __getattribute__
    // descr.__get__(obj, type) of a class's descriptor (obj None when read through the class)
    Result<Value> call_descriptor_get(Value const& get, Value const& descr, Value const& obj, Value const& type);
    Result<void> setattr(Value const& obj, Str* name, Value value);
    Result<void> delattr(Value const& obj, Str* name);
    // setattr/delattr without a class's __setattr__/__delattr__ (object.__setattr__, object.__delattr__)
    Result<void> generic_setattr(Value const& obj, Str* name, Value value);
    Result<void> generic_delattr(Value const& obj, Str* name);
    // LOAD_METHOD: sets `method` and `self_out` (unbound function + receiver) or `method` only (bound attr).
    Result<void> load_method(Value const& obj, Str* name, Value& method, Value& self_out);
    Raised raise_attribute_error(Value const& obj, Str* name);
    void add_attribute_error_context(Value const& obj, Str* name);  // vm/suggestions.cpp
    Raised raise_name_error(Str* name, Dict* globals, Dict* builtins_dict);
    // except* (types/exception_group.cpp): one handler's split of the exception, and what is raised at the end
    Result<void> exception_group_match(Value const& exc, Value const& type, Value& match, Value& rest);
    Result<Value> prepare_reraise_star(Value const& orig, List* raised);
    // The match statement's tests (vm/pattern_match.cpp; CPython: ceval.c's MATCH_* instructions)
    MatchKind match_kind(Value const& subject) const { return type_of(subject)->match_kind; }
    Result<Value> match_keys(Value const& subject, Value const& keys);
    Result<Value> match_class(Value const& subject, Value const& cls, Value const& keyword_names, std::uint32_t positional);
    // A descriptor found on the type, bound to `obj` (a function becomes a bound method, a classmethod binds
    // the class, a staticmethod gives its function). CPython: the tp_descr_get slots.
    Value bind_descriptor(Value const& descr, Value const& obj);
    // `obj.name = value` through a property of obj's type, if there is one: true when it was handled.
    Result<bool> set_through_descriptor(Value const& obj, Str* name, Value& value);

    // ---- operators (vm/operators.cpp) ----
    Result<Value> binary_op(Value const& a, Value const& b, int op);  // BINARY_OP argument
    Result<Value> compare(Value const& a, Value const& b, int op);    // COMPARE_OP argument
    Result<bool> equals(Value const& a, Value const& b);
    Result<bool> less_than(Value const& a, Value const& b);
    Result<bool> truthy(Value const& v);
    Result<Value> unary_negative(Value const& v);
    Result<Value> unary_positive(Value const& v);
    Result<Value> unary_invert(Value const& v);
    // str (the hash is cached) and int inline; the rest in hash_slow
    Result<std::int64_t> hash(Value const& v) {
        if (v.is_object() && v.as_object()->type->layout == Layout::Str)
            return static_cast<Str*>(v.as_object())->get_hash();
        // an int below the modulus 2**61 - 1 is its own hash, but -1 (CPython: long_hash)
        if (v.is_int() && v.as_int() < (std::int64_t{1} << 61) - 1 && v.as_int() > -(std::int64_t{1} << 61) + 1)
            return v.as_int() == -1 ? -2 : v.as_int();
        return hash_slow(v);
    }
    Result<std::int64_t> hash_slow(Value const& v);
    Result<Value> getitem(Value const& container, Value const& key);
    Result<void> setitem(Value const& container, Value const& key, Value value);
    Result<void> delitem(Value const& container, Value const& key);
    Result<bool> contains(Value const& container, Value const& item);
    Result<std::int64_t> len(Value const& v);
    Result<Value> repr(Value const& v);   // a str Value
    Result<Value> str(Value const& v);    // a str Value
    Result<Value> ascii(Value const& v);
    // "mod.qualname()" (or "qualname()" for builtins) naming a callable in call errors (CPython: _PyObject_FunctionStr)
    Result<std::string> function_str(Value const& callable);  // repr() with non-ASCII characters escaped, a str Value
    Result<std::string> repr_string(Value const& v);
    Result<std::string> str_string(Value const& v);
    Result<Value> format_with_spec(Value const& v, Value const& spec);
    // __index__: ints (and bools) only; an int beyond int64 raises `overflow` (IndexError when null: a subscript's,
    // CPython: PyNumber_AsSsize_t's second argument)
    Result<std::int64_t> index_value(Value const& v, Type* overflow = nullptr);
    Result<Value> index(Value const& v);               // __index__: an int of any size
    Result<double> to_double(Value const& v);          // float(x) for int/float/bool

    // ---- iteration (types/iterators.cpp) ----
    Result<Value> unpack_iter(Value const& seq);  // get_iter with CPython's message for unpacking
    Result<Value> get_iter(Value const& v);
    // The next item, or a null Value (without exception) when exhausted; next_with_value also gives the
    // StopIteration's value. Inline: a builtin iterator's next slot is called straight from the loops of sum(),
    // list(), zip(), dict(), ...; a class's __next__ goes through next_slow.
    Result<Value> next(Value const& iterator);
    // next() for a native consumer with a sink: a generator runs with `sink` attached, so that it may take the
    // generator's items in its run (types/generator.hpp, YieldSink); any other iterator steps as next() does
    Result<Value> next_through(Value const& iterator, YieldSink& sink);
    Result<Value> next_with_value(Value const& iterator, Value& stop_value);
    Result<Value> next_slow(Value const& iterator, Value& stop_value);
    // After a next slot failed: a StopIteration ends the iteration (its value to `stop_value`, a null Value
    // returned); any other exception stays raised (CPython: a NULL tp_iternext with StopIteration set).
    Result<Value> stop_iteration_ends(Value& stop_value);
    Result<ValueVector> to_vector(Value const& iterable);
    Result<Ref<List>> to_list(Value const& iterable);
    Result<Ref<Tuple>> to_tuple(Value const& iterable);

    // ---- generators (types/generator.cpp) ----
    Result<Value> generator_send(Value const& gen, Value value, bool& finished);

    // ---- modules (vm/import.cpp) ----
    Result<Value> import_module(Str* name);  // by absolute name
    // The import statement's IMPORT_NAME (and __import__): `name` relative to `globals`' package when level > 0
    // `by_script`: the import is a script's (an import statement outside the library, or __import__), which the
    // host's import filter (VMConfig::import_allowed) decides on.
    Result<Value> import_name(Str* name, Dict* globals, Value const& fromlist, std::int64_t level, bool by_script = true);
    // Whether `m` is still running its top-level code (an import of it now is circular)
    bool module_initializing(Module const* m) const {
        for (Module const* x : m_initializing)
            if (x == m) return true;
        return false;
    }
    Ref<Module> new_module(std::string_view name);
    // Compiles `source` and runs it as __main__; `path` names it in tracebacks and is its __file__ when
    // `has_file` (python -c has none).
    Result<Value> run_main(std::string const& path, std::string source, bool has_file = true);
    // The __main__ module, new and registered in sys.modules, with the names CPython's starts with.
    Ref<Module> create_main_module(std::string const& path, bool has_file);
    ModuleDef const* find_builtin_module(std::string_view name) const;
    // Compiles `source` in `mode` into a function ready to call with no arguments (a coroutine function when
    // top-level await made the code one); on SyntaxError raises it.
    Result<Value> compile_source(std::string const& filename, std::string source, Ref<Dict> globals,
                                 front::CompileMode mode = front::CompileMode::Exec, front::CompileFlags flags = {});
    Ref<CodeObject> load_code(std::shared_ptr<front::CodeUnit const> const& unit);
    // Runs module-level code (a function made by compile_source) with its globals as its locals.
    Result<Value> load_frozen_code(std::string const& filename, std::string source, std::string_view code, Ref<Dict> globals);
    Result<Value> run_module_code(Function* fn);
    // Runs module-level code with `locals` as its namespace (exec, eval); the code's result.
    Result<Value> run_code(Function* fn, Dict* locals);

    // ---- running contexts ----
    ThreadState* thread() { return m_thread; }
    void set_thread(ThreadState* ts) { m_thread = ts; }
    ThreadState& main_thread() { return *m_main_thread; }
    Result<void> check_native_stack();  // RecursionError when the native stack runs low
    Raised raise_recursion_error();
    // Ctrl-C (from a signal handler): KeyboardInterrupt at the next safe point
    void set_interrupt() {
        m_keyboard_interrupt = true;
        m_interrupt = true;
    }
    // A signal with a handler written in Python arrived (from the C handler the signal module installs): at the
    // next safe point handle_interrupt calls `signal_dispatch`, which runs the handlers
    void set_signal_pending() {
        m_signal_pending = true;
        m_interrupt = true;
    }
    Result<void> (*signal_dispatch)(VM& vm) = nullptr;
    // The host asks for a report of every task and what it waits on (the weft program on SIGQUIT): printed by
    // asyncio.graph.dump_tasks at the next safe point, and the program goes on
    void request_task_dump() {
        m_task_dump = true;
        m_interrupt = true;
    }
    // The host's limit was reached (the embedding API's time limit, from its watchdog thread): from the next safe
    // point on, every safe point raises `limit_type(limit_message)`, so that a script cannot catch it and go on,
    // until the host clears it. Thread-safe.
    void set_limit_exceeded() {
        m_limit_exceeded = true;
        m_interrupt = true;
    }
    void clear_limit_exceeded() { m_limit_exceeded = false; }
    // sys.get_int_max_str_digits(): the most digits int() parses and str() makes (0: no limit); -X
    // int_max_str_digits sets it at start-up
    int int_max_str_digits = default_max_str_digits;
    // sys.set_coroutine_origin_tracking_depth(): how many frames a new coroutine's cr_origin keeps (0: none)
    int coroutine_origin_depth = 0;
    // sys.stdout.errors: how lone surrogates are written to stdout ("strict" or "surrogateescape", from the locale)
    char const* stdout_errors = "strict";
    // The host's memory cap (the embedding API's Options::memory_limit): 0 for none. While code runs, the account
    // is current on the VM's thread (memory_account.hpp); a charge past the cap makes the next safe point raise
    // MemoryError, and every later one while the account stays over it.
    void set_memory_limit(std::size_t bytes);
    MemoryAccount* memory() { return m_memory.limit ? &m_memory : nullptr; }
    Value limit_type;           // set by the host before it arms a limit
    std::string limit_message;
    // Something waits for a safe point of the dispatch loop: Ctrl-C, a signal, or finalizers to run
    bool interrupt_pending() const { return m_interrupt; }
    // At a safe point: runs pending finalizers, then raises KeyboardInterrupt after Ctrl-C
    Result<void> handle_interrupt();
    void dump_tasks();
    // Runs the __del__ of objects whose last reference went (Gc::defer_finalization); an exception in one is
    // reported as CPython's "Exception ignored in" and does not propagate
    void run_finalizers();
    // At exit: the __main__ module's names become None (CPython: finalize_modules), so that its objects are
    // finalized, and their finalizers run
    void finalize_main();

    Clock clock;                      // time.monotonic, the event loop's timers
    EventLoop* running_loop = nullptr;
    // The N of the next unnamed task's "Task-N": one count for every loop (CPython: _asyncio's task_name_counter)
    std::uint64_t task_name_counter = 0;
    // Host operations' completions (the embedding API): null unless a host made one; the event loop then waits
    // on it when idle and finishes what host threads posted.
    std::shared_ptr<HostInbox> host_inbox;
    // The builtin function being called: set by every call of one, so that at its entry (before it calls
    // anything) a NativeFn can read the data its function object carries (BuiltinFunction::data).
    BuiltinFunction* native_callee = nullptr;
    Frame* suspended_frame = nullptr;  // set by execute() when it returns FrameExit::Suspended: the frame to resume
    FiberPool& fibers() { return *m_fibers; }
    Gc& gc() { return *m_gc; }

    // ---- output (through the configured sinks) ----
    // stdout is buffered (flush before exiting); stderr is written at once, and its errors are ignored.
    Result<void> write_stdout(std::string_view text);
    void write_stderr(std::string_view text);
    Result<void> flush_stdout();
    // Buffering as CPython's sys.stdout: line-buffered on a terminal, otherwise written when 8 KiB have gathered, at
    // a flush, and at exit, so that output to a file or pipe interleaves with stderr as CPython's does. This flushes
    // where a terminal user expects to see what came before: before writing to stderr, when the program waits
    // (the event loop, sleep, select, a read of stdin). It also does with a host's sink (the embedding API).
    Result<void> flush_stdout_if_interactive() {
        if (stdout_is_interactive()) return flush_stdout();
        return {};
    }
    bool stdout_is_interactive() { return m_config.stdout_sink || stdout_is_terminal(); }
    bool stdout_is_terminal();
    // What ends a program: the exit status for an exception that escaped the main module, after reporting it
    // as CPython does (SystemExit's code or message; otherwise the traceback, status 1, or 130 for
    // KeyboardInterrupt). CPython: Python/pythonrun.c _Py_HandleSystemExit, PyErr_Print.
    int report_uncaught(Value const& exception);
    // Flushes stdout at exit; a failure is reported as CPython does and makes the status 120 (Py_FinalizeEx).
    int flush_at_exit(int status);
    // Flushes stdout between a host's calls: a failure raises nothing now; it is kept (stdout_error) and reported
    // by flush_at_exit, as the failure of the flush at exit would be.
    Result<void> flush_stdout_deferring_error();
    Value stdout_error;
    std::string stdout_buffer;
    bool atexit_imported = false;  // the atexit module is loaded: finalize_main() runs its functions
    // Set when _io is imported: hands what open files still buffer to the OS (or to the objects they wrap) at exit
    void (*flush_open_files)(VM& vm) = nullptr;
    // Containers being repr()'d, so that a container inside itself prints as [...] (CPython: Py_ReprEnter).
    std::vector<Object*> repr_in_progress;
    bool stdout_broken = false;

    // ---- tracebacks (vm/traceback.cpp) ----
    std::string format_exception(Value const& exc);
    void print_exception(Value const& exc);  // to stderr, CPython's format (sys.excepthook)
    void add_traceback(Exception* exc, Frame* frame, std::size_t offset);

    void register_type(Type* type);  // keeps a builtin type alive as long as the VM
    // Types a native module makes for its own use (an iterator type), found again by its code through a key of
    // its own (the address of a static in that module), since a process may run several VMs.
    // The VM holds a reference to each: a class the collector could otherwise free (binascii.Error, once no module
    // names it) is still there when the module's code raises it.
    void set_module_type(void const* key, Type* type) { m_module_types.emplace_back(key, Ref<Type>::borrowed(type)); }
    Type* module_type(void const* key) const {
        for (auto const& [k, t] : m_module_types)
            if (k == key) return t.get();
        return nullptr;
    }
    // A value a native module keeps as long as the VM (a cache), found as module_type() finds types; null at first.
    Value& module_state(void const* key) {
        for (auto& [k, v] : m_module_state)
            if (k == key) return v;
        return m_module_state.emplace_front(key, Value()).second;
    }
    std::vector<Type*> builtin_types() const {
        std::vector<Type*> out;
        for (auto const& t : m_builtin_types) out.push_back(t.get());
        return out;
    }

    // A NaN unlike any other made so far (float("nan")): CPython's NaNs are objects, and containers compare
    // items by identity first, so `[x] == [x]` holds for one NaN and `[float("nan")] == [float("nan")]` does
    // not. weft's floats are values compared by their bits; a payload of its own gives each NaN an identity.
    double fresh_nan(double nan) {
        std::uint64_t bits = std::bit_cast<std::uint64_t>(nan);
        bits = (bits & 0xfff8000000000000ull) | (++m_nan_serial & 0x0007ffffffffffffull);
        return std::bit_cast<double>(bits);
    }

private:
    void init_types();
    void init_builtins();

    VMConfig m_config;
    InternTable m_interned;
    std::vector<Ref<Type>> m_builtin_types;
    std::vector<std::pair<void const*, Ref<Type>>> m_module_types;  // see module_type()
    std::forward_list<std::pair<void const*, Value>> m_module_state;  // see module_state(); its references stay valid
    Value m_exception;
    Value m_getattr_error;  // the AttributeError of the last __getattr__ that raised one (getattr_opt)
    std::vector<Module const*> m_initializing;  // modules whose top-level code is running (import_module)
    std::uint64_t m_nan_serial = 0;  // see fresh_nan()
    ThreadState* m_thread = nullptr;
    std::unique_ptr<ThreadState> m_main_thread;
    std::unique_ptr<FiberPool> m_fibers;
    std::unique_ptr<Gc> m_gc;
    // Set from signal handlers and other threads: atomics, whose loads are plain loads (the dispatch loop reads
    // m_interrupt at every safe point)
    std::atomic<bool> m_interrupt = false;           // the eval breaker: see interrupt_pending
    std::atomic<bool> m_keyboard_interrupt = false;
    std::atomic<bool> m_signal_pending = false;
    std::atomic<bool> m_task_dump = false;
    std::atomic<bool> m_limit_exceeded = false;
    std::atomic<bool> m_memory_exceeded = false;
    signed char m_stdout_terminal = -1;  // whether fd 1 is a terminal, asked once (-1: not yet)
    MemoryAccount m_memory;
    Str* m_ascii_chars[128] = {};  // interned one-character strings, by code
};

// A frame's local variables (locals(), frame.f_locals): a module's namespace, or a function's as a new dict.
Value frame_locals(VM& vm, Frame* f);
// Creates a builtin type (used by init functions of each type file).
Type* make_builtin_type(VM& vm, std::string_view name, Type* base, Layout layout);

// Installs `methods` in `type`'s dict as method descriptors.
void add_methods(VM& vm, Type* type, std::initializer_list<MethodDef> methods);
// Puts one method descriptor named `name` in `type`'s dict (which exists).
void install_method(VM& vm, Type* type, Str* name, MethodDef const& m);
// Installs a function in a dict.
void add_function(VM& vm, Dict* dict, char const* name, NativeFn fn, Args args = Args::any());
// The hash slot of types whose instances are unhashable (list, dict, set): CPython's PyObject_HashNotImplemented.
Result<std::int64_t> hash_not_implemented(VM& vm, Value const& self);
// Fills each slot `type` lacks from its base (CPython: inherit_slots), for builtin types once every
// init function ran, and for types made later when they are made.
void inherit_slots(Type* type);
// Struct sequences (types/struct_sequence.cpp): a tuple type whose items are also named fields, and one of its values
// (all items: the visible ones, then the hidden ones). `visible` (0: every field) of the items are the tuple's; the
// first `unnamed` items after the named visible ones have no name (os.stat_result's integer times).
Type* make_struct_sequence_type(VM& vm, std::string_view module, std::string_view name,
                                std::initializer_list<char const*> fields, std::size_t visible = 0,
                                std::size_t unnamed = 0);
Value make_struct_sequence(VM& vm, Type* type, std::initializer_list<Value> items);
// list[int] and the like: a types.GenericAlias of `origin` (types/generic_alias.cpp).
Value make_generic_alias(VM& vm, Value const& origin, Value const& item);
Value make_mappingproxy(VM& vm, Value mapping);  // a read-only view (types/mappingproxy.cpp)
// The members of an `X | Y` union (types.UnionType), or null for anything else.
Tuple* union_members(VM& vm, Value const& v);
// Gives a builtin type its special-method wrappers and __new__ (Type::specials_pending), in types/slot_methods.cpp.
void complete_builtin_type(VM& vm, Type* type);
// The methods made on first use (complete_builtin_type): int's and float's (__neg__, __round__, bit_count, hex, ...)
// in types/number_methods.cpp, str's text methods (translate, expandtabs, ...) in types/str_text_methods.cpp.
void add_number_methods(VM& vm, Type* type);
void add_str_text_methods(VM& vm, Type* type);
void add_bytes_methods(VM& vm, Type* type);  // types/bytes.cpp
// Adds __new__ (and for object and type, the other class-creation methods) to a builtin type, in types/type.cpp.
void add_constructor_methods(VM& vm, Type* type);
// Calls a class: makes and initializes an instance (CPython: type_call), in types/type.cpp.
Result<Value> call_type(VM& vm, Type* type, Value const* args, std::size_t nargs, Tuple* kwnames);
// format(v, spec) appended to `out` when v is an exact int, float or str (what their __format__ does, without
// calling it); false, and nothing appended, for any other value (vm/operators.cpp).
Result<bool> format_builtin_into(VM& vm, Value const& v, std::string_view spec, std::string& out);
// Raises the TypeError for arguments `f` does not accept (BuiltinFunction::accepts was false).
Raised raise_native_args_error(VM& vm, BuiltinFunction const* f, std::size_t nargs, Tuple const* kwnames);
// Raises the TypeError for an unbound method of a builtin type given a `self` of another type
// (VM::method_self_fits was false).
Raised raise_descriptor_error(VM& vm, BuiltinFunction const* f, Value const& self);

// Argument checking helpers for natives (CPython's messages).
Raised raise_arg_count_error(VM& vm, char const* name, std::size_t nargs, std::size_t min, std::size_t max);
inline Result<void> check_arg_count(VM& vm, char const* name, std::size_t nargs, std::size_t min, std::size_t max) {
    if (nargs >= min && nargs <= max) [[likely]]
        return {};
    return raise_arg_count_error(vm, name, nargs, min, max);
}
Result<void> check_no_kwargs(VM& vm, char const* name, Tuple* kwnames);
// TypeError "f() missing 2 required positional arguments: 'a' and 'b'" (`kind`: "positional", "keyword-only")
Raised raise_missing_arguments(VM& vm, std::string_view fname, std::vector<std::string> const& names, char const* kind);
// How an unknown keyword argument is reported: "'x' is an invalid keyword argument for f()", as CPython 3.11's
// functions written in C say (getargs.c: vgetargskeywords, _PyArg_UnpackKeywords), or "f() got an unexpected
// keyword argument 'x'", as its functions written in Python do (asyncio's, say).
enum class UnknownKeyword { Invalid, Unexpected };
// Positional arguments and then keyword arguments by name into `out`, in `names` order (CPython's
// PyArg_ParseTupleAndKeywords for optional arguments): more positionals than names raise "f() takes at most N
// arguments (M given)", unknown keywords as parse_kwargs. Slots left unset stay null.
Result<void> parse_args(VM& vm, char const* fname, Value const* args, std::size_t nargs, Tuple* kwnames,
                        std::initializer_list<char const*> names, Value* out,
                        UnknownKeyword wording = UnknownKeyword::Invalid);
// Splits keyword arguments off the end of `args` into `out`, in the order of `kwlist` (an empty name there is a
// positional-only parameter, matched by no keyword); unknown names raise.
Result<void> parse_keywords(VM& vm, std::string_view fname, Value const* args, std::size_t nargs, Tuple* kwnames,
                            std::span<char const* const> kwlist, Value* out, UnknownKeyword wording);
// More arguments in all (`npos` positional ones and the keywords) than a C function's `max` parameters: "f()
// takes at most 2 arguments (3 given)", or "... 2 keyword arguments ..." when all were keywords. CPython's argument
// parsers check this before any name (getargs.c: vgetargskeywords, _PyArg_UnpackKeywords); the functions that
// parse their keywords apart from their positional arguments (zip(), min()/max(), sorted()'s sort, the
// exceptions' name/obj/path) pass npos 0. (print() is one that does not count first.)
Raised raise_argument_total(VM& vm, std::string_view fname, std::size_t npos, Tuple* kwnames, std::size_t max);
inline Result<void> check_argument_total(VM& vm, std::string_view fname, std::size_t npos, Tuple* kwnames,
                                         std::size_t max) {
    if (npos + (kwnames ? kwnames->size : 0) <= max) [[likely]]
        return {};
    return raise_argument_total(vm, fname, npos, kwnames, max);
}
inline Result<void> parse_kwargs(VM& vm, std::string_view fname, Value const* args, std::size_t nargs, Tuple* kwnames,
                                 std::initializer_list<char const*> kwlist, Value* out,
                                 UnknownKeyword wording = UnknownKeyword::Invalid) {
    if (!kwnames) [[likely]]
        return {};
    return parse_keywords(vm, fname, args, nargs, kwnames, {kwlist.begin(), kwlist.size()}, out, wording);
}

// Dict helpers with Python semantics (may call __eq__/__hash__).
Result<Value> dict_get(VM& vm, Dict* dict, Value const& key);  // null when missing
Result<void> dict_set(VM& vm, Dict* dict, Value key, Value value);
Value dict_get_str(Dict* dict, Str* key);                       // interned/str key fast path; null when missing
void dict_set_str(VM& vm, Dict* dict, Str* key, Value value);

template <class T>
T* as(Value const& v) { return static_cast<T*>(v.as_object()); }
template <class T>
T* as(Ref<Object> const& r) { return static_cast<T*>(r.get()); }

// ---- frames: inline, since every weft-to-weft call makes one ----

// Fills in a fresh frame for `fn`: the header, and null locals/cells/free slots; the value stack above them
// is dead memory (interpreter.cpp, invariant 5), so it is left as it is.
WEFT_ALWAYS_INLINE void init_frame(Frame* frame, Function* fn) {
    CodeObject* code = fn->code.get();
    frame->function = fn;
    incref(fn);
    frame->previous = nullptr;
    frame->ip = code->code.data();
    frame->globals = fn->globals.get();
    frame->locals = nullptr;
    frame->flags = 0;
    frame->lasti = 0;
    frame->depth = 0;
    Value* slot = frame->slots;
    Value* end = slot + code->nlocals + code->ncells + code->nfree;
    for (; slot < end; ++slot) new (slot) Value();
    frame->sp = end;
}

WEFT_ALWAYS_INLINE Frame* VM::push_frame(Function* fn) {
    auto* frame = static_cast<Frame*>(m_thread->data_stack.push(Frame::size_for(fn->code.get())));
    init_frame(frame, fn);
    frame->flags = FrameOnDataStack;
    return frame;
}

WEFT_ALWAYS_INLINE void VM::clear_frame(Frame* frame) {
    for (Value* p = frame->slots; p < frame->sp; ++p)
        p->~Value();
    frame->sp = frame->slots;
    if (frame->locals) {
        decref(frame->locals);
        frame->locals = nullptr;
    }
    if (frame->function) {
        Function* fn = frame->function;
        frame->function = nullptr;
        decref(fn);
    }
}

WEFT_ALWAYS_INLINE Result<Value> VM::next_with_value(Value const& iterator, Value& stop_value) {
    Type* t = type_of(iterator);
    Result<Value> r = t->slots.next && !t->is_heap ? t->slots.next(*this, iterator, stop_value)
                                                   : next_slow(iterator, stop_value);
    if (r.is_error()) [[unlikely]]
        r = stop_iteration_ends(stop_value);
    return r;
}

WEFT_ALWAYS_INLINE Result<Value> VM::next(Value const& iterator) {
    Value stop;
    return next_with_value(iterator, stop);
}

// next(gen) for a generator, with `sink` attached while it runs (types/generator.cpp)
Result<Value> next_through_generator(VM& vm, Value const& gen, YieldSink& sink);

WEFT_ALWAYS_INLINE Result<Value> VM::next_through(Value const& iterator, YieldSink& sink) {
    if (iterator.is_object() && iterator.as_object()->type == types.generator)
        return next_through_generator(*this, iterator, sink);
    return next(iterator);
}

WEFT_ALWAYS_INLINE void VM::pop_frame(Frame* frame) {
    clear_frame(frame);
    m_thread->data_stack.pop(frame);
}

} // namespace weft::rt
