// weft::Engine: making an engine, running code in it, errors as weft::Error, and its event loop.
#include <cerrno>
#include <cstring>

#include "runtime/embed/engine_core.hpp"
#include "runtime/fiber/fiber.hpp"
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
    config.argv = options.argv;
    config.module_path = options.module_path;
    config.stdout_sink = sink_of(options.stdout_sink);
    config.stderr_sink = sink_of(options.stderr_sink);
    vm = std::make_unique<rt::VM>(std::move(config));
    inbox = std::make_shared<rt::HostInbox>();
    vm->host_inbox = inbox;
    main_module = vm->create_main_module("<string>", false);
    finish_sandbox(*this);
}

EngineCore::~EngineCore() {
    if (!vm) return;
    watchdog.reset();
    (void)vm->flush_stdout();
    inbox->clear_waiters();
    main_module = nullptr;
    vm.reset();
}

Error error_from_pending(EngineCore* core) {
    rt::VM& vm = *core->vm;
    rt::Value exc = vm.take_exception();
    (void)vm.flush_stdout();  // what was printed before the error comes first, as CPython's PyErr_Print has it
    rt::Type* type = vm.type_of(exc);
    std::string type_name = rt::type_display_name(vm, type);
    rt::Result<std::string> text = vm.str_string(exc);
    std::string message = text.is_error() ? (vm.take_exception(), std::string("<exception str() failed>")) : text.value();
    std::string traceback = vm.format_exception(exc);
    return Error(std::move(type_name), std::move(message), std::move(traceback), handle(core, std::move(exc)));
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
      m_exception(exception) {}

Engine::Engine(Options options) : m_core(std::make_unique<EngineCore>(std::move(options))) {}

Engine::~Engine() = default;

Object Engine::run_string(std::string_view source, std::string_view filename) {
    detail::RunGuard guard(m_core.get());
    rt::VM& vm = *m_core->vm;
    rt::Result<rt::Value> fn = vm.compile_source(std::string(filename), std::string(source), m_core->main_module->dict);
    if (fn.is_error()) throw detail::error_from_pending(m_core.get());
    return checked(m_core.get(), vm.run_module_code(rt::as<rt::Function>(fn.value())));
}

Object Engine::run_file(std::string const& path) {
    detail::RunGuard guard(m_core.get());
    rt::VM& vm = *m_core->vm;
    std::string source;
    if (int err = front::read_source_file(path, source)) {
        rt::Value args[3] = {rt::Value::from_int(err), vm.new_str(std::strerror(err)), vm.new_str(path)};
        rt::Result<rt::Value> exc = vm.call(rt::Value::borrowed(vm.types.OSError), args, 3);
        if (!exc.is_error()) (void)vm.raise_value(exc.value());
        throw detail::error_from_pending(m_core.get());
    }
    rt::Dict* g = m_core->main_module->dict.get();
    rt::dict_set_str(vm, g, vm.names.dunder_file, vm.new_str(path));
    rt::Result<rt::Value> fn = vm.compile_source(path, std::move(source), m_core->main_module->dict);
    if (fn.is_error()) throw detail::error_from_pending(m_core.get());
    return checked(m_core.get(), vm.run_module_code(rt::as<rt::Function>(fn.value())));
}

Object Engine::eval(std::string_view expression) {
    detail::RunGuard guard(m_core.get());
    rt::VM& vm = *m_core->vm;
    rt::Result<rt::Value> fn =
        vm.compile_source("<string>", std::string(expression), m_core->main_module->dict, front::CompileMode::Eval);
    if (fn.is_error()) throw detail::error_from_pending(m_core.get());
    return checked(m_core.get(), vm.run_code(rt::as<rt::Function>(fn.value()), m_core->main_module->dict.get()));
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
    return detail::handle(m_core.get(), m_core->main_module->dict.value());
}

Module Engine::module(std::string_view name) {
    rt::VM& vm = *m_core->vm;
    rt::Str* key = vm.intern(name);
    m_core->host_module_names.emplace_back(name);
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

} // namespace weft
