// The posix module's system half: the process (ids, fork/exec/wait, signals), the environment, the machine
// (uname, cpu_count, terminal size, urandom), and the module's set-up. CPython: Modules/posixmodule.c.
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "runtime/types/bytes.hpp"
#include "stdlib/posix/os_error.hpp"
#include "stdlib/posix/posix.hpp"

extern char** environ;

namespace weft::rt {

PosixTypes posix_types(VM& vm) {
    PosixTypes t;
    Value m = vm.modules ? dict_get_str(vm.modules.get(), vm.intern("posix")) : Value();
    if (m.is_null())
        return t;
    Dict* d = as<Module>(m)->dict.get();
    auto get = [&](char const* name) {
        Value v = dict_get_str(d, vm.intern(name));
        return v.is_object() && vm.type_of(v)->layout == Layout::Type ? as<Type>(v) : nullptr;
    };
    t.stat_result = get("stat_result");
    t.terminal_size = get("terminal_size");
    t.uname_result = get("uname_result");
    t.times_result = get("times_result");
    t.statvfs_result = get("statvfs_result");
    return t;
}

namespace {

Result<int> int_arg(VM& vm, Value const& v) {
    std::int64_t n = TRY(vm.index_value(v, vm.types.OverflowError));
    if (n < INT_MIN || n > INT_MAX)
        return vm.raise(vm.types.OverflowError, "signed integer is {} than {}", n < 0 ? "less" : "greater",
                        n < 0 ? "minimum" : "maximum");
    return static_cast<int>(n);
}

template <auto id>
Result<Value> id_function(VM&, Value const*, std::size_t, Tuple*) {
    return Value::from_int(static_cast<std::int64_t>(id()));
}

Result<Value> posix_getlogin(VM& vm, Value const*, std::size_t, Tuple*) {
    char const* name = ::getlogin();
    if (!name)
        return raise_os_error(vm, errno ? errno : ENOTTY);
    return vm.new_str(name);
}

Result<Value> posix_kill(VM& vm, Value const* args, std::size_t, Tuple*) {
    int pid = TRY(int_arg(vm, args[0]));
    int sig = TRY(int_arg(vm, args[1]));
    TRY(vm.flush_stdout());
    if (::kill(pid, sig) != 0)
        return raise_os_error(vm, errno);
    if (pid == ::getpid() && vm.interrupt_pending())  // SIGINT to ourselves: KeyboardInterrupt now
        TRY(vm.handle_interrupt());
    return Value::none();
}

Result<Value> posix_setsid(VM& vm, Value const*, std::size_t, Tuple*) {
    if (::setsid() < 0)
        return raise_os_error(vm, errno);
    return Value::none();
}

Result<Value> posix_setpgid(VM& vm, Value const* args, std::size_t, Tuple*) {
    int pid = TRY(int_arg(vm, args[0]));
    int pgrp = TRY(int_arg(vm, args[1]));
    if (::setpgid(pid, pgrp) != 0)
        return raise_os_error(vm, errno);
    return Value::none();
}

Result<Value> posix_getpgid(VM& vm, Value const* args, std::size_t, Tuple*) {
    int pid = TRY(int_arg(vm, args[0]));
    pid_t group = ::getpgid(pid);
    if (group < 0)
        return raise_os_error(vm, errno);
    return Value::from_int(group);
}

Result<Value> posix_exit(VM& vm, Value const* args, std::size_t, Tuple*) {
    int code = TRY(int_arg(vm, args[0]));
    ::_exit(code);
}

Result<Value> posix_fork(VM& vm, Value const*, std::size_t, Tuple*) {
    TRY(vm.flush_stdout());  // nothing buffered is written twice
    pid_t pid = ::fork();
    if (pid < 0)
        return raise_os_error(vm, errno);
    return Value::from_int(pid);
}

// The strings of an argv or env list: each str or bytes (or path-like) (CPython: parse_arglist)
Result<std::vector<std::string>> string_list(VM& vm, Value const& list, char const* function, char const* what) {
    std::vector<std::string> out;
    Value seq = TRY(vm.call1(Value::borrowed(vm.types.list), list));
    for (Value const& item : as<List>(seq)->items) {
        PathArg p = TRY(path_argument(vm, item, function, what, false));
        out.push_back(std::move(p.path));
    }
    return out;
}

// execv(path, argv) / execve(path, argv, env): only returns by raising
Result<Value> exec_common(VM& vm, char const* name, Value const* args, std::size_t nargs) {
    PathArg path = TRY(path_argument(vm, args[0], name, "path", false));
    if (!args[1].is_object() || (vm.type_of(args[1])->layout != Layout::List && vm.type_of(args[1])->layout != Layout::Tuple))
        return vm.raise(vm.types.TypeError, "{}() arg 2 must be a tuple or list", name);
    std::vector<std::string> argv = TRY(string_list(vm, args[1], name, "args"));
    if (argv.empty())
        return vm.raise(vm.types.ValueError, "{}() arg 2 must not be empty", name);
    if (argv[0].empty())
        return vm.raise(vm.types.ValueError, "{}() arg 2 first element cannot be empty", name);
    std::vector<char*> cargv;
    for (auto& a : argv) cargv.push_back(a.data());
    cargv.push_back(nullptr);
    TRY(vm.flush_stdout());
    if (nargs > 2) {
        std::vector<std::string> env;
        Value items_method = TRY(vm.getattr(args[2], vm.intern("items")));
        Value items = TRY(vm.call(items_method, nullptr, 0));
        Value pairs = TRY(vm.call1(Value::borrowed(vm.types.list), items));
        for (Value const& kv : as<List>(pairs)->items) {
            Tuple* t = as<Tuple>(kv);
            PathArg k = TRY(path_argument(vm, t->items[0], name, "env key", false));
            PathArg v = TRY(path_argument(vm, t->items[1], name, "env value", false));
            if (k.path.empty() || k.path.find('=') != std::string::npos)
                return vm.raise(vm.types.ValueError, "illegal environment variable name");
            env.push_back(k.path + "=" + v.path);
        }
        std::vector<char*> cenv;
        for (auto& e : env) cenv.push_back(e.data());
        cenv.push_back(nullptr);
        ::execve(path.c_str(), cargv.data(), cenv.data());
    } else {
        ::execv(path.c_str(), cargv.data());
    }
    return raise_os_error(vm, errno);
}

Result<Value> posix_execv(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return exec_common(vm, "execv", args, nargs);
}

Result<Value> posix_execve(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return exec_common(vm, "execve", args, nargs);
}

// waitpid(pid, options) -> (pid, status); EINTR retried unless a signal handler raised (PEP 475)
Result<Value> posix_waitpid(VM& vm, Value const* args, std::size_t, Tuple*) {
    int pid = TRY(int_arg(vm, args[0]));
    int options = TRY(int_arg(vm, args[1]));
    int status = 0;
    pid_t got;
    while ((got = ::waitpid(pid, &status, options)) < 0 && errno == EINTR) {
        if (vm.interrupt_pending())
            TRY(vm.handle_interrupt());
    }
    if (got < 0)
        return raise_os_error(vm, errno);
    auto t = vm.new_tuple(2);
    t->items[0] = Value::from_int(got);
    t->items[1] = Value::from_int(status);
    return t.take_value();
}

// waitstatus_to_exitcode(status): the exit code, or -signal (CPython: os_waitstatus_to_exitcode_impl)
Result<Value> posix_waitstatus_to_exitcode(VM& vm, Value const* args, std::size_t, Tuple*) {
    int status = TRY(int_arg(vm, args[0]));
    if (WIFEXITED(status)) return Value::from_int(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return Value::from_int(-WTERMSIG(status));
    return vm.raise(vm.types.ValueError, "invalid wait status: {}", status);
}

template <int (*test)(int)>
Result<Value> status_test(VM& vm, Value const* args, std::size_t, Tuple*) {
    int status = TRY(int_arg(vm, args[0]));
    return Value::from_bool(test(status) != 0);
}
template <int (*field)(int)>
Result<Value> status_field(VM& vm, Value const* args, std::size_t, Tuple*) {
    int status = TRY(int_arg(vm, args[0]));
    return Value::from_int(field(status));
}
int if_exited(int s) { return WIFEXITED(s); }
int if_signaled(int s) { return WIFSIGNALED(s); }
int if_stopped(int s) { return WIFSTOPPED(s); }
int if_continued(int s) { return WIFCONTINUED(s); }
int exit_status(int s) { return WEXITSTATUS(s); }
int term_sig(int s) { return WTERMSIG(s); }
int stop_sig(int s) { return WSTOPSIG(s); }

Result<Value> posix_system(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[1];
    TRY(parse_args(vm, "system", args, nargs, kwnames, {"command"}, f));
    PathArg command = TRY(path_argument(vm, f[0], "system", "command", false));
    TRY(vm.flush_stdout_if_interactive());
    int status = ::system(command.c_str());
    return Value::from_int(status);
}

// ---- the environment and the machine

// environ as CPython's posix.environ: a dict of bytes to bytes, which os.py wraps in os.environ
Value environ_dict(VM& vm) {
    auto d = vm.new_dict();
    for (char** e = ::environ; e && *e; ++e) {
        std::string_view entry = *e;
        std::size_t eq = entry.find('=', 1);
        if (eq == std::string_view::npos) continue;
        Value key = make_bytes(vm, std::string(entry.substr(0, eq)));
        Result<Value> seen = dict_get(vm, d.get(), key);
        if (seen.is_error() || !seen.value().is_null()) continue;  // the first one wins, as in CPython
        (void)dict_set(vm, d.get(), key, make_bytes(vm, std::string(entry.substr(eq + 1))));
    }
    return d.take_value();
}

Result<Value> posix_putenv(VM& vm, Value const* args, std::size_t, Tuple*) {
    for (int i = 0; i < 2; ++i) {  // names and values go through PyUnicode_FSConverter in CPython, for bytes too
        std::string_view data;
        if ((args[i].is_object() && vm.type_of(args[i])->layout == Layout::Str && as<Str>(args[i])->view().find('\0') != std::string_view::npos) ||
            (bytes_like(vm, args[i], data) && data.find('\0') != std::string_view::npos))
            return vm.raise(vm.types.ValueError, "embedded null byte");
    }
    PathArg key = TRY(path_argument(vm, args[0], "putenv", "name", false));
    PathArg value = TRY(path_argument(vm, args[1], "putenv", "value", false));
    if (key.path.find('=') != std::string::npos)
        return vm.raise(vm.types.ValueError, "illegal environment variable name");
    if (::setenv(key.c_str(), value.c_str(), 1) != 0)
        return raise_os_error(vm, errno);
    return Value::none();
}

Result<Value> posix_unsetenv(VM& vm, Value const* args, std::size_t, Tuple*) {
    PathArg key = TRY(path_argument(vm, args[0], "unsetenv", "name", false));
    if (key.path.empty() || key.path.find('=') != std::string::npos)
        return vm.raise(vm.types.ValueError, "illegal environment variable name");
    if (::unsetenv(key.c_str()) != 0)
        return raise_os_error(vm, errno);
    return Value::none();
}

Result<Value> posix_strerror(VM& vm, Value const* args, std::size_t, Tuple*) {
    int code = TRY(int_arg(vm, args[0]));
    return vm.new_str(std::strerror(code));
}

Result<Value> posix_urandom(VM& vm, Value const* args, std::size_t, Tuple*) {
    std::int64_t n = TRY(vm.index_value(args[0], vm.types.OverflowError));
    if (n < 0)
        return vm.raise(vm.types.ValueError, "negative argument not allowed");
    std::string out(static_cast<std::size_t>(n), '\0');
    std::size_t filled = 0;
    while (filled < out.size()) {
        ssize_t got = ::getrandom(out.data() + filled, out.size() - filled, 0);
        if (got < 0) {
            if (errno == EINTR) continue;
            return raise_os_error(vm, errno);
        }
        filled += static_cast<std::size_t>(got);
    }
    return make_bytes(vm, std::move(out));
}

Result<Value> posix_cpu_count(VM&, Value const*, std::size_t, Tuple*) {
    long n = ::sysconf(_SC_NPROCESSORS_ONLN);
    return n >= 1 ? Value::from_int(n) : Value::none();
}

Result<Value> posix_get_terminal_size(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    int fd = nargs > 0 ? TRY(int_arg(vm, args[0])) : 1;
    struct winsize w;
    if (::ioctl(fd, TIOCGWINSZ, &w) != 0)
        return raise_os_error(vm, errno);
    return make_struct_sequence(vm, posix_types(vm).terminal_size, {Value::from_int(w.ws_col), Value::from_int(w.ws_row)});
}

Result<Value> posix_uname(VM& vm, Value const*, std::size_t, Tuple*) {
    struct utsname u;
    if (::uname(&u) != 0)
        return raise_os_error(vm, errno);
    return make_struct_sequence(vm, posix_types(vm).uname_result,
                                {vm.new_str(u.sysname), vm.new_str(u.nodename), vm.new_str(u.release),
                                 vm.new_str(u.version), vm.new_str(u.machine)});
}

Result<Value> posix_times(VM& vm, Value const*, std::size_t, Tuple*) {
    struct tms t;
    clock_t elapsed = ::times(&t);
    double tick = static_cast<double>(::sysconf(_SC_CLK_TCK));
    auto s = [&](clock_t c) { return Value::from_float(static_cast<double>(c) / tick); };
    return make_struct_sequence(vm, posix_types(vm).times_result,
                                {s(t.tms_utime), s(t.tms_stime), s(t.tms_cutime), s(t.tms_cstime), s(elapsed)});
}

Result<Value> posix_getloadavg(VM& vm, Value const*, std::size_t, Tuple*) {
    double load[3];
    if (::getloadavg(load, 3) != 3)
        return vm.raise(vm.types.OSError, "Load averages are unobtainable");
    auto t = vm.new_tuple(3);
    for (int i = 0; i < 3; ++i) t->items[i] = Value::from_float(load[i]);
    return t.take_value();
}

// device_encoding(fd): 'utf-8' for a terminal (weft's locale encoding), else None
Result<Value> posix_device_encoding(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_arg(vm, args[0]));
    return ::isatty(fd) == 1 ? vm.new_str("utf-8") : Value::none();
}

struct IntConstant {
    char const* name;
    long value;
};

constexpr IntConstant constants[] = {
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
    {"O_NDELAY", O_NDELAY}, {"O_SYNC", O_SYNC}, {"O_DSYNC", O_DSYNC}, {"O_NOCTTY", O_NOCTTY},
    {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_ACCMODE", O_ACCMODE},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
    {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_NOUSER", 67},
    {"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71}, {"EX_OSFILE", 72},
    {"EX_CANTCREAT", 73}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77},
    {"EX_CONFIG", 78},
};

} // namespace

void add_posix_system_functions(VM& vm, Dict* d) {
    add_function(vm, d, "getpid", id_function<::getpid>, Args::none());
    add_function(vm, d, "getppid", id_function<::getppid>, Args::none());
    add_function(vm, d, "getuid", id_function<::getuid>, Args::none());
    add_function(vm, d, "geteuid", id_function<::geteuid>, Args::none());
    add_function(vm, d, "getgid", id_function<::getgid>, Args::none());
    add_function(vm, d, "getegid", id_function<::getegid>, Args::none());
    add_function(vm, d, "getpgrp", id_function<::getpgrp>, Args::none());
    add_function(vm, d, "getlogin", posix_getlogin, Args::none());
    add_function(vm, d, "kill", posix_kill, Args::positional(2, 2));
    add_function(vm, d, "_exit", posix_exit, Args::one());
    add_function(vm, d, "setsid", posix_setsid, Args::none());
    add_function(vm, d, "setpgid", posix_setpgid, Args::positional(2, 2));
    add_function(vm, d, "getpgid", posix_getpgid, Args::one());
    add_function(vm, d, "fork", posix_fork, Args::none());
    add_function(vm, d, "execv", posix_execv, Args::positional(2, 2));
    add_function(vm, d, "execve", posix_execve, Args::positional(3, 3));
    add_function(vm, d, "waitpid", posix_waitpid, Args::positional(2, 2));
    add_function(vm, d, "waitstatus_to_exitcode", posix_waitstatus_to_exitcode, Args::one());
    add_function(vm, d, "WIFEXITED", status_test<if_exited>, Args::one());
    add_function(vm, d, "WIFSIGNALED", status_test<if_signaled>, Args::one());
    add_function(vm, d, "WIFSTOPPED", status_test<if_stopped>, Args::one());
    add_function(vm, d, "WIFCONTINUED", status_test<if_continued>, Args::one());
    add_function(vm, d, "WEXITSTATUS", status_field<exit_status>, Args::one());
    add_function(vm, d, "WTERMSIG", status_field<term_sig>, Args::one());
    add_function(vm, d, "WSTOPSIG", status_field<stop_sig>, Args::one());
    add_function(vm, d, "system", posix_system);
    add_function(vm, d, "putenv", posix_putenv, Args::positional(2, 2));
    add_function(vm, d, "unsetenv", posix_unsetenv, Args::one());
    add_function(vm, d, "strerror", posix_strerror, Args::one());
    add_function(vm, d, "urandom", posix_urandom, Args::one());
    add_function(vm, d, "cpu_count", posix_cpu_count, Args::none());
    add_function(vm, d, "get_terminal_size", posix_get_terminal_size, Args::positional(0, 1));
    add_function(vm, d, "uname", posix_uname, Args::none());
    add_function(vm, d, "times", posix_times, Args::none());
    add_function(vm, d, "getloadavg", posix_getloadavg, Args::none());
    add_function(vm, d, "device_encoding", posix_device_encoding, Args::one());
    for (IntConstant const& c : constants)
        dict_set_str(vm, d, vm.intern(c.name), Value::from_int(c.value));
    dict_set_str(vm, d, vm.intern("environ"), environ_dict(vm));
}

// The posix module: the struct sequence types, then the functions (CPython: posixmodule.c's module init)
Result<void> init_posix_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    Type* stat = make_struct_sequence_type(vm, "os", "stat_result",
        {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime",
         "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"},
        10, 3);
    dict_set_str(vm, d, vm.intern("stat_result"), Value::borrowed(stat));
    dict_set_str(vm, d, vm.intern("terminal_size"),
                 Value::borrowed(make_struct_sequence_type(vm, "os", "terminal_size", {"columns", "lines"})));
    dict_set_str(vm, d, vm.intern("uname_result"),
                 Value::borrowed(make_struct_sequence_type(vm, "posix", "uname_result",
                                                           {"sysname", "nodename", "release", "version", "machine"})));
    dict_set_str(vm, d, vm.intern("times_result"),
                 Value::borrowed(make_struct_sequence_type(vm, "posix", "times_result",
                                                           {"user", "system", "children_user", "children_system",
                                                            "elapsed"})));
    dict_set_str(vm, d, vm.intern("statvfs_result"),
                 Value::borrowed(make_struct_sequence_type(vm, "os", "statvfs_result",
                     {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
                      "f_flag", "f_namemax", "f_fsid"}, 10)));
    add_posix_file_functions(vm, d);
    add_posix_system_functions(vm, d);
    return {};
}

} // namespace weft::rt
