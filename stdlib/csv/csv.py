"""Read and write comma-separated-value files (PEP 305)."""
# Written for weft after the documented behaviour of CPython 3.11's csv module. CPython splits it into the C
# module _csv (reader, writer, dialect validation, registry) and Lib/csv.py (Dialect classes, DictReader,
# DictWriter, Sniffer); here both live in one file. Objects that CPython creates in _csv report '_csv' as
# their module so that reprs and tracebacks read the same.

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    __module__ = '_csv'

_dialects = {}                 # name -> validated dialect (the _csv.Dialect objects)
_field_limit = [128 * 1024]    # boxed so that readers see changes made by field_size_limit()
_NO_ARG = object()


# ---------------------------------------------------------------------------------------------------------
# Validated dialects (CPython: _csv.Dialect)

_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
           'skipinitialspace', 'strict')


def _char_param(name, value, none_ok):
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if none_ok else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return str(value)


class _ValidDialect:
    __module__ = '_csv'
    __qualname__ = 'Dialect'
    __slots__ = _PARAMS

    def __new__(cls, dialect=None, **params):
        for key in params:
            if key not in _PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if isinstance(dialect, str):
            found = _dialects.get(dialect)
            if found is None:
                raise Error("unknown dialect")
            dialect = found
        if isinstance(dialect, _ValidDialect) and not params:
            return dialect
        if dialect is not None:
            # parameters not given explicitly are taken from the dialect's attributes, if it has them
            for key in _PARAMS:
                if key not in params:
                    try:
                        params[key] = getattr(dialect, key)
                    except Exception:
                        pass
        get = params.get
        self = object.__new__(cls)
        put = object.__setattr__
        # checked in this order, as CPython does
        put(self, 'delimiter', _char_param('delimiter', get('delimiter', ','), False))
        put(self, 'doublequote', bool(get('doublequote', True)))
        put(self, 'escapechar', _char_param('escapechar', get('escapechar'), True))
        terminator = get('lineterminator', '\r\n')
        if terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = get('quotechar', '"')
        put(self, 'quotechar', _char_param('quotechar', quotechar, True))
        quoting = get('quoting', QUOTE_MINIMAL)
        if type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        if not -2 ** 31 <= quoting < 2 ** 31:
            raise OverflowError("Python int too large to convert to C int")
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        put(self, 'skipinitialspace', bool(get('skipinitialspace', False)))
        put(self, 'strict', bool(get('strict', False)))
        if quotechar is None and 'quoting' not in params:
            quoting = QUOTE_NONE      # no quote character and no quoting style asked for: no quoting at all
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if terminator is None:
            raise TypeError("lineterminator must be set")
        put(self, 'quoting', quoting)
        put(self, 'lineterminator', terminator)
        return self

    def __setattr__(self, name, value):
        if name in _PARAMS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)


_ValidDialect.__name__ = 'Dialect'
_Dialect = _ValidDialect


def _positional(args):
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(' expected at most 2 arguments, got %d' % len(args))
    return args[0], args[1:]


def register_dialect(*args, **kwargs):
    """Store a dialect (a Dialect class/instance and/or format parameters) under the str *name*."""
    name, rest = _positional(args)
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _ValidDialect(*rest, **kwargs)


def unregister_dialect(name):
    """Forget the dialect registered as *name*; csv.Error if there is none."""
    if _dialects.pop(name, None) is None:
        raise Error("unknown dialect")


