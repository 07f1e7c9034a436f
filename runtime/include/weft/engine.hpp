// weft::Engine: one interpreter with its own modules, event loop and objects. Several engines may live in one
// process, each used by one thread at a time.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "weft/async.hpp"
#include "weft/class.hpp"
#include "weft/convert.hpp"
#include "weft/function.hpp"

namespace weft {

/// How an engine is set up.
struct Options {
    /// Nested Python calls before RecursionError (sys.setrecursionlimit).
    int recursion_limit = 1000;
    /// sys.argv.
    std::vector<std::string> argv;
    /// Directories searched, in order, for modules written as .py files (sys.path).
    std::vector<std::string> module_path;
    /// Where the script's standard output and standard error go (null: file descriptors 1 and 2). Called on the
    /// engine's thread; stdout is buffered and arrives in pieces of up to 8 KiB, or at each flush.
    std::function<void(std::string_view)> stdout_sink;
    /// Where standard error goes (tracebacks the script prints, warnings); written at once.
    std::function<void(std::string_view)> stderr_sink;
    /// Time stands still while code runs and jumps to the next timer when nothing is ready: `asyncio.sleep(60)`
    /// takes no time, and the order of everything is unchanged.
    bool virtual_clock = false;
    /// Whether scripts can import the standard library (false: only builtins and the host's modules).
    bool standard_library = true;
    /// sys.warnoptions: warning filters in -W's form ("error::DeprecationWarning"), applied when warnings is
    /// imported.
    std::vector<std::string> warn_options;
    /// sys._xoptions: implementation options in -X's form ("int_max_str_digits=640" sets the int/str conversion
    /// limit, sys.get_int_max_str_digits(); others are only recorded).
    std::vector<std::string> x_options;
    /// Write stdout out at every write (python -u) rather than buffering it.
    bool unbuffered_stdout = false;

    // ---- the sandbox ----
    /// The modules a script may import, by name or by top-level package ("json", "asyncio"); others raise
    /// ImportError. Unset: every module. The host's modules and what an allowed library module imports for
    /// itself are always available.
    std::optional<std::vector<std::string>> allowed_modules;
    /// Whether scripts may touch files and processes. False makes open() and io.FileIO raise PermissionError, and
    /// the modules over the operating system (posix, and so os, subprocess, shutil, tempfile, pathlib, glob; select;
    /// signal) raise ImportError.
    bool files_and_processes = true;
    /// Seconds each call into the engine (run_string, run_file, eval, import, run_until_complete, poll) may run,
    /// 0 for no limit. Past it, weft.LimitExceeded (a BaseException) is raised at the next safe point, and again at
    /// every later one until the call returns, so a script cannot catch it and go on; the call throws weft::Error.
    double time_limit = 0;
    /// Bytes the engine's scripts may hold, 0 for no cap: objects and their buffers, counted from when the engine is
    /// made. A request bigger than what is left raises MemoryError at once; growth past the cap raises it at the
    /// next safe point, and the handlers it reaches may go on to use up to a quarter more before the next one. The
    /// host's own memory and the engine's are unharmed: the call that ran the script throws weft::Error.
    std::size_t memory_limit = 0;
};

class Module;

/// A host module scripts import by name (`import game`), filled with functions and values by the host.
class WEFT_API Module {
public:
    /// Binds a C++ callable as function `name` (see Engine::def).
    template <class F, class... Extra>
    Module& def(std::string_view name, F&& f, Extra&&... extra) {
        define(detail::make_binding(m_core, std::string(name), std::forward<F>(f), false, std::forward<Extra>(extra)...), false);
        return *this;
    }
    /// Binds a C++ callable as coroutine function `name` (see Engine::def_async).
    template <class F, class... Extra>
    Module& def_async(std::string_view name, F&& f, Extra&&... extra) {
        define(detail::make_binding(m_core, std::string(name), std::forward<F>(f), false, std::forward<Extra>(extra)...), true);
        return *this;
    }
    /// Binds the C++ class T as the class `name` (see weft/class.hpp); Base, a class bound before, is its base
    /// class in scripts too, and a T is accepted where a Base is.
    template <class T, class Base = void>
    Class<T> def_class(std::string_view name) {
        std::type_info const* base = nullptr;
        void* (*upcast)(void*) = nullptr;
        if constexpr (!std::is_void_v<Base>) {
            static_assert(std::is_base_of_v<Base, T>, "Base must be a base class of T");
            base = &typeid(Base);
            upcast = [](void* p) -> void* { return static_cast<Base*>(static_cast<T*>(p)); };
        }
        return Class<T>(m_core, detail::class_new(m_core, typeid(T), std::string(name), base, upcast, m_namespace),
                        std::string(name));
    }
    /// Sets the module attribute `name` to `value` (converted as a bound function's result).
    template <class T>
    Module& set(std::string_view name, T&& value) {
        m_namespace.set_item(name, detail::to_script(m_core, std::forward<T>(value)));
        return *this;
    }
    /// The module object.
    Object const& object() const { return m_module; }

private:
    friend class Engine;
    Module(detail::EngineCore* core, Object module, Object ns) : m_core(core), m_module(std::move(module)), m_namespace(std::move(ns)) {}
    void define(std::unique_ptr<detail::Binding> binding, bool async);

