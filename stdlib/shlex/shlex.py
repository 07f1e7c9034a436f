"""Tokenizer for text written in a simple shell-like syntax."""
# Written for weft after the documented behaviour of CPython 3.11's Lib/shlex.py. The lexer is a character
# state machine; self.state holds ' ' (between tokens), 'a' (in a word), 'c' (in a punctuation run), a quote
# character, an escape character, or None once the input is exhausted -- the same values CPython uses, so
# code that peeks at it keeps working.
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORD = 'ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ'


class shlex:
    """Splits a string or stream into shell-style tokens (words, quoted strings, punctuation)."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + _LATIN1_WORD if posix else _ASCII_WORD
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._lookahead = []     # characters read too far while ending a word or punctuation run
            # file names, options and globs keep these inside words; punctuation never is a word char
            self.wordchars = ''.join(c for c in self.wordchars + '~-./*?=' if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Put *tok* back so that the next get_token() returns it."""
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from *newstream* (a stream or a str) until it runs out, then resume the current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        """Close the current input and go back to the one pushed before it."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        """Next token: pushed-back tokens first, then the input (following 'source' requests)."""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:           # "source FILE" inclusion keyword
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    self.push_source(spec[1], spec[0])
                raw = self.get_token()
        while raw == self.eof:                # end of an included source: resume the one below it
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            print("shlex: token=" + repr(raw) if raw != self.eof else "shlex: token=EOF")
        return raw

    def read_token(self):
        # follows shlex.shlex.read_token: the same transitions, written as one dispatch on self.state
        quoted = False        # a quote was seen, so an empty token is still a token (POSIX mode)
        after_escape = ' '    # the state an escape character returns to
        posix = self.posix
        while True:
            if self._punctuation_chars and self._lookahead:
                ch = self._lookahead.pop()
            else:
                ch = self.instream.read(1)
            if ch == '\n':
                self.lineno += 1
            state = self.state
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (state, ch))
            if state is None:                         # input already exhausted
                self.token = ''
                break
            if state == ' ' or (state not in self.quotes and state not in self.escape
                                and state in ('a', 'c')):
                in_word = state != ' '
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.debug >= 2:
                        print("shlex: I see whitespace in %s state" % ('word' if in_word else 'whitespace'))
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
                    continue
                if ch in self.commenters:             # skip the rest of the line
                    self.instream.readline()
                    self.lineno += 1
                    if in_word and posix:
                        self.state = ' '
                        if self.token or quoted:
                            break
                    continue
                if not in_word:
                    if posix and ch in self.escape:
                        after_escape, self.state = 'a', ch
                    elif ch in self.wordchars:
                        self.token, self.state = ch, 'a'
                    elif ch in self._punctuation_chars:
                        self.token, self.state = ch, 'c'
                    elif ch in self.quotes:
                        if not posix:
                            self.token = ch
                        self.state = ch
                    elif self.whitespace_split:
                        self.token, self.state = ch, 'a'
                    else:                             # any other character is a token by itself
                        self.token = ch
                        break
                elif state == 'c':
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        self._lookahead.append(ch)
                        self.state = ' '
                        break
                elif posix and ch in self.quotes:
                    self.state = ch
                elif posix and ch in self.escape:
                    after_escape, self.state = 'a', ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in self._punctuation_chars)):
                    self.token += ch
                else:                                 # a delimiter ends the word; keep it for next time
                    if self._punctuation_chars:
                        self._lookahead.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    if self.debug >= 2:
                        print("shlex: I see punctuation in word state")
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    if self.debug >= 2:
                        print("shlex: I see EOF in quotes state")
                    raise ValueError("No closing quotation")
                if ch == state:                       # closing quote
                    if not posix:
                        self.token += ch
                        self.state = ' '
                        break
                    self.state = 'a'
                elif posix and ch in self.escape and state in self.escapedquotes:
                    after_escape, self.state = state, ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    if self.debug >= 2:
                        print("shlex: I see EOF in escape state")
                    raise ValueError("No escaped character")
                # within quotes, escaping only works on the quote character itself and on the escape character
                if after_escape in self.quotes and ch != state and ch != after_escape:
                    self.token += state
                self.token += ch
                self.state = after_escape
        result, self.token = self.token, ''
        if posix and not quoted and result == '':
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + repr(result) if result else "shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        """Called with the operand of a 'source' request; returns (name, open file) to read next."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str):
            import os.path
            if not os.path.isabs(newfile):   # relative to the including file, as cpp does
                newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """Text such as '"file", line 3: ' to put in front of an error message."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Tokenize *s* the way a POSIX shell would (by default) and give the list of words."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Quote each element of *split_command* and join them with spaces: split()'s inverse."""
    return ' '.join(quote(arg) for arg in split_command)


_unsafe = None


def quote(s):
    """Make *s* safe to use as one shell word, wrapping it in single quotes when needed."""
    global _unsafe
    if not s:
        return "''"
    if _unsafe is None:
        import re
        _unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search
    if _unsafe(s) is None:
        return s
    # single-quote the whole string; a single quote inside becomes '"'"' (close, "'", reopen)
    return "'" + s.replace("'", "'\"'\"'") + "'"
