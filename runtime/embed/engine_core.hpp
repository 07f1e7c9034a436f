// The library's side of the public API (runtime/include/weft/): one engine's state, and the conversions
// between weft::Object handles and the runtime's Values. Only runtime/embed/ includes it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <functional>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <vector>

#include "runtime/sched/host_inbox.hpp"
#include "runtime/vm/vm.hpp"
#include "weft/engine.hpp"

namespace weft::detail {

// The time limit's thread: when the armed deadline passes, it trips the VM's limit flag.
class Watchdog {
public:
    Watchdog(rt::VM& vm, std::shared_ptr<rt::HostInbox> inbox);
    ~Watchdog();
    void arm(std::chrono::steady_clock::time_point deadline);
    void disarm();

private:
    void run();
    rt::VM& m_vm;
    std::shared_ptr<rt::HostInbox> m_inbox;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::chrono::steady_clock::time_point m_deadline;
    bool m_armed = false;
    bool m_stop = false;
    std::thread m_thread;  // last: it starts once the rest is made
};

struct ClassCore {
    EngineCore* core = nullptr;
    std::type_index type;
    std::string name;
    rt::Ref<rt::Type> cls;               // the script class
    ClassCore* base = nullptr;            // the bound base class, if any
    void* (*upcast)(void*) = nullptr;     // a T* as a pointer to the base's type
    explicit ClassCore(std::type_index t) : type(t) {}
};

// A handle an Error keeps; the engine empties the ones still alive when it ends, so that an Error outliving its
// engine holds nothing.
struct HeldObject {
    Object object;
};

struct EngineCore {
    explicit EngineCore(Options options);
    ~EngineCore();

    Options options;
    std::vector<rt::ModuleDef> module_table;  // what the VM may import (VMConfig::modules points here)
    std::unique_ptr<rt::VM> vm;
    // __main__, made on first use: by a run_string from a file with its __file__, else without one
    rt::Module& main(std::string_view file = {});
    rt::Ref<rt::Module> main_module;
    rt::Type* binding_type = nullptr;         // the objects that own a Binding (BuiltinFunction::data)
    std::vector<std::function<void(std::exception_ptr)>> translators;  // newest last
    std::shared_ptr<rt::HostInbox> inbox;
    // bound classes (runtime/embed/class.cpp)
    rt::Type* host_object_type = nullptr;     // the native base of every bound class
    std::vector<std::unique_ptr<ClassCore>> classes;
    std::unordered_map<std::type_index, ClassCore*> class_by_type;
    std::vector<std::weak_ptr<HeldObject>> held;  // the Errors' exceptions (see HeldObject)
    // the sandbox (runtime/embed/sandbox.cpp)
    std::vector<std::string> host_module_names;  // Engine::module's, importable whatever the allow-list says
    // Engine::module_source's names and texts (the VM's ModuleDefs point into them)
    std::vector<std::unique_ptr<std::string const>> module_texts;
    std::unique_ptr<Watchdog> watchdog;          // made on the first call when there is a time limit
    int run_depth = 0;                           // calls into the engine in progress (the outermost arms the limit)
};

// The sandbox: the module table and import filter the options ask for (before the VM is made), then what is taken
// out of the made VM (open) and the exception a time limit raises.
void configure_sandbox(EngineCore& core, rt::VMConfig& config);
void finish_sandbox(EngineCore& core);

// Around each call into the engine: the outermost one arms the time limit (Options::time_limit) and flushes stdout
// when it returns.
class RunGuard {
public:
    explicit RunGuard(EngineCore* core);
    ~RunGuard();
    RunGuard(RunGuard const&) = delete;

private:
    EngineCore* m_core;
    rt::MemoryAccountScope m_account;  // the engine's memory cap counts what runs on this thread meanwhile
};

// ValueBox and Value have one layout: 8 bytes of payload, then the tag.
static_assert(sizeof(ValueBox) == sizeof(rt::Value));
static_assert(static_cast<std::uint8_t>(rt::Tag::Object) == object_tag);
static_assert(static_cast<std::uint8_t>(rt::Tag::None) == 1);

inline rt::Value const& value_of(ValueBox const& box) { return *reinterpret_cast<rt::Value const*>(&box); }
inline rt::Value const& value_of(Object const& o) { return value_of(o.box()); }
// A handle holding its own reference to `v`.
inline Object handle(EngineCore* core, rt::Value v) {
    ValueBox box;
    box.bits = v.raw_bits();
    box.tag = static_cast<std::uint8_t>(v.tag());
    (void)v.release_object();  // the box owns the reference now (a no-op for inline values' tags)
    return Object::adopt(core, box);
}
// The Value a handle holds, with a new reference.
inline rt::Value value_copy(Object const& o) { return value_of(o); }
// Takes the reference out of a handle.
inline rt::Value value_take(Object&& o) {
    // field by field (a 16-byte copy of the box just filled would wait for its stores: no store forwarding)
    ValueBox box = o.release_box();
    return rt::Value::adopt_raw(box.bits, static_cast<rt::Tag>(box.tag));
}

// The engine exception pending in the VM as a weft::Error (taken out of the VM).
Error error_from_pending(EngineCore* core);
// Throws the pending exception as weft::Error when `r` failed; else gives its value as a handle.
Object checked(EngineCore* core, rt::Result<rt::Value> r);
void checked(EngineCore* core, rt::Result<void> r);
// A binding's argument did not fit its parameter (the TypeError is set): operators then give NotImplemented.
struct ArgumentMismatch : Raised {};

// Raises the TypeError for an argument `s` that is not `expected` ("f() argument 'x' must be int, not str") and
// throws ArgumentMismatch.
[[noreturn]] void bad_argument(Source const& s, char const* expected);
// A native function of the engine calling `binding`.
rt::Value make_bound_function(EngineCore* core, std::unique_ptr<Binding> binding);
// Sets a C++ exception caught from host code as the engine's pending exception (weft::Error's own exception,
// the translators', the standard mapping).
rt::Raised raise_host_exception(EngineCore* core, std::exception_ptr error);

} // namespace weft::detail
