// OSError from errno and path arguments (os_error.hpp). CPython: Modules/posixmodule.c path_converter,
// PyOS_FSPath; Python/errors.c PyErr_SetFromErrnoWithFilenameObjects.
#include "stdlib/posix/os_error.hpp"

#include <cstring>

#include "interpreter/text.hpp"
#include "runtime/types/bytes.hpp"
#include "runtime/types/int.hpp"

namespace weft::rt {

Raised raise_os_error(VM& vm, int code, Value const& path, Value const& path2) {
    Value args[5] = {Value::from_int(code), vm.new_str(std::strerror(code)), path, Value::none(), path2};
    std::size_t n = !path2.is_null() ? 5 : !path.is_null() ? 3 : 2;
    if (n == 5 && path.is_null()) args[2] = Value::none();
    Result<Value> exc = vm.call(Value::borrowed(vm.types.OSError), args, n);
    if (exc.is_error())
        return Raised{};
    return vm.raise_value(exc.value());
}

namespace {

bool is_str(VM& vm, Value const& v) { return v.is_object() && vm.type_of(v)->layout == Layout::Str; }
bool is_bytes(VM& vm, Value const& v) { return v.is_object() && vm.type_of(v)->layout == Layout::Bytes; }

} // namespace

Result<Value> fspath(VM& vm, Value const& value) {
    if (is_str(vm, value) || is_bytes(vm, value))
        return value;
    Value method = vm.type_of(value)->lookup(vm.intern("__fspath__"));
    if (method.is_null() || method.is_none())
        return vm.raise(vm.types.TypeError, "expected str, bytes or os.PathLike object, not {}",
                        vm.type_of(value)->name->view());
    Value result = TRY(vm.call1(method, value));
    if (!is_str(vm, result) && !is_bytes(vm, result))
        return vm.raise(vm.types.TypeError, "expected {}.__fspath__() to return str or bytes, not {}",
                        vm.type_of(value)->name->view(), vm.type_of(result)->name->view());
    return result;
}

Result<PathArg> path_argument(VM& vm, Value const& value, char const* function, char const* argument, bool allow_fd,
                              bool nullable) {
    PathArg out;
    out.object = value;
    if (allow_fd && value.is_object() && vm.type_of(value)->layout == Layout::Int && !as<Long>(value)->value.fits_int64()) {
        return vm.raise(vm.types.OverflowError, "fd is {} than maximum",
                        as<Long>(value)->value.is_negative() ? "less" : "greater");
    }
    if (allow_fd && (value.is_int() || value.is_bool() || (value.is_object() && vm.type_of(value)->layout == Layout::Int))) {
        std::int64_t fd = TRY(vm.index_value(value, vm.types.OverflowError));
        if (fd < INT32_MIN || fd > INT32_MAX)
            return vm.raise(vm.types.OverflowError, "fd is {} than maximum", fd < 0 ? "less" : "greater");
        out.fd = static_cast<int>(fd);
        return out;
    }
    Value path = value;
    if (!is_str(vm, value) && !is_bytes(vm, value)) {
        Value method = vm.type_of(value)->lookup(vm.intern("__fspath__"));
        if (method.is_null() || method.is_none())
            return vm.raise(vm.types.TypeError, "{}: {} should be string, bytes{} os.PathLike{}{}, not {}", function,
                            argument, allow_fd || nullable ? "," : " or", allow_fd && nullable ? ", integer" : "",
                            allow_fd && !nullable ? " or integer" : nullable ? " or None" : "",
                            vm.type_of(value)->name->view());
        path = TRY(vm.call1(method, value));
        if (!is_str(vm, path) && !is_bytes(vm, path))
            return vm.raise(vm.types.TypeError, "expected {}.__fspath__() to return str or bytes, not {}",
                            vm.type_of(value)->name->view(), vm.type_of(path)->name->view());
    }
    out.object = path;  // errors name the path as a str or bytes, not the object it came from
    out.bytes = is_bytes(vm, path);
    out.path = out.bytes ? std::string(as<Bytes>(path)->view()) : std::string(as<Str>(path)->view());
    if (out.path.find('\0') != std::string::npos) {  // CPython: PyUnicode_FSConverter's, or path_converter's for bytes
        if (!out.bytes) return vm.raise(vm.types.ValueError, "embedded null byte");
        return vm.raise(vm.types.ValueError, "{}: embedded null character in {}", function, argument);
    }
    return out;
}

Value os_name_value(VM& vm, std::string_view name, bool bytes) {
    if (bytes)
        return make_bytes(vm, std::string(name));
    std::size_t pos = 0;
    while (pos < name.size()) {
        if (text::next_code_point(name, pos) == 0xFFFD) {  // not UTF-8: decoded with replacements
            Result<std::string> text = decode_bytes(vm, name, "utf-8", "replace");
            return text.is_error() ? vm.new_str("") : vm.new_str(text.value());
        }
    }
    return vm.new_str(name);
}

} // namespace weft::rt
