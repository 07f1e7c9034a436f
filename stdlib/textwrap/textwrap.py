# textwrap: wrapping, filling, shortening, dedenting and indenting plain text.
# Written in weft after the documented behaviour of CPython 3.11's Lib/textwrap.py. weft has no `re` yet, so
# the chunk splitter (CPython: TextWrapper.wordsep_re), sentence-end test and dedent scanning are hand-written
# scanners that reproduce what those regular expressions match.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):          # regex \w
    return c == '_' or c.isalnum()


def _is_letter(c):        # regex [^\d\W]
    return (c == '_' or c.isalnum()) and not c.isdecimal()


def _is_word_punct(c):    # regex [\w!"'&.,?]
    return c in '!"\'&.,?' or c == '_' or c.isalnum()


def _dashes_then_word(text, i):
    # regex -{2,}(?=\w) at i: the length of the dash run, or 0
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    if j - i >= 2 and j < len(text) and _is_word(text[j]):
        return j - i
    return 0


def _split_on_hyphens(text):
    # CPython: TextWrapper.wordsep_re -- whitespace runs; an em-dash ("--" between a word and a word
    # character); or the shortest run of non-space ending before whitespace/the end, before an em-dash, or
    # just after a hyphen that joins two letters ("a-b" style compounds).
    chunks = []
    n = len(text)
    p = 0
    letter = lambda i: 0 <= i < n and _is_letter(text[i])
    while p < n:
        if text[p] in _whitespace:
            q = p + 1
            while q < n and text[q] in _whitespace:
                q += 1
        elif p > 0 and _is_word_punct(text[p - 1]) and _dashes_then_word(text, p):
            q = p + _dashes_then_word(text, p)
        else:
            q = p + 1
            while q < n and text[q] not in _whitespace:
                if text[q] == '-':
                    behind = (letter(q - 2) and letter(q - 1)) or \
                             (letter(q - 3) and text[q - 2] == '-' and letter(q - 1))
                    ahead = letter(q + 1) and (letter(q + 2) or
                                               (q + 2 < n and text[q + 2] == '-' and letter(q + 3)))
                    if behind and ahead:
                        q += 1
                        break
                    if _is_word_punct(text[q - 1]) and _dashes_then_word(text, q):
                        break
                q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _split_on_whitespace(text):
    # CPython: TextWrapper.wordsep_simple_re -- alternating runs of whitespace and non-whitespace
    chunks = []
    p = 0
    n = len(text)
    while p < n:
        space = text[p] in _whitespace
        q = p + 1
        while q < n and (text[q] in _whitespace) == space:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _ends_sentence(chunk):
    # CPython: TextWrapper.sentence_end_re -- [a-z][.!?]["']? at the end of the chunk
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps and fills text; the attributes set by __init__ control the layout."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # CPython: TextWrapper._handle_long_word -- at least one character goes per pass; prefer to break
        # just after the last hyphen that fits, if something other than hyphens precedes it
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        # CPython: TextWrapper._wrap_chunks (greedy filling, whitespace dropping, max_lines/placeholder)
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                    and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # this is the last allowed line: end it with the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and join the lines with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines (see TextWrapper for the options)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph into a single newline-separated string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to width, ending with the placeholder if cut."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the leading whitespace common to every non-blank line; blank lines become empty."""
    # CPython: textwrap.dedent -- lines of only spaces/tabs are emptied; spaces and tabs never match each other
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[i] = ''
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None or margin.startswith(ind):
            margin = ind
        elif not ind.startswith(margin):
            k = 0
            while margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text selected by predicate (default: lines that are not blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line for line in text.splitlines(True)])
