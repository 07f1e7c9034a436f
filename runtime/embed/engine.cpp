// weft::Engine: making an engine, running code in it, errors as weft::Error, and its event loop.
#include <malloc.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "interpreter/code_unit.hpp"
#include "runtime/embed/engine_core.hpp"
#include "runtime/fiber/fiber.hpp"
#include "runtime/heap_pages.hpp"
#include "runtime/sched/event_loop.hpp"
#include "runtime/sched/sched_types.hpp"
#include "runtime/vm/traceback.hpp"

namespace weft {

namespace detail {

namespace {

rt::OutputSink sink_of(std::function<void(std::string_view)> const& host_sink) {
    if (!host_sink) return nullptr;
    return [host_sink](std::string_view text) {
        host_sink(text);
        return 0;
    };
}

} // namespace

EngineCore::EngineCore(Options o) : options(std::move(o)) {
    rt::VMConfig config;
    configure_sandbox(*this, config);
    config.recursion_limit = options.recursion_limit;
    config.virtual_clock = options.virtual_clock;
    config.argv = std::move(options.argv);  // the VM keeps these (sys.argv, sys.path, sys.warnoptions)
    config.module_path = std::move(options.module_path);
    config.warn_options = std::move(options.warn_options);
    config.x_options = std::move(options.x_options);
    config.unbuffered_stdout = options.unbuffered_stdout;
    config.stdout_sink = sink_of(options.stdout_sink);
    config.stderr_sink = sink_of(options.stderr_sink);
    vm = std::make_unique<rt::VM>(std::move(config));
    inbox = std::make_shared<rt::HostInbox>();
    vm->host_inbox = inbox;
    finish_sandbox(*this);
}

rt::Module& EngineCore::main(std::string_view file) {
    if (!main_module) main_module = vm->create_main_module(std::string(file), !file.empty());
    return *main_module;
}

EngineCore::~EngineCore() {
    if (!vm) return;
    // what the teardown frees is counted against no engine (the account dies with the VM; another engine's run may be
    // current on this thread)
    rt::MemoryAccountScope account(nullptr);
    watchdog.reset();
    // Errors that outlive the engine let go of their exceptions now, while the VM can still free them
    for (auto const& weak : held)
        if (auto h = weak.lock()) h->object = Object();
    // the bound classes' records hold their class objects
    class_by_type.clear();
    classes.clear();
    (void)vm->flush_stdout();
    inbox->clear_waiters();
    main_module = nullptr;
    vm.reset();
}

Error error_from_pending(EngineCore* core) {
    rt::VM& vm = *core->vm;
    rt::Value exc = vm.take_exception();
    // on a terminal or a host's sink, what was printed before the error comes first; to a file or pipe, stdout is
    // written at exit after the traceback, as CPython's buffered stdout is
    if (vm.stdout_is_interactive()) (void)vm.flush_stdout_deferring_error();
    rt::Type* type = vm.type_of(exc);
    std::string type_name = rt::type_display_name(vm, type);
    rt::Result<std::string> text = vm.str_string(exc);
    std::string message = text.is_error() ? (vm.take_exception(), std::string("<exception str() failed>")) : text.value();
    std::string traceback = vm.format_exception(exc);
    Error error(std::move(type_name), std::move(message), std::move(traceback), handle(core, std::move(exc)));
    if (core->held.size() >= 64)
        std::erase_if(core->held, [](std::weak_ptr<HeldObject> const& w) { return w.expired(); });
    core->held.push_back(error.held());
    return error;
}

void throw_pending(EngineCore* core) { throw error_from_pending(core); }

Object checked(EngineCore* core, rt::Result<rt::Value> r) {
    if (r.is_error()) throw error_from_pending(core);
    return handle(core, r.release_value());
}

void checked(EngineCore* core, rt::Result<void> r) {
    if (r.is_error()) throw error_from_pending(core);
}

} // namespace detail

using detail::checked;
using detail::EngineCore;

Error::Error(std::string type_name, std::string message)
    : std::runtime_error(type_name + ": " + message), m_type_name(std::move(type_name)), m_message(std::move(message)) {
    m_traceback = m_type_name + ": " + m_message + "\n";
}

Error::Error(std::string type_name, std::string message, std::string traceback, Object const& exception)
    : std::runtime_error(message.empty() ? type_name : type_name + ": " + message),
      m_type_name(std::move(type_name)), m_message(std::move(message)), m_traceback(std::move(traceback)),
      m_exception(std::make_shared<detail::HeldObject>(detail::HeldObject{exception})) {}

Object const& Error::exception() const noexcept {
    static Object const none;
    return m_exception ? m_exception->object : none;
}

Engine::Engine(Options options) : m_core(std::make_unique<EngineCore>(std::move(options))) {}

Engine::~Engine() = default;

Object Engine::run_string(std::string_view source, std::string_view filename, bool from_file) {
    detail::RunGuard guard(m_core.get());
    rt::VM& vm = *m_core->vm;
    std::string text(source);
    if (from_file) {
        if (std::string unknown; !front::apply_declared_encoding(text, unknown)) {
            // CPython's tokenizer fails before any line is read: a SyntaxError without a location
            rt::Value message = vm.new_str("encoding problem: " + unknown);
            rt::Result<rt::Value> exc = vm.new_exception(vm.types.SyntaxError, &message, 1);
            if (!exc.is_error() && !vm.setattr(exc.value(), vm.intern("msg"), message).is_error())
                (void)vm.raise_value(exc.value());
            throw detail::error_from_pending(m_core.get());
        }
        if (!m_core->main_module) {
            m_core->main(filename);
        } else {
            // __file__ goes before __cached__, in the order CPython's __main__ has them
            rt::Dict* g = m_core->main_module->dict.get();
            if (!rt::dict_get_str(g, vm.names.dunder_cached).is_null())
                checked(m_core.get(), vm.delitem(m_core->main_module->dict.value(), rt::Value::borrowed(vm.names.dunder_cached)));
            rt::dict_set_str(vm, g, vm.names.dunder_file, vm.new_str(filename));
            rt::dict_set_str(vm, g, vm.names.dunder_cached, rt::Value::none());
        }
    }
    rt::Result<rt::Value> fn = vm.compile_source(std::string(filename), std::move(text), m_core->main().dict);
    if (fn.is_error()) throw detail::error_from_pending(m_core.get());
    return checked(m_core.get(), vm.run_module_code(rt::as<rt::Function>(fn.value())));
}

Object Engine::run_file(std::string const& path) {
    rt::VM& vm = *m_core->vm;
    std::string source;
    if (int err = front::read_source_file(path, source)) {
        rt::Value args[3] = {rt::Value::from_int(err), vm.new_str(std::strerror(err)), vm.new_str(path)};
        rt::Result<rt::Value> exc = vm.call(rt::Value::borrowed(vm.types.OSError), args, 3);
        if (!exc.is_error()) (void)vm.raise_value(exc.value());
        throw detail::error_from_pending(m_core.get());
    }
    return run_string(source, path, true);
}

Object Engine::eval(std::string_view expression) {
    detail::RunGuard guard(m_core.get());
    rt::VM& vm = *m_core->vm;
    rt::Result<rt::Value> fn =
        vm.compile_source("<string>", std::string(expression), m_core->main().dict, front::CompileMode::Eval);
    if (fn.is_error()) throw detail::error_from_pending(m_core.get());
    return checked(m_core.get(), vm.run_code(rt::as<rt::Function>(fn.value()), m_core->main().dict.get()));
}

Object Engine::import(std::string_view name) {
    detail::RunGuard guard(m_core.get());
    rt::VM& vm = *m_core->vm;
    // `import a.b` binds a; the host wants a.b itself, which sys.modules holds once the import ran
    Object top = checked(m_core.get(), vm.import_module(vm.intern(name)));
    rt::Value m = rt::dict_get_str(vm.modules.get(), vm.intern(name));
    return m.is_null() ? top : detail::handle(m_core.get(), std::move(m));
}

Object Engine::globals() {
    return detail::handle(m_core.get(), m_core->main().dict.value());
}

Module Engine::module(std::string_view name) {
    rt::VM& vm = *m_core->vm;
    rt::Str* key = vm.intern(name);
    // recorded once (for the allow-list): a host may ask for its module every frame
    auto& names = m_core->host_module_names;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.emplace_back(name);
    rt::Value existing = rt::dict_get_str(vm.modules.get(), key);
    if (existing.is_null() || vm.type_of(existing)->layout != rt::Layout::Module) {
        rt::Ref<rt::Module> m = vm.new_module(name);
        existing = m.value();
        rt::dict_set_str(vm, vm.modules.get(), key, existing);
    }
    rt::Value ns = rt::as<rt::Module>(existing)->dict.value();
    return Module(m_core.get(), detail::handle(m_core.get(), std::move(existing)), detail::handle(m_core.get(), std::move(ns)));
}

Module Engine::builtins() {
    rt::VM& vm = *m_core->vm;
    rt::Value module = rt::dict_get_str(vm.modules.get(), vm.intern("builtins"));
    if (module.is_null()) module = vm.builtins.value();
    return Module(m_core.get(), detail::handle(m_core.get(), std::move(module)), detail::handle(m_core.get(), vm.builtins.value()));
}

void Engine::module_source(std::string_view name, std::string source) {
    m_core->host_module_names.emplace_back(name);
    std::string const* stored_name = m_core->module_texts.emplace_back(std::make_unique<std::string const>(name)).get();
    std::string const* stored_text = m_core->module_texts.emplace_back(std::make_unique<std::string const>(std::move(source))).get();
    m_core->vm->add_host_module(rt::ModuleDef{*stored_name, nullptr, stored_text->c_str()});
}

void Engine::register_exception_translator(std::function<void(std::exception_ptr)> translator) {
    m_core->translators.push_back(std::move(translator));
}

// ---- the event loop ----

namespace {

rt::EventLoop& engine_loop(EngineCore* core) {
    rt::VM& vm = *core->vm;
    if (vm.running_loop) return *vm.running_loop;
    return *rt::event_loop_for(vm);
}

} // namespace

Object Engine::run_until_complete(Object const& awaitable) {
    detail::RunGuard guard(m_core.get());
    rt::VM& vm = *m_core->vm;
    rt::EventLoop& loop = engine_loop(m_core.get());
    if (loop.is_running()) {
        (void)vm.raise(vm.types.RuntimeError, "This event loop is already running");
        throw detail::error_from_pending(m_core.get());
    }
    Object future = checked(m_core.get(), rt::ensure_future(vm, detail::value_of(awaitable), &loop));
    return checked(m_core.get(), loop.run_until_complete(detail::value_of(future)));
}

Object Engine::spawn(Object const& coroutine) {
    rt::VM& vm = *m_core->vm;
    return checked(m_core.get(), rt::ensure_future(vm, detail::value_of(coroutine), &engine_loop(m_core.get())));
}

bool Engine::poll() {
    detail::RunGuard guard(m_core.get());
    rt::EventLoop& loop = engine_loop(m_core.get());
    checked(m_core.get(), loop.poll());
    return loop.has_work();
}

std::optional<double> Engine::next_deadline() {
    double d = engine_loop(m_core.get()).next_deadline();
    if (d < 0) return std::nullopt;
    return d;
}

std::function<void()> Engine::waker() {
    std::weak_ptr<rt::HostInbox> inbox = m_core->inbox;
    return [inbox] {
        if (auto box = inbox.lock()) box->wake();
    };
}

void Engine::set_wakeup_callback(std::function<void()> on_wakeup) {
    m_core->inbox->set_wakeup_callback(std::move(on_wakeup));
}

// ---- ending a program ----

int Engine::report_uncaught(Error const& error) {
    rt::VM& vm = *m_core->vm;
    if (!error.exception().empty()) return vm.report_uncaught(detail::value_of(error.exception()));
    (void)detail::raise_host_exception(m_core.get(), std::make_exception_ptr(error));
    return vm.report_uncaught(vm.take_exception());
}

int Engine::finish(int status) {
    rt::VM& vm = *m_core->vm;
    vm.finalize_main();
    return vm.flush_at_exit(status);
}

bool Engine::flush_stdout() { return !m_core->vm->flush_stdout_deferring_error().is_error(); }

std::size_t Engine::pending_stdout() const { return m_core->vm->stdout_buffer.size(); }

void Engine::interrupt() noexcept { m_core->vm->set_interrupt(); }

void Engine::request_task_dump() noexcept { m_core->vm->request_task_dump(); }

std::string disassemble(std::string_view source, std::string_view filename) {
    auto file = std::make_shared<front::SourceFile>(std::string(filename), std::string(source));
    front::CompileResult compiled = front::compile(file, front::CompileMode::Exec);
    if (!compiled.code)
        throw Error("SyntaxError", compiled.error->message + " (line " + std::to_string(compiled.error->location.line) + ")");
    return front::disassemble(*compiled.code);
}

void tune_allocator_for_scripts() {
    // glibc maps each block of 128 KiB or more on its own and unmaps it when freed, and returns free memory at the
    // heap's top to the system: a growing list or a big str then touches fresh pages (a page fault each) every
    // time. A script reuses its memory instead; CPython's lists get the same effect from realloc. The peak RSS is
    // unchanged: untouched heap pages cost nothing.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
    // Past 8 MiB of heap, new heap memory comes in 2 MiB pages (runtime/heap_pages.hpp): a script building big
    // data faults a tenth as often; a small one never gets there.
    rt::enable_huge_heap_pages(std::size_t{8} << 20);
}

} // namespace weft
