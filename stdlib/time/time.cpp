// The time module: perf_counter/monotonic (the VM's clock, virtual under --virtual-clock), time, sleep.
// CPython: Modules/timemodule.c.
#include <chrono>
#include <thread>

#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

Result<Value> time_monotonic(VM& vm, Value const*, std::size_t nargs, Tuple*) {
    return Value::from_float(vm.clock.now());
}

Result<Value> time_monotonic_ns(VM& vm, Value const*, std::size_t nargs, Tuple*) {
    return Value::from_int(static_cast<std::int64_t>(vm.clock.now() * 1e9));
}

Result<Value> time_time(VM& vm, Value const*, std::size_t nargs, Tuple*) {
    auto now = std::chrono::system_clock::now().time_since_epoch();
    return Value::from_float(std::chrono::duration<double>(now).count());
}

Result<Value> time_time_ns(VM& vm, Value const*, std::size_t nargs, Tuple*) {
    auto now = std::chrono::system_clock::now().time_since_epoch();
    return Value::from_int(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
}

Result<Value> time_sleep(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (!(args[0].is_int() || args[0].is_float() || args[0].is_bool()))
        return vm.raise(vm.types.TypeError, "'{}' object cannot be interpreted as an integer", vm.type_of(args[0])->name->view());
    double seconds = TRY(vm.to_double(args[0]));
    if (seconds < 0) return vm.raise(vm.types.ValueError, "sleep length must be non-negative");
    if (vm.clock.is_virtual()) {
        vm.clock.advance_to(vm.clock.now() + seconds);
        return Value::none();
    }
    TRY(vm.flush_stdout());
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        if (vm.interrupt_pending()) {
            TRY(vm.handle_interrupt());
        }
        std::chrono::duration<double> left = deadline - std::chrono::steady_clock::now();
        std::this_thread::sleep_for(std::min(left, std::chrono::duration<double>(0.05)));
    }
    return Value::none();
}

} // namespace

Result<void> init_time_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    add_function(vm, d, "perf_counter", time_monotonic, Args::none());
    add_function(vm, d, "perf_counter_ns", time_monotonic_ns, Args::none());
    add_function(vm, d, "monotonic", time_monotonic, Args::none());
    add_function(vm, d, "monotonic_ns", time_monotonic_ns, Args::none());
    add_function(vm, d, "time", time_time, Args::none());
    add_function(vm, d, "time_ns", time_time_ns, Args::none());
    add_function(vm, d, "sleep", time_sleep, Args::one());
    return {};
}

} // namespace weft::rt
