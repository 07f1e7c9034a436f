// The sys module: argv, exit, modules, stdout/stderr, recursion limit, version facts.
// CPython: Python/sysmodule.c.
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <limits>

#include "runtime/gc.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/exception.hpp"
#include "runtime/types/frame_object.hpp"
#include "runtime/types/generator.hpp"
#include "runtime/vm/vm.hpp"

namespace weft::rt {

namespace {

Result<Value> sys_exit(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value exc = TRY(vm.new_exception(vm.types.SystemExit, args, nargs));
    return vm.raise_value(exc);
}

Result<Value> sys_getrecursionlimit(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    return Value::from_int(vm.config().recursion_limit);
}

// sys.set_coroutine_origin_tracking_depth(depth) and its getter (CPython: sys_set_coroutine_origin_tracking_depth_impl)
Result<Value> sys_set_coroutine_origin_tracking_depth(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value kw[1];
    std::size_t npos = nargs - (kwnames ? kwnames->size : 0);
    if (npos > 0) kw[0] = args[0];
    TRY(parse_kwargs(vm, "set_coroutine_origin_tracking_depth", args + npos, nargs - npos, kwnames, {"depth"}, kw));
    if (kw[0].is_null())
        return vm.raise(vm.types.TypeError, "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
    std::int64_t depth = TRY(vm.index_value(kw[0]));
    if (depth < 0) return vm.raise(vm.types.ValueError, "depth must be >= 0");
    vm.coroutine_origin_depth = depth > INT_MAX ? INT_MAX : static_cast<int>(depth);
    return Value::none();
}

Result<Value> sys_get_coroutine_origin_tracking_depth(VM& vm, Value const*, std::size_t, Tuple*) {
    return Value::from_int(vm.coroutine_origin_depth);
}

Result<Value> sys_setrecursionlimit(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::int64_t n = TRY(vm.index_value(args[0]));
    if (n < 1) return vm.raise(vm.types.ValueError, "recursion limit must be greater or equal than 1");
    vm.config().recursion_limit = static_cast<int>(std::min<std::int64_t>(n, 1000000));
    return Value::none();
}

// CPython: Python/sysmodule.c sys_set_int_max_str_digits_impl (_PY_LONG_MAX_STR_DIGITS_THRESHOLD is 640)
Result<Value> sys_set_int_max_str_digits(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value fields[1];
    TRY(parse_args(vm, "set_int_max_str_digits", args, nargs, kwnames, {"maxdigits"}, fields));
    if (fields[0].is_null())
        return vm.raise(vm.types.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    std::int64_t n = TRY(vm.index_value(fields[0]));
    if (!valid_max_str_digits(n))
        return vm.raise(vm.types.ValueError, "maxdigits must be 0 or larger than 640");
    vm.int_max_str_digits = static_cast<int>(n);
    return Value::none();
}

Result<Value> sys_get_int_max_str_digits(VM& vm, Value const*, std::size_t, Tuple*) {
    return Value::from_int(vm.int_max_str_digits);
}

Result<Value> sys_exc_info(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    auto t = vm.new_tuple(3);
    Value const& handled = vm.topmost_handled();
    if (handled.is_null()) {
        t->items[0] = Value::none();
        t->items[1] = Value::none();
    } else {
        t->items[0] = Value::borrowed(vm.type_of(handled));
        t->items[1] = handled;
    }
    t->items[2] = handled.is_null() ? Value::none() : traceback_of(vm, handled);
    return t.take_value();
}

// sys.exception(): the exception being handled, or None (CPython 3.11: sys_exception)
Result<Value> sys_exception(VM& vm, Value const*, std::size_t, Tuple*) {
    Value const& handled = vm.topmost_handled();
    return handled.is_null() ? Value::none() : handled;
}

// sys.stdin, sys.stdout, sys.stderr: text streams over the process's standard streams (stdout and stderr go
// through the VM's output sinks; stdin reads the C stream input() reads). Their descriptor is the `_fd` attribute.
int stream_fd(VM& vm, Value const& self) {
    Value fd = as<Instance>(self)->get(vm.intern("_fd"));
    return fd.is_int() ? static_cast<int>(fd.as_int()) : 1;
}

Result<void> check_stream(VM& vm, Value const& self, bool reading) {
    bool is_input = stream_fd(vm, self) == 0;
    if (is_input != reading) {
        Value io = TRY(vm.import_module(vm.intern("_io")));
        Value unsupported = TRY(vm.getattr(io, vm.intern("UnsupportedOperation")));
        Value message = vm.new_str(reading ? "not readable" : "not writable");
        Value exc = TRY(vm.call1(unsupported, message));
        return vm.raise_value(exc);
    }
    return {};
}

// One line of standard input, with its '\n' (empty at the end of the input)
std::string read_stdin_line() {
    std::string line;
    int c;
    while ((c = std::getchar()) != EOF) {
        line.push_back(static_cast<char>(c));
        if (c == '\n')
            break;
    }
    return line;
}

Result<Value> stream_readline(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_stream(vm, args[0], true));
    TRY(vm.flush_stdout_if_interactive());
    return vm.new_str(read_stdin_line());
}

Result<Value> stream_read(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_stream(vm, args[0], true));
    TRY(vm.flush_stdout_if_interactive());
    std::string all;
    int c;
    while ((c = std::getchar()) != EOF) all.push_back(static_cast<char>(c));
    return vm.new_str(all);
}

Result<Value> stream_readlines(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_stream(vm, args[0], true));
    TRY(vm.flush_stdout_if_interactive());
    auto list = vm.new_list();
    for (std::string line = read_stdin_line(); !line.empty(); line = read_stdin_line())
        list->items.push_back(vm.new_str(line));
    return list.take_value();
}

Result<Value> stream_iter(VM& vm, Value const* args, std::size_t, Tuple*) { return args[0]; }

Result<Value> stream_next(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_stream(vm, args[0], true));
    std::string line = read_stdin_line();
    if (line.empty())
        return vm.raise(vm.types.StopIteration, "");
    return vm.new_str(line);
}

