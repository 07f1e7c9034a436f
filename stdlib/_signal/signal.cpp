// The _signal module: Python functions as signal handlers, run at the dispatch loop's next safe point (the C
// handler only marks the signal), alarm/setitimer/pause, raise_signal. signal.py (stdlib/signal/) adds the
// enums over it. CPython: Modules/signalmodule.c.
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/time.h>
#include <unistd.h>

#include "runtime/types/frame_object.hpp"
#include "runtime/vm/vm.hpp"
#include "stdlib/posix/os_error.hpp"

namespace weft::rt {

namespace {

// Signals are the process's, not one VM's: the C handler marks them here and wakes the VM that installed a
// handler last (an embedding host with several engines keeps signals to itself: see docs/embedding.md).
std::atomic<std::uint64_t> g_pending{0};
std::atomic<VM*> g_signal_vm{nullptr};

constexpr int signal_count = 65;  // NSIG on Linux

void mark_signal(int sig) {
    g_pending.fetch_or(std::uint64_t{1} << (sig - 1));  // signals 1..64
    if (VM* vm = g_signal_vm.load())
        vm->set_signal_pending();
}

// The module's handler list: _handlers[sig] is SIG_DFL (0), SIG_IGN (1), default_int_handler or a callable
List* handler_list(VM& vm) {
    Value m = dict_get_str(vm.modules.get(), vm.intern("_signal"));
    if (m.is_null()) return nullptr;
    Value l = dict_get_str(as<Module>(m)->dict.get(), vm.intern("_handlers"));
    return l.is_null() ? nullptr : as<List>(l);
}

// At a safe point: calls the handler of each signal that arrived, lowest number first (CPython:
// _PyErr_CheckSignalsTstate). An exception from a handler propagates; the other signals stay marked.
Result<void> dispatch_signals(VM& vm) {
    List* handlers = handler_list(vm);
    if (!handlers) return {};
    while (std::uint64_t pending = g_pending.load()) {
        int sig = __builtin_ctzll(pending) + 1;
        g_pending.fetch_and(~(std::uint64_t{1} << (sig - 1)));
        Value handler = handlers->items[static_cast<std::size_t>(sig)];
        if (handler.is_int() || handler.is_none()) continue;
        // the frame that was running when the signal was handled (CPython: the current frame)
        Result<Value> frame = sys_getframe(vm, nullptr, 0, nullptr);
        if (frame.is_error()) vm.take_exception();
        Value args[2] = {Value::from_int(sig), frame.is_error() ? Value::none() : frame.release_value()};
        Result<Value> r = vm.call(handler, args, 2);
        if (r.is_error()) {
            if (g_pending.load()) vm.set_signal_pending();
            return Raised{};
        }
    }
    return {};
}

Result<int> signal_number(VM& vm, Value const& v) {
    std::int64_t sig = TRY(vm.index_value(v, vm.types.OverflowError));
    if (sig < 1 || sig >= signal_count)
        return vm.raise(vm.types.ValueError, "signal number out of range");
    return static_cast<int>(sig);
}

Value default_int_handler_value(VM& vm) {
    Value m = dict_get_str(vm.modules.get(), vm.intern("_signal"));
    return dict_get_str(as<Module>(m)->dict.get(), vm.intern("default_int_handler"));
}

// default_int_handler(signalnum, frame): raises KeyboardInterrupt
Result<Value> signal_default_int_handler(VM& vm, Value const*, std::size_t, Tuple*) {
    return vm.raise(vm.types.KeyboardInterrupt, "");
}

// signal(signalnum, handler) -> the previous handler (CPython: signal_signal_impl)
Result<Value> signal_signal(VM& vm, Value const* args, std::size_t, Tuple*) {
    int sig = TRY(signal_number(vm, args[0]));
    Value handler = args[1];
    struct sigaction sa {};
    sigemptyset(&sa.sa_mask);
    if (handler.is_int() && (handler.as_int() == 0 || handler.as_int() == 1)) {
        sa.sa_handler = handler.as_int() == 0 ? SIG_DFL : SIG_IGN;
    } else if (handler.is_int() || !vm.is_callable(handler)) {
        return vm.raise(vm.types.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    } else {
        sa.sa_handler = mark_signal;
    }
    if (::sigaction(sig, &sa, nullptr) != 0)
        return raise_os_error(vm, errno);
    if (sa.sa_handler == mark_signal) {
        g_signal_vm.store(&vm);
        vm.signal_dispatch = dispatch_signals;
    }
    List* handlers = handler_list(vm);
    Value old = handlers->items[static_cast<std::size_t>(sig)];
    handlers->items[static_cast<std::size_t>(sig)] = handler;
    return old;
}

Result<Value> signal_getsignal(VM& vm, Value const* args, std::size_t, Tuple*) {
    int sig = TRY(signal_number(vm, args[0]));
    return handler_list(vm)->items[static_cast<std::size_t>(sig)];
}

Result<Value> signal_raise_signal(VM& vm, Value const* args, std::size_t, Tuple*) {
    int sig = TRY(signal_number(vm, args[0]));
    TRY(vm.flush_stdout());
    if (::raise(sig) != 0)
        return raise_os_error(vm, errno);
    if (vm.interrupt_pending())  // the handler runs before raise_signal returns (CPython: PyErr_CheckSignals)
        TRY(vm.handle_interrupt());
    return Value::none();
}

Result<Value> signal_strsignal(VM& vm, Value const* args, std::size_t, Tuple*) {
    int sig = TRY(signal_number(vm, args[0]));
    char const* text = ::strsignal(sig);
    if (!text || std::strncmp(text, "Unknown signal", 14) == 0 || std::strncmp(text, "Real-time signal", 16) == 0)
        return Value::none();
    return vm.new_str(text);
}

Result<Value> signal_alarm(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::int64_t seconds = TRY(vm.index_value(args[0], vm.types.OverflowError));
    return Value::from_int(::alarm(static_cast<unsigned>(seconds)));
}

Result<Value> signal_pause(VM& vm, Value const*, std::size_t, Tuple*) {
    TRY(vm.flush_stdout());
    ::pause();
    if (vm.interrupt_pending())
        TRY(vm.handle_interrupt());
    return Value::none();
}

double timeval_seconds(struct timeval const& t) { return static_cast<double>(t.tv_sec) + t.tv_usec * 1e-6; }

Value itimer_tuple(VM& vm, struct itimerval const& v) {
    auto t = vm.new_tuple(2);
    t->items[0] = Value::from_float(timeval_seconds(v.it_value));
    t->items[1] = Value::from_float(timeval_seconds(v.it_interval));
    return t.take_value();
}

Result<struct timeval> seconds_timeval(VM& vm, Value const& v) {
    double s = TRY(vm.to_double(v));
    struct timeval t;
    t.tv_sec = static_cast<time_t>(s);
    t.tv_usec = static_cast<suseconds_t>((s - static_cast<double>(t.tv_sec)) * 1e6);
    if (t.tv_sec == 0 && t.tv_usec == 0 && s > 0) t.tv_usec = 1;  // a tiny delay still fires
    return t;
}

Result<Value> signal_setitimer(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::int64_t which = TRY(vm.index_value(args[0], vm.types.OverflowError));
    struct itimerval new_value {}, old_value {};
    new_value.it_value = TRY(seconds_timeval(vm, args[1]));
    if (nargs > 2) new_value.it_interval = TRY(seconds_timeval(vm, args[2]));
    if (::setitimer(static_cast<int>(which), &new_value, &old_value) != 0)
        return raise_os_error(vm, errno);
    return itimer_tuple(vm, old_value);
}

Result<Value> signal_getitimer(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::int64_t which = TRY(vm.index_value(args[0], vm.types.OverflowError));
    struct itimerval value {};
    if (::getitimer(static_cast<int>(which), &value) != 0)
        return raise_os_error(vm, errno);
    return itimer_tuple(vm, value);
}

Result<Value> signal_siginterrupt(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(signal_number(vm, args[0]));
    return Value::none();  // handlers are installed without SA_RESTART either way: calls see EINTR and retry
}

Result<Value> signal_set_wakeup_fd(VM& vm, Value const* args, std::size_t, Tuple*) {
    (void)args;
    return Value::from_int(-1);  // weft's loop notices signals at its safe points, needing no wake-up descriptor
}

Result<Value> signal_valid_signals(VM& vm, Value const*, std::size_t, Tuple*) {
    auto list = vm.new_list();
    sigset_t all;
    sigfillset(&all);
    for (int sig = 1; sig < signal_count; ++sig)
        if (sigismember(&all, sig) == 1) list->items.push_back(Value::from_int(sig));
    return list.take_value();
}

struct SignalName {
    char const* name;
    int number;
};

constexpr SignalName signal_names[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL}, {"SIGTRAP", SIGTRAP},
    {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS}, {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL},
    {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV}, {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM}, {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU},
    {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO},
    {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS},
};

} // namespace

Result<void> init__signal_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    add_function(vm, d, "signal", signal_signal, Args::positional(2, 2));
    add_function(vm, d, "getsignal", signal_getsignal, Args::one());
    add_function(vm, d, "raise_signal", signal_raise_signal, Args::one());
    add_function(vm, d, "strsignal", signal_strsignal, Args::one());
    add_function(vm, d, "alarm", signal_alarm, Args::one());
    add_function(vm, d, "pause", signal_pause, Args::none());
    add_function(vm, d, "setitimer", signal_setitimer, Args::positional(2, 3));
    add_function(vm, d, "getitimer", signal_getitimer, Args::one());
    add_function(vm, d, "siginterrupt", signal_siginterrupt, Args::positional(2, 2));
    add_function(vm, d, "set_wakeup_fd", signal_set_wakeup_fd);
    add_function(vm, d, "valid_signals", signal_valid_signals, Args::none());
    add_function(vm, d, "default_int_handler", signal_default_int_handler);
    for (SignalName const& s : signal_names)
        dict_set_str(vm, d, vm.intern(s.name), Value::from_int(s.number));
    dict_set_str(vm, d, vm.intern("SIGRTMIN"), Value::from_int(SIGRTMIN));
    dict_set_str(vm, d, vm.intern("SIGRTMAX"), Value::from_int(SIGRTMAX));
    dict_set_str(vm, d, vm.intern("NSIG"), Value::from_int(signal_count));
    dict_set_str(vm, d, vm.intern("SIG_DFL"), Value::from_int(0));
    dict_set_str(vm, d, vm.intern("SIG_IGN"), Value::from_int(1));
    dict_set_str(vm, d, vm.intern("ITIMER_REAL"), Value::from_int(ITIMER_REAL));
    dict_set_str(vm, d, vm.intern("ITIMER_VIRTUAL"), Value::from_int(ITIMER_VIRTUAL));
    dict_set_str(vm, d, vm.intern("ITIMER_PROF"), Value::from_int(ITIMER_PROF));
    dict_set_str(vm, d, vm.intern("SIG_BLOCK"), Value::from_int(SIG_BLOCK));
    dict_set_str(vm, d, vm.intern("SIG_UNBLOCK"), Value::from_int(SIG_UNBLOCK));
    dict_set_str(vm, d, vm.intern("SIG_SETMASK"), Value::from_int(SIG_SETMASK));
    // the handlers as the process has them now: SIGINT's is default_int_handler (the host turns Ctrl-C into
    // KeyboardInterrupt), an ignored signal's SIG_IGN, the others SIG_DFL (CPython: signal_module_exec)
    auto handlers = vm.new_list();
    Value int_handler = default_int_handler_value(vm);
    for (int sig = 0; sig < signal_count; ++sig) {
        struct sigaction current {};
        bool ignored = sig > 0 && ::sigaction(sig, nullptr, &current) == 0 && current.sa_handler == SIG_IGN;
        handlers->items.push_back(sig == SIGINT ? int_handler : Value::from_int(ignored ? 1 : 0));
    }
    dict_set_str(vm, d, vm.intern("_handlers"), handlers.take_value());
    return {};
}

} // namespace weft::rt
