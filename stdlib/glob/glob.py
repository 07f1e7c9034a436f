"""Find path names matching shell-style wildcard patterns."""
# Written for weft after the documented behaviour of CPython 3.11's Lib/glob.py (same results in the same
# order); our own code. Patterns are matched one path component at a time with fnmatch.
import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape"]

magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """List the existing paths that match *pathname*.

    Wildcards are those of fnmatch; names beginning with '.' are matched only
    by patterns that start with '.' unless *include_hidden* is true.  With
    *recursive*, '**' stands for any number of nested directories.  Relative
    patterns are resolved against *root_dir* (or *dir_fd*) when given.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), but yield the matching paths one at a time."""
    root = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    found = _Globber(root, dir_fd, recursive, include_hidden).paths(pathname, False)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # an empty pattern, or '**' at the very start, would yield '' first: leave it out
        first = next(found, None)
        if first:
            found = _prepend(first, found)
    return found


def _prepend(first, rest):
    yield first
    yield from rest


def has_magic(s):
    pattern = magic_check_bytes if isinstance(s, bytes) else magic_check
    return pattern.search(s) is not None


def _is_hidden(name):
    return name[:1] in ('.', b'.')


def _is_recursive(pattern):
    return pattern == ('**' if isinstance(pattern, str) else b'**')


def escape(pathname):
    """Wrap each wildcard character of *pathname* in [...] so that it matches literally."""
    # the drive part (none on POSIX) is kept as it is; each of * ? [ becomes a one-character set
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        return drive + magic_check_bytes.sub(br'[\1]', rest)
    return drive + magic_check.sub(r'[\1]', rest)


class _Globber:
    """One glob call's settings: names are looked up below root (or dir_fd) and patterns are relative to it."""

    def __init__(self, root, dir_fd, recursive, include_hidden):
        self.root = root
        self.dir_fd = dir_fd
        self.recursive = recursive
        self.hidden = include_hidden

    def _under_root(self, path):
        return os.path.join(self.root, path) if self.root and path else (path or self.root)

    # follows glob._iglob: split off the last component; the directory part is globbed recursively (with
    # dironly) when it has magic, then the last component is matched in each directory found
    def paths(self, pathname, dironly):
        head, tail = os.path.split(pathname)
        if not has_magic(pathname):
            if tail:
                if self._lexists(self._under_root(pathname)):
                    yield pathname
            elif self._isdir(self._under_root(head)):
                yield pathname  # a trailing slash only matches directories
            return
        if not head:
            yield from self._in_dir(self.root, tail, dironly)
            return
        if head != pathname and has_magic(head):
            folders = self.paths(head, True)
        else:
            folders = [head]
        for folder in folders:
            for name in self._in_dir(self._under_root(folder), tail, dironly):
                yield os.path.join(folder, name)

    def _in_dir(self, folder, pattern, dironly):
        if not has_magic(pattern):
            return self._literal(folder, pattern)
        if self.recursive and _is_recursive(pattern):
            return self._everything_below(folder, dironly)
        return self._matching(folder, pattern, dironly)

    def _literal(self, folder, name):
        # a literal component only has to exist ('' after a trailing slash: folder must be a directory)
        if name:
            return [name] if self._lexists(os.path.join(folder, name)) else []
        return [name] if self._isdir(folder) else []

    def _matching(self, folder, pattern, dironly):
        names = self._names(folder, dironly)
        if not self.hidden and not _is_hidden(pattern):
            names = [n for n in names if not _is_hidden(n)]
        return fnmatch.filter(names, pattern)

    def _everything_below(self, folder, dironly):
        # '**': the folder itself (as the empty name), then every path below it, parents before children
        yield folder[:0]
        yield from self._walk(folder, dironly)

    def _walk(self, folder, dironly):
        for name in self._names(folder, dironly):
            if self.hidden or not _is_hidden(name):
                yield name
                inner = os.path.join(folder, name) if folder else name
                for below in self._walk(inner, dironly):
                    yield os.path.join(name, below)

    def _names(self, folder, dironly):
        # the names in folder (only the directories with dironly); [] when it can't be listed
        opened = None
        try:
            if self.dir_fd is not None:
                if folder:
                    opened = target = os.open(folder, os.O_RDONLY | os.O_DIRECTORY, dir_fd=self.dir_fd)
                else:
                    target = self.dir_fd
            else:
                target = folder or (os.curdir if isinstance(folder, str) else os.curdir.encode())
            names = []
            with os.scandir(target) as entries:
                for entry in entries:
                    try:
                        if not dironly or entry.is_dir():
                            names.append(entry.name)
                    except OSError:
                        pass
        except OSError:
            return []
        finally:
            if opened is not None:
                os.close(opened)
        if self.dir_fd is not None and isinstance(folder, bytes):
            names = [os.fsencode(n) for n in names]
        return names

    def _lexists(self, path):
        if self.dir_fd is None:
            return os.path.lexists(path)
        try:
            os.lstat(path, dir_fd=self.dir_fd)
        except (OSError, ValueError):
            return False
        return True

    def _isdir(self, path):
        if self.dir_fd is None:
            return os.path.isdir(path)
        try:
            st = os.stat(path, dir_fd=self.dir_fd)
        except (OSError, ValueError):
            return False
        import stat
        return stat.S_ISDIR(st.st_mode)


# the old helpers: a literal name / a pattern in one directory
def glob0(dirname, pattern):
    return _Globber(dirname[:0], None, False, False)._literal(dirname, pattern)


def glob1(dirname, pattern):
    return _Globber(dirname[:0], None, False, False)._matching(dirname, pattern, False)
