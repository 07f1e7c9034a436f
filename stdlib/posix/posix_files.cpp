// The posix module's file-system half: stat, directories, links, descriptors. os.py (stdlib/os/) builds the os
// module over it, as CPython's os.py does over its posix module. CPython: Modules/posixmodule.c.
#include <cerrno>
#include <cmath>
#include <climits>
#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <unistd.h>

#include "runtime/types/bytes.hpp"
#include "runtime/types/int.hpp"
#include "stdlib/posix/os_error.hpp"
#include "stdlib/posix/posix.hpp"

namespace weft::rt {

namespace {

bool given(Value const& v) { return !v.is_null() && !v.is_none(); }

Result<int> int_argument(VM& vm, Value const& v) {
    if (v.is_object() && vm.type_of(v)->layout == Layout::Int && !as<Long>(v)->value.fits_int64())
        return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
    std::int64_t n = TRY(vm.index_value(v, vm.types.OverflowError));
    if (n < INT_MIN || n > INT_MAX)  // CPython: _PyLong_AsInt
        return vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
    return static_cast<int>(n);
}

// dir_fd=None: AT_FDCWD, else the descriptor
Result<int> dir_fd_argument(VM& vm, Value const& v) {
    if (!given(v)) return AT_FDCWD;
    return int_argument(vm, v);
}

Result<bool> follow_argument(VM& vm, Value const& v) { return v.is_null() ? true : vm.truthy(v); }

double seconds(struct timespec const& t) { return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9; }
Value nanoseconds(VM& vm, struct timespec const& t) {
    return Value::from_int(static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec);
}

} // namespace

// os.stat_result from a struct stat (CPython: _pystat_fromstructstat)
Value stat_result_value(VM& vm, struct stat const& st) {
    Type* type = posix_types(vm).stat_result;
    auto i = [](auto v) { return Value::from_int(static_cast<std::int64_t>(v)); };
    return make_struct_sequence(vm, type,
        {i(st.st_mode), i(st.st_ino), i(st.st_dev), i(st.st_nlink), i(st.st_uid), i(st.st_gid), i(st.st_size),
         i(st.st_atim.tv_sec), i(st.st_mtim.tv_sec), i(st.st_ctim.tv_sec),
         Value::from_float(seconds(st.st_atim)), Value::from_float(seconds(st.st_mtim)),
         Value::from_float(seconds(st.st_ctim)), nanoseconds(vm, st.st_atim), nanoseconds(vm, st.st_mtim),
         nanoseconds(vm, st.st_ctim), i(st.st_blksize), i(st.st_blocks), i(st.st_rdev)});
}

namespace {

Result<Value> do_stat(VM& vm, char const* name, Value const* args, std::size_t nargs, Tuple* kwnames, bool lstat) {
    Value f[3];
    TRY(parse_args(vm, name, args, nargs, kwnames, {"path", "dir_fd", "follow_symlinks"}, f));
    if (f[0].is_null())
        return vm.raise(vm.types.TypeError, "{}() missing required argument 'path' (pos 1)", name);
    PathArg p = TRY(path_argument(vm, f[0], name, "path", !lstat));
    int dir_fd = TRY(dir_fd_argument(vm, f[1]));
    bool follow = !lstat && TRY(follow_argument(vm, f[2]));
    struct stat st;
    int rc = p.fd >= 0 ? ::fstat(p.fd, &st) : ::fstatat(dir_fd, p.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (rc != 0)
        return raise_os_error(vm, errno, p.object);
    return stat_result_value(vm, st);
}

Result<Value> posix_stat(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return do_stat(vm, "stat", args, nargs, kwnames, false);
}

Result<Value> posix_lstat(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    return do_stat(vm, "lstat", args, nargs, kwnames, true);
}

Result<Value> posix_fstat(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return raise_os_error(vm, errno);
    return stat_result_value(vm, st);
}

// listdir(path=None): the names in the directory, without '.' and '..', in the system's order; bytes names for a
// bytes path (CPython: _posix_listdir)
Result<Value> posix_listdir(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[1];
    TRY(parse_args(vm, "listdir", args, nargs, kwnames, {"path"}, f));
    PathArg p;
    if (given(f[0])) p = TRY(path_argument(vm, f[0], "listdir", "path", true, true));
    else p.path = ".";
    DIR* dir = p.fd >= 0 ? ::fdopendir(::dup(p.fd)) : ::opendir(p.c_str());
    if (!dir)
        return raise_os_error(vm, errno, p.fd >= 0 ? Value() : given(f[0]) ? p.object : vm.new_str("."));
    if (p.fd >= 0) ::rewinddir(dir);
    auto names = vm.new_list();
    errno = 0;
    while (struct dirent* e = ::readdir(dir)) {
        std::string_view n = e->d_name;
        if (n == "." || n == "..") continue;
        names->items.push_back(os_name_value(vm, n, p.bytes));
    }
    int code = errno;
    ::closedir(dir);
    if (code != 0)
        return raise_os_error(vm, code, p.object);
    return names.take_value();
}

// _scandir(path): (name, d_type, inode) of each entry, for os.scandir's DirEntry objects (stdlib/os/os.py)
Result<Value> posix_scandir_entries(VM& vm, Value const* args, std::size_t nargs, Tuple*) {
    PathArg p;
    Value path = nargs > 0 ? args[0] : Value::none();
    if (given(path)) p = TRY(path_argument(vm, path, "scandir", "path", true, true));
    else p.path = ".";
    DIR* dir = p.fd >= 0 ? ::fdopendir(::dup(p.fd)) : ::opendir(p.c_str());
    if (!dir)
        return raise_os_error(vm, errno, p.fd >= 0 ? Value() : given(path) ? p.object : vm.new_str("."));
    if (p.fd >= 0) ::rewinddir(dir);
    auto entries = vm.new_list();
    errno = 0;
    while (struct dirent* e = ::readdir(dir)) {
        std::string_view n = e->d_name;
        if (n == "." || n == "..") continue;
        auto row = vm.new_tuple(3);
        row->items[0] = os_name_value(vm, n, p.bytes);
        row->items[1] = Value::from_int(e->d_type);
        row->items[2] = Value::from_int(static_cast<std::int64_t>(e->d_ino));
        entries->items.push_back(row.take_value());
    }
    int code = errno;
    ::closedir(dir);
    if (code != 0)
        return raise_os_error(vm, code, p.object);
    return entries.take_value();
}

Result<Value> posix_mkdir(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[3];
    TRY(parse_args(vm, "mkdir", args, nargs, kwnames, {"path", "mode", "dir_fd"}, f));
    if (f[0].is_null())
        return vm.raise(vm.types.TypeError, "mkdir() missing required argument 'path' (pos 1)");
    PathArg p = TRY(path_argument(vm, f[0], "mkdir", "path", false));
    int mode = f[1].is_null() ? 0777 : TRY(int_argument(vm, f[1]));
    int dir_fd = TRY(dir_fd_argument(vm, f[2]));
    if (::mkdirat(dir_fd, p.c_str(), static_cast<mode_t>(mode)) != 0)
        return raise_os_error(vm, errno, p.object);
    return Value::none();
}

// rmdir, unlink and remove: unlinkat() relative to dir_fd (AT_REMOVEDIR for a directory)
Result<Value> remove_path(VM& vm, char const* name, Value const* args, std::size_t nargs, Tuple* kwnames, int flags) {
    Value f[2];
    TRY(parse_args(vm, name, args, nargs, kwnames, {"path", "dir_fd"}, f));
    if (f[0].is_null())
        return vm.raise(vm.types.TypeError, "{}() missing required argument 'path' (pos 1)", name);
    PathArg p = TRY(path_argument(vm, f[0], name, "path", false));
    int dir_fd = TRY(dir_fd_argument(vm, f[1]));
    if (::unlinkat(dir_fd, p.c_str(), flags) != 0)
        return raise_os_error(vm, errno, p.object);
    return Value::none();
}

Result<Value> posix_rmdir(VM& vm, Value const* args, std::size_t nargs, Tuple* kw) {
    return remove_path(vm, "rmdir", args, nargs, kw, AT_REMOVEDIR);
}
Result<Value> posix_unlink(VM& vm, Value const* args, std::size_t nargs, Tuple* kw) {
    return remove_path(vm, "unlink", args, nargs, kw, 0);
}
Result<Value> posix_remove(VM& vm, Value const* args, std::size_t nargs, Tuple* kw) {
    return remove_path(vm, "remove", args, nargs, kw, 0);
}

Result<Value> posix_chdir(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[1];
    TRY(parse_args(vm, "chdir", args, nargs, kwnames, {"path"}, f));
    if (f[0].is_null())
        return vm.raise(vm.types.TypeError, "chdir() missing required argument 'path' (pos 1)");
    PathArg p = TRY(path_argument(vm, f[0], "chdir", "path", true));
    if ((p.fd >= 0 ? ::fchdir(p.fd) : ::chdir(p.c_str())) != 0)
        return raise_os_error(vm, errno, p.object);
    return Value::none();
}

// Two paths, each relative to its own dir_fd: rename, replace, link (the error names both: "'a' -> 'b'")
Result<Value> two_paths(VM& vm, char const* name, Value const* args, std::size_t nargs, Tuple* kwnames,
                        bool is_link) {
    Value f[5];
    TRY(parse_args(vm, name, args, nargs, kwnames, {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, f));
    if (f[0].is_null() || f[1].is_null())
        return vm.raise(vm.types.TypeError, "{}() missing required argument '{}' (pos {})", name,
                        f[0].is_null() ? "src" : "dst", f[0].is_null() ? 1 : 2);
    if (!is_link && !f[4].is_null())
        return vm.raise(vm.types.TypeError, "'follow_symlinks' is an invalid keyword argument for {}()", name);
    PathArg src = TRY(path_argument(vm, f[0], name, "src", false));
    PathArg dst = TRY(path_argument(vm, f[1], name, "dst", false));
    int src_fd = TRY(dir_fd_argument(vm, f[2]));
    int dst_fd = TRY(dir_fd_argument(vm, f[3]));
    int rc;
    if (is_link) {
        bool follow = TRY(follow_argument(vm, f[4]));
        rc = ::linkat(src_fd, src.c_str(), dst_fd, dst.c_str(), follow ? AT_SYMLINK_FOLLOW : 0);
    } else {
        rc = ::renameat(src_fd, src.c_str(), dst_fd, dst.c_str());
    }
    if (rc != 0)
        return raise_os_error(vm, errno, src.object, dst.object);
    return Value::none();
}

Result<Value> posix_rename(VM& vm, Value const* args, std::size_t nargs, Tuple* kw) {
    return two_paths(vm, "rename", args, nargs, kw, false);
}
Result<Value> posix_replace(VM& vm, Value const* args, std::size_t nargs, Tuple* kw) {
    return two_paths(vm, "replace", args, nargs, kw, false);
}
Result<Value> posix_link(VM& vm, Value const* args, std::size_t nargs, Tuple* kw) {
    return two_paths(vm, "link", args, nargs, kw, true);
}

Result<Value> posix_symlink(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[4];
    TRY(parse_args(vm, "symlink", args, nargs, kwnames, {"src", "dst", "target_is_directory", "dir_fd"}, f));
    if (f[0].is_null() || f[1].is_null())
        return vm.raise(vm.types.TypeError, "symlink() missing required argument '{}' (pos {})",
                        f[0].is_null() ? "src" : "dst", f[0].is_null() ? 1 : 2);
    PathArg src = TRY(path_argument(vm, f[0], "symlink", "src", false));
    PathArg dst = TRY(path_argument(vm, f[1], "symlink", "dst", false));
    int dir_fd = TRY(dir_fd_argument(vm, f[3]));
    if (::symlinkat(src.c_str(), dir_fd, dst.c_str()) != 0)
        return raise_os_error(vm, errno, src.object, dst.object);
    return Value::none();
}

Result<Value> posix_readlink(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[2];
    TRY(parse_args(vm, "readlink", args, nargs, kwnames, {"path", "dir_fd"}, f));
    if (f[0].is_null())
        return vm.raise(vm.types.TypeError, "readlink() missing required argument 'path' (pos 1)");
    PathArg p = TRY(path_argument(vm, f[0], "readlink", "path", false));
    int dir_fd = TRY(dir_fd_argument(vm, f[1]));
    std::string buffer(PATH_MAX, '\0');
    ssize_t n = ::readlinkat(dir_fd, p.c_str(), buffer.data(), buffer.size());
    if (n < 0)
        return raise_os_error(vm, errno, p.object);
    buffer.resize(static_cast<std::size_t>(n));
    return os_name_value(vm, buffer, p.bytes);
}

Result<Value> posix_getcwd(VM& vm, Value const*, std::size_t, Tuple*) {
    char buffer[PATH_MAX];
    if (!::getcwd(buffer, sizeof buffer))
        return raise_os_error(vm, errno);
    return os_name_value(vm, buffer, false);
}

Result<Value> posix_getcwdb(VM& vm, Value const*, std::size_t, Tuple*) {
    char buffer[PATH_MAX];
    if (!::getcwd(buffer, sizeof buffer))
        return raise_os_error(vm, errno);
    return os_name_value(vm, buffer, true);
}

Result<Value> posix_chmod(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[4];
    TRY(parse_args(vm, "chmod", args, nargs, kwnames, {"path", "mode", "dir_fd", "follow_symlinks"}, f));
    if (f[0].is_null() || f[1].is_null())
        return vm.raise(vm.types.TypeError, "chmod() missing required argument '{}' (pos {})",
                        f[0].is_null() ? "path" : "mode", f[0].is_null() ? 1 : 2);
    PathArg p = TRY(path_argument(vm, f[0], "chmod", "path", true));
    int mode = TRY(int_argument(vm, f[1]));
    int dir_fd = TRY(dir_fd_argument(vm, f[2]));
    bool follow = TRY(follow_argument(vm, f[3]));
    int rc = p.fd >= 0 ? ::fchmod(p.fd, static_cast<mode_t>(mode))
                       : ::fchmodat(dir_fd, p.c_str(), static_cast<mode_t>(mode), follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (rc != 0)
        return raise_os_error(vm, errno, p.object);
    return Value::none();
}

// access(path, mode): whether the real user may (CPython answers False rather than raising)
Result<Value> posix_access(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[5];
    TRY(parse_args(vm, "access", args, nargs, kwnames, {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, f));
    if (f[0].is_null() || f[1].is_null())
        return vm.raise(vm.types.TypeError, "access() missing required argument '{}' (pos {})",
                        f[0].is_null() ? "path" : "mode", f[0].is_null() ? 1 : 2);
    PathArg p = TRY(path_argument(vm, f[0], "access", "path", false));
    int mode = TRY(int_argument(vm, f[1]));
    int dir_fd = TRY(dir_fd_argument(vm, f[2]));
    bool effective = !f[3].is_null() && TRY(vm.truthy(f[3]));
    bool follow = TRY(follow_argument(vm, f[4]));
    int flags = (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
    return Value::from_bool(::faccessat(dir_fd, p.c_str(), mode, flags) == 0);
}

// utime(path, times=None, *, ns=None): times as (atime, mtime) seconds or ns as nanoseconds; now when neither
Result<Value> posix_utime(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[5];
    TRY(parse_args(vm, "utime", args, nargs, kwnames, {"path", "times", "ns", "dir_fd", "follow_symlinks"}, f));
    if (f[0].is_null())
        return vm.raise(vm.types.TypeError, "utime() missing required argument 'path' (pos 1)");
    PathArg p = TRY(path_argument(vm, f[0], "utime", "path", true));
    struct timespec ts[2];
    struct timespec* when = nullptr;
    auto pair = [&](Value const& v, char const* what) -> Result<Tuple*> {
        if (!v.is_object() || vm.type_of(v)->layout != Layout::Tuple || as<Tuple>(v)->size != 2)
            return vm.raise(vm.types.TypeError, std::string_view(what) == "ns" ? "utime: 'ns' must be a tuple of two ints"
                                                : "utime: 'times' must be either a tuple of two ints or None");
        return as<Tuple>(v);
    };
    if (given(f[1]) && given(f[2]))
        return vm.raise(vm.types.ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    if (given(f[1])) {
        Tuple* t = TRY(pair(f[1], "times"));
        for (int i = 0; i < 2; ++i) {
            double s = TRY(vm.to_double(t->items[i]));
            double whole = std::floor(s);
            ts[i].tv_sec = static_cast<time_t>(whole);
            ts[i].tv_nsec = static_cast<long>((s - whole) * 1e9);
        }
        when = ts;
    } else if (given(f[2])) {
        Tuple* t = TRY(pair(f[2], "ns"));
        for (int i = 0; i < 2; ++i) {
            std::int64_t ns = TRY(vm.index_value(t->items[i], vm.types.OverflowError));
            ts[i].tv_sec = static_cast<time_t>(ns / 1000000000);
            ts[i].tv_nsec = static_cast<long>(ns % 1000000000);
            if (ts[i].tv_nsec < 0) { ts[i].tv_nsec += 1000000000; --ts[i].tv_sec; }
        }
        when = ts;
    }
    int dir_fd = TRY(dir_fd_argument(vm, f[3]));
    bool follow = TRY(follow_argument(vm, f[4]));
    int rc = p.fd >= 0 ? ::futimens(p.fd, when)
                       : ::utimensat(dir_fd, p.c_str(), when, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (rc != 0)
        return raise_os_error(vm, errno);  // CPython's utime names no file
    return Value::none();
}

Result<Value> posix_truncate(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[2];
    TRY(parse_args(vm, "truncate", args, nargs, kwnames, {"path", "length"}, f));
    if (f[0].is_null() || f[1].is_null())
        return vm.raise(vm.types.TypeError, "truncate() missing required argument '{}' (pos {})",
                        f[0].is_null() ? "path" : "length", f[0].is_null() ? 1 : 2);
    PathArg p = TRY(path_argument(vm, f[0], "truncate", "path", true));
    std::int64_t length = TRY(vm.index_value(f[1], vm.types.OverflowError));
    int rc = p.fd >= 0 ? ::ftruncate(p.fd, length) : ::truncate(p.c_str(), length);
    if (rc != 0)
        return raise_os_error(vm, errno, p.object);
    return Value::none();
}

Result<Value> posix_ftruncate(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    std::int64_t length = TRY(vm.index_value(args[1], vm.types.OverflowError));
    if (::ftruncate(fd, length) != 0)
        return raise_os_error(vm, errno);
    return Value::none();
}

// ---- descriptors

Result<Value> posix_open(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[4];
    TRY(parse_args(vm, "open", args, nargs, kwnames, {"path", "flags", "mode", "dir_fd"}, f));
    if (f[0].is_null() || f[1].is_null())
        return vm.raise(vm.types.TypeError, "open() missing required argument '{}' (pos {})",
                        f[0].is_null() ? "path" : "flags", f[0].is_null() ? 1 : 2);
    PathArg p = TRY(path_argument(vm, f[0], "open", "path", false));
    int flags = TRY(int_argument(vm, f[1]));
    int mode = f[2].is_null() ? 0777 : TRY(int_argument(vm, f[2]));
    int dir_fd = TRY(dir_fd_argument(vm, f[3]));
    int fd = ::openat(dir_fd, p.c_str(), flags | O_CLOEXEC, mode);  // non-inheritable, as PEP 446
    if (fd < 0)
        return raise_os_error(vm, errno, p.object);
    return Value::from_int(fd);
}

Result<Value> posix_close(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    if (::close(fd) != 0)
        return raise_os_error(vm, errno);
    return Value::none();
}

Result<Value> posix_closerange(VM& vm, Value const* args, std::size_t, Tuple*) {
    int low = TRY(int_argument(vm, args[0]));
    int high = TRY(int_argument(vm, args[1]));
    low = std::max(low, 0);
    // one close_range call where the kernel has it, else each descriptor (CPython: _Py_closerange)
    if (low < high && ::close_range(static_cast<unsigned>(low), static_cast<unsigned>(high - 1), 0) == 0)
        return Value::none();
    for (int fd = low; fd < high; ++fd) ::close(fd);
    return Value::none();
}

Result<Value> posix_read(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    std::int64_t n = TRY(vm.index_value(args[1], vm.types.OverflowError));
    if (n < 0)
        return raise_os_error(vm, EINVAL);
    std::string buffer(static_cast<std::size_t>(n), '\0');
    ssize_t got;
    do {
        got = ::read(fd, buffer.data(), buffer.size());
    } while (got < 0 && errno == EINTR && !vm.interrupt_pending());
    if (got < 0)
        return raise_os_error(vm, errno);
    buffer.resize(static_cast<std::size_t>(got));
    return make_bytes(vm, std::move(buffer));
}

Result<Value> posix_write(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    std::string_view data;
    if (!bytes_like(vm, args[1], data))
        return vm.raise(vm.types.TypeError, "a bytes-like object is required, not '{}'", vm.type_of(args[1])->name->view());
    if (fd == 1 || fd == 2) TRY(vm.flush_stdout_if_interactive());  // on a terminal, what print() buffered comes first
    ssize_t put;
    do {
        put = ::write(fd, data.data(), data.size());
    } while (put < 0 && errno == EINTR && !vm.interrupt_pending());
    if (put < 0)
        return raise_os_error(vm, errno);
    return Value::from_int(put);
}

Result<Value> posix_lseek(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    std::int64_t pos = TRY(vm.index_value(args[1], vm.types.OverflowError));
    int how = TRY(int_argument(vm, args[2]));
    off_t at = ::lseek(fd, pos, how);
    if (at < 0)
        return raise_os_error(vm, errno);
    return Value::from_int(at);
}

Result<Value> posix_pipe(VM& vm, Value const*, std::size_t, Tuple*) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return raise_os_error(vm, errno);
    auto t = vm.new_tuple(2);
    t->items[0] = Value::from_int(fds[0]);
    t->items[1] = Value::from_int(fds[1]);
    return t.take_value();
}

Result<Value> posix_dup(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return raise_os_error(vm, errno);
    return Value::from_int(copy);
}

Result<Value> posix_dup2(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[3];
    TRY(parse_args(vm, "dup2", args, nargs, kwnames, {"fd", "fd2", "inheritable"}, f));
    int fd = TRY(int_argument(vm, f[0]));
    int fd2 = TRY(int_argument(vm, f[1]));
    bool inheritable = f[2].is_null() || TRY(vm.truthy(f[2]));
    if (::dup3(fd, fd2, inheritable ? 0 : O_CLOEXEC) < 0 && !(fd == fd2 && ::fcntl(fd, F_GETFD) >= 0))
        return raise_os_error(vm, errno);
    return Value::from_int(fd2);
}

Result<Value> posix_isatty(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    return Value::from_bool(::isatty(fd) == 1);
}

Result<Value> posix_fsync(VM& vm, Value const* args, std::size_t, Tuple*) {
    Value fd_value = args[0];
    if (!fd_value.is_int()) {  // an object with fileno()
        Value method = TRY(vm.getattr(fd_value, vm.intern("fileno")));
        fd_value = TRY(vm.call(method, nullptr, 0));
    }
    int fd = TRY(int_argument(vm, fd_value));
    if (::fsync(fd) != 0)
        return raise_os_error(vm, errno);
    return Value::none();
}

Result<Value> posix_get_inheritable(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0)
        return raise_os_error(vm, errno);
    return Value::from_bool(!(flags & FD_CLOEXEC));
}

Result<Value> posix_set_inheritable(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    bool inheritable = TRY(vm.truthy(args[1]));
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0 || ::fcntl(fd, F_SETFD, inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC) < 0)
        return raise_os_error(vm, errno);
    return Value::none();
}

Result<Value> posix_get_blocking(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0)
        return raise_os_error(vm, errno);
    return Value::from_bool(!(flags & O_NONBLOCK));
}

Result<Value> posix_set_blocking(VM& vm, Value const* args, std::size_t, Tuple*) {
    int fd = TRY(int_argument(vm, args[0]));
    bool blocking = TRY(vm.truthy(args[1]));
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0)
        return raise_os_error(vm, errno);
    return Value::none();
}

Result<Value> posix_fspath(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[1];
    TRY(parse_args(vm, "fspath", args, nargs, kwnames, {"path"}, f));
    if (f[0].is_null())
        return vm.raise(vm.types.TypeError, "fspath() missing required argument 'path' (pos 1)");
    return fspath(vm, f[0]);
}

// statvfs(path): the file system's sizes (CPython: _pystatvfs_fromstructstatvfs); f_fsid is by name only
Result<Value> posix_statvfs(VM& vm, Value const* args, std::size_t nargs, Tuple* kwnames) {
    Value f[1];
    TRY(parse_args(vm, "statvfs", args, nargs, kwnames, {"path"}, f));
    if (f[0].is_null())
        return vm.raise(vm.types.TypeError, "statvfs() missing required argument 'path' (pos 1)");
    PathArg p = TRY(path_argument(vm, f[0], "statvfs", "path", true));
    struct statvfs st;
    if ((p.fd >= 0 ? ::fstatvfs(p.fd, &st) : ::statvfs(p.c_str(), &st)) != 0)
        return raise_os_error(vm, errno, p.fd >= 0 ? Value() : p.object);
    auto i = [](auto v) { return Value::from_int(static_cast<std::int64_t>(v)); };
    return make_struct_sequence(vm, posix_types(vm).statvfs_result,
        {i(st.f_bsize), i(st.f_frsize), i(st.f_blocks), i(st.f_bfree), i(st.f_bavail), i(st.f_files), i(st.f_ffree),
         i(st.f_favail), i(st.f_flag), i(st.f_namemax), i(st.f_fsid)});
}

Result<Value> posix_umask(VM& vm, Value const* args, std::size_t, Tuple*) {
    int mask = TRY(int_argument(vm, args[0]));
    return Value::from_int(::umask(static_cast<mode_t>(mask)));
}

} // namespace

void add_posix_file_functions(VM& vm, Dict* d) {
    add_function(vm, d, "stat", posix_stat);
    add_function(vm, d, "lstat", posix_lstat);
    add_function(vm, d, "fstat", posix_fstat, Args::one());
    add_function(vm, d, "listdir", posix_listdir);
    add_function(vm, d, "_scandir_entries", posix_scandir_entries, Args::positional(0, 1));
    add_function(vm, d, "mkdir", posix_mkdir);
    add_function(vm, d, "rmdir", posix_rmdir);
    add_function(vm, d, "unlink", posix_unlink);
    add_function(vm, d, "remove", posix_remove);
    add_function(vm, d, "chdir", posix_chdir);
    add_function(vm, d, "rename", posix_rename);
    add_function(vm, d, "replace", posix_replace);
    add_function(vm, d, "link", posix_link);
    add_function(vm, d, "symlink", posix_symlink);
    add_function(vm, d, "readlink", posix_readlink);
    add_function(vm, d, "getcwd", posix_getcwd, Args::none());
    add_function(vm, d, "getcwdb", posix_getcwdb, Args::none());
    add_function(vm, d, "chmod", posix_chmod);
    add_function(vm, d, "access", posix_access);
    add_function(vm, d, "utime", posix_utime);
    add_function(vm, d, "truncate", posix_truncate);
    add_function(vm, d, "ftruncate", posix_ftruncate, Args::positional(2, 2));
    add_function(vm, d, "open", posix_open);
    add_function(vm, d, "close", posix_close, Args::one());
    add_function(vm, d, "closerange", posix_closerange, Args::positional(2, 2));
    add_function(vm, d, "read", posix_read, Args::positional(2, 2));
    add_function(vm, d, "write", posix_write, Args::positional(2, 2));
    add_function(vm, d, "lseek", posix_lseek, Args::positional(3, 3));
    add_function(vm, d, "pipe", posix_pipe, Args::none());
    add_function(vm, d, "dup", posix_dup, Args::one());
    add_function(vm, d, "dup2", posix_dup2);
    add_function(vm, d, "isatty", posix_isatty, Args::one());
    add_function(vm, d, "fsync", posix_fsync, Args::one());
    add_function(vm, d, "get_inheritable", posix_get_inheritable, Args::one());
    add_function(vm, d, "set_inheritable", posix_set_inheritable, Args::positional(2, 2));
    add_function(vm, d, "get_blocking", posix_get_blocking, Args::one());
    add_function(vm, d, "set_blocking", posix_set_blocking, Args::positional(2, 2));
    add_function(vm, d, "umask", posix_umask, Args::one());
    add_function(vm, d, "fspath", posix_fspath);
    add_function(vm, d, "statvfs", posix_statvfs);
}

} // namespace weft::rt
