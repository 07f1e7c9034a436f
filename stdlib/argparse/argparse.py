# argparse for weft: command-line parsing with optionals, positionals, groups, subcommands and help formatters.
# Observable behaviour (parse results, help and usage text, messages, exit statuses) follows CPython 3.11.2's
# argparse; the implementation is weft's own. Kept CPython names: the public API, the action class names (reprs
# show them), the formatter hooks subclasses override, and a few data attributes other tools read
# (_actions, _action_groups, _group_actions, _option_string_actions, _defaults, _name_parser_map, ...).
import os as _os
import sys as _sys

__version__ = '1.1'
__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction', 'FileType',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE',
           'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# namespace attribute through which a subcommand hands its unknown strings up to the parent parser
_LEFTOVER_KEY = '_unrecognized_args'
_ASCII_BLANKS = {9: ' ', 10: ' ', 11: ' ', 12: ' ', 13: ' '}


def _screen_columns():
    # shutil.get_terminal_size().columns; without shutil the same rule by hand: a positive $COLUMNS, else the
    # terminal on stdout, else 80
    try:
        from shutil import get_terminal_size
    except ImportError:
        pass
    else:
        return get_terminal_size().columns
    try:
        cols = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        cols = 0
    if cols > 0:
        return cols
    try:
        cols = _os.get_terminal_size(_sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        cols = 0
    return cols or 80


def _spaces(n):
    # '%*s' % (n, '') pads to abs(n)
    return ' ' * abs(n)


def _concat(pieces):
    return ''.join([p for p in pieces if p and p is not SUPPRESS])


def _squash(text):
    # runs of ASCII whitespace become one space, then the ends are stripped
    return ' '.join([w for w in text.translate(_ASCII_BLANKS).split(' ') if w]).strip()


def _fresh_list(current):
    # append-style actions never mutate a default list in place
    if current is None:
        return []
    if type(current) is list:
        return list(current)
    import copy
    return copy.copy(current)


def _looks_negative(text):
    # CPython's ^-\d+$|^-\d*\.\d+$ ('$' also accepts one final newline)
    if text[:1] != '-':
        return False
    body = text[1:]
    if body[-1:] == '\n':
        body = body[:-1]
    whole, dot, frac = body.partition('.')
    if not dot:
        return body.isdecimal()
    return (whole == '' or whole.isdecimal()) and frac.isdecimal()


def _describe(action):
    # how an argument is named in error messages
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for name in (action.metavar, action.dest):
        if name is not None and name != SUPPRESS:
            return name
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


# ----------------------------------------------------------------------------------------------------------------
# help formatting

class _Block(object):
    __slots__ = ('up', 'title', 'jobs')

    def __init__(self, up, title):
        self.up = up
        self.title = title
        self.jobs = []


def _usage_words(text):
    # split usage into wrappable words as CPython's pattern \(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+ does:
    # a bracketed run ends at the first closing run followed by whitespace or the end
    words = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        stop = -1
        if text[i] in '([':
            shut = ')' if text[i] == '(' else ']'
            j = i + 1
            while j < n and text[j] != '\n':
                if text[j] == shut:
                    k = j
                    while k < n and text[k] == shut:
                        k += 1
                    if k == n or text[k].isspace():
                        stop = k
                        break
                j += 1
        if stop < 0:
            stop = i
            while stop < n and not text[stop].isspace():
                stop += 1
        words.append(text[i:stop])
        i = stop
    if ' '.join(words) != text:
        raise AssertionError
    return words


def _tidy_usage(text):
    # CPython's clean-up of the joined usage: no space after '[' '(' nor before ']' ')', empty bracket pairs
    # vanish, parentheses around text without '|' are dropped, then the ends are stripped
    text = text.replace('[ ', '[').replace('( ', '(').replace(' ]', ']').replace(' )', ')')
    if '[ ' in text or '( ' in text or '[]' in text or '()' in text or '[)' in text or '(]' in text:
        out = []
        i, n = 0, len(text)
        while i < n:
            if text[i] in '[(':
                j = i + 1
                while j < n and text[j] == ' ':
                    j += 1
                if j < n and text[j] in '])':
                    i = j + 1
                    continue
            out.append(text[i])
            i += 1
        text = ''.join(out)
    out = []
    done = 0
    while True:
        opening = text.find('(', done)
        if opening < 0:
            break
        bar = text.find('|', opening + 1)
        closing = text.rfind(')', opening + 1, len(text) if bar < 0 else bar)
        if closing < 0:
            out.append(text[done:opening + 1])
            done = opening + 1
        else:
            out.append(text[done:opening])
            out.append(text[opening + 1:closing])
            done = closing + 1
    out.append(text[done:])
    return ''.join(out).strip()


def _rows(words, limit, first_col, next_col):
    # greedy filling: a word moves to a new row when it would end past `limit`
    rows = []
    row = []
    edge = first_col - 1
    for word in words:
        if row and edge + 1 + len(word) > limit:
            rows.append(row)
            row = []
            edge = next_col - 1
        row.append(word)
        edge += len(word) + 1
    if row:
        rows.append(row)
    return [' '.join(r) for r in rows]


class HelpFormatter(object):
    """Formats usage and help; only the class names are public, the methods are implementation details."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _screen_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self._current_indent = 0
        self._action_max_length = 0
        self._top = self._here = _Block(None, None)

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment
        if self._current_indent < 0:
            raise AssertionError('Indent decreased below 0.')

    def _queue(self, func, *args):
        self._here.jobs.append((func, args))

    def _render(self, block):
        # sections render lazily, indented one step deeper than their parent
        if block.up is not None:
            self._indent()
        body = _concat([func(*args) for func, args in block.jobs])
        if block.up is not None:
            self._dedent()
        if not body:
            return ''
        head = ''
        if block.title is not None and block.title is not SUPPRESS:
            head = '%s%s:\n' % (_spaces(self._current_indent), block.title)
        return _concat(('\n', head, body, '\n'))

    # public building interface
    def start_section(self, heading):
        self._indent()
        child = _Block(self._here, heading)
        self._queue(self._render, child)
        self._here = child

    def end_section(self):
        self._here = self._here.up
        self._dedent()

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._queue(self._render_text, text)

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._queue(self._format_usage, usage, actions, groups, prefix)

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        labels = [self._format_action_invocation(action)]
        kids = self._children(action)
        if kids is not None:
            self._indent()
            labels.extend([self._format_action_invocation(kid) for kid in kids])
            self._dedent()
        longest = max([len(label) for label in labels]) + self._current_indent
        if longest > self._action_max_length:
            self._action_max_length = longest
        self._queue(self._format_action, action)

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._render(self._top)
        if not text:
            return text
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    # usage
    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            line = usage % {'prog': self._prog}
        elif actions:
            line = self._auto_usage(actions, groups, prefix)
        else:
            line = '%s' % (self._prog,)
        return '%s%s\n\n' % (prefix, line)

    def _auto_usage(self, actions, groups, prefix):
        prog = '%s' % (self._prog,)
        flags = [a for a in actions if a.option_strings]
        plain = [a for a in actions if not a.option_strings]
        summary = self._usage_text(flags + plain, groups)
        line = prog + ' ' + summary if prog and summary else prog or summary
        limit = self._width - self._current_indent
        if len(prefix) + len(line) <= limit:
            return line
        # too long: wrap as CPython does, optionals and positionals as separate runs of words
        flag_words = _usage_words(self._usage_text(flags, groups))
        plain_words = _usage_words(self._usage_text(plain, groups))
        if len(prefix) + len(prog) <= 0.75 * limit:
            # words continue beside the program name, later rows aligned under the first word
            col = len(prefix) + len(prog) + 1
            tail = []
            if flag_words:
                head = _rows([prog] + flag_words, limit, len(prefix), col)
                tail = _rows(plain_words, limit, col, col)
            elif plain_words:
                head = _rows([prog] + plain_words, limit, len(prefix), col)
            else:
                head = [prog]
            lines = head[:1] + [_spaces(col) + row for row in head[1:] + tail]
        else:
            # long program name: it gets a row of its own
            col = len(prefix)
            lines = _rows(flag_words + plain_words, limit, col, col)
            if len(lines) > 1:
                lines = _rows(flag_words, limit, col, col) + _rows(plain_words, limit, col, col)
            lines = [prog] + [_spaces(col) + ln for ln in lines]
        return '\n'.join(lines)

    def _usage_text(self, actions, groups):
        # usage fragments for `actions`, with mutually exclusive groups bracketed and split by '|' where their
        # members are adjacent in `actions`
        marks = {}
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %s' % (group,))
            try:
                first = actions.index(members[0])
            except ValueError:
                continue
            last = first + len(members)
            if actions[first:last] != members:
                continue
            grouped.update(members)
            left, right = '()' if group.required else '[]'
            marks[first] = marks[first] + ' ' + left if first in marks else left
            marks[last] = marks.get(last, '') + right
            for k in range(first + 1, last):
                marks[k] = '|'
        words = []
        for k, action in enumerate(actions):
            if action.help is SUPPRESS:
                if marks.get(k) == '|':
                    del marks[k]
                elif marks.get(k + 1) == '|':
                    del marks[k + 1]
                words.append(None)
                continue
            if not action.option_strings:
                word = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in grouped and word[0] == '[' and word[-1] == ']':
                    word = word[1:-1]
            else:
                if action.nargs == 0:
                    word = action.format_usage()
                else:
                    first_flag = action.option_strings[0]
                    meta = self._format_args(action, self._get_default_metavar_for_optional(action))
                    word = first_flag + ' ' + meta
                if not action.required and action not in grouped:
                    word = '[' + word + ']'
            words.append(word)
        seq = []
        for k in range(len(words) + 1):
            if k in marks:
                seq.append(marks[k])
            if k < len(words) and words[k] is not None:
                seq.append(words[k])
        return _tidy_usage(' '.join(seq))

    # text and action entries
    def _render_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        room = max(self._width - self._current_indent, 11)
        return self._fill_text(text, room, _spaces(self._current_indent)) + '\n\n'

    def _children(self, action):
        # subcommand listings show their choices as nested entries
        getter = getattr(action, '_help_children', None)
        return None if getter is None else getter()

    def _format_action(self, action):
        help_col = min(self._action_max_length + 2, self._max_help_position)
        help_room = max(self._width - help_col, 11)
        label_room = help_col - self._current_indent - 2
        label = self._format_action_invocation(action)
        lead = _spaces(self._current_indent)
        if not action.help:
            out = ['%s%s\n' % (lead, label)]
        elif len(label) <= label_room:
            out = ['%s%s  ' % (lead, label.ljust(label_room))]
            first_pad = 0
        else:
            out = ['%s%s\n' % (lead, label)]
            first_pad = help_col
        if action.help and not action.help.isspace():
            text = self._expand_text(action)
            if text:
                lines = self._split_lines(text, help_room)
                out.append('%s%s\n' % (_spaces(first_pad), lines[0]))
                out.extend(['%s%s\n' % (_spaces(help_col), ln) for ln in lines[1:]])
        elif not out[0].endswith('\n'):
            out.append('\n')
        kids = self._children(action)
        if kids is not None:
            self._indent()
            out.extend([self._format_action(kid) for kid in kids])
            self._dedent()
        return _concat(out)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            (shown,) = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return shown
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        meta = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(['%s %s' % (flag, meta) for flag in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{' + ','.join([str(c) for c in action.choices]) + '}'
        else:
            name = default_metavar

        def names(count):
            return name if isinstance(name, tuple) else (name,) * count
        return names

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            return ('[%s [%s ...]]' if len(pair) == 2 else '[%s ...]') % pair
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * nargs
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(slots) % names(nargs)

    def _expand_text(self, action):
        # %-expansion of help: the action's attributes plus prog, SUPPRESS values left out, callables by name,
        # choices as a comma list
        table = dict(vars(action))
        table['prog'] = self._prog
        table = {key: getattr(val, '__name__', val) for key, val in table.items() if val is not SUPPRESS}
        if table.get('choices') is not None:
            table['choices'] = ', '.join([str(c) for c in table['choices']])
        return self._get_help_string(action) % table

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squash(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squash(text), width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks of descriptions and epilogs."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + piece for piece in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of all help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to argument help."""

    def _get_help_string(self, action):
        text = '' if action.help is None else action.help
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names argument values after their type instead of their dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ----------------------------------------------------------------------------------------------------------------
# errors, actions, value types

class ArgumentError(Exception):
    """A problem with an argument, either in its definition or on the command line."""

    def __init__(self, argument, message):
        self.argument_name = _describe(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type functions to report an unusable string."""


class _Reprable(object):

    def __repr__(self):
        shown = []
        odd = {}
        for key, val in self._repr_fields():
            if key.isidentifier():
                shown.append('%s=%r' % (key, val))
            else:
                odd[key] = val
        if odd:
            shown.append('**%r' % (odd,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _repr_fields(self):
        return list(vars(self).items())


_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help',
                  'metavar')


class Action(_Reprable):
    """How one argument turns command-line strings into namespace attributes."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _repr_fields(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):

    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        flags = []
        for flag in option_strings:
            flags.append(flag)
            if flag[:2] == '--':
                flags.append('--no-' + flag[2:])
        Action.__init__(self, flags, dest, 0, None, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _check_valued(kind, nargs, const):
    if nargs == 0:
        if kind == 'store':
            hint = 'if you have nothing to store, actions such as store true or store const may be more appropriate'
        else:
            hint = ('if arg strings are not supplying the value to append, the append const action may be '
                    'more appropriate')
        raise ValueError('nargs for %s actions must be != 0; %s' % (kind, hint))
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % (OPTIONAL,))


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _check_valued('store', nargs, const)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        # metavar is accepted but not kept, as in CPython
        Action.__init__(self, option_strings, dest, 0, const, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required, help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _check_valued('append', nargs, const)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        bucket = _fresh_list(getattr(namespace, self.dest, None))
        bucket.append(values)
        setattr(namespace, self.dest, bucket)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        bucket = _fresh_list(getattr(namespace, self.dest, None))
        bucket.append(self.const)
        setattr(namespace, self.dest, bucket)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        before = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if before is None else before) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, None, default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class _SubcommandEntry(Action):
    # one line of the subcommand listing in help: name, aliases in parentheses, help

    def __init__(self, name, aliases, help):
        shown = name + ' (%s)' % ', '.join(aliases) if aliases else name
        Action.__init__(self, [], name, help=help, metavar=shown)


class _SubParsersAction(Action):

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, PARSER, None, None, None, self._name_parser_map, required,
                        help, metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        known = self._name_parser_map
        if name in known:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in known:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(_SubcommandEntry(name, aliases, kwargs.pop('help')))
        sub = self._parser_class(**kwargs)
        known[name] = sub
        for alias in aliases:
            known[alias] = sub
        return sub

    def _help_children(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen = values[0]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        try:
            sub = self._name_parser_map[chosen]
        except KeyError:
            listing = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (chosen, listing))
        # the subparser fills a namespace of its own (so its defaults apply), which is then copied over
        sub_ns, rest = sub.parse_known_args(values[1:], None)
        for key, val in vars(sub_ns).items():
            setattr(namespace, key, val)
        if rest:
            vars(namespace).setdefault(_LEFTOVER_KEY, [])
            getattr(namespace, _LEFTOVER_KEY).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        bucket = _fresh_list(getattr(namespace, self.dest, None))
        bucket.extend(values)
        setattr(namespace, self.dest, bucket)


class FileType(object):
    """Type factory opening the named file ('-' is stdin or stdout) with the given open() arguments."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif 'w' in mode or 'a' in mode or 'x' in mode:
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % (mode,))
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for key, val in (('encoding', self._encoding), ('errors', self._errors)):
            if val is not None:
                shown.append('%s=%r' % (key, val))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace(_Reprable):
    """Plain attribute container returned by parse_args; compares equal by attributes."""

    def __init__(self, **kwargs):
        for key, val in kwargs.items():
            setattr(self, key, val)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


_BUILTIN_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
                    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction, 'append': _AppendAction,
                    'append_const': _AppendConstAction, 'count': _CountAction, 'help': _HelpAction,
                    'version': _VersionAction, 'parsers': _SubParsersAction, 'extend': _ExtendAction}


def _as_is(string):
    return string


# ----------------------------------------------------------------------------------------------------------------
# containers: parsers and groups

class _Container(object):
    _checks_metavars = False

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registry = {'action': dict(_BUILTIN_ACTIONS)}
        self._conflict_policy()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        # one flag shared with the groups: does some option string look like a negative number?
        self._negative_flags = [False]

    def register(self, registry_name, value, object):
        self._registry.setdefault(registry_name, {})[value] = object

    def _lookup(self, kind, key, fallback=None):
        return self._registry[kind].get(key, fallback)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.default is not None and action.dest == dest:
                return action.default
        return self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """Define one argument: add_argument('name', ...) makes a positional,
        add_argument('-f', '--flag', ...) an option.
        """
        if args and (len(args) > 1 or args[0][0] in self.prefix_chars):
            spec = self._optional_spec(args, kwargs)
        else:
            spec = self._positional_spec(args, kwargs)
        if 'default' not in spec:
            if spec['dest'] in self._defaults:
                spec['default'] = self._defaults[spec['dest']]
            elif self.argument_default is not None:
                spec['default'] = self.argument_default
        wanted = spec.pop('action', None)
        factory = self._lookup('action', wanted, wanted)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**spec)
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed' % (converter,))
        if self._checks_metavars:
            # only parsers (not groups) try the metavar against nargs, as in CPython
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._attach(action)

    def _positional_spec(self, args, kwargs):
        if not args:
            if 'dest' not in kwargs:
                # CPython's message names its helper method
                raise TypeError('_ActionsContainer._get_positional_kwargs() missing 1 required positional argument: '
                                "'dest'")
            dest = kwargs.pop('dest')
        elif 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        else:
            dest = args[0]
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs == OPTIONAL:
            pass
        elif nargs != ZERO_OR_MORE or 'default' not in kwargs:
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _optional_spec(self, args, kwargs):
        chars = self.prefix_chars
        longs = []
        for flag in args:
            if flag[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r' % (flag, chars))
            if len(flag) > 1 and flag[1] in chars:
                longs.append(flag)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest = (longs or args)[0].lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % (args[-1],))
            dest = dest.replace('-', '_')
        kwargs['dest'] = dest
        kwargs['option_strings'] = list(args)
        return kwargs

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _attach(self, action):
        table = self._option_string_actions
        clashes = [(flag, table[flag]) for flag in action.option_strings if flag in table]
        if clashes:
            self._conflict_policy()(action, clashes)
        self._actions.append(action)
        action.container = self
        for flag in action.option_strings:
            table[flag] = action
            if _looks_negative(flag):
                self._negative_flags[0] = True
        return action

    def _detach(self, action):
        self._actions.remove(action)

    def _conflict_policy(self):
        if self.conflict_handler == 'error':
            return self._refuse_conflict
        if self.conflict_handler == 'resolve':
            return self._resolve_conflict
        raise ValueError('invalid conflict_resolution value: %r' % (self.conflict_handler,))

    def _refuse_conflict(self, action, clashes):
        word = 'string' if len(clashes) == 1 else 'strings'
        listing = ', '.join([flag for flag, _old in clashes])
        raise ArgumentError(action, 'conflicting option %s: %s' % (word, listing))

    def _resolve_conflict(self, action, clashes):
        # the newer action wins: older actions lose the flags, and leave their container once they have none
        for flag, old in clashes:
            old.option_strings.remove(flag)
            self._option_string_actions.pop(flag, None)
            if not old.option_strings:
                old.container._detach(old)

    def _absorb(self, parent):
        # copy a parent parser's actions, recreating its titled groups and mutually exclusive groups
        by_title = {}
        for mine in self._action_groups:
            if mine.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r' % mine.title)
            by_title[mine.title] = mine
        home = {}
        for theirs in parent._action_groups:
            if theirs.title not in by_title:
                by_title[theirs.title] = self.add_argument_group(
                    title=theirs.title, description=theirs.description, conflict_handler=theirs.conflict_handler)
            home.update(dict.fromkeys(theirs._group_actions, by_title[theirs.title]))
        for theirs in parent._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=theirs.required)
            home.update(dict.fromkeys(theirs._group_actions, twin))
        for action in parent._actions:
            home.get(action, self)._attach(action)


class _ArgumentGroup(_Container):

    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        _Container.__init__(self, description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # actions, flags, defaults and registries are the container's own objects
        self._registry = container._registry
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._negative_flags = container._negative_flags
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _attach(self, action):
        _Container._attach(self, action)
        self._group_actions.append(action)
        return action

    def _detach(self, action):
        _Container._detach(self, action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.', category=DeprecationWarning, stacklevel=2)
        return _Container.add_argument_group(self, *args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _attach(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._container._attach(action)
        self._group_actions.append(action)
        return action

    def _detach(self, action):
        self._container._detach(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.', category=DeprecationWarning,
                      stacklevel=2)
        return _Container.add_mutually_exclusive_group(self, *args, **kwargs)


# ----------------------------------------------------------------------------------------------------------------
# matching command-line strings to actions
#
# Every string is classified first: 'O' an option, 'A' an argument, '-' the first '--' (all later strings are
# arguments). Positionals then take runs of strings the way CPython's greedy regex matching decides: each
# positional, left to right, takes the longest run that still lets the following positionals match, and trailing
# positionals are dropped until the rest fit.

_UNBOUNDED = float('inf')


def _arg_bounds(nargs):
    # (fewest, most) arguments for nargs other than REMAINDER and PARSER
    if nargs is None:
        return 1, 1
    if nargs == OPTIONAL:
        return 0, 1
    if nargs == ZERO_OR_MORE:
        return 0, _UNBOUNDED
    if nargs == ONE_OR_MORE:
        return 1, _UNBOUNDED
    if nargs == SUPPRESS:
        return 0, 0
    count = len('A' * nargs)
    return count, count


def _positional_sizes(nargs, kinds, at):
    # lengths of the runs of strings starting at `at` a positional may take, longest first
    total = len(kinds)
    if nargs == REMAINDER:
        return range(total - at, -1, -1)
    if nargs == PARSER:
        first = at + 1 if at < total and kinds[at] == '-' else at
        if first < total and kinds[first] == 'A':
            return range(total - at, first - at, -1)
        return ()
    fewest, most = _arg_bounds(nargs)
    sizes = [0] if fewest == 0 else []
    got = 0
    pos = at
    while pos < total and kinds[pos] != 'O':
        if kinds[pos] == 'A':
            got += 1
            if got > most:
                break
        pos += 1
        if got >= fewest:
            sizes.append(pos - at)
    sizes.reverse()
    return sizes


def _fit_positionals(actions, kinds, at):
    # argument counts for the longest prefix of `actions` that can match from `at`
    for size in range(len(actions), 0, -1):
        wanted = actions[:size]
        dead = set()

        def place(i, pos):
            if i == len(wanted):
                return []
            if (i, pos) in dead:
                return None
            for take in _positional_sizes(wanted[i].nargs, kinds, pos):
                rest = place(i + 1, pos + take)
                if rest is not None:
                    return [take] + rest
            dead.add((i, pos))
            return None
        counts = place(0, at)
        if counts is not None:
            return counts
    return []


def _option_arg_count(action, kinds, at):
    # how many of the following strings an option takes; options never take '--' and only REMAINDER/PARSER
    # take other options
    nargs = action.nargs
    total = len(kinds)
    if nargs == REMAINDER or nargs == PARSER:
        if nargs == REMAINDER or (at < total and kinds[at] == 'A'):
            end = at
            while end < total and kinds[end] != '-':
                end += 1
            return end - at
    else:
        fewest, most = _arg_bounds(nargs)
        got = 0
        while got < most and at + got < total and kinds[at + got] == 'A':
            got += 1
        if got >= fewest:
            return got
    if nargs is None:
        problem = 'expected one argument'
    elif nargs == OPTIONAL:
        problem = 'expected at most one argument'
    elif nargs == ONE_OR_MORE:
        problem = 'expected at least one argument'
    else:
        problem = ('expected %s argument' if nargs == 1 else 'expected %s arguments') % (nargs,)
    raise ArgumentError(action, problem)


class _ParseRun(object):
    # the state of one parse_known_args pass over a list of strings

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.ns = namespace
        self.seen = set()
        self.explicit = set()
        self.extras = []
        self.waiting = parser._plain_actions()
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                self.rivals.setdefault(member, []).extend([m for j, m in enumerate(members) if j != i])
        self.options = {}
        kinds = []
        plain_only = False
        for i, text in enumerate(strings):
            if plain_only:
                kinds.append('A')
            elif text == '--':
                kinds.append('-')
                plain_only = True
            else:
                found = parser._classify(text)
                if found is None:
                    kinds.append('A')
                else:
                    self.options[i] = found
                    kinds.append('O')
        self.kinds = ''.join(kinds)

    def run(self):
        strings = self.strings
        where = 0
        marks = sorted(self.options)
        while True:
            later = [m for m in marks if m >= where]
            if not later:
                break
            target = later[0]
            if where < target:
                moved = self.eat_positionals(where)
                if moved > where:
                    where = moved
                    continue
                self.extras.extend(strings[where:target])
                where = target
            where = self.eat_option(where)
        where = self.eat_positionals(where)
        self.extras.extend(strings[where:])
        self.finish()
        return self.ns, self.extras

    def apply(self, action, texts, flag=None):
        parser = self.parser
        self.seen.add(action)
        value = parser._convert_values(action, texts)
        # a value that is the default object itself does not count as "given" for mutual exclusion
        if value is not action.default:
            self.explicit.add(action)
            for other in self.rivals.get(action, ()):
                if other in self.explicit:
                    raise ArgumentError(action, 'not allowed with argument %s' % _describe(other))
        if value is not SUPPRESS:
            action(parser, self.ns, value, flag)

    def eat_positionals(self, where):
        counts = _fit_positionals(self.waiting, self.kinds, where)
        for action, count in zip(self.waiting, counts):
            self.apply(action, self.strings[where:where + count])
            where += count
        del self.waiting[:len(counts)]
        return where

    def eat_option(self, where):
        action, flag, attached = self.options[where]
        if action is None:
            self.extras.append(self.strings[where])
            return where + 1
        parser = self.parser
        chars = parser.prefix_chars
        steps = []
        while attached is not None:
            count = _option_arg_count(action, 'A', 0)
            if count == 1:
                steps.append((action, [attached], flag))
                break
            if count == 0 and flag[1] not in chars and attached != '':
                # -xyz: x takes no argument, so y (and then z) are flags too
                steps.append((action, [], flag))
                flag = flag[0] + attached[0]
                if flag not in parser._option_string_actions:
                    raise ArgumentError(action, 'ignored explicit argument %r' % (attached,))
                action = parser._option_string_actions[flag]
                attached = attached[1:] or None
                continue
            raise ArgumentError(action, 'ignored explicit argument %r' % (attached,))
        else:
            count = _option_arg_count(action, self.kinds, where + 1)
            steps.append((action, self.strings[where + 1:where + 1 + count], flag))
            where += count
        for step in steps:
            self.apply(*step)
        return where + 1

    def finish(self):
        parser = self.parser
        ns = self.ns
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_describe(action))
                continue
            # string defaults still in the namespace go through the type function now
            fallback = action.default
            if isinstance(fallback, str) and hasattr(ns, action.dest) and getattr(ns, action.dest) is fallback:
                setattr(ns, action.dest, parser._convert(action, fallback))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any([a in self.explicit for a in group._group_actions]):
                shown = [_describe(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(shown))


class ArgumentParser(_Reprable, _Container):
    """Parses command-line strings into a Namespace; see the CPython documentation for the parameters."""
    _checks_metavars = True

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _Container.__init__(self, description, prefix_chars, argument_default, conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, _as_is)
        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead + lead + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._absorb(parent)
            self._defaults.update(getattr(parent, '_defaults', {}))

    def _repr_fields(self):
        shown = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help')
        return [(key, getattr(self, key)) for key in shown]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            heading = kwargs.pop('title', 'subcommands')
            self._subparsers = self.add_argument_group(heading, kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # subcommand programs are named after this parser's usage without its optionals
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._plain_actions(), self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        wanted = kwargs.pop('action', 'parsers')
        factory = self._lookup('action', wanted, wanted)
        action = factory(option_strings=[], **kwargs)
        self._subparsers._attach(action)
        return action

    def _attach(self, action):
        (self._optionals if action.option_strings else self._positionals)._attach(action)
        return action

    def _flag_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _plain_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # parsing
    def parse_args(self, args=None, namespace=None):
        namespace, rest = self.parse_known_args(args, namespace)
        if rest:
            self.error('unrecognized arguments: ' + ' '.join(rest))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            dest = action.dest
            if dest is not SUPPRESS and action.default is not SUPPRESS and not hasattr(namespace, dest):
                setattr(namespace, dest, action.default)
        for key, value in self._defaults.items():
            if not hasattr(namespace, key):
                setattr(namespace, key, value)
        if self.exit_on_error:
            try:
                namespace, rest = self._run_parse(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, rest = self._run_parse(args, namespace)
        if hasattr(namespace, _LEFTOVER_KEY):
            rest.extend(getattr(namespace, _LEFTOVER_KEY))
            delattr(namespace, _LEFTOVER_KEY)
        return namespace, rest

    def _run_parse(self, strings, namespace):
        if self.fromfile_prefix_chars is not None:
            strings = self._expand_file_args(strings)
        return _ParseRun(self, strings, namespace).run()

    def _expand_file_args(self, strings):
        # '@file' style arguments are replaced by the file's lines (recursively)
        out = []
        for text in strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                out.append(text)
                continue
            try:
                with open(text[1:]) as handle:
                    found = []
                    for line in handle.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                    out.extend(self._expand_file_args(found))
            except OSError as exc:
                self.error(str(exc))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _classify(self, text):
        # None for an argument, else (action or None, option string, attached argument or None)
        if not text or text[0] not in self.prefix_chars:
            return None
        table = self._option_string_actions
        if text in table:
            return table[text], text, None
        if len(text) == 1:
            return None
        if '=' in text:
            head, _sep, tail = text.partition('=')
            if head in table:
                return table[head], head, tail
        hits = self._prefix_hits(text)
        if len(hits) > 1:
            listing = ', '.join([hit[1] for hit in hits])
            self.error('ambiguous option: %s could match %s' % (text, listing))
        if hits:
            return hits[0]
        if _looks_negative(text) and not self._negative_flags[0]:
            return None
        if ' ' in text:
            return None
        return None, text, None

    def _prefix_hits(self, text):
        # abbreviations of long options (when allowed) and '-xVALUE' forms of single-dash options
        table = self._option_string_actions
        if text[1] in self.prefix_chars:
            if not self.allow_abbrev:
                return []
            head, sep, tail = text.partition('=')
            tail = tail if sep else None
            return [(table[flag], flag, tail) for flag in table if flag.startswith(head)]
        hits = []
        for flag in table:
            if flag == text[:2]:
                hits.append((table[flag], flag, text[2:]))
            elif flag.startswith(text):
                hits.append((table[flag], flag, None))
        return hits

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, rest = self.parse_known_intermixed_args(args, namespace)
        if rest:
            self.error('unrecognized arguments: ' + ' '.join(rest))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # two passes, as CPython: optionals first with every positional switched off (nargs and default
        # SUPPRESS), then the positionals over what is left with no optional or group required
        plain = self._plain_actions()
        for action in plain:
            if action.nargs == PARSER or action.nargs == REMAINDER:
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s' % (action.nargs,))
        if any([a in plain for mutex in self._mutually_exclusive_groups for a in mutex._group_actions]):
            raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        kept_usage = self.usage
        try:
            try:
                if self.usage is None:
                    self.usage = self.format_usage()[len('usage: '):]
                for action in plain:
                    action.save_nargs, action.nargs = action.nargs, SUPPRESS
                    action.save_default, action.default = action.default, SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in plain:
                    key = action.dest
                    if hasattr(namespace, key) and getattr(namespace, key) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (key, namespace))
                        delattr(namespace, key)
            finally:
                for action in plain:
                    action.nargs, action.default = action.save_nargs, action.save_default
            relaxed = self._flag_actions() + self._mutually_exclusive_groups
            try:
                for item in relaxed:
                    item.save_required, item.required = item.required, False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for item in relaxed:
                    item.required = item.save_required
        finally:
            self.usage = kept_usage
        return namespace, extras

    # value conversion
    def _convert_values(self, action, texts):
        nargs = action.nargs
        if nargs != PARSER and nargs != REMAINDER and '--' in texts:
            texts.remove('--')
        if not texts and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._vet(action, value)
            return value
        if not texts and nargs == ZERO_OR_MORE and not action.option_strings:
            value = texts if action.default is None else action.default
            self._vet(action, value)
            return value
        if len(texts) == 1 and (nargs is None or nargs == OPTIONAL):
            value = self._convert(action, texts[0])
            self._vet(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._convert(action, text) for text in texts]
        if nargs == PARSER:
            self._vet(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._vet(action, value)
        return values

    def _convert(self, action, text):
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(text)
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (TypeError, ValueError):
            kind = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (kind, text))

    def _vet(self, action, value):
        if action.choices is not None and value not in action.choices:
            allowed = ', '.join([repr(c) for c in action.choices])
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, allowed))

    # help
    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if message:
            (_sys.stderr if file is None else file).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and `prog: error: message` to stderr, then exit with status 2 (must not return)."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
