# getpass: CPython 3.11's Lib/getpass.py — getpass() reads a password with the terminal's echo turned off, and
# getuser() names the user from the environment or the password file. The semantics are CPython's; the code is
# weft's. Without the termios module (weft has none) echo cannot be turned off: getpass() then takes the path
# CPython takes when it cannot control the terminal — a GetPassWarning, "Warning: Password input may be
# echoed." and a line read from stdin. Without the pwd module, getuser() reads /etc/passwd itself.
import os
import sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    """Issued when getpass() cannot stop the password from being echoed."""


def _raw_input(prompt='', stream=None, input=None):
    # CPython: _raw_input — prompt on stream (stderr by default), one line from input (stdin by default) without
    # its newline; EOFError at end of input
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            stream.write(prompt.encode(stream.encoding, 'replace').decode(stream.encoding))
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    return line[:-1] if line[-1:] == '\n' else line


def fallback_getpass(prompt='Password: ', stream=None):
    """getpass() when echo cannot be turned off: warns (GetPassWarning), says so on stream and reads stdin."""
    import warnings
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _open_tty():
    # the controlling terminal for reading and writing, or None
    try:
        fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
    except (OSError, AttributeError):
        return None
    import io
    try:
        return io.TextIOWrapper(io.FileIO(fd, 'w+'))
    except Exception:
        os.close(fd)
        return None


def unix_getpass(prompt='Password: ', stream=None):
    """Reads a line from the terminal (else stdin) with echo off, after writing prompt on stream (the terminal,
    else stderr); then writes a newline on stream. EOFError at end of input."""
    # CPython: unix_getpass
    try:
        import termios
    except ImportError:
        termios = None
    tty = _open_tty()
    if tty is not None:
        source = tty
    else:
        source = sys.stdin
    if not stream:
        stream = source if tty is not None else sys.stderr
    try:
        try:
            fd = source.fileno()
        except (AttributeError, ValueError):
            fd = None
        passwd = None
        if fd is not None and termios is not None:
            try:
                saved = termios.tcgetattr(fd)
                quiet = saved[:]
                quiet[3] &= ~termios.ECHO  # the local modes
                when = termios.TCSAFLUSH | getattr(termios, 'TCSASOFT', 0)
                try:
                    termios.tcsetattr(fd, when, quiet)
                    passwd = _raw_input(prompt, stream, input=source)
                finally:
                    termios.tcsetattr(fd, when, saved)
                    stream.flush()
            except termios.error:  # not a terminal after all
                if passwd is not None:
                    raise
        if passwd is None:
            # echo cannot be controlled: the terminal is given up (unless it is the prompt's stream) and stdin
            # read instead
            if tty is not None and stream is not tty:
                tty.close()
                tty = None
            passwd = fallback_getpass(prompt, stream)
        stream.write('\n')
        return passwd
    finally:
        if tty is not None:
            tty.close()


def getpass(prompt='Password: ', stream=None):
    """Prompts for a password (prompt on stream, the terminal or stderr by default) and returns it without the
    newline, echo turned off where possible."""
    return unix_getpass(prompt, stream)


def getuser():
    """The user's login name: $LOGNAME, $USER, $LNAME or $USERNAME (the first set and non-empty), else the
    password database's name for os.getuid() (KeyError if it has none)."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        import pwd
    except ImportError:
        pwd = None
    if pwd is not None:
        return pwd.getpwuid(uid)[0]
    # pwd.getpwuid(uid).pw_name from /etc/passwd: name:password:uid:gid:gecos:home:shell
    with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
        for line in f:
            fields = line.rstrip('\n').split(':')
            if len(fields) >= 3 and fields[2] == str(uid):
                return fields[0]
    raise KeyError('getpwuid(): uid not found: %d' % uid)
