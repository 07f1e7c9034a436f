"""Object-oriented filesystem paths.

weft's pathlib: our own code, written after CPython 3.11's documented behaviour (results, reprs and messages).
Pure paths keep three pieces: the drive, the root and a tuple of the remaining names ("segments"); the
path syntax (POSIX or Windows) lives in a small helper object that each flavour class holds.
`re` (for glob patterns) and `warnings` are imported only by the methods that need them.
"""
import os
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]

# errno values that mean "there is nothing (usable) there" for exists() and the is_*() tests
_ABSENT_ERRNOS = frozenset((ENOENT, ENOTDIR, EBADF, ELOOP))


def _is_absent(error):
    return getattr(error, 'errno', None) in _ABSENT_ERRNOS


# ---- glob patterns of one path component, translated to regular expressions

_pattern_cache = {}


def _pattern_matcher(pattern):
    """A cached fullmatch function for one component pattern (case-sensitive: Windows paths are matched
    case-folded on both sides)."""
    matcher = _pattern_cache.get(pattern)
    if matcher is None:
        import re
        import fnmatch  # a component pattern means what it means to fnmatch (as in CPython's pathlib)
        matcher = re.compile(fnmatch.translate(pattern)).match
        if len(_pattern_cache) > 256:
            _pattern_cache.clear()
        _pattern_cache[pattern] = matcher
    return matcher


def _any_mode(mode):
    return True


def _has_wildcard(pattern):
    return '*' in pattern or '?' in pattern or '[' in pattern


# ---- path syntaxes

_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _percent_encode(data):
    """Percent-encode bytes as urllib.parse.quote_from_bytes(data) does (safe='/')."""
    return ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in data)


class _PosixSyntax:
    sep = '/'
    altsep = None
    native = os.name != 'nt'

    def anchor_of(self, text):
        """Split text into (drive, root, rest).  POSIX keeps exactly two leading slashes as a root of its own
        (implementation-defined per POSIX); one, three or more slashes make '/'."""
        if text[:1] != '/':
            return '', '', text
        rest = text.lstrip('/')
        return '', ('//' if len(text) - len(rest) == 2 else '/'), rest

    def fold(self, text):
        return text

    def combine(self, left, right):
        """Join two parsed (drive, root, segments) triples, `right` relative to `left` when it can be."""
        if right[1]:
            return right
        return left[0], left[1], left[2] + right[2]

    def reserved(self, path):
        return False

    def file_uri(self, path):
        return 'file://' + _percent_encode(os.fsencode(str(path)))


class _WindowsSyntax:
    sep = '\\'
    altsep = '/'
    native = os.name == 'nt'
    _letters = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    _reserved_names = frozenset(
        ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$']
        + ['COM' + c for c in '123456789\xb9\xb2\xb3']
        + ['LPT' + c for c in '123456789\xb9\xb2\xb3'])

    def anchor_of(self, text):
        # follows pathlib._WindowsFlavour.splitroot (3.11): \\?\ prefixes, UNC shares, drive letters
        prefix = ''
        if text[:4] == '\\\\?\\':
            prefix, text = text[:4], text[4:]
            if text[:4] == 'UNC\\':
                prefix += 'UNC'
                text = '\\' + text[3:]
        if text[:2] == '\\\\' and text[2:3] != '\\':
            share_sep = text.find('\\', 2)
            if share_sep >= 0:
                end = text.find('\\', share_sep + 1)
                if end != share_sep + 1:
                    if end < 0:
                        end = len(text)
                    unc = text[1:end] if prefix else text[:end]
                    return prefix + unc, '\\', text[end + 1:]
        drive = ''
        if text[1:2] == ':' and text[:1] in self._letters:
            drive, text = text[:2], text[2:]
        root = ''
        if text[:1] == '\\':
            root, text = '\\', text.lstrip('\\')
        return prefix + drive, root, text

    def fold(self, text):
        return text.lower()

    def combine(self, left, right):
        drive, root, segs = right
        if root:
            if not drive and left[0]:
                return left[0], root, segs
            return right
        if drive:
            if drive.lower() == left[0].lower():
                return left[0], left[1], left[2] + segs
            return right
        return left[0], left[1], left[2] + segs

    def reserved(self, path):
        parts = path.parts
        if not parts or parts[0].startswith('\\\\'):
            return False  # a UNC (network share) path is never a reserved name
        last = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return last.upper() in self._reserved_names

    def file_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _percent_encode(rest.encode('utf-8')))
        return 'file:' + _percent_encode(path.as_posix().encode('utf-8'))


