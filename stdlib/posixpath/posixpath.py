# posixpath, which is os.path: path names as strings (or bytes), and the questions about the files they name.
# Our own code, following CPython's Lib/posixpath.py and Lib/genericpath.py for behaviour and messages.
import stat as _stat
from posix import fspath as _fspath

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname', 'commonprefix',
           'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir', 'isfile',
           'ismount', 'expanduser', 'expandvars', 'normpath', 'abspath', 'samefile', 'sameopenfile', 'samestat',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull', 'realpath',
           'supports_unicode_filenames', 'relpath', 'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

import os  # after the constants: os imports them from here, and either module may be imported first


def _slash(p):
    """The separator of p's kind: '/' for str, b'/' for bytes."""
    return b'/' if isinstance(p, bytes) else '/'


def _mixed_types(name, args):
    """The TypeError CPython's genericpath._check_arg_types raises for bad arguments of `name`."""
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            return TypeError(f'{name}() argument must be str, bytes, or os.PathLike object, '
                             f'not {type(a).__name__!r}')
    if has_str and has_bytes:
        return TypeError("Can't mix strings and bytes in path components")
    return None


def normcase(s):
    """Case-fold a path; POSIX paths are case-sensitive, so *s* is returned as is."""
    return _fspath(s)


def isabs(s):
    """True when *s* starts with a slash."""
    s = _fspath(s)
    return s.startswith(_slash(s))


def join(a, *p):
    """Append each component of *p* to *a*, adding '/' between them.

    An absolute component discards what was built so far; an empty final
    component leaves the result ending in '/'.
    """
    a = _fspath(a)
    s = _slash(a)
    path = a
    try:
        for b in map(_fspath, p):
            if b.startswith(s):
                path = b
            elif not path or path.endswith(s):
                path += b
            else:
                path += s + b
    except (TypeError, AttributeError, BytesWarning):
        error = _mixed_types('join', (a,) + p)
        if error is not None:
            raise error from None
        raise
    return path


def split(p):
    """Cut *p* at its last slash into (head, tail); either may be empty.

    Trailing slashes are removed from head unless it consists only of slashes.
    """
    p = _fspath(p)
    s = _slash(p)
    cut = p.rfind(s) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    """Separate a file extension from *p*, giving (root, ext).

    ext starts at the last dot of the final component; leading dots of that
    component do not count, so ext may be ''.
    """
    p = _fspath(p)
    if isinstance(p, bytes):
        s, dot = b'/', b'.'
    else:
        s, dot = '/', '.'
    # follows genericpath._splitext: a dot that only starts the name (".bashrc") is no extension
    name_start = p.rfind(s) + 1
    dot_at = p.rfind(dot)
    if dot_at > name_start and p[name_start:dot_at] != dot * (dot_at - name_start):
        return p[:dot_at], p[dot_at:]
    return p, p[:0]


def splitdrive(p):
    """Give ('', p): POSIX paths have no drive letter."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Part of *p* after the last slash."""
    p = _fspath(p)
    return p[p.rfind(_slash(p)) + 1:]


def dirname(p):
    """Part of *p* before the last slash, trailing slashes removed."""
    p = _fspath(p)
    s = _slash(p)
    head = p[:p.rfind(s) + 1]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def commonprefix(m):
    """Longest leading run, item by item, common to all sequences in *m* ('' if *m* is empty)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    low, high = min(m), max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def _stat_or_none(path, follow=True):
    try:
        return os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """True if *path* names something that os.stat() can reach (dangling links: False)."""
    return _stat_or_none(path) is not None


def lexists(path):
    """True if *path* is present, even as a dangling symlink (uses os.lstat())."""
    return _stat_or_none(path, False) is not None


def isfile(path):
    """True if *path* (symlinks followed) is an ordinary file."""
    st = _stat_or_none(path)
    return st is not None and _stat.S_ISREG(st.st_mode)


def isdir(s):
    """True if *s* (symlinks followed) is a directory."""
    st = _stat_or_none(s)
    return st is not None and _stat.S_ISDIR(st.st_mode)


def islink(path):
    """True if *path* itself is a symlink."""
    st = _stat_or_none(path, False)
    return st is not None and _stat.S_ISLNK(st.st_mode)


def getsize(filename):
    """Byte count of *filename*, via st_size of os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """st_mtime of *filename*: when its contents last changed."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """st_atime of *filename*: when it was last read."""
    return os.stat(filename).st_atime


def getctime(filename):
    """st_ctime of *filename*: on POSIX, the last inode (metadata) change."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """True if stat results *s1* and *s2* have equal st_ino and st_dev."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """True when paths *f1* and *f2* lead to one file (same st_dev and st_ino).

    Any OSError from os.stat() on either path propagates.
    """
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True when file descriptors *fp1* and *fp2* are open on one file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    """True for a mount point: not a symlink, and on another device than its parent or the same inode."""
    # follows posixpath.ismount: a different device than the parent's, or the same i-node (the root)
    st = _stat_or_none(path, False)
    if st is None or _stat.S_ISLNK(st.st_mode):
        return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent_st = _stat_or_none(parent, False)
    if parent_st is None:
        return False
    return st.st_dev != parent_st.st_dev or st.st_ino == parent_st.st_ino


def expanduser(path):
    """Replace a leading '~' or '~name' in *path* with a home directory.

    '~' uses $HOME (or the password database); '~name' uses that user's entry.
    If the home directory cannot be found the path comes back unchanged.
    """
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    s = _slash(path)
    end = path.find(s, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        home = os.environ.get('HOME')
        if home is None:
            home = _home_of_user(None)
            if home is None:
                return path
    else:
        user = path[1:end]
        home = _home_of_user(user.decode() if isinstance(user, bytes) else user)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(s)
    return (home + path[end:]) or s


def _home_of_user(name):
    """The home directory of user `name` (None: the current user) from /etc/passwd, or None."""
    uid = str(os.getuid())
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and (fields[0] == name if name is not None else fields[2] == uid):
                    return fields[5]
    except OSError:
        pass
    return None


def expandvars(path):
    """Substitute $name and ${name} in *path* from os.environ; unset names stay literally."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    dollar = b'$' if is_bytes else '$'
    if dollar not in path:
        return path
    import re
    pattern = rb'\$(\w+|\{[^}]*\})' if is_bytes else r'\$(\w+|\{[^}]*\})'
    flags = 0 if is_bytes else re.ASCII

    def substitute(m):
        name = m.group(1)
        if name[:1] in ('{', b'{') and name[-1:] in ('}', b'}'):
            name = name[1:-1]
        key = os.fsdecode(name) if is_bytes else name
        if key not in os.environ:
            return m.group(0)
        value = os.environ[key]
        return os.fsencode(value) if is_bytes else value

    return re.sub(pattern, substitute, path, flags=flags)