def get_dialect(name):
    """Look up the registered dialect called *name*; csv.Error if unknown."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        pass
    raise Error("unknown dialect")


def list_dialects():
    """Names of all registered dialects, as a list."""
    return list(_dialects)


def field_size_limit(new_limit=_NO_ARG):
    """Give the current maximum field length; when *new_limit* is passed,
    install it as the new maximum (the old value is still what is returned).
    """
    old = _field_limit[0]
    if new_limit is not _NO_ARG:
        if type(new_limit) is not int:
            raise TypeError("limit must be an integer")
        if not -2 ** 63 <= new_limit < 2 ** 63:
            raise OverflowError("Python int too large to convert to C long")
        _field_limit[0] = new_limit
    return old


# ---------------------------------------------------------------------------------------------------------
# Reading: a state machine fed one character at a time (runs of ordinary characters are taken in one step).
# A record may span several input lines (quoted newlines, escaped line ends); the end of each input line is
# fed to the machine as the pseudo-character None.

(_ROW_START, _FIELD_START, _AFTER_ESC, _PLAIN, _QUOTED, _QUOTED_AFTER_ESC, _QUOTED_AFTER_QUOTE,
 _LINE_END, _AFTER_ESC_NEWLINE) = range(9)

_NEWLINE_MSG = ("new-line character seen in unquoted field - "
                "do you need to open the file in universal-newline mode?")


def reader(*args, **kwargs):
    """Make an iterator that turns lines from *iterable* into lists of field
    strings, following a dialect and/or format keyword arguments.
    """
    source, rest = _positional(args)
    return _Reader(iter(source), _ValidDialect(*rest, **kwargs))


class _Reader:
    __module__ = '_csv'
    __qualname__ = 'reader'

    def __init__(self, lines, dialect):
        self._lines = lines
        self.dialect = dialect
        self.line_num = 0
        self._delim = dialect.delimiter
        self._quote = dialect.quotechar if dialect.quoting != QUOTE_NONE else None
        self._esc = dialect.escapechar
        self._skipspace = dialect.skipinitialspace
        self._numeric = dialect.quoting == QUOTE_NONNUMERIC
        self._strict = dialect.strict
        # lines free of quotes, escapes and inner newlines can simply be split
        self._simple = not self._numeric and self._delim not in '\r\n' and not (
            self._skipspace and self._delim == ' ')

    def __iter__(self):
        return self

    def __next__(self):
        limit = _field_limit[0]
        row = []
        field = []             # pieces of the field being read
        size = 0               # its length
        numeric = False        # the field being read is an unquoted one to turn into a float
        state = _ROW_START
        delim, quote, esc = self._delim, self._quote, self._esc
        while True:
            line = next(self._lines, _NO_ARG)
            if line is _NO_ARG:
                if size or state == _QUOTED:
                    if self._strict:
                        raise Error("unexpected end of data")
                    row.append(_finish(field, numeric))
                    return row
                raise StopIteration
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if state == _ROW_START and self._simple:
                body = line.rstrip('\r\n')
                if ('\r' not in body and '\n' not in body and (quote is None or quote not in body)
                        and (esc is None or esc not in body)):
                    if not body:
                        return []
                    row = body.split(delim)
                    if self._skipspace:
                        row = [f.lstrip(' ') for f in row]
                    for f in row:
                        if len(f) > limit:
                            raise Error("field larger than field limit (%d)" % limit)
                    return row
            n = len(line)
            i = 0
            while i <= n:
                c = line[i] if i < n else None
                i += 1
                if state == _ROW_START:
                    if c is None:
                        break                                   # empty line: an empty record
                    if c == '\n' or c == '\r':
                        state = _LINE_END
                        continue
                    state = _FIELD_START
                if state == _FIELD_START:
                    if c is None or c == '\n' or c == '\r':
                        row.append('')
                        state = _ROW_START if c is None else _LINE_END
                    elif c == quote:
                        state = _QUOTED
                    elif c == esc:
                        state = _AFTER_ESC
                    elif c == ' ' and self._skipspace:
                        pass
                    elif c == delim:
                        row.append('')
                    else:
                        numeric = self._numeric
                        state = _PLAIN
                        i -= 1                                  # read it again as part of the field
                    continue
                if state == _PLAIN or state == _AFTER_ESC_NEWLINE:
                    # after an escaped line end, the field goes on across the line end, and ordinary
                    # characters don't leave that state
                    if c is None and state == _AFTER_ESC_NEWLINE:
                        pass
                    elif c is None or c == '\n' or c == '\r':
                        row.append(_finish(field, numeric))
                        field, size, numeric = [], 0, False
                        state = _ROW_START if c is None else _LINE_END
                    elif c == esc:
                        state = _AFTER_ESC
                    elif c == delim:
                        row.append(_finish(field, numeric))
                        field, size, numeric = [], 0, False
                        state = _FIELD_START
                    else:
                        end = _run_end(line, i, n, (delim, esc, '\r', '\n'))
                        size += end - i + 1
                        if size > limit:
                            raise Error("field larger than field limit (%d)" % limit)
                        field.append(line[i - 1:end])
                        i = end
                elif state == _QUOTED:
                    if c is None:
                        pass                                    # the field goes on on the next line
                    elif c == esc:
                        state = _QUOTED_AFTER_ESC
                    elif c == quote:
                        state = _QUOTED_AFTER_QUOTE if self.dialect.doublequote else _PLAIN
                    else:
                        end = _run_end(line, i, n, (quote, esc))
                        size += end - i + 1
                        if size > limit:
                            raise Error("field larger than field limit (%d)" % limit)
                        field.append(line[i - 1:end])
                        i = end
                elif state == _QUOTED_AFTER_QUOTE:
                    if c is not None and c == quote:            # a doubled quote stands for one quote
                        size += 1
                        if size > limit:
                            raise Error("field larger than field limit (%d)" % limit)
                        field.append(c)
                        state = _QUOTED
                    elif c == delim:
                        row.append(_finish(field, numeric))
                        field, size, numeric = [], 0, False
                        state = _FIELD_START
                    elif c is None or c == '\n' or c == '\r':
                        row.append(_finish(field, numeric))
                        field, size, numeric = [], 0, False
                        state = _ROW_START if c is None else _LINE_END
                    elif not self._strict:                      # lenient: keep the stray character
                        size += 1
                        if size > limit:
                            raise Error("field larger than field limit (%d)" % limit)
                        field.append(c)
                        state = _PLAIN
                    else:
                        raise Error("'%s' expected after '%s'" % (delim, quote))
                elif state == _AFTER_ESC or state == _QUOTED_AFTER_ESC:
                    # an escaped character is taken literally; an escaped line end stands for '\n'
                    size += 1
                    if size > limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append('\n' if c is None else c)
                    if state == _QUOTED_AFTER_ESC:
                        state = _QUOTED
                    elif c == '\n' or c == '\r':
                        state = _AFTER_ESC_NEWLINE
                    else:
                        state = _PLAIN
                else:                                           # _LINE_END
                    if c is None:
                        state = _ROW_START
                    elif c != '\n' and c != '\r':
                        raise Error(_NEWLINE_MSG)
            if state == _ROW_START:
                return row


def _run_end(line, start, stop, specials):
    # the index of the first of `specials` in line[start:stop], or stop
    for s in specials:
        if s is not None:
            k = line.find(s, start, stop)
            if k >= 0:
                stop = k
    return stop


def _finish(pieces, numeric):
    text = ''.join(pieces)
    return float(text) if numeric else text


_Reader.__name__ = 'reader'


# ---------------------------------------------------------------------------------------------------------
# Writing

def writer(*args, **kwargs):
    """Make an object whose writerow()/writerows() format rows as CSV and
    pass them to *fileobj*.write(); dialect and keywords as for reader().
    """
    target, rest = _positional(args)
    write = getattr(target, 'write', None)
    if not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _ValidDialect(*rest, **kwargs))


def _is_number(value):
    # what CPython's PyNumber_Check accepts
    kind = type(value)
    return (hasattr(kind, '__index__') or hasattr(kind, '__int__') or hasattr(kind, '__float__')
            or isinstance(value, complex))


class _Writer:
    __module__ = '_csv'
    __qualname__ = 'writer'

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        specials = [dialect.delimiter]
        specials.extend(dialect.lineterminator)
        if dialect.quotechar is not None:
            specials.append(dialect.quotechar)
        if dialect.escapechar is not None:
            specials.append(dialect.escapechar)
        self._specials = tuple(set(specials))

    def writerow(self, row):
        """Format one row (an iterable of fields; non-strings are str()-ed, None
        becomes '') and write it; returns what the file's write() returned.
        """
        try:
            fields = iter(row)
        except TypeError:
            fields = None
        if fields is None:
            raise Error("iterable expected, not %s" % type(row).__name__)
        d = self.dialect
        quoting, quote, esc = d.quoting, d.quotechar, d.escapechar
        specials = self._specials
        out = []
        for value in fields:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(value)
            else:
                quoted = quoting == QUOTE_ALL
            if value is None:
                text = ''
            elif isinstance(value, str):
                text = value
            else:
                text = str(value)
            for s in specials:
                if s in text:
                    text, quoted = self._escape(text, quoted)
                    break
            out.append(quote + text + quote if quoted else text)
        if len(out) == 1 and not out[0]:
            # a lone empty field must be quoted, or the line would read back as an empty record
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out[0] = quote + quote
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def _escape(self, text, quoted):
        # follows _csv's join_append_data: special characters either force quoting, get doubled (the quote
        # character with doublequote) or get the escape character in front of them
        d = self.dialect
        quote, esc, specials = d.quotechar, d.escapechar, self._specials
        no_quoting = d.quoting == QUOTE_NONE
        out = []
        for c in text:
            if c in specials:
                if no_quoting:
                    escape = True
                elif c == quote:
                    escape = not d.doublequote
                    if not escape:
                        out.append(quote)
                else:
                    escape = c == esc
                if not escape:
                    quoted = True
                else:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
            out.append(c)
        return ''.join(out), quoted

    def writerows(self, rows):
        """Call writerow() for each row of *rows*."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = 'writer'


