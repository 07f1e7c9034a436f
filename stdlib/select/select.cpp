// The select module: select() and poll objects over poll(2) (so descriptors past FD_SETSIZE work too).
// CPython: Modules/selectmodule.c.
#include <cerrno>
#include <chrono>
#include <climits>
#include <cmath>
#include <poll.h>
#include <vector>

#include "runtime/vm/vm.hpp"
#include "stdlib/posix/os_error.hpp"

namespace weft::rt {

namespace {

// An int, or an object's fileno() (CPython: PyObject_AsFileDescriptor)
Result<int> file_descriptor(VM& vm, Value const& v) {
    Value fd = v;
    if (!v.is_int() && !v.is_bool()) {
        Value method = TRY(vm.getattr_opt(v, vm.intern("fileno")));
        if (method.is_null() || v.is_float())
            return vm.raise(vm.types.TypeError, "argument must be an int, or have a fileno() method.");
        fd = TRY(vm.call(method, nullptr, 0));
        if (!fd.is_int())
            return vm.raise(vm.types.TypeError, "fileno() returned a non-integer");
    }
    std::int64_t n = TRY(vm.index_value(fd, vm.types.OverflowError));
    if (n < 0)
        return vm.raise(vm.types.ValueError, "file descriptor cannot be a negative integer ({})", n);
    if (n > INT32_MAX)
        return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
    return static_cast<int>(n);
}

// Milliseconds for poll(2) from a timeout in seconds (None: -1, wait for ever); `what` names the unit's check
Result<int> timeout_ms(VM& vm, Value const& v, double scale, char const* type_message) {
    if (v.is_null() || v.is_none()) return -1;
    if (!v.is_int() && !v.is_float() && !v.is_bool())
        return vm.raise(vm.types.TypeError, "{}", type_message);
    double t = TRY(vm.to_double(v)) * scale;
    if (std::isnan(t)) return vm.raise(vm.types.ValueError, "Invalid value NaN (not a number)");
    if (t < 0) return -2;
    if (t > INT32_MAX) return INT32_MAX;
    return static_cast<int>(std::ceil(t));
}

// poll(2), retried after EINTR with what is left of the timeout, running signal handlers meanwhile (PEP 475)
Result<int> poll_retrying(VM& vm, std::vector<struct pollfd>& fds, int ms) {
    TRY(vm.flush_stdout_if_interactive());
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms < 0 ? 0 : ms);
    for (;;) {
        int n = ::poll(fds.data(), fds.size(), ms);
        if (n >= 0) return n;
        if (errno != EINTR) return raise_os_error(vm, errno);
        if (vm.interrupt_pending()) TRY(vm.handle_interrupt());
        if (ms >= 0) {
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            ms = left.count() > 0 ? static_cast<int>(left.count()) : 0;
        }
    }
}

// select(rlist, wlist, xlist[, timeout]) -> the ready objects of each list (CPython: select_select_impl)
Result<Value> select_select(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    int ms = TRY(timeout_ms(vm, nargs > 3 ? args[3] : Value(), 1000.0, "timeout must be a float or None"));
    if (ms == -2) return vm.raise(vm.types.ValueError, "timeout must be non-negative");
    ValueVector objects[3];
    std::vector<struct pollfd> fds;
    std::vector<std::pair<int, std::size_t>> owner;  // (list, index) of each pollfd
    short const events[3] = {POLLIN, POLLOUT, POLLPRI};
    for (int k = 0; k < 3; ++k) {
        Value seq = TRY(vm.call1(Value::borrowed(vm.types.list), args[k]));
        objects[k] = as<List>(seq)->items;
        for (std::size_t i = 0; i < objects[k].size(); ++i) {
            int fd = TRY(file_descriptor(vm, objects[k][i]));
            fds.push_back({fd, events[k], 0});
            owner.emplace_back(k, i);
        }
    }
    TRY(poll_retrying(vm, fds, ms));
    Ref<List> ready[3] = {vm.new_list(), vm.new_list(), vm.new_list()};
    short const wanted[3] = {POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI};
    for (std::size_t j = 0; j < fds.size(); ++j) {
        if (fds[j].revents & POLLNVAL) return raise_os_error(vm, EBADF);
        auto [k, i] = owner[j];
        if (fds[j].revents & wanted[k]) ready[k]->items.push_back(objects[k][i]);
    }
    auto t = vm.new_tuple(3);
    for (int k = 0; k < 3; ++k) t->items[k] = ready[k].take_value();
    return t.take_value();
}

// ---- poll objects: the registered descriptors live in a dict {fd: eventmask} attribute of the object

Dict* registry(VM& vm, Value const& self) {
    Value d = as<Instance>(self)->get(vm.intern("_fds"));
    return as<Dict>(d);
}

Result<Value> poll_register(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    int fd = TRY(file_descriptor(vm, args[1]));
    std::int64_t mask = nargs > 2 ? TRY(vm.index_value(args[2], vm.types.OverflowError)) : (POLLIN | POLLPRI | POLLOUT);
    TRY(dict_set(vm, registry(vm, args[0]), Value::from_int(fd), Value::from_int(mask)));
    return Value::none();
}

Result<Value> poll_modify(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(file_descriptor(vm, args[1]));
    std::int64_t mask = TRY(vm.index_value(args[2], vm.types.OverflowError));
    Dict* d = registry(vm, args[0]);
    Value key = Value::from_int(fd);
    if (TRY(dict_get(vm, d, key)).is_null())
        return raise_os_error(vm, ENOENT);
    TRY(dict_set(vm, d, key, Value::from_int(mask)));
    return Value::none();
}

Result<Value> poll_unregister(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(file_descriptor(vm, args[1]));
    Value pop = TRY(vm.getattr(Value::borrowed(registry(vm, args[0])), vm.intern("pop")));
    Value key = Value::from_int(fd);
    TRY(vm.call(pop, &key, 1));
    return Value::none();
}

// poll([timeout]) -> [(fd, events), ...] with the timeout in milliseconds
Result<Value> poll_poll(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    int ms = TRY(timeout_ms(vm, nargs > 1 ? args[1] : Value(), 1.0, "Timeout must be an integer or None"));
    if (ms == -2) ms = -1;  // a negative timeout waits for ever, as CPython's poll
    std::vector<struct pollfd> fds;
    for (auto const& e : registry(vm, args[0])->table.entries())
        if (!e.key.is_null())
            fds.push_back({static_cast<int>(e.key.as_int()), static_cast<short>(e.value.as_int()), 0});
    TRY(poll_retrying(vm, fds, ms));
    auto out = vm.new_list();
    for (auto const& p : fds) {
        if (!p.revents) continue;
        auto pair = vm.new_tuple(2);
        pair->items[0] = Value::from_int(p.fd);
        pair->items[1] = Value::from_int(p.revents);
        out->items.push_back(pair.take_value());
    }
    return out.take_value();
}

Result<Value> select_poll(VM& vm, Value const*, std::size_t, Tuple*) {
    Value m = dict_get_str(vm.modules.get(), vm.intern("select"));
    Value type = dict_get_str(as<Module>(m)->dict.get(), vm.intern("_poll_type"));
    auto p = Instance::create(vm, as<Type>(type));
    p->set(vm, vm.intern("_fds"), vm.new_dict().take_value());
    return p.take_value();
}

} // namespace

Result<void> init_select_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    add_function(vm, d, "select", select_select, Args::positional(3, 4));
    add_function(vm, d, "poll", select_poll, Args::none());
    Type* poll = make_builtin_type(vm, "poll", vm.types.object, Layout::Instance);
    poll->module_name = "select";
    add_methods(vm, poll, {
        {"register", poll_register, Args::positional(1, 2)}, {"modify", poll_modify, Args::positional(2, 2)},
        {"unregister", poll_unregister, Args::one()}, {"poll", poll_poll, Args::positional(0, 1)},
    });
    dict_set_str(vm, d, vm.intern("_poll_type"), Value::borrowed(poll));
    static constexpr std::pair<char const*, int> flags[] = {
        {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR}, {"POLLHUP", POLLHUP},
        {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM},
        {"POLLWRBAND", POLLWRBAND}, {"POLLRDHUP", POLLRDHUP}};
    for (auto const& [name, value] : flags)
        dict_set_str(vm, d, vm.intern(name), Value::from_int(value));
    dict_set_str(vm, d, vm.intern("error"), Value::borrowed(vm.types.OSError));
    dict_set_str(vm, d, vm.intern("PIPE_BUF"), Value::from_int(PIPE_BUF));
    return {};
}

} // namespace weft::rt
