// The sandbox options of weft::Options: which modules scripts may import, whether they reach files and
// processes, and the time limit of each call into the engine (a watchdog thread that trips the VM's limit flag,
// so the dispatch loop pays nothing for it).
#include <cstdio>

#include "runtime/embed/engine_core.hpp"
#include "stdlib/stdlib.hpp"

namespace weft::detail {

namespace {

// The native modules over the operating system, left out when Options::files_and_processes is false (os, subprocess,
// shutil, tempfile, pathlib and glob are written over posix, and fail to import without it).
constexpr std::string_view os_modules[] = {"posix", "select", "_signal"};

// What open() and io.FileIO are when scripts may not touch files.
rt::Result<rt::Value> files_not_allowed(rt::VM& vm, rt::Value const*, std::size_t, rt::Tuple*) {
    return vm.raise(vm.types.PermissionError, "file access is not allowed here");
}

// _io with what opens files refusing: StringIO, BytesIO and the stream classes stay.
rt::Result<void> init_io_without_files(rt::VM& vm, rt::Module& module) {
    for (rt::ModuleDef const& def : rt::stdlib_modules())
        if (def.name == "_io" && def.init) TRY(def.init(vm, module));
    for (char const* name : {"open", "open_code"})
        rt::add_function(vm, module.dict.get(), name, files_not_allowed);
    // the class stays (io's abstract classes register it), making none
    rt::Value file_io = rt::dict_get_str(module.dict.get(), vm.intern("FileIO"));
    if (!file_io.is_null())
        rt::as<rt::Type>(file_io)->construct = files_not_allowed;
    return {};
}

// The standard table without what the options leave out.
void filter_module_table(EngineCore& core) {
    Options const& o = core.options;
    for (rt::ModuleDef const& m : rt::stdlib_modules()) {
        if (!o.standard_library && m.name != "builtins" && m.name != "sys") continue;
        bool os_module = false;
        for (std::string_view name : os_modules) os_module |= m.name == name;
        if (!o.files_and_processes && os_module) continue;
        core.module_table.push_back(m);
        if (!o.files_and_processes && m.name == "_io") core.module_table.back().init = init_io_without_files;
    }
}

} // namespace

Watchdog::Watchdog(rt::VM& vm, std::shared_ptr<rt::HostInbox> inbox)
    : m_vm(vm), m_inbox(std::move(inbox)), m_thread([this] { run(); }) {}

Watchdog::~Watchdog() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_one();
    m_thread.join();
}

void Watchdog::arm(std::chrono::steady_clock::time_point deadline) {
    {
        std::lock_guard lock(m_mutex);
        m_deadline = deadline;
        m_armed = true;
    }
    m_cv.notify_one();
}

void Watchdog::disarm() {
    std::lock_guard lock(m_mutex);
    m_armed = false;
}

void Watchdog::run() {
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (!m_armed) {
            m_cv.wait(lock);
            continue;
        }
        if (std::chrono::steady_clock::now() < m_deadline) {
            m_cv.wait_until(lock, m_deadline);
            continue;
        }
        m_armed = false;
        m_vm.set_limit_exceeded();
        m_inbox->wake();  // an event loop waiting for host operations looks at its flags again
    }
}

void configure_sandbox(EngineCore& core, rt::VMConfig& config) {
    Options const& o = core.options;
    if (o.standard_library && o.files_and_processes) {
        config.modules = rt::stdlib_modules();  // the whole table, as it is
    } else {
        filter_module_table(core);
        config.modules = core.module_table;
    }
    if (o.allowed_modules) {
        std::vector<std::string> allowed = *o.allowed_modules;
        EngineCore* c = &core;
        config.import_allowed = [allowed, c](std::string_view name) {
            std::string_view top = name.substr(0, name.find('.'));
            for (std::string const& a : allowed)
                if (a == name || a == top) return true;
            // the host's own modules (Engine::module) are always importable
            for (std::string const& m : c->host_module_names)
                if (m == name || m == top) return true;
            return false;
        };
    }
}

void finish_sandbox(EngineCore& core) {
    rt::VM& vm = *core.vm;
    if (core.options.memory_limit > 0) vm.set_memory_limit(core.options.memory_limit);
    if (!core.options.files_and_processes) rt::add_function(vm, vm.builtins.get(), "open", files_not_allowed);
    if (core.options.time_limit > 0) {
        // class LimitExceeded(BaseException), in a module named weft
        rt::Ref<rt::Dict> ns = vm.new_dict();
        rt::dict_set_str(vm, ns.get(), vm.names.dunder_module, vm.new_str("weft"));
        rt::Ref<rt::Tuple> bases = vm.new_tuple(1);
        bases->items[0] = rt::Value::borrowed(vm.types.BaseException);
        rt::Value args[3] = {vm.new_str("LimitExceeded"), bases.value(), ns.value()};
        vm.limit_type = value_take(checked(&core, vm.call(rt::Value::borrowed(vm.types.type), args, 3)));
    }
}

RunGuard::RunGuard(EngineCore* core) : m_core(core), m_account(core->vm->memory()) {
    if (m_core->run_depth++ > 0 || m_core->options.time_limit <= 0) return;
    if (!m_core->watchdog) m_core->watchdog = std::make_unique<Watchdog>(*m_core->vm, m_core->inbox);
    m_core->vm->clear_limit_exceeded();
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", m_core->options.time_limit);
    m_core->vm->limit_message = std::string("time limit of ") + seconds + " seconds exceeded";
    auto limit = std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(m_core->options.time_limit));
    m_core->watchdog->arm(std::chrono::steady_clock::now() + limit);
}

RunGuard::~RunGuard() {
    if (--m_core->run_depth > 0) return;
    // what the script printed reaches a host's sink when its call returns (without a sink, stdout is buffered
    // until it fills, a flush, or the end, as CPython's is when it is not a terminal)
    if (m_core->options.stdout_sink) (void)m_core->vm->flush_stdout_deferring_error();
    if (m_core->options.time_limit <= 0) return;
    m_core->watchdog->disarm();
    m_core->vm->clear_limit_exceeded();
}

} // namespace weft::detail
