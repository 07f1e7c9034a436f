"""Utility functions for copying and archiving files and directory trees.

XXX The functions here don't copy the resource fork or other metadata on Mac.

"""
# Written for weft after the documented behaviour of CPython 3.11's Lib/shutil.py (same messages and results);
# our own code. Not here: make_archive/unpack_archive and the archive registry; disk_usage and chown appear only
# when os has statvfs / chown.
import os
import sys
import stat

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move", "rmtree",
           "Error", "SpecialFileError", "ExecError", "ignore_patterns", "get_terminal_size", "which",
           "SameFileError", "ReadError", "RegistryError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    size = length or COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    chunk = read(size)
    while chunk:
        write(chunk)
        chunk = read(size)


def _same_file(src, dst):
    # a DirEntry carries its stat result; anything else is compared by device and inode
    try:
        if isinstance(src, os.DirEntry):
            return os.path.samestat(src.stat(), os.stat(dst))
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _is_link(p):
    return p.is_symlink() if isinstance(p, os.DirEntry) else os.path.islink(p)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible.

    If follow_symlinks is not set and src is a symbolic link, a new
    symlink will be created instead of copying the file it points to.

    """
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for name in (src, dst):
        try:
            mode = (name.stat() if isinstance(name, os.DirEntry) else os.stat(name)).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            shown = name.path if isinstance(name, os.DirEntry) else name
            raise SpecialFileError("`%s` is a named pipe" % shown)
    if not follow_symlinks and _is_link(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as source:
        try:
            target = open(dst, 'wb')
        except IsADirectoryError as e:
            # follows shutil.copyfile: a missing parent directory gets a clearer message
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
        with target:
            copyfileobj(source, target)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy mode bits from src to dst.

    If follow_symlinks is not set, symlinks aren't followed if and only
    if both `src` and `dst` are symlinks.  If `lchmod` isn't available
    (e.g. Linux) this method does nothing.

    """
    if not follow_symlinks and _is_link(src) and os.path.islink(dst):
        lchmod = getattr(os, 'lchmod', None)
        if lchmod is not None:
            lchmod(dst, stat.S_IMODE(os.lstat(src).st_mode))
        return
    st = src.stat() if isinstance(src, os.DirEntry) else os.stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy file metadata

    Copy the permission bits, last access time, last modification time, and
    flags from `src` to `dst`. On Linux, copystat() also copies the "extended
    attributes" where possible. The file contents, owner, and group are
    unaffected. `src` and `dst` are path-like objects or path names given as
    strings.

    If the optional flag `follow_symlinks` is not set, symlinks aren't
    followed if and only if both `src` and `dst` are symlinks.
    """
    follow = follow_symlinks or not (_is_link(src) and os.path.islink(dst))
    if isinstance(src, os.DirEntry):
        st = src.stat(follow_symlinks=follow)
    else:
        st = os.stat(src, follow_symlinks=follow)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    if follow:
        # Linux cannot change the mode of a symlink itself, so that part is only done through links
        os.chmod(dst, stat.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"). Return the file's destination.

    The destination may be a directory.

    If follow_symlinks is false, symlinks won't be followed. This
    resembles GNU's "cp -P src dst".

    If source and destination are the same file, a SameFileError will be
    raised.

    """
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata. Return the file's destination.

    Metadata is copied with copystat(). Please see the copystat function
    for more information.

    The destination may be a directory.

    If follow_symlinks is false, symlinks won't be followed. This
    resembles GNU's "cp -P src dst".
    """
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """Function that can be used as copytree() ignore parameter.

    Patterns is a sequence of glob-style patterns
    that are used to exclude files"""
    def ignored(path, names):
        import fnmatch
        found = set()
        for pattern in patterns:
            found.update(fnmatch.filter(names, pattern))
        return found
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree and return the destination directory.

    If exception(s) occur, an Error is raised with a list of reasons.

    If the optional symlinks flag is true, symbolic links in the
    source tree result in symbolic links in the destination tree; if
    it is false, the contents of the files pointed to by symbolic
    links are copied. If the file pointed to by the symlink doesn't
    exist, an exception will be added in the list of errors raised in
    an Error exception at the end of the copy process.

    You can set the optional ignore_dangling_symlinks flag to true if you
    want to silence this exception. Notice that this has no effect on
    platforms that don't support os.symlink.

    The optional ignore argument is a callable. If given, it
    is called with the `src` parameter, which is the directory
    being visited by copytree(), and `names` which is the list of
    `src` contents, as returned by os.listdir():

        callable(src, names) -> ignored_names

    Since copytree() is called recursively, the callable will be
    called once for each directory that is copied. It returns a
    list of names relative to the `src` directory that should
    not be copied.

    The optional copy_function argument is a callable that will be used
    to copy each file. It will be called with the source path and the
    destination path as arguments. By default, copy2() is used, but any
    function that supports the same signature (like copy()) can be used.

    If dirs_exist_ok is false (the default) and `dst` already exists, a
    `FileExistsError` is raised. If `dirs_exist_ok` is true, the copying
    operation will continue if it encounters existing directories, and files
    within the `dst` tree will be overwritten by corresponding files from the
    `src` tree.
    """
    # follows shutil.copytree: list src first, make dst, copy entry by entry collecting (src, dst, reason)
    # triples (a nested copytree's Error contributes its own list), copy the directory's stat last
    with os.scandir(src) as listing:
        entries = list(listing)
    skip = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skip:
            continue
        from_path = os.path.join(src, entry.name)
        to_path = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                target = os.readlink(from_path)
                if symlinks:
                    os.symlink(target, to_path)
                    copystat(from_path, to_path, follow_symlinks=False)
                    continue
                if ignore_dangling_symlinks and not os.path.exists(target):
                    continue
            if entry.is_dir():
                copytree(from_path, to_path, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                         dirs_exist_ok)
            else:
                copy_function(from_path, to_path)
        except Error as err:
            problems.extend(err.args[0])
        except OSError as why:
            problems.append((from_path, to_path, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        problems.append((src, dst, str(why)))
    if problems:
        raise Error(problems)
    return dst


def _report(onerror, func, path, exc):
    onerror(func, path, (type(exc), exc, exc.__traceback__))


def _remove_inside(top, onerror):
    # remove what the directory `top` holds, depth first; each failure goes to onerror with the function that
    # failed (os.scandir, os.unlink, os.rmdir, os.path.islink)
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError as e:
        _report(onerror, os.scandir, top, e)
        return
    for entry in entries:
        full = os.path.join(top, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _remove_inside(full, onerror)
            try:
                os.rmdir(full)
            except OSError as e:
                _report(onerror, os.rmdir, full, e)
        else:
            try:
                os.unlink(full)
            except OSError as e:
                _report(onerror, os.unlink, full, e)


def rmtree(path, ignore_errors=False, onerror=None):
    """Recursively delete a directory tree.

    If ignore_errors is set, errors are ignored; otherwise, if onerror
    is set, it is called to handle the error with arguments (func,
    path, exc_info) where func is platform and implementation dependent;
    path is the argument to that function that caused it to fail; and
    exc_info is a tuple returned by sys.exc_info().  If ignore_errors
    is false and onerror is None, an exception is raised.

    """
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(func, path, exc_info):
            raise exc_info[1]
    if isinstance(path, bytes):
        path = os.fsdecode(path)  # as CPython's rmtree does (its errors name the str path)
    # follows shutil.rmtree's checks on the top: it must be there (os.lstat) and not be a symlink
    try:
        top = os.lstat(path)
    except Exception as e:
        _report(onerror, os.lstat, path, e)
        return
    if stat.S_ISLNK(top.st_mode):
        try:
            os.stat(path)
        except OSError as e:
            _report(onerror, os.open, path, e)
            return
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as e:
            _report(onerror, os.path.islink, path, e)
        return
    _remove_inside(path, onerror)
    try:
        os.rmdir(path)
    except OSError as e:
        _report(onerror, os.rmdir, path, e)


# this rmtree works by path names, not descriptors
rmtree.avoids_symlink_attacks = False


def _trimmed_basename(path):
    # the basename of path ignoring trailing slashes: move('a/', 'd') moves into 'd/a'
    return os.path.basename(os.fspath(path).rstrip(os.sep + (os.altsep or '')))


def _inside(src, dst):
    src, dst = os.path.abspath(src), os.path.abspath(dst)
    if not src.endswith(os.sep):
        src += os.sep
    if not dst.endswith(os.sep):
        dst += os.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location. This is
    similar to the Unix "mv" command. Return the file or directory's
    destination.

    If the destination is a directory or a symlink to a directory, the source
    is moved inside the directory. The destination path must not already
    exist.

    If the destination already exists but is not a directory, it may be
    overwritten depending on os.rename() semantics.

    If the destination is on our current filesystem, then rename() is used.
    Otherwise, src is copied to the destination and then removed. Symlinks are
    recreated under the new name if os.rename() fails because of cross
    filesystem renames.

    The optional `copy_function` argument is a callable that will be used
    to copy the source or it will be delegated to `copytree`.
    By default, copy2() is used, but any function that supports the same
    signature (like copy()) can be used.

    A lot more could be done here...  A look at a mv.c shows a lot of
    the issues this implementation glosses over.

    """
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)  # the same directory under another spelling
            return
        target = os.path.join(dst, _trimmed_basename(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    # rename failed (another file system, or a directory into itself): copy, then delete
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def _runnable(candidate, mode):
    return os.path.exists(candidate) and os.access(candidate, mode) and not os.path.isdir(candidate)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Given a command, mode, and a PATH string, return the path which
    conforms to the given mode on the PATH, or None if there is no such
    file.

    `mode` defaults to os.F_OK | os.X_OK. `path` defaults to the result
    of os.environ.get("PATH"), or can be overridden with a custom search
    path.

    """
    if os.path.dirname(cmd):
        # a command with a directory part is checked as given
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        folders = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        folders = os.fsdecode(path).split(os.pathsep)
    tried = set()
    for folder in folders:
        if folder in tried:
            continue
        tried.add(folder)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


def get_terminal_size(fallback=(80, 24)):
    """Get the size of the terminal window.

    For each of the two dimensions, the environment variable, COLUMNS
    and LINES respectively, is checked. If the variable is defined and
    the value is a positive integer, it is used.

    When COLUMNS or LINES is not defined, which is the common case,
    the terminal connected to sys.__stdout__ is queried
    by invoking os.get_terminal_size.

    If the terminal size cannot be successfully queried, either because
    the system doesn't support querying, or because we are not
    connected to a terminal, the value given in fallback parameter
    is used. Fallback defaults to (80, 24) which is the default
    size used by many terminal emulators.

    The value returned is a named tuple of type os.terminal_size.
    """
    def from_env(name):
        try:
            return int(os.environ[name])
        except (KeyError, ValueError):
            return 0
    columns, lines = from_env('COLUMNS'), from_env('LINES')
    if columns <= 0 or lines <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        if columns <= 0:
            columns = measured.columns or fallback[0]
        if lines <= 0:
            lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))


if hasattr(os, 'statvfs'):
    from collections import namedtuple as _namedtuple
    __all__.append('disk_usage')
    _Usage = _namedtuple('usage', 'total used free')

    def disk_usage(path):
        """Return disk usage statistics about the given path.

        Returned value is a named tuple with attributes 'total', 'used' and
        'free', which are the amount of total, used and free space, in bytes.
        """
        info = os.statvfs(path)
        total = info.f_blocks * info.f_frsize
        free = info.f_bavail * info.f_frsize
        return _Usage(total, total - info.f_bfree * info.f_frsize, free)


if hasattr(os, 'chown'):
    __all__.append('chown')

    def chown(path, user=None, group=None):
        """Change owner user and group of the given path.

        user and group can be the uid/gid or the user/group names, and in that case,
        they are converted to their respective uid/gid.
        """
        if user is None and group is None:
            raise ValueError("user and/or group must be set")
        uid = gid = -1
        if isinstance(user, str):
            import pwd
            try:
                uid = pwd.getpwnam(user)[2]
            except KeyError:
                raise LookupError("no such user: {!r}".format(user)) from None
        elif user is not None:
            uid = user
        if isinstance(group, str):
            import grp
            try:
                gid = grp.getgrnam(group)[2]
            except KeyError:
                raise LookupError("no such group: {!r}".format(group)) from None
        elif group is not None:
            gid = group
        os.chown(path, uid, gid)