# ---------------------------------------------------------------------------------------------------------
# Dialect classes

class Dialect:
    """Base for dialect classes: a subclass sets delimiter, quotechar,
    escapechar, doublequote, skipinitialspace, lineterminator and quoting,
    which are checked when it is instantiated.
    """
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _ValidDialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Comma-separated values as Excel writes them (CRLF line ends, minimal quoting)."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's format with tab as the delimiter."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Comma-separated, LF line ends, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# ---------------------------------------------------------------------------------------------------------
# Rows as dictionaries

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey            # key collecting the values of long rows
        self.restval = restval            # value for the missing fields of short rows
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:      # the first row names the fields
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames               # reads the header row if needed
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:      # blank lines would only give dicts full of restval
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        extra = len(row) - len(names)
        if extra > 0:
            result[self.restkey] = row[len(names):]
        elif extra < 0:
            for name in names[len(row):]:
                result[name] = self.restval
        return result


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval            # value written for keys missing from a row
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join(map(repr, unknown)))
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._values, rowdicts))


# ---------------------------------------------------------------------------------------------------------
# Guessing the format of a sample

class Sniffer:
    '''Guesses a Dialect from a sample of CSV text, and whether the sample starts with a header row.'''
    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']   # tie breakers, in order

    def sniff(self, sample, delimiters=None):
        """Work out the dialect used by the text *sample* and return it as a
        Dialect subclass; *delimiters* limits which delimiter characters are
        considered.  csv.Error if nothing fits.
        """
        quotechar, doublequote, delimiter, skipinitialspace = self._from_quotes(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._from_frequencies(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _from_quotes(self, data, delimiters):
        # follows csv.Sniffer._guess_quote_and_delimiter: find quoted text with the same character just before
        # and after it (or a line boundary); the most frequent quote and surrounding character win.
        import re
        delim = r'(?P<delim>[^\w\n"\'])'
        quoted = r'(?P<quote>["\']).*?(?P=quote)'
        shapes = (delim + r'(?P<space> ?)' + quoted + '(?P=delim)',       # ,"x",
                  r'(?:^|\n)' + quoted + delim + r'(?P<space> ?)',        # "x",  at a line start
                  delim + r'(?P<space> ?)' + quoted + r'(?:$|\n)',        # ,"x"  at a line end
                  r'(?:^|\n)' + quoted + r'(?:$|\n)')                     # "x"   alone on a line
        for shape in shapes:
            regex = re.compile(shape, re.DOTALL | re.MULTILINE)
            found = list(regex.finditer(data))
            if found:
                break
        else:
            return ('', False, None, 0)
        has_delim = 'delim' in regex.groupindex
        quote_count, delim_count, spaced = {}, {}, 0
        for m in found:
            q = m.group('quote')
            if q:
                quote_count[q] = quote_count.get(q, 0) + 1
            if not has_delim:
                continue
            d = m.group('delim')
            if d and (delimiters is None or d in delimiters):
                delim_count[d] = delim_count.get(d, 0) + 1
            if m.group('space'):
                spaced += 1
        quotechar = max(quote_count, key=quote_count.get)
        if delim_count:
            best = max(delim_count, key=delim_count.get)
            skipinitialspace = delim_count[best] == spaced
            if best == '\n':
                best = ''
        else:
            best, skipinitialspace = '', 0
        # a quote inside a quoted field means quotes are doubled
        d, q = re.escape(best), quotechar
        doubled = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)" % (d, q, d, q, d, q, d), re.MULTILINE)
        return (quotechar, bool(doubled.search(data)), best, skipinitialspace)

    def _from_frequencies(self, data, delimiters):
        # follows csv.Sniffer._guess_delimiter: a delimiter occurs equally often on (nearly) every line. For
        # each 7-bit character, tally how many lines contain it 0, 1, 2... times; the most common count,
        # penalised by the lines that disagree, must hold for enough of the lines. Lines are examined ten at a
        # time until exactly one candidate remains.
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        tallies = {chr(code): {} for code in range(127)}
        modes, found = {}, {}
        seen = 0
        while seen < len(lines) and not found:
            for line in lines[seen:seen + chunk]:
                for ch, tally in tallies.items():
                    k = line.count(ch)
                    tally[k] = tally.get(k, 0) + 1
            seen += chunk
            for ch, tally in tallies.items():
                pairs = list(tally.items())
                if len(pairs) == 1:
                    if pairs[0][0] != 0:
                        modes[ch] = pairs[0]
                elif pairs:
                    count, lines_with = max(pairs, key=lambda p: p[1])
                    modes[ch] = (count, 2 * lines_with - sum(p[1] for p in pairs))
            total = float(min(seen, len(lines)))
            consistency = 1.0
            while not found and consistency >= 0.9:
                for ch, (count, agree) in modes.items():
                    if count > 0 and agree > 0 and agree / total >= consistency and (
                            delimiters is None or ch in delimiters):
                        found[ch] = (count, agree)
                consistency -= 0.01
        if not found:
            return ('', 0)
        if len(found) == 1:
            best = next(iter(found))
        else:
            best = next((d for d in self.preferred if d in found), None)
            if best is None:
                best = max(found, key=lambda ch: (found[ch], ch))
        first = lines[0]
        return (best, first.count(best) == first.count(best + ' '))

    def has_header(self, sample):
        # Guess from the rows after the first: a column whose values all convert to complex, or all have the
        # same length, votes for a header when the first row's value doesn't fit that pattern (and against
        # one when it does).
        from io import StringIO
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))   # column -> complex, a length, or None while unknown
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]        # inconsistent column: no vote
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
