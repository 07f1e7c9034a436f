"""High-level file operations: copying, moving and removing files and directory trees."""
# Written for weft after the documented behaviour of CPython 3.11's Lib/shutil.py (same messages and results);
# our own code. Not here: make_archive/unpack_archive and the archive registry; chown appears only when os has it.
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
    """copyfile() and friends were asked to copy a file onto itself."""


class SpecialFileError(OSError):
    """The operation cannot be done on this kind of file, such as a named pipe."""


class ExecError(OSError):
    """An external command needed by an operation failed to run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """Registering or unregistering an archive/unpack format failed."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy everything left in file object *fsrc* into *fdst*, *length* bytes per read."""
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
    """Copy the contents of file *src* to *dst* and return *dst*.

    With follow_symlinks false and *src* a symlink, *dst* becomes a new
    symlink with the same target instead.
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
    """Give *dst* the permission bits of *src*.

    With follow_symlinks false and both paths symlinks, the links' own modes
    are handled (only where os.lchmod exists; otherwise nothing happens).
    """
    if not follow_symlinks and _is_link(src) and os.path.islink(dst):
        lchmod = getattr(os, 'lchmod', None)
        if lchmod is not None:
            lchmod(dst, stat.S_IMODE(os.lstat(src).st_mode))
        return
    st = src.stat() if isinstance(src, os.DirEntry) else os.stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and access/modification times of *src* to *dst*.

    Contents and ownership are left alone.  With follow_symlinks false and
    both paths symlinks, the links themselves are used.
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
    """Copy file contents and permission bits like 'cp'; return the path written.

    A directory *dst* receives a file of the same base name.  With
    follow_symlinks false, a symlink *src* is copied as a link.
    SameFileError is raised if *src* and *dst* are the same file.
    """
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), but also carries timestamps over via copystat(); return the path written."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """Build a callable for copytree()'s *ignore* argument that skips every
    name matching one of the glob-style *patterns*.
    """
    def ignored(path, names):
        import fnmatch
        found = set()
        for pattern in patterns:
            found.update(fnmatch.filter(names, pattern))
        return found
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy directory *src* and everything below it to *dst*; return *dst*.

    symlinks: copy symlinks as links (true) or copy what they point to.
    ignore: callable(dir, names) giving the names to leave out in dir.
    copy_function: used for each file (default copy2).
    ignore_dangling_symlinks: do not report links whose target is missing.
    dirs_exist_ok: allow *dst* (and its subdirectories) to exist already,
    overwriting files in it; otherwise an existing *dst* raises
    FileExistsError.

    Failures are collected and raised together at the end as one Error
    whose argument lists (src, dst, reason) entries.
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
    """Delete directory *path* with all of its contents.

    ignore_errors true: failures are silently skipped.  Otherwise *onerror*,
    when given, is called as onerror(func, path, exc_info) for each failure
    (func being the os function that failed); with neither, the failure is
    raised.
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
    """Move a file or directory tree *src* to *dst*, like 'mv'; return the new path.

    If *dst* is an existing directory, *src* goes inside it, where its name
    must be free.  os.rename() is tried first; if that fails (say, across
    file systems) the source is copied -- *copy_function* for files,
    copytree() for directories -- and then removed.
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
    """Search the PATH directories for an executable named *cmd*.

    Returns the first candidate that passes os.access() with *mode*, or
    None.  *path* overrides $PATH; a *cmd* containing a directory part is
    checked as given.
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
    """Determine the terminal's size as an os.terminal_size (columns, lines).

    Positive integers in $COLUMNS / $LINES win; otherwise os.get_terminal_size()
    is asked about sys.__stdout__; when that fails, *fallback* is used.
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
    __all__.append('disk_usage')
    _Usage = None  # the named tuple type, made on first use (collections is not imported with shutil)

    def disk_usage(path):
        """Report total, used and free bytes of the file system holding *path* as a named tuple."""
        global _Usage
        if _Usage is None:
            from collections import namedtuple
            _Usage = namedtuple('usage', 'total used free')
        info = os.statvfs(path)
        total = info.f_blocks * info.f_frsize
        free = info.f_bavail * info.f_frsize
        return _Usage(total, total - info.f_bfree * info.f_frsize, free)


if hasattr(os, 'chown'):
    __all__.append('chown')

    def chown(path, user=None, group=None):
        """Set the owner and/or group of *path*.

        *user* and *group* may be numeric ids or names (looked up in the
        password and group databases); at least one must be given.
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