_posix_syntax = _PosixSyntax()
_windows_syntax = _WindowsSyntax()


def _parse_pieces(syntax, pieces):
    """Parse a list of path strings as one path: (drive, root, segments).  The last anchored piece starts the
    path; when it has a root but no drive, the nearest drive of an earlier piece is kept (Windows)."""
    sep, alt = syntax.sep, syntax.altsep
    drive = root = ''
    collected = []  # segments, last one first
    i = len(pieces)
    while i:
        i -= 1
        piece = pieces[i]
        if not piece:
            continue
        if alt:
            piece = piece.replace(alt, sep)
        drive, root, rest = syntax.anchor_of(piece)
        for name in reversed(rest.split(sep)):
            if name and name != '.':
                collected.append(name)
        if drive or root:
            if not drive:
                while i:
                    i -= 1
                    earlier = pieces[i]
                    if earlier:
                        if alt:
                            earlier = earlier.replace(alt, sep)
                        drive = syntax.anchor_of(earlier)[0]
                        if drive:
                            break
            break
    collected.reverse()
    return drive, root, tuple(collected)


def _os_arg(path):
    # Paths go to os functions as their text, so that an OSError names the file by its str (as CPython's
    # os functions do; weft's keep the object itself)
    return str(path) if isinstance(path, PurePath) else path


def _pieces_of(args):
    pieces = []
    for arg in args:
        if isinstance(arg, PurePath):
            pieces.extend(arg.parts)
            continue
        arg = os.fspath(arg)
        if not isinstance(arg, str):
            raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r"
                            % type(arg))
        pieces.append(str(arg))
    return pieces


# ---- pure paths

class _PathAncestors:
    """The sequence of a path's logical ancestors (path.parents): nearest first; slices give tuples and
    negative indexes count from the farthest one (as in 3.10+)."""
    __slots__ = ('_kind', '_drive', '_rootsep', '_segs')

    def __init__(self, path):
        self._kind = type(path)
        self._drive = path._drive
        self._rootsep = path._rootsep
        self._segs = path._segs

    def __len__(self):
        return len(self._segs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        count = len(self._segs)
        if index >= count or index < -count:
            raise IndexError(index)
        if index < 0:
            index += count
        return self._kind._assemble(self._drive, self._rootsep, self._segs[:count - 1 - index])

    def __iter__(self):
        for i in range(len(self._segs)):
            yield self[i]

    def __reversed__(self):
        for i in range(len(self._segs) - 1, -1, -1):
            yield self[i]

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def index(self, value, start=0, stop=None):
        count = len(self)
        if start is not None and start < 0:
            start = max(count + start, 0)
        if stop is not None and stop < 0:
            stop += count
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if item is value or item == value)

    def __repr__(self):
        return "<{}.parents>".format(self._kind.__name__)