Result<Value> stream_fileno(VM& vm, Value const* args, std::size_t, Tuple*) { return Value::from_int(stream_fd(vm, args[0])); }
Result<Value> stream_isatty(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(::isatty(stream_fd(vm, args[0])));
}
Result<Value> stream_readable(VM& vm, Value const* args, std::size_t, Tuple*) { return Value::from_bool(stream_fd(vm, args[0]) == 0); }
Result<Value> stream_writable(VM& vm, Value const* args, std::size_t, Tuple*) { return Value::from_bool(stream_fd(vm, args[0]) != 0); }
// seekable(): whether the descriptor can seek (a file, not a terminal or a pipe)
Result<Value> stream_seekable(VM& vm, Value const* args, std::size_t, Tuple*) {
    return Value::from_bool(::lseek(stream_fd(vm, args[0]), 0, SEEK_CUR) >= 0);
}

Result<Value> stream_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = stream_fd(vm, args[0]);
    char const* name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
    return vm.new_str(format("<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>", name, fd == 0 ? "r" : "w"));
}

Result<Value> stream_writelines(VM& vm, Value const* args, std::size_t, Tuple*);

// sys.stdout / sys.stderr: write() and flush() on the process's streams.
Result<Value> stream_write(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_stream(vm, args[0], false));
    if (!(args[1].is_object() && vm.type_of(args[1])->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "write() argument must be str, not {}", vm.type_of(args[1])->name->view());
    Value fd = as<Instance>(args[0])->get(vm.intern("_fd"));
    std::string_view text = as<Str>(args[1])->view();
    // lone surrogates: stdout's errors are sys.stdout.errors (vm.stdout_errors, from the locale), stderr's
    // backslashreplace (CPython's TextIOWrappers for the standard streams)
    std::string encoded;
    bool to_stderr = fd.is_int() && fd.as_int() == 2;
    if (find_surrogate(text) != std::string_view::npos) [[unlikely]] {
        encoded = TRY(encode_text(vm, text, "utf-8", to_stderr ? "backslashreplace" : vm.stdout_errors));
        text = encoded;
    }
    if (to_stderr) {
        TRY(vm.flush_stdout_if_interactive());
        vm.write_stderr(text);
    } else {
        TRY(vm.write_stdout(text));
    }
    return Value::from_int(as<Str>(args[1])->char_count);
}