def normpath(path):
    """Collapse repeated slashes and '.' parts and resolve 'a/..' textually, without I/O."""
    path = _fspath(path)
    s = _slash(path)
    if isinstance(path, bytes):
        empty, dot, dotdot = b'', b'.', b'..'
    else:
        empty, dot, dotdot = '', '.', '..'
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; one or three or more become one
    leading = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1 if path.startswith(s) else 0
    parts = []
    for part in path.split(s):
        if part in (empty, dot):
            continue
        if part != dotdot or (not leading and not parts) or (parts and parts[-1] == dotdot):
            parts.append(part)
        elif parts:
            parts.pop()
    result = s * leading + s.join(parts)
    return result or dot


def abspath(path):
    """Make *path* absolute by joining it to the current directory, then normpath() it."""
    path = _fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Resolve *filename* to an absolute path with every symlink followed.

    With *strict*, a missing component or a symlink loop raises OSError.
    """
    filename = _fspath(filename)
    s = _slash(filename)
    if isinstance(filename, bytes):
        dot, dotdot = b'.', b'..'
    else:
        dot, dotdot = '.', '..'
    # follows posixpath._joinrealpath: resolve one component at a time, remembering links being resolved
    # (None while in progress: a loop) and their results
    links = {}

    def resolve(base, rest):
        if isabs(rest):
            rest = rest[1:]
            base = s
        while rest:
            name, _, rest = rest.partition(s)
            if not name or name == dot:
                continue
            if name == dotdot:
                if base:
                    base, tail = split(base)
                    if tail == dotdot:
                        base = join(base, dotdot, dotdot)
                else:
                    base = dotdot
                continue
            candidate = join(base, name)
            try:
                st = os.lstat(candidate)
            except OSError:
                if strict:
                    raise
                is_link = False
            else:
                is_link = _stat.S_ISLNK(st.st_mode)
            if not is_link:
                base = candidate
                continue
            if candidate in links:
                target = links[candidate]
                if target is not None:
                    base = target
                    continue
                if strict:
                    os.stat(candidate)  # raises the loop's OSError
                return join(candidate, rest), False
            links[candidate] = None
            base, ok = resolve(base, os.readlink(candidate))
            if not ok:
                return join(base, rest), False
            links[candidate] = base
        return base, True

    path, _ = resolve(filename[:0], filename)
    return abspath(path)


def relpath(path, start=None):
    """Express *path* relative to *start* (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        dot, dotdot = b'.', b'..'
    else:
        dot, dotdot = '.', '..'
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    try:
        s = _slash(path)
        start_parts = [x for x in abspath(start).split(s) if x]
        path_parts = [x for x in abspath(path).split(s) if x]
        common = len(commonprefix([start_parts, path_parts]))
        parts = [dotdot] * (len(start_parts) - common) + path_parts[common:]
        return join(*parts) if parts else dot
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        error = _mixed_types('relpath', (path, start))
        if error is not None:
            raise error from None
        raise


def commonpath(paths):
    """Longest path prefix, whole components only, of the paths in *paths*."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    s = _slash(paths[0])
    dot = b'.' if isinstance(paths[0], bytes) else '.'
    try:
        split_paths = [[c for c in p.split(s) if c and c != dot] for p in paths]
        absolute = {p[:1] == s for p in paths}
        if len(absolute) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        shortest, longest = min(split_paths), max(split_paths)
        common = shortest
        for i, c in enumerate(shortest):
            if c != longest[i]:
                common = shortest[:i]
                break
        prefix = s if absolute.pop() else s[:0]
        return prefix + s.join(common)
    except (TypeError, AttributeError):
        error = _mixed_types('commonpath', paths)
        if error is not None:
            raise error from None
        raise