class PurePath(object):
    """A path computed purely from text, with no file-system access.

    Instantiating PurePath itself yields the flavour of the running system
    (PurePosixPath or PureWindowsPath); either subclass can also be created
    explicitly anywhere.
    """
    __slots__ = ('_drive', '_rootsep', '_segs', '_text', '_key', '_hashval')

    # Each flavour class sets `_flavour` to its syntax object.  The attribute keeps CPython's name because a
    # class deriving directly from PurePath or Path has none, and 3.11 then fails with
    # "type object 'X' has no attribute '_flavour'".

    def __new__(cls, *args):
        """Build a path from any number of str / os.PathLike segments, joined
        and normalised as by joinpath().
        """
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        drive, root, segs = _parse_pieces(cls._flavour, _pieces_of(args))
        return cls._assemble(drive, root, segs)

    @classmethod
    def _assemble(cls, drive, root, segs):
        self = object.__new__(cls)
        self._drive = drive
        self._rootsep = root
        self._segs = segs
        self._text = self._key = self._hashval = None
        return self

    def _with_segs(self, segs):
        return self._assemble(self._drive, self._rootsep, segs)

    def __reduce__(self):
        return (self.__class__, self.parts)

    # -- text forms

    def _joined(self):
        # the path's text without the '.' that stands for an empty path
        return self._drive + self._rootsep + self._flavour.sep.join(self._segs)

    def __str__(self):
        """The path as native text, ready to hand to system calls."""
        text = self._text
        if text is None:
            text = self._text = self._joined() or '.'
        return text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as text with '/' as the separator, whatever the flavour."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        """os.fsencode() of the path; meaningful mainly on POSIX."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """A file:// URI for this path; relative paths raise ValueError."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.file_uri(self)

    # -- comparison: by the (case-folded, on Windows) parts, and only between paths of one flavour

    def _cmp_key(self):
        key = self._key
        if key is None:
            fold = self._flavour.fold
            key = tuple(fold(p) for p in self.parts) if self._flavour is _windows_syntax else self.parts
            self._key = key
        return key

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._flavour is other._flavour and self._cmp_key() == other._cmp_key()

    def __hash__(self):
        value = self._hashval
        if value is None:
            value = self._hashval = hash(self._cmp_key())
        return value

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cmp_key() < other._cmp_key()

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cmp_key() <= other._cmp_key()

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cmp_key() > other._cmp_key()

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cmp_key() >= other._cmp_key()

    # -- components

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drive

    @property
    def root(self):
        """The root of the path, if any."""
        return self._rootsep

    @property
    def anchor(self):
        """Drive and root put together ('' for a relative path)."""
        return self._drive + self._rootsep

    @property
    def parts(self):
        """Tuple of the path's segments; the anchor, if any, comes first."""
        anchor = self._drive + self._rootsep
        return (anchor,) + self._segs if anchor else self._segs

    @property
    def name(self):
        """Last segment as a string, or '' if there is none."""
        return self._segs[-1] if self._segs else ''

    @property
    def suffix(self):
        """Extension of the last segment, dot included (e.g. '.gz'), or ''."""
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        """Every extension of the last segment in order, dots included (e.g. ['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        pieces = name.lstrip('.').split('.')
        return ['.' + piece for piece in pieces[1:]]

    @property
    def stem(self):
        """Last segment with its final extension removed."""
        name = self.name
        dot = name.rfind('.')
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        """The path with its last segment removed (the path itself if it has none)."""
        if not self._segs and (self._drive or self._rootsep):
            return self
        return self._with_segs(self._segs[:-1])

    @property
    def parents(self):
        """Immutable sequence of ancestors, nearest first."""
        return _PathAncestors(self)

    # -- derived paths

    def with_name(self, name):
        """Copy of this path whose last segment is replaced by *name*."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        syntax = self._flavour
        drive, root, segs = _parse_pieces(syntax, [name])
        if (not name or name[-1] == syntax.sep or (syntax.altsep and name[-1] == syntax.altsep)
                or drive or root or len(segs) != 1):
            raise ValueError("Invalid name %r" % (name,))
        # the new name goes in as given (3.11 keeps e.g. './x' unnormalised)
        return self._with_segs(self._segs[:-1] + (name,))

    def with_stem(self, stem):
        """Copy of this path with *stem* as the new stem (the suffix is kept)."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Copy of this path whose extension is swapped for *suffix*.

        *suffix* must be '' (strip the extension) or start with a dot; a path
        without an extension simply gets it appended.
        """
        syntax = self._flavour
        if syntax.sep in suffix or (syntax.altsep and syntax.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix == '.' or (suffix and not suffix.startswith('.')):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        stem = name[:-len(old)] if old else name
        return self._with_segs(self._segs[:-1] + (stem + suffix,))

    def _anchored_parts(self, drive, root, segs):
        # drive and root as separate leading items (so that '/a' and 'a' never share a prefix)
        if root:
            return (drive, root) + segs
        if drive:
            return (drive,) + segs
        return segs

    def relative_to(self, *other):
        """Compute the part of this path below the path built from *other*.

        ValueError is raised when this path does not lie under it.
        """
        # follows pathlib.PurePath.relative_to (3.11): drive and root count as separate leading parts
        if not other:
            raise TypeError("need at least one argument")
        syntax = self._flavour
        mine = self._anchored_parts(self._drive, self._rootsep, self._segs)
        o_drive, o_root, o_segs = _parse_pieces(syntax, _pieces_of(other))
        theirs = self._anchored_parts(o_drive, o_root, o_segs)
        n = len(theirs)
        if n == 0:
            unrelated = bool(self._drive or self._rootsep)
        else:
            fold = syntax.fold
            unrelated = [fold(p) for p in mine[:n]] != [fold(p) for p in theirs]
        if unrelated:
            formatted = o_drive + o_root + syntax.sep.join(o_segs)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        rest = mine[n:]
        if n == 1 and self._rootsep:
            return self._assemble('', self._rootsep, rest[1:])
        return self._assemble('', '', rest)

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def joinpath(self, *args):
        """Append *args* to this path as if by the / operator; an anchored
        argument restarts the result from that argument.
        """
        syntax = self._flavour
        added = _parse_pieces(syntax, _pieces_of(args))
        drive, root, segs = syntax.combine((self._drive, self._rootsep, self._segs), added)
        return self._assemble(drive, root, segs)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key,) + self.parts)
        except TypeError:
            return NotImplemented

    # -- queries

    def is_absolute(self):
        """Whether the path is anchored: it has a root and, on Windows, also a drive."""
        if not self._rootsep:
            return False
        return self._flavour is _posix_syntax or bool(self._drive)

    def is_reserved(self):
        """Whether the path uses a name the OS forbids (Windows device names; never on POSIX)."""
        return self._flavour.reserved(self)

    def match(self, path_pattern):
        """Glob-style test of this path against *path_pattern*, compared from
        the rightmost segment; an anchored pattern has to cover the whole path.
        """
        # follows pathlib.PurePath.match (3.11): names are matched from the right; an anchored pattern must
        # match the whole path, and a relative one is matched against the parts (anchor included)
        syntax = self._flavour
        fold = syntax.fold
        path_pattern = fold(path_pattern)
        p_drive, p_root, p_segs = _parse_pieces(syntax, [path_pattern])
        if not (p_drive or p_root or p_segs):
            raise ValueError("empty pattern")
        if p_drive and p_drive != fold(self._drive):
            return False
        if p_root and p_root != fold(self._rootsep):
            return False
        parts = self._cmp_key()
        if p_drive or p_root:
            if len(p_segs) + 1 != len(parts):
                return False
        elif len(p_segs) > len(parts):
            return False
        for name, pattern in zip(reversed(parts), reversed(p_segs)):
            if not _pattern_matcher(pattern)(name):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """Pure path using POSIX rules; it may be created on any platform."""
    _flavour = _posix_syntax
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Pure path using Windows rules (drives, backslashes, case folding); it may be created on any platform."""
    _flavour = _windows_syntax
    __slots__ = ()


# ---- concrete paths

class Path(PurePath):
    """A path with methods that touch the file system (stat, open, iterdir...).

    Instantiating Path gives PosixPath or WindowsPath to match the running
    system; only the system's own flavour can be instantiated.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_args(args)
        if not self._flavour.native:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return self

    def _child(self, name):
        return self._assemble(self._drive, self._rootsep, self._segs + (name,))

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    # -- where we are

    @classmethod
    def cwd(cls):
        """The current working directory (os.getcwd()) as a new path."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory, as expanduser('~') finds it, as a new path."""
        return cls("~").expanduser()

    def absolute(self):
        """Anchor a relative path at the current directory; nothing is normalised
        and symlinks are not resolved (see resolve() for that).
        """
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(),) + self._segs)

    def resolve(self, strict=False):
        """Absolute path with symlinks followed and '..' resolved.

        With *strict*, a missing component raises an error instead of being kept
        as written.
        """
        # follows pathlib.Path.resolve (3.11): a symlink loop becomes RuntimeError, found by realpath (strict)
        # or by a stat() of the result (non-strict)
        try:
            resolved = self._from_args((os.path.realpath(str(self), strict=strict),))
        except OSError as error:
            if error.errno == ELOOP:
                raise RuntimeError("Symlink loop from %r" % error.filename)
            raise
        if not strict:
            try:
                resolved.stat()
            except OSError as error:
                if error.errno == ELOOP:
                    raise RuntimeError("Symlink loop from %r" % error.filename)
        return resolved

    def expanduser(self):
        """Copy of the path with a leading '~' or '~user' replaced by the home directory."""
        if not (self._drive or self._rootsep) and self._segs and self._segs[0][:1] == '~':
            home = os.path.expanduser(self._segs[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((home,) + self._segs[1:])
        return self

    def samefile(self, other_path):
        """Whether *other_path* leads to the same file as this one (compares stat results)."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = self.__class__(other_path).stat()
        return os.path.samestat(mine, theirs)

    # -- directory contents

    def iterdir(self):
        """Yield one path per entry of this directory, '.' and '..' excluded."""
        for name in os.listdir(str(self)):
            yield self._child(name)

    def glob(self, pattern):
        """Yield the existing paths below this directory that match the relative glob *pattern*."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        yield from self._glob_parts(pattern, ())

    def rglob(self, pattern):
        """Like glob() with '**/' put in front of *pattern*: matches at any depth."""
        yield from self._glob_parts(pattern, ('**',))

    def _glob_parts(self, pattern, lead):
        syntax = self._flavour
        drive, root, segs = _parse_pieces(syntax, [pattern])
        if drive or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        steps = lead + segs
        if pattern and (pattern[-1] == syntax.sep or (syntax.altsep and pattern[-1] == syntax.altsep)):
            steps += ('',)  # a trailing slash: directories only
        if not steps:
            raise IndexError("tuple index out of range")  # what 3.11 does for glob('.')
        for step in steps:
            if '**' in step and step != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if self.is_dir():
            yield from _glob_step(self, steps, 0)

    # -- stat and the tests built on it

    def stat(self, *, follow_symlinks=True):
        """os.stat() result for this path (symlinks followed unless follow_symlinks is false)."""
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() result: for a symlink, data about the link itself."""
        return self.stat(follow_symlinks=False)

    def _mode_is(self, test, follow_symlinks=True):
        # a missing file (or a broken link, a loop, a file used as a directory) is simply not of the kind
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError as error:
            if not _is_absent(error):
                raise
            return False
        except ValueError:
            return False  # a name the system cannot take (e.g. with a NUL)

    def exists(self):
        """True if the path can be stat()ed."""
        return self._mode_is(_any_mode)

    def is_dir(self):
        """True for a directory (symlinks are followed)."""
        return self._mode_is(S_ISDIR)

    def is_file(self):
        """True if the path leads to a regular file, symlinks followed."""
        return self._mode_is(S_ISREG)

    def is_symlink(self):
        """True if the path itself is a symlink."""
        return self._mode_is(S_ISLNK, False)

    def is_block_device(self):
        """True if the path leads to a block special file."""
        return self._mode_is(S_ISBLK)

    def is_char_device(self):
        """True if the path leads to a character special file."""
        return self._mode_is(S_ISCHR)

    def is_fifo(self):
        """True if the path leads to a named pipe."""
        return self._mode_is(S_ISFIFO)

    def is_socket(self):
        """True if the path leads to a Unix socket."""
        return self._mode_is(S_ISSOCK)

    def is_mount(self):
        """True if the path is where a file system is mounted (see os.path.ismount)."""
        # follows pathlib.Path.is_mount (3.11): another device than the parent's, or the same inode (the root)
        if not self.exists() or not self.is_dir():
            return False
        try:
            above = self.parent.stat()
        except OSError:
            return False
        here = self.stat()
        if here.st_dev != above.st_dev:
            return True
        return here.st_ino == above.st_ino

    def owner(self):
        """User name of the file's owner, from its st_uid."""
        try:
            import pwd
        except ImportError:
            raise NotImplementedError("Path.owner() is unsupported on this system")
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """Name of the group owning the file, looked up from st_gid."""
        try:
            import grp
        except ImportError:
            raise NotImplementedError("Path.group() is unsupported on this system")
        return grp.getgrgid(self.stat().st_gid).gr_name

    # -- file contents

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        """open() this path, passing the remaining arguments along; returns the file object."""
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Whole contents of the file as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Whole contents of the file as str, decoded with *encoding* / *errors*."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the file's contents with *data* (bytes-like); returns the byte count."""
        view = memoryview(data)  # refuse what is not bytes-like before the file is truncated
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the str *data*; returns the character count."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    # -- creating, changing and removing

    def touch(self, mode=0o666, exist_ok=True):
        """Create an empty file here with *mode*, or just update its times if it
        already exists (FileExistsError instead when *exist_ok* is false).
        """
        # follows pathlib.Path.touch (3.11): an existing file only gets a new modification time
        if exist_ok:
            try:
                os.utime(str(self), None)
                return
            except OSError:
                pass  # not there (or not ours): create it below
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(str(self), flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Make a directory at this path with *mode*.  *parents* creates missing
        ancestors; *exist_ok* tolerates an existing directory.
        """
        # follows pathlib.Path.mkdir (3.11): with parents=True a missing parent is created first (an existing
        # one is fine), then this directory; exist_ok accepts any failure when a directory is there after all
        # (the system may report EACCES or EROFS rather than EEXIST)
        try:
            os.mkdir(str(self), mode)
            return
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        self.parent.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, parents=False, exist_ok=exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        """os.chmod() this path to *mode*."""
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() applied to a symlink itself rather than to its target."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Delete the file or symlink at this path (directories need rmdir()).
        A missing file is ignored when *missing_ok* is true.
        """
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Delete this directory, which has to be empty."""
        os.rmdir(str(self))

    def rename(self, target):
        """os.rename() this path to *target* and return the new path.

        A relative *target* is taken from the current directory, not from this
        path's parent.
        """
        os.rename(str(self), _os_arg(target))
        return self.__class__(target)

    def replace(self, target):
        """Like rename(), but an existing *target* is overwritten (os.replace())."""
        os.replace(str(self), _os_arg(target))
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Turn this path into a symbolic link to *target*.  The argument order is
        the opposite of os.symlink(src, dst).
        """
        os.symlink(_os_arg(target), str(self), target_is_directory)

    def hardlink_to(self, target):
        """Turn this path into a hard link to the file *target* (argument order
        is the opposite of os.link()).
        """
        os.link(_os_arg(target), str(self))

    def link_to(self, target):
        """Create a hard link at *target* to this file.  Deprecated (removal
        planned for 3.12); hardlink_to() is the replacement.
        """
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled "
                      "for removal in Python 3.12. "
                      "Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        self.__class__(target).hardlink_to(self)

    def readlink(self):
        """What the symlink at this path points to, as a new path."""
        return self._from_args((os.readlink(str(self)),))


class PosixPath(Path, PurePosixPath):
    """Concrete Path for POSIX systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Concrete Path for Windows systems."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")


# ---- glob: one step of the pattern at a time, in os.scandir order

def _glob_step(path, steps, i):
    """Yield the paths below `path` (a directory) that match steps[i:]; '' as the last step stands for a
    trailing slash.  Permission errors end the listing of a directory quietly, as in 3.11."""
    # follows pathlib's selectors (3.11): exact names are looked up, wildcards are matched against a
    # directory listing, '**' descends depth first (not into symlinked directories) and yields each match once
    if i == len(steps) or not steps[i]:
        yield path
        return
    step = steps[i]
    more = i + 1 < len(steps)  # then only directories can lead further
    try:
        if step == '**':
            seen = set()
            for folder in _folders_below(path):
                for found in _glob_step(folder, steps, i + 1):
                    if found not in seen:
                        seen.add(found)
                        yield found
        elif _has_wildcard(step):
            matches = _pattern_matcher(step)
            with os.scandir(str(path)) as listing:
                entries = list(listing)
            for entry in entries:
                if more:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError as error:
                        if not _is_absent(error):
                            raise
                        continue
                if matches(entry.name):
                    yield from _glob_step(path._child(entry.name), steps, i + 1)
        else:
            child = path._child(step)
            if child.is_dir() if more else child.exists():
                yield from _glob_step(child, steps, i + 1)
    except PermissionError:
        return


def _folders_below(path):
    """`path` and every directory under it, depth first, without following symlinks to directories."""
    yield path
    try:
        with os.scandir(str(path)) as listing:
            entries = list(listing)
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError as error:
                if not _is_absent(error):
                    raise
                is_dir = False
            if is_dir and not entry.is_symlink():
                yield from _folders_below(path._child(entry.name))
    except PermissionError:
        return