// sys.stdout.buffer and friends: the same streams taking and giving bytes (CPython: the BufferedWriter and
// BufferedReader under each TextIOWrapper)
Result<Value> binary_write(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_stream(vm, args[0], false));
    std::string_view data;
    if (!bytes_like(vm, args[1], data))
        return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(args[1])->name->view());
    if (stream_fd(vm, args[0]) == 2) {
        TRY(vm.flush_stdout_if_interactive());
        vm.write_stderr(data);
    } else {
        TRY(vm.write_stdout(data));
    }
    return Value::from_int(static_cast<std::int64_t>(data.size()));
}

Result<Value> binary_read(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    TRY(check_stream(vm, args[0], true));
    TRY(vm.flush_stdout_if_interactive());
    std::int64_t limit = nargs > 1 && !args[1].is_none() ? TRY(vm.index_value(args[1])) : -1;
    std::string out;
    int c;
    while ((limit < 0 || static_cast<std::int64_t>(out.size()) < limit) && (c = std::getchar()) != EOF)
        out.push_back(static_cast<char>(c));
    return make_bytes(vm, std::move(out));
}

Result<Value> binary_readline(VM& vm, Value const* args, std::size_t, Tuple*) {
    TRY(check_stream(vm, args[0], true));
    TRY(vm.flush_stdout_if_interactive());
    return make_bytes(vm, read_stdin_line());
}

Result<Value> binary_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = stream_fd(vm, args[0]);
    char const* name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
    return vm.new_str(format("<_io.{} name='{}'>", fd == 0 ? "BufferedReader" : "BufferedWriter", name));
}

Result<Value> stream_writelines(VM& vm, Value const* args, std::size_t, Tuple*) {
    ValueVector lines = TRY(vm.to_vector(args[1]));
    for (Value const& line : lines) {
        Value call_args[2] = {args[0], line};
        TRY(stream_write(vm, call_args, 2, nullptr));
    }
    return Value::none();
}

Result<Value> stream_flush(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value fd = as<Instance>(args[0])->get(vm.intern("_fd"));
    if (!(fd.is_int() && fd.as_int() == 2))
        TRY(vm.flush_stdout());
    return Value::none();
}