    detail::EngineCore* m_core;
    Object m_module;
    Object m_namespace;
};

/// An interpreter. Not copyable; destroy it on the thread that used it. Every method that runs script code
/// throws weft::Error when the script raises (SystemExit included).
class WEFT_API Engine {
public:
    /// A new interpreter set up by `options`: builtins ready, other modules imported on first use. Throws
    /// std::bad_alloc only.
    explicit Engine(Options options = {});
    /// Destroys every object of the engine (Object handles must be gone by then) and flushes stdout.
    ~Engine();
    Engine(Engine const&) = delete;
    Engine& operator=(Engine const&) = delete;

    /// Runs `source` as the `__main__` module's code (its globals persist between runs); `filename` names it in
    /// tracebacks. With `from_file`, `source` is the text of the file (or stream) `filename`, as a script runner
    /// read it: its encoding declaration applies (PEP 263) and `__file__` is `filename`. Returns None.
    Object run_string(std::string_view source, std::string_view filename = "<string>", bool from_file = false);
    /// Reads and runs the file `path` as `__main__` (run_string with from_file). Throws weft::Error (OSError)
    /// when it cannot be read.
    Object run_file(std::string const& path);
    /// Evaluates the expression `expression` in `__main__`'s namespace.
    Object eval(std::string_view expression);
    /// `import name`: the module (a dotted name gives the submodule).
    Object import(std::string_view name);
    /// The `__main__` module's namespace (a dict).
    Object globals();
    /// The script value of `value`, converted as a bound function's result.
    template <class T>
    Object cast(T&& value) {
        return detail::to_script(core(), std::forward<T>(value));
    }

    /// Binds a C++ function, lambda or function object as the builtin `name`, visible to every module. Its
    /// parameters and result are converted (see weft::Converter); `weft::arg("a")`, `weft::arg("b") = 1` name the
    /// parameters in order (then keyword arguments work) and give defaults. A C++ exception it throws becomes a
    /// Python exception: weft::Error keeps its type, std::out_of_range → IndexError, std::invalid_argument and
    /// std::domain_error → ValueError, std::bad_alloc → MemoryError, translators' choices, others → RuntimeError.
    template <class F, class... Extra>
    Engine& def(std::string_view name, F&& f, Extra&&... extra) {
        builtins().def(name, std::forward<F>(f), std::forward<Extra>(extra)...);
        return *this;
    }
    /// Binds a C++ callable as the coroutine function `name`: scripts `await name(...)` (or gather, or make tasks
    /// of it). The body runs on the awaiting task's fiber when the coroutine is awaited, and may wait for host
    /// operations with weft::await() in direct style while the engine's other tasks go on.
    template <class F, class... Extra>
    Engine& def_async(std::string_view name, F&& f, Extra&&... extra) {
        builtins().def_async(name, std::forward<F>(f), std::forward<Extra>(extra)...);
        return *this;
    }
    /// Binds the C++ class T as the builtin class `name` (see Module::def_class and weft/class.hpp).
    template <class T, class Base = void>
    Class<T> def_class(std::string_view name) {
        return builtins().def_class<T, Base>(name);
    }
    /// The host module `name`, made empty on first use; scripts import it by that name.
    Module module(std::string_view name);
    /// A module written in weft that scripts import as `name`: `source` is compiled and run when it is first
    /// imported. Its frames are left out of tracebacks, as the standard library's are.
    void module_source(std::string_view name, std::string source);
    /// Adds a translator for C++ exceptions thrown by bound functions, tried newest first before the standard
    /// ones: it rethrows the exception_ptr, catches what it knows and throws a weft::Error for it; for any other
    /// exception it lets the rethrown one escape.
    void register_exception_translator(std::function<void(std::exception_ptr)> translator);

