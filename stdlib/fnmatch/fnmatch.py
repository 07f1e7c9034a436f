"""Match file names against shell-style wildcard patterns."""
# Written for weft after the documented behaviour of CPython 3.11's Lib/fnmatch.py; translate() produces the
# very same regular expression text, since programs print it.
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _normcase(path):
    # os.path.normcase on POSIX: os.fspath() and nothing else
    if isinstance(path, (str, bytes)):
        return path
    hook = getattr(type(path), '__fspath__', None)
    if hook is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    result = hook(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(path).__name__, type(result).__name__))
    return result


def fnmatch(name, pat):
    """True if *name* matches the shell pattern *pat*.

    '*' matches any run of characters, '?' one character, '[abc]' one of the
    listed characters and '[!abc]' any other one.  A leading '.' gets no
    special treatment.  Both arguments go through os.path.normcase() first;
    use fnmatchcase() to avoid that.
    """
    return fnmatchcase(_normcase(name), _normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        # bytes patterns go through str with a 1:1 byte <-> code point mapping
        return re.compile(translate(pat.decode('latin-1')).encode('latin-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The items of *names* that match *pat* (with normcase applied), as a list."""
    match = _compile_pattern(_normcase(pat))
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    """fnmatch() without the os.path.normcase() step, so case always matters."""
    return _compile_pattern(pat)(name) is not None


def _bracket(body):
    # The regex text of a shell set whose text between '[' and ']' is `body` (may start with '!').
    # Follows fnmatch.translate: a '-' makes a range a-b; ranges whose ends are reversed are dropped; other
    # backslashes and hyphens are escaped, as are the set operators & ~ | of future regex versions.
    if '-' not in body:
        text = body.replace('\\', '\\\\')
    else:
        negated = body.startswith('!')
        start = 1 if negated else 0
        # split at range hyphens: a '-' can't be the first member, and after a-b the next hyphen is searched
        # from the character after b
        parts = []
        piece_start, search = 0, start + 1
        while True:
            k = body.find('-', search)
            if k < 0:
                break
            parts.append(body[piece_start:k])
            piece_start, search = k + 1, k + 3
        tail = body[piece_start:]
        if tail:
            parts.append(tail)
        else:
            parts[-1] += '-'          # a trailing '-' is literal
        k = len(parts) - 1
        while k > 0:                  # drop empty ranges such as z-a (invalid in a regex)
            if parts[k - 1][-1] > parts[k][0]:
                parts[k - 1] = parts[k - 1][:-1] + parts[k][1:]
                del parts[k]
            k -= 1
        text = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in parts)
    text = ''.join('\\' + c if c in '&~|' else c for c in text)
    if not text:
        return '(?!)'                 # empty set: never matches
    if text == '!':
        return '.'                    # bare '[!]': accepts one arbitrary character
    if text[0] == '!':
        return '[^' + text[1:] + ']'
    if text[0] in '^[':
        return '[\\' + text + ']'
    return '[' + text + ']'


def translate(pat):
    """Convert the shell pattern *pat* into regular expression source text
    that matches a whole name; wildcard characters cannot be escaped.
    """
    # First pass: a list of regex pieces where None stands for a run of '*'.
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not None:
                pieces.append(None)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            end = i
            if end < n and pat[end] == '!':
                end += 1
            if end < n and pat[end] == ']':
                end += 1
            end = pat.find(']', end)
            if end < 0:
                pieces.append('\\[')
            else:
                pieces.append(_bracket(pat[i:end]))
                i = end + 1
        else:
            pieces.append(re.escape(c))
    # Second pass: the text between stars. Literal text before the first star stays as is; each "* text" in
    # the middle becomes a lazy atomic group (no backtracking into it); the last "* text" is a greedy .* .
    segments = [[]]
    for piece in pieces:
        if piece is None:
            segments.append([])
        else:
            segments[-1].append(piece)
    texts = [''.join(seg) for seg in segments]
    out = [texts[0]]
    out.extend('(?>.*?%s)' % t for t in texts[1:-1])
    if len(texts) > 1:
        out.append('.*' + texts[-1])
    return '(?s:%s)\\Z' % ''.join(out)