// sys.stdout.buffer and the others: made on first use, with their type (a program that never asks for them does
// not pay for them at start-up)
Value binary_stream(VM& vm, Value const& text_stream) {
    Instance* text = as<Instance>(text_stream);
    Value made = text->get(vm.intern("_buffer"));
    if (!made.is_null())
        return made;
    Type* text_type = vm.type_of(text_stream);
    Value type = dict_get_str(text_type->dict.get(), vm.intern("_buffer_type"));
    if (type.is_null()) {
        Type* binary = make_builtin_type(vm, "BufferedWriter", vm.types.object, Layout::Instance);
        binary->module_name = "_io";
        add_methods(vm, binary, {
            {"write", binary_write, Args::one()}, {"flush", stream_flush, Args::none()},
            {"read", binary_read, Args::positional(0, 1)}, {"readline", binary_readline, Args::positional(0, 1)},
            {"fileno", stream_fileno, Args::none()}, {"isatty", stream_isatty, Args::none()},
            {"readable", stream_readable, Args::none()}, {"writable", stream_writable, Args::none()},
            {"seekable", stream_seekable, Args::none()},
            {"__repr__", binary_repr, Args::none()},
        });
        type = Value::borrowed(binary);
        dict_set_str(vm, text_type->dict.get(), vm.intern("_buffer_type"), type);
    }
    int fd = stream_fd(vm, text_stream);
    auto buffer = Instance::create(vm, as<Type>(type));
    buffer->set(vm, vm.intern("_fd"), Value::from_int(fd));
    buffer->set(vm, vm.intern("name"), vm.new_str(fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>"));
    buffer->set(vm, vm.intern("mode"), vm.new_str(fd == 0 ? "rb" : "wb"));
    made = buffer.take_value();
    text->set(vm, vm.intern("_buffer"), made);
    return made;
}

Value stream_members(VM& vm, Value const& self, Str* name) {
    if (name->view() == "buffer")
        return binary_stream(vm, self);
    return instance_attribute_members(vm, self, name);
}

// The error handler of stdin and stdout: surrogateescape under the C or POSIX locale (C.UTF-8 included), strict
// under any other (CPython: config_get_stdio_errors; the locale from LC_ALL, LC_CTYPE, then LANG, as setlocale reads
// them)
char const* stdio_errors() {
    char const* name = nullptr;
    for (char const* var : {"LC_ALL", "LC_CTYPE", "LANG"})
        if (char const* v = std::getenv(var); v && *v) {
            name = v;
            break;
        }
    std::string_view n = name ? name : "C";
    bool c_locale = n == "C" || n == "POSIX" || n.starts_with("C.") || n.starts_with("C@");
    return c_locale ? "surrogateescape" : "strict";
}

Value make_stream(VM& vm, Type* type, int fd) {
    auto s = Instance::create(vm, type);
    s->set(vm, vm.intern("_fd"), Value::from_int(fd));
    s->set(vm, vm.intern("name"), vm.new_str(fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>"));
    s->set(vm, vm.intern("mode"), vm.new_str(fd == 0 ? "r" : "w"));
    s->set(vm, vm.intern("encoding"), vm.new_str("utf-8"));
    s->set(vm, vm.intern("errors"), vm.new_str(fd == 2 ? "backslashreplace" : vm.stdout_errors));
    return s.take_value();
}

// sys.intern(s): the one str of that value (CPython: sys_intern_impl)
Result<Value> sys_intern(VM& vm, Value const* args, std::size_t, Tuple*) {
    if (!args[0].is_object() || vm.type_of(args[0]) != vm.types.str)
        return vm.raise(vm.types.TypeError, "intern() argument must be str, not {}", vm.type_of(args[0])->name->view());
    return Value::borrowed(vm.intern(as<Str>(args[0])->view()));
}

// sys.getsizeof(obj[, default]): an estimate of the object's bytes (weft's own layouts, not CPython's)
Result<Value> sys_getsizeof(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value const& v = args[0];
    if (!v.is_object())
        return Value::from_int(v.is_float() ? 24 : 28);
    std::int64_t size = 48;
    switch (vm.type_of(v)->layout) {
    case Layout::Str: size = 49 + as<Str>(v)->length; break;
    case Layout::List: size = 56 + 8 * static_cast<std::int64_t>(as<List>(v)->items.capacity()); break;
    case Layout::Tuple: size = 40 + 8 * static_cast<std::int64_t>(as<Tuple>(v)->size); break;
    case Layout::Dict: size = 64 + 24 * static_cast<std::int64_t>(as<Dict>(v)->table.size()); break;
    default: break;
    }
    return Value::from_int(size);
}

Result<Value> sys_getdefaultencoding(VM& vm, Value const*, std::size_t, Tuple*) { return vm.new_str("utf-8"); }

// namespace(name='weft', ...): sys.implementation's repr, as types.SimpleNamespace's
Result<Value> namespace_repr(VM& vm, Value const* args, std::size_t, Tuple*) {
    Dict* d = as<Instance>(args[0])->materialize(vm);
    std::string out = "namespace(";
    bool first = true;
    for (auto const& e : d->table.entries()) {
        if (e.key.is_null()) continue;
        if (!first) out += ", ";
        first = false;
        out += as<Str>(e.key)->view();
        out += "=";
        out += TRY(vm.repr_string(e.value));
    }
    return vm.new_str(out + ")");
}

// SimpleNamespace(**kwargs): the type of sys.implementation, callable as types.SimpleNamespace is
// (CPython: namespace_new / namespace_init)
Result<Value> namespace_construct(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    std::size_t nkw = kwnames ? kwnames->size : 0;
    if (nargs - 1 > nkw)
        return vm.raise(vm.types.TypeError, "no positional arguments expected");
    auto ns = Instance::create(vm, as<Type>(args[0]));
    for (std::size_t k = 0; k < nkw; ++k)
        ns->set(vm, as<Str>(kwnames->items[k]), args[nargs - nkw + k]);
    return ns.take_value();
}

} // namespace


Result<void> init_sys_module(VM& vm, Module& m) {
    vm.stdout_errors = stdio_errors();
    install_asyncgen_hooks_functions(vm, m.dict.get());
    Dict* d = m.dict.get();
    auto argv = vm.new_list();
    for (auto const& a : vm.config().argv) argv->items.push_back(vm.new_str(a));
    dict_set_str(vm, d, vm.intern("argv"), argv.take_value());
    dict_set_str(vm, d, vm.intern("modules"), vm.modules.value());
    dict_set_str(vm, d, vm.intern("maxsize"), Value::from_int(INT64_MAX));
    dict_set_str(vm, d, vm.intern("maxunicode"), Value::from_int(0x10FFFF));
    dict_set_str(vm, d, vm.intern("platform"), vm.new_str("linux"));
    dict_set_str(vm, d, vm.intern("byteorder"), vm.new_str("little"));
    dict_set_str(vm, d, vm.intern("version"), vm.new_str("3.11.2 (weft 0.1.0)"));
    Type* version_type = make_struct_sequence_type(vm, "sys", "version_info", {"major", "minor", "micro", "releaselevel", "serial"});
    dict_set_str(vm, d, vm.intern("version_info"),
                 make_struct_sequence(vm, version_type, {Value::from_int(3), Value::from_int(11), Value::from_int(2),
                                                         vm.new_str("final"), Value::from_int(0)}));
    auto warn_options = vm.new_list();
    for (std::string const& option : vm.config().warn_options) warn_options->items.push_back(vm.new_str(option));
    dict_set_str(vm, d, vm.intern("warnoptions"), warn_options.take_value());
    auto path = vm.new_list();
    for (std::string const& dir : vm.config().module_path) path->items.push_back(vm.new_str(dir));
    dict_set_str(vm, d, vm.intern("path"), path.take_value());
    add_function(vm, d, "exit", sys_exit, Args::positional(0, 1));
    add_function(vm, d, "getrecursionlimit", sys_getrecursionlimit, Args::none());
    add_function(vm, d, "set_coroutine_origin_tracking_depth", sys_set_coroutine_origin_tracking_depth);
    add_function(vm, d, "get_coroutine_origin_tracking_depth", sys_get_coroutine_origin_tracking_depth, Args::none());
    add_function(vm, d, "set_int_max_str_digits", sys_set_int_max_str_digits);
    add_function(vm, d, "get_int_max_str_digits", sys_get_int_max_str_digits, Args::none());
    // sys._xoptions: -X name=value gives 'value', -X name gives True (CPython: _PySys_GetXOptions)
    auto x_options = vm.new_dict();
    for (std::string const& option : vm.config().x_options) {
        std::size_t eq = option.find('=');
        Value value = eq == std::string::npos ? Value::from_bool(true) : vm.new_str(std::string_view(option).substr(eq + 1));
        TRY(dict_set(vm, x_options.get(), vm.new_str(std::string_view(option).substr(0, eq)), value));
    }
    dict_set_str(vm, d, vm.intern("_xoptions"), x_options.take_value());
    // sys.int_info and sys.float_info: CPython's values on x86-64 Linux (30-bit digits; IEEE doubles)
    Type* int_info_type = make_struct_sequence_type(vm, "sys", "int_info",
        {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
    dict_set_str(vm, d, vm.intern("int_info"),
                 make_struct_sequence(vm, int_info_type, {Value::from_int(30), Value::from_int(4),
                                                          Value::from_int(default_max_str_digits), Value::from_int(max_str_digits_threshold)}));
    Type* float_info_type = make_struct_sequence_type(vm, "sys", "float_info",
        {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
         "rounds"});
    using limits = std::numeric_limits<double>;
    dict_set_str(vm, d, vm.intern("float_info"),
                 make_struct_sequence(vm, float_info_type,
                                      {Value::from_float(limits::max()), Value::from_int(limits::max_exponent),
                                       Value::from_int(limits::max_exponent10), Value::from_float(limits::min()),
                                       Value::from_int(limits::min_exponent), Value::from_int(limits::min_exponent10),
                                       Value::from_int(limits::digits10), Value::from_int(limits::digits),
                                       Value::from_float(limits::epsilon()), Value::from_int(limits::radix),
                                       Value::from_int(1)}));
    add_function(vm, d, "setrecursionlimit", sys_setrecursionlimit, Args::one());
    add_function(vm, d, "exc_info", sys_exc_info, Args::none());
    add_function(vm, d, "exception", sys_exception, Args::none());
    add_function(vm, d, "_getframe", sys_getframe, Args::positional(0, 1));
    add_function(vm, d, "intern", sys_intern, Args::one());
    add_function(vm, d, "getsizeof", sys_getsizeof, Args::positional(1, 2));
    add_function(vm, d, "getdefaultencoding", sys_getdefaultencoding, Args::none());
    add_function(vm, d, "getfilesystemencoding", sys_getdefaultencoding, Args::none());
    dict_set_str(vm, d, vm.intern("hexversion"), Value::from_int(0x030B02F0));
    // the running program's path (what subprocess needs to start another weft), from the kernel
    char self_path[4096];
    ssize_t self_length = ::readlink("/proc/self/exe", self_path, sizeof self_path - 1);
    dict_set_str(vm, d, vm.intern("executable"),
                 vm.new_str(self_length > 0 ? std::string_view(self_path, static_cast<std::size_t>(self_length)) : ""));
    auto builtin_names = vm.new_tuple(0);
    dict_set_str(vm, d, vm.intern("builtin_module_names"), builtin_names.take_value());
    // sys.flags: the command line's flags (CPython: sys.flags; weft takes -B, -E, -I, -P, -q, -s, -S, -u as options)
    Type* flags_type = make_struct_sequence_type(vm, "sys", "flags",
        {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
         "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
         "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"});
    Value zero = Value::from_int(0);
    int flag_max_str_digits = -1;  // -X int_max_str_digits's value, or -1 without it
    for (std::string const& option : vm.config().x_options)
        if (option.starts_with("int_max_str_digits=")) flag_max_str_digits = vm.int_max_str_digits;
    dict_set_str(vm, d, vm.intern("flags"),
                 make_struct_sequence(vm, flags_type, {zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero,
                                                       Value::from_int(1), zero, Value::from_bool(false), zero, zero,
                                                       Value::from_bool(false), Value::from_int(flag_max_str_digits)}));
    // sys.implementation (name 'weft')
    Type* ns_type = make_builtin_type(vm, "SimpleNamespace", vm.types.object, Layout::Instance);
    ns_type->module_name = "types";
    ns_type->construct = namespace_construct;
    ns_type->subclassable = false;
    give_instance_slots(ns_type);
    add_methods(vm, ns_type, {{"__repr__", namespace_repr, Args::none()}});
    auto impl = Instance::create(vm, ns_type);
    impl->set(vm, vm.intern("name"), vm.new_str("weft"));
    impl->set(vm, vm.intern("cache_tag"), Value::none());
    impl->set(vm, vm.intern("version"), dict_get_str(d, vm.intern("version_info")));
    impl->set(vm, vm.intern("hexversion"), Value::from_int(0x000100F0));
    dict_set_str(vm, d, vm.intern("implementation"), impl.take_value());
    // a small text-stream class for stdout/stderr
    Type* stream = make_builtin_type(vm, "TextIOWrapper", vm.types.object, Layout::Instance);
    stream->module_name = "_io";
    add_methods(vm, stream, {
        {"write", stream_write, Args::one()}, {"flush", stream_flush, Args::none()},
        {"writelines", stream_writelines, Args::one()}, {"readline", stream_readline, Args::positional(0, 1)},
        {"read", stream_read, Args::positional(0, 1)}, {"readlines", stream_readlines, Args::positional(0, 1)},
        {"__iter__", stream_iter, Args::none()}, {"__next__", stream_next, Args::none()},
        {"fileno", stream_fileno, Args::none()}, {"isatty", stream_isatty, Args::none()},
        {"readable", stream_readable, Args::none()}, {"writable", stream_writable, Args::none()},
            {"seekable", stream_seekable, Args::none()},
        {"__repr__", stream_repr, Args::none()},
    });
    stream->slots.members = stream_members;
    dict_set_str(vm, d, vm.intern("stdin"), make_stream(vm, stream, 0));
    dict_set_str(vm, d, vm.intern("__stdin__"), dict_get_str(d, vm.intern("stdin")));
    dict_set_str(vm, d, vm.intern("stdout"), make_stream(vm, stream, 1));
    dict_set_str(vm, d, vm.intern("stderr"), make_stream(vm, stream, 2));
    dict_set_str(vm, d, vm.intern("__stdout__"), dict_get_str(d, vm.intern("stdout")));
    dict_set_str(vm, d, vm.intern("__stderr__"), dict_get_str(d, vm.intern("stderr")));
    return {};
}

} // namespace weft::rt