    // ---- the event loop ----
    /// Runs the event loop until `awaitable` (a coroutine, Task or Future) is done; returns its result. The
    /// loop is the engine's own, made on first use and kept (asyncio.get_event_loop() in the script gives it).
    Object run_until_complete(Object const& awaitable);
    /// Schedules a coroutine as a Task on the engine's loop (asyncio.create_task), to run when the loop runs.
    Object spawn(Object const& coroutine);
    /// One iteration of the loop — ready callbacks and tasks, due timers, completed host operations — without
    /// blocking, for a host that drives weft from its own loop. Returns whether anything is still scheduled.
    bool poll();
    /// Seconds until the loop next has work (0: now; nullopt: nothing scheduled but host operations).
    std::optional<double> next_deadline();
    /// A function any thread may call to make the engine's loop look at its completions now: wakes a loop
    /// blocked in run_until_complete, and calls `on_wakeup` (set_wakeup_callback) for hosts that poll().
    std::function<void()> waker();
    /// Called, from the completing thread, whenever a Completion finishes or waker() is called: a host that
    /// drives the loop with poll() schedules a poll on its own loop here.
    void set_wakeup_callback(std::function<void()> on_wakeup);

    // ---- ending a program as python3 does (a script runner's part) ----
    /// Reports `error`, an exception that ended a program, as CPython does — SystemExit's code or message, else the
    /// traceback on stderr — and returns the exit status it stands for (SystemExit's code; 130 for
    /// KeyboardInterrupt; else 1).
    int report_uncaught(Error const& error);
    /// Ends the program: atexit's functions, then `__main__`'s objects are finalized, then stdout is flushed; returns
    /// `status`, or 120 when stdout could not be written (reported as CPython does).
    int finish(int status);
    /// Writes out what the script printed and is still buffered. Returns false when it could not be written (the
    /// error is reported by finish()).
    bool flush_stdout();
    /// Bytes of stdout buffered, not yet written.
    std::size_t pending_stdout() const;
    /// Ctrl-C: KeyboardInterrupt at the engine's next safe point. Async-signal-safe: a SIGINT handler may call it.
    void interrupt() noexcept;
    /// Prints every task and what it waits on (asyncio's call graph) to stderr at the next safe point, and goes on.
    /// Async-signal-safe (the weft program calls it on SIGQUIT).
    void request_task_dump() noexcept;

    /// The engine's state, for weft::Completion and the converters.
    detail::EngineCore* core() { return m_core.get(); }

private:
    Module builtins();
    std::unique_ptr<detail::EngineCore> m_core;
};

/// The bytecode weft compiles `source` to, as `weft --dis` prints it; throws weft::Error (SyntaxError).
WEFT_API std::string disassemble(std::string_view source, std::string_view filename);

/// Tunes the process's memory allocator for running scripts (big blocks reused, not unmapped; 2 MiB pages past
/// 8 MiB of heap): for programs whose main work is weft, such as the weft program. Process-wide; call it first.
WEFT_API void tune_allocator_for_scripts();

} // namespace weft
