// The sys module: argv, exit, modules, stdout/stderr, recursion limit, version facts.
// CPython: Python/sysmodule.c.
#include "runtime/gc.hpp"
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

Result<Value> sys_setrecursionlimit(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    std::int64_t n = TRY(vm.index_value(args[0]));
    if (n < 1) return vm.raise(vm.types.ValueError, "recursion limit must be greater or equal than 1");
    vm.config().recursion_limit = static_cast<int>(std::min<std::int64_t>(n, 1000000));
    return Value::none();
}

Result<Value> sys_exc_info(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    auto t = vm.new_tuple(3);
    if (vm.handled_exception.is_null()) {
        t->items[0] = Value::none();
        t->items[1] = Value::none();
    } else {
        t->items[0] = Value::borrowed(vm.type_of(vm.handled_exception));
        t->items[1] = vm.handled_exception;
    }
    t->items[2] = Value::none();
    return t.take_value();
}

// sys.stdout / sys.stderr: write() and flush() on the process's streams.
Result<Value> stream_write(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    if (!(args[1].is_object() && vm.type_of(args[1])->layout == Layout::Str))
        return vm.raise(vm.types.TypeError, "write() argument must be str, not {}", vm.type_of(args[1])->name->view());
    Value fd = as<Instance>(args[0])->get(vm.intern("_fd"));
    std::string_view text = as<Str>(args[1])->view();
    if (fd.is_int() && fd.as_int() == 2) {
        TRY(vm.flush_stdout());
        vm.write_stderr(text);
    } else {
        TRY(vm.write_stdout(text));
    }
    return Value::from_int(as<Str>(args[1])->char_count);
}

Result<Value> stream_flush(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    Value fd = as<Instance>(args[0])->get(vm.intern("_fd"));
    if (!(fd.is_int() && fd.as_int() == 2))
        TRY(vm.flush_stdout());
    return Value::none();
}

Value make_stream(VM& vm, Type* type, int fd) {
    auto s = Instance::create(vm, type);
    s->set(vm, vm.intern("_fd"), Value::from_int(fd));
    return s.take_value();
}

} // namespace

Result<void> init_sys_module(VM& vm, Module& m) {
    Dict* d = m.dict.get();
    auto argv = vm.new_list();
    for (auto const& a : vm.config().argv) argv->items.push_back(vm.new_str(a));
    dict_set_str(vm, d, vm.intern("argv"), argv.take_value());
    dict_set_str(vm, d, vm.intern("modules"), vm.modules.value());
    dict_set_str(vm, d, vm.intern("maxsize"), Value::from_int(INT64_MAX));
    dict_set_str(vm, d, vm.intern("platform"), vm.new_str("linux"));
    dict_set_str(vm, d, vm.intern("byteorder"), vm.new_str("little"));
    dict_set_str(vm, d, vm.intern("version"), vm.new_str("3.11.2 (weft 0.1.0)"));
    auto vi = vm.new_tuple(5);
    vi->items[0] = Value::from_int(3);
    vi->items[1] = Value::from_int(11);
    vi->items[2] = Value::from_int(2);
    vi->items[3] = vm.new_str("final");
    vi->items[4] = Value::from_int(0);
    dict_set_str(vm, d, vm.intern("version_info"), vi.take_value());
    auto path = vm.new_list();
    for (std::string const& dir : vm.config().module_path) path->items.push_back(vm.new_str(dir));
    dict_set_str(vm, d, vm.intern("path"), path.take_value());
    add_function(vm, d, "exit", sys_exit, Args::positional(0, 1));
    add_function(vm, d, "getrecursionlimit", sys_getrecursionlimit, Args::none());
    add_function(vm, d, "setrecursionlimit", sys_setrecursionlimit, Args::one());
    add_function(vm, d, "exc_info", sys_exc_info, Args::none());
    // a small text-stream class for stdout/stderr
    Type* stream = make_builtin_type(vm, "TextIOWrapper", vm.types.object, Layout::Instance);
    stream->module_name = "_io";
    add_methods(vm, stream, {{"write", stream_write, Args::one()}, {"flush", stream_flush, Args::none()}});
    dict_set_str(vm, d, vm.intern("stdout"), make_stream(vm, stream, 1));
    dict_set_str(vm, d, vm.intern("stderr"), make_stream(vm, stream, 2));
    dict_set_str(vm, d, vm.intern("__stdout__"), dict_get_str(d, vm.intern("stdout")));
    dict_set_str(vm, d, vm.intern("__stderr__"), dict_get_str(d, vm.intern("stderr")));
    return {};
}

} // namespace weft::rt
