"""Race-free creation of temporary files and directories."""
# Written for weft after the documented behaviour of CPython 3.11's Lib/tempfile.py; our own code.
import os as _os
import io as _io
import errno as _errno

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0)
TMP_MAX = getattr(_os, 'TMP_MAX', 10000)
template = "tmp"
tempdir = None

_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_names():
    # an endless series of 8-character names over _LETTERS, from os.urandom (bytes >= 222 are dropped so that
    # each of the 37 characters is equally likely)
    while True:
        picked = [_LETTERS[b % 37] for b in _os.urandom(16) if b < 222]
        while len(picked) >= 8:
            yield ''.join(picked[:8])
            del picked[:8]


def _kind(*args):
    # str or bytes: what the given path components are (None ones don't count); str when all are None
    # unless tempdir is bytes
    kind = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        this = bytes if isinstance(arg, bytes) else str
        if kind is not None and this is not kind:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        kind = this
    if kind is None:
        return bytes if tempdir is not None and not isinstance(tempdir, str) else str
    return kind


def _defaults(prefix, suffix, dir):
    kind = _kind(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


def _names_for(kind):
    names = _random_names()
    return names if kind is str else map(_os.fsencode, names)


def _candidate_dirs():
    found = [value for value in map(_os.getenv, ('TMPDIR', 'TEMP', 'TMP')) if value]
    found += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _probe_dir(folder, names):
    # follows tempfile._get_default_tempdir: a directory is usable when a file can be made and written there
    for _ in range(100):
        trial = _os.path.join(folder, next(names))
        try:
            fd = _os.open(trial, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            try:
                _os.write(fd, b'blat')
            finally:
                _os.close(fd)
        except OSError:
            return False
        finally:
            _os.unlink(trial)
        return True
    return False


def _find_tempdir():
    names = _random_names()
    candidates = _candidate_dirs()
    for folder in candidates:
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        if _probe_dir(folder, names):
            return folder
    raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s" % candidates)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def gettempdir():
    """Directory used for temporary files, as str (computed once, then cached in *tempdir*)."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """gettempdir() encoded to bytes."""
    return _os.fsencode(_gettempdir())


def gettempprefix():
    """Prefix given to temporary names when none is passed, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """gettempprefix() as bytes."""
    return _os.fsencode(template)


def _make_file(dir, prefix, suffix, kind):
    # a new file opened O_EXCL with mode 0o600: (descriptor, absolute name)
    names = _names_for(kind)
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            fd = _os.open(name, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(name)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file that nobody else can have opened and return (fd, path).

    The name is *prefix* + random characters + *suffix* inside *dir* (the
    defaults apply for None).  The file is opened O_EXCL, mode 0600, not
    inherited by children, in binary mode unless *text* is true.
    suffix, prefix and dir must agree in type; bytes give a bytes path.
    Removing the file afterwards is up to the caller.
    """
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    return _make_file(dir, prefix, suffix, kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new private directory (mode 0700) and return its path.

    *suffix*, *prefix* and *dir* work as in mkstemp(); the caller removes the
    directory when finished.
    """
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    names = _names_for(kind)
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return name
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Invent a temporary path that does not exist yet, without creating anything.

    Unsafe: another process may take the name before it is used.  Prefer
    mkstemp() or mkdtemp().  Only str arguments are accepted.
    """
    if dir is None:
        dir = gettempdir()
    names = _random_names()
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(name):
            return name
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """File object proxy that removes its file when closed (if *delete* is set)
    and forwards every other attribute to the wrapped file.
    """

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed_once = False

    def __getattr__(self, attr):
        # everything else is the file's (methods are remembered on the wrapper)
        value = getattr(self.__dict__['file'], attr)
        if callable(value):
            setattr(self, attr, value)
        return value

    def close(self):
        """Close the wrapped file; remove it from disk too when *delete* is set."""
        if self._closed_once:
            return
        self._closed_once = True
        try:
            self.file.close()
        finally:
            if self.delete:
                _os.unlink(self.name)

    def __del__(self):
        if '_closed_once' in self.__dict__:
            self.close()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def __iter__(self):
        # a generator, so that the file stays open while the wrapper is iterated
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """Open a new temporary file that has a visible name (the .name attribute).

    *mode*, *buffering*, *encoding*, *newline* and *errors* go to open();
    *suffix*, *prefix* and *dir* are as for mkstemp().  With *delete* true
    (the default) the file is removed when it is closed.
    """
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    fd, name = _make_file(dir, prefix, suffix, kind)
    handed_over = []

    def opener(path, flags):
        # hands the descriptor to open(), so that the file object's name is the path
        handed_over.append(fd)
        return fd

    try:
        file = open(name, mode, buffering=buffering, encoding=encoding, errors=errors, newline=newline,
                    opener=opener)
    except BaseException:
        if not handed_over:  # once open() has it, open() closes it on failure
            _os.close(fd)
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                  *, errors=None):
    """Open a new temporary file that has no name in the file system.

    Arguments are as for NamedTemporaryFile(), minus *delete*: the file
    disappears once closed.
    """
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    fd, name = _make_file(dir, prefix, suffix, kind)
    try:
        _os.unlink(name)  # nameless from the start: its name is the descriptor
        return open(fd, mode, buffering=buffering, encoding=encoding, errors=errors, newline=newline)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """Temporary file that stays in memory (BytesIO/StringIO) until it grows
    past *max_size* bytes or fileno() is needed, then moves to a real file.
    """
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
            self._text = None
        else:
            # text waits in a StringIO (CPython uses a TextIOWrapper over a BytesIO, which weft can't make)
            self._file = _io.StringIO(newline=newline)
            self._text = (encoding or 'UTF-8', errors or 'strict')
        self._max_size = max_size
        self._rolled = False
        self._file_args = dict(mode=mode, buffering=buffering, suffix=suffix, prefix=prefix,
                               encoding=encoding, newline=newline, dir=dir, errors=errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def rollover(self):
        # move what was written so far into a real TemporaryFile, keeping the position
        if self._rolled:
            return
        memory = self._file
        real = TemporaryFile(**self._file_args)
        position = memory.tell()
        data = memory.getvalue()
        real.write(data)
        if self._text is not None:
            position = len(data[:position].encode(self._text[0], self._text[1]))  # a byte offset in the file
        real.seek(position, 0)
        self._file = real
        self._rolled = True

    def _after_write(self):
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def __del__(self):
        if not self.closed:
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if self._text is not None and not self._rolled:
            return self._text[0]
        return self._file.encoding

    @property
    def errors(self):
        if self._text is not None and not self._rolled:
            return self._text[1]
        return self._file.errors

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._file_args['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def write(self, s):
        written = self._file.write(s)
        self._after_write()
        return written

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._after_write()
        return result

    def detach(self):
        return self._file.detach()


def _remove_tree(name, ignore_errors):
    # shutil.rmtree that also gets through directories without write or search permission and ignores
    # entries removed meanwhile (as TemporaryDirectory's cleanup does)
    import shutil

    def on_error(func, path, exc_info):
        if issubclass(exc_info[0], FileNotFoundError):
            return
        if issubclass(exc_info[0], PermissionError):
            try:
                if path != name:
                    _os.chmod(_os.path.dirname(path), 0o700)
                if not _os.path.islink(path):
                    _os.chmod(path, 0o700)
                try:
                    _os.unlink(path)
                except (IsADirectoryError, PermissionError):
                    _remove_tree(path, ignore_errors)
            except FileNotFoundError:
                pass
            return
        if not ignore_errors:
            raise exc_info[1]

    shutil.rmtree(name, onerror=on_error)


class TemporaryDirectory:
    """Make a temporary directory, available as .name, that is removed with
    all its contents by cleanup(), on leaving a with-block (which binds the
    path), or when the object is garbage collected.
    """

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        import weakref
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = weakref.finalize(self, _remove_tree, self.name, ignore_cleanup_errors)

    def __repr__(self):
        return "<{} {!r}>".format(type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() is not None or _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
