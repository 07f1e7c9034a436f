// What the modules that call the operating system share: OSError from errno with CPython's message, and path
// arguments as CPython's path_converter takes them (str, bytes, os.PathLike, or a descriptor where allowed).
#pragma once

#include <string>

#include "runtime/vm/vm.hpp"

namespace weft::rt {

// The OSError subclass for errno `code` (FileNotFoundError for ENOENT, ...) with its strerror, naming `path`
// (and `path2`, as rename's "'a' -> 'b'") when they are not null (CPython: PyErr_SetFromErrnoWithFilenameObjects).
Raised raise_os_error(VM& vm, int code, Value const& path = Value(), Value const& path2 = Value());

// A path argument: the file system's bytes, whether it was given as bytes (results then come back as bytes), the
// object given (for error messages) and, when a descriptor was given, `fd` >= 0.
struct PathArg {
    std::string path;
    Value object;
    bool bytes = false;
    int fd = -1;
    char const* c_str() const { return path.c_str(); }
};

// Converts `value` for argument `argument` of `function` (CPython: posixmodule.c path_converter): str, bytes,
// an object with __fspath__, or an int when `allow_fd`; TypeError "stat: path should be string, bytes,
// os.PathLike or integer, not list" otherwise (naming None too when the caller takes None, `nullable`),
// ValueError "embedded null byte" for a NUL.
Result<PathArg> path_argument(VM& vm, Value const& value, char const* function, char const* argument, bool allow_fd,
                              bool nullable = false);

// os.fspath(value): str or bytes as they are, else __fspath__'s result (CPython: PyOS_FSPath); TypeError otherwise.
Result<Value> fspath(VM& vm, Value const& value);

// A file name from the system as str (UTF-8; undecodable bytes replaced), or as bytes when `bytes`.
Value os_name_value(VM& vm, std::string_view name, bool bytes);

} // namespace weft::rt
