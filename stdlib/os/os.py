# The os module: the posix module's system calls (stdlib/posix/, C++) and what is written over them here —
# os.environ, os.path, walk, makedirs, scandir's entries, fsencode. Our own code, following CPython's Lib/os.py
# for behaviour and messages.
import abc as _abc
import sys
import stat as st
import posix as _posix
from posix import *
from posix import _exit, _scandir_entries

name = 'posix'
linesep = '\n'
error = OSError
supports_bytes_environ = True
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

import posixpath as path
sys.modules['os.path'] = path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull


# ---- file names as bytes and str (weft's file system encoding is UTF-8; CPython adds surrogateescape)

def fsencode(filename):
    """Convert *filename* (str, bytes or os.PathLike) to bytes.

    str is encoded as UTF-8, weft's filesystem encoding; bytes pass
    through untouched.
    """
    filename = fspath(filename)
    return filename.encode('utf-8') if isinstance(filename, str) else filename


def fsdecode(filename):
    """Convert *filename* (str, bytes or os.PathLike) to str.

    bytes are decoded as UTF-8 (undecodable bytes become U+FFFD); str
    passes through untouched.
    """
    filename = fspath(filename)
    return filename.decode('utf-8', 'replace') if isinstance(filename, bytes) else filename


class PathLike(_abc.ABC):
    """ABC for objects that implement __fspath__() and so can stand in for a path."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Give this object's path as a str or bytes value."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ---- the environment: os.environ maps str to str over posix.environ's bytes, and keeps the process's in step

class _Environ:
    # A mutable mapping written out here rather than derived from collections.abc.MutableMapping, so that
    # `import os` does not load collections.abc (the methods are MutableMapping's mixins).
    def __init__(self, data, encode_key, decode_key, encode_value, decode_value):
        self._data = data
        self.encodekey = encode_key
        self.decodekey = decode_key
        self.encodevalue = encode_value
        self.decodevalue = decode_value

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encoded = self.encodekey(key)
        unsetenv(encoded)
        try:
            del self._data[encoded]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = dict(other.items())
        return dict(self.items()) == other

    __hash__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return dict.fromkeys(self).keys()

    def items(self):
        return {k: self[k] for k in self}.items()

    def values(self):
        return [self[k] for k in self]

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwargs):
        pairs = other.items() if hasattr(other, 'keys') and hasattr(other, 'items') else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def copy(self):
        return dict(self.items())

    def __repr__(self):
        items = ', '.join(f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(self.items())
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(other)
        merged.update(self.items())
        return merged


def _str_only(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value.encode('utf-8', 'surrogateescape')


def _bytes_only(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


def _to_str(value):
    return value.decode('utf-8', 'replace')


def _same(value):
    return value


environ = _Environ(_posix.environ, _str_only, _to_str, _str_only, _to_str)
if 'collections.abc' in sys.modules:  # otherwise collections.abc registers _Environ when it is imported
    sys.modules['collections.abc'].MutableMapping.register(_Environ)
environb = _Environ(_posix.environ, _bytes_only, _same, _bytes_only, _same)


def getenv(key, default=None):
    """Look up environment variable *key* (str); give *default* when it is unset."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """Bytes flavour of getenv(): *key*, *default* and the value are all bytes."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """List the directories that a process launch searches for an executable.

    The PATH entry is read from *env* (a mapping), or from os.environ when
    *env* is None; the platform default path applies if PATH is missing.
    """
    if env is None:
        env = environ
    value = env.get('PATH')
    if value is None:
        value = env.get(b'PATH') if env is not environ else None
    if value is None:
        value = defpath
    return fsdecode(value).split(pathsep)


# ---- directories

def makedirs(name, mode=0o777, exist_ok=False):
    """Make directory *name*, creating missing parent directories first.

    The leaf gets *mode*, parents the default mode.  An already existing
    leaf raises FileExistsError unless *exist_ok* is true and it is a directory.
    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile
        here = curdir.encode() if isinstance(tail, bytes) else curdir
        if tail == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Delete directory *name*, then its now-empty parent directories.

    Parents are removed from the innermost outwards; the walk stops quietly
    at the first one that cannot be deleted (for example, not empty).
    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename *old* to *new*, creating parent directories of *new* as needed.

    Afterwards, parent directories of *old* left empty by the move are
    removed, as with removedirs().
    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# scandir's entries: what the directory listing said (the type from d_type) and stat results fetched on demand
_DT_UNKNOWN, _DT_DIR, _DT_REG, _DT_LNK = 0, 4, 8, 10


class DirEntry:
    __slots__ = ('name', 'path', '_d_type', '_inode', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def inode(self):
        return self._inode

    def is_symlink(self):
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        return self._has_mode(st.S_ISLNK, False)

    def is_dir(self, *, follow_symlinks=True):
        return self._is(_DT_DIR, st.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is(_DT_REG, st.S_ISREG, follow_symlinks)

    # follows posixmodule.c DirEntry_test_mode: d_type answers unless a symlink is to be followed
    def _is(self, d_type, test, follow_symlinks):
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == d_type
        return self._has_mode(test, follow_symlinks)

    def _has_mode(self, test, follow_symlinks):
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self.is_symlink():
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """The iterator scandir() returns: a context manager whose close() ends it early."""
    __slots__ = ('_entries', '_index')

    def __init__(self, entries):
        self._entries = entries
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._index >= len(self._entries):
            self._entries = None
            raise StopIteration
        entry = self._entries[self._index]
        self._index += 1
        return entry

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    """Iterate over DirEntry objects for the entries of *path* (default '.')."""
    listing = _scandir_entries(path)
    if path is None:
        prefix = '.'
    elif isinstance(path, int):
        prefix = None
    else:
        prefix = fspath(path)
    if prefix is not None and prefix[-1:] not in ('/', b'/'):
        prefix += b'/' if isinstance(prefix, bytes) else '/'
    entries = []
    new = object.__new__
    for entry_name, d_type, inode in listing:
        e = new(DirEntry)
        e.name = entry_name
        e.path = entry_name if prefix is None else prefix + entry_name
        e._d_type = d_type
        e._inode = inode
        e._stat = e._lstat = None
        entries.append(e)
    return _ScandirIterator(entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for each directory under top
    (and top itself); with topdown, a caller may prune dirnames in place to skip directories."""
    return _walk(fspath(top), topdown, onerror, followlinks)


# follows os.walk (3.11): one scandir per directory, a directory's entries sorted into dirs and files
def _walk(top, topdown, onerror, followlinks):
    dirs, files, walk_into = [], [], []
    try:
        it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with it:
        while True:
            try:
                entry = next(it)
            except StopIteration:
                break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry.name)
            if not topdown and is_dir:
                # bottom-up: decide now whether to descend (a symlink only with followlinks)
                if followlinks:
                    walk_into.append(entry.path)
                else:
                    try:
                        is_link = entry.is_symlink()
                    except OSError:
                        is_link = False
                    if not is_link:
                        walk_into.append(entry.path)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            child = path.join(top, d)
            if followlinks or not path.islink(child):
                yield from _walk(child, topdown, onerror, followlinks)
    else:
        for child in walk_into:
            yield from _walk(child, topdown, onerror, followlinks)
        yield top, dirs, files


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins  # this module's `open` is posix.open
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _PopenFile(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _PopenFile(proc.stdin, proc)


class _PopenFile:
    """popen's file: closing it waits for the command and gives its status (None for success)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        if code == 0:
            return None
        return code << 8 if code > 0 else -code

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)
