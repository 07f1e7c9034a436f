# The subprocess module: starting programs and talking to them through pipes, blocking (asyncio's subprocesses
# are separate). Written in weft over os.fork/os.execve/os.pipe/os.waitpid and select.poll; our own code,
# following CPython's Lib/subprocess.py for behaviour, messages and reprs.
import os
import sys
import time

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output", "run",
           "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """A child exited with a non-zero status where success was required.

    Raised by check_call(), check_output() and run(check=True); carries cmd,
    returncode, output/stdout and stderr.
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            import signal
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Same object as .output (named to pair with .stderr)."""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Waiting on a child took longer than the given timeout.

    Carries cmd, timeout, and any output/stdout and stderr gathered so far.
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """Outcome of run(): the command's args, returncode (negative N means
    killed by signal N), and captured stdout/stderr (None unless captured).
    """

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        fields = [f'args={self.args!r}', f'returncode={self.returncode!r}']
        if self.stdout is not None:
            fields.append(f'stdout={self.stdout!r}')
        if self.stderr is not None:
            fields.append(f'stderr={self.stderr!r}')
        return f"{type(self).__name__}({', '.join(fields)})"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def check_returncode(self):
        """If returncode is not 0, raise CalledProcessError for this result."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _real_sleep(seconds):
    """Sleep in real time, also under --virtual-clock (a child process runs on the real clock)."""
    import select
    select.select([], [], [], seconds)


class Popen:
    """Start a command as a child process and manage its pipes and exit status."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self.args = args
        self.returncode = None
        self.pid = None
        self.stdin = self.stdout = self.stderr = None
        self._partial = {}  # what communicate() read before a timeout
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        if self.text_mode and encoding is None:
            self.encoding = 'utf-8'

        # follows Popen._get_handles: (parent end, child end) for each standard stream
        to_close = []

        def child_end(spec, for_reading_child):
            if spec is None:
                return None, None
            if spec == PIPE:
                r, w = os.pipe()
                to_close.extend((r, w))
                return (w, r) if for_reading_child else (r, w)
            if spec == DEVNULL:
                fd = os.open(os.devnull, os.O_RDWR)
                to_close.append(fd)
                return None, fd
            if isinstance(spec, int):
                return None, spec
            return None, spec.fileno()

        try:
            p2c_parent, p2c_child = child_end(stdin, True)
            c2p_parent, c2p_child = child_end(stdout, False)
            if stderr == STDOUT:
                err_parent, err_child = None, (c2p_child if c2p_child is not None else 1)
            else:
                err_parent, err_child = child_end(stderr, False)
            self._execute(args, executable, preexec_fn, close_fds, pass_fds, cwd, env, restore_signals,
                          start_new_session, process_group, umask, shell, p2c_child, c2p_child, err_child)
        except BaseException:
            for fd in to_close:
                try:
                    os.close(fd)
                except OSError:
                    pass
            raise
        for fd in {p2c_child, c2p_child, err_child}:  # stderr=STDOUT shares stdout's
            if fd is not None and fd in to_close:
                os.close(fd)
        if p2c_parent is not None:
            self.stdin = self._stream(p2c_parent, 'w', bufsize)
        if c2p_parent is not None:
            self.stdout = self._stream(c2p_parent, 'r', bufsize)
        if err_parent is not None:
            self.stderr = self._stream(err_parent, 'r', bufsize)

    def _stream(self, fd, mode, bufsize):
        if self.text_mode:
            return open(fd, mode, encoding=self.encoding, errors=self.errors)
        return open(fd, mode + 'b')

    def __repr__(self):
        text = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        return text[:76] + "...>" if len(text) > 80 else text

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    # follows Popen._execute_child (POSIX): fork, then in the child set up the streams, the directory and the
    # signals, and exec; a failure before exec comes back through a close-on-exec pipe as "Type:errno:where"
    def _execute(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env, restore_signals,
                 start_new_session, process_group, umask, shell, p2c, c2p, err):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        program = os.fsencode(executable)
        argv = [os.fsencode(a) for a in args]
        if cwd is not None:
            cwd = os.fsdecode(cwd)
        if env is not None:
            env_list = [os.fsencode(k) + b'=' + os.fsencode(v) for k, v in env.items()]
            for entry in env_list:
                if b'=' in entry.split(b'=', 1)[0] or entry.startswith(b'='):
                    raise ValueError("illegal environment variable name")
        if os.path.dirname(program):
            candidates = [program]
        else:
            candidates = [os.path.join(os.fsencode(d), program) for d in os.get_exec_path(env)]
        keep = sorted(set(int(fd) for fd in pass_fds))
        report_r, report_w = os.pipe()
        try:
            pid = os.fork()
            if pid == 0:
                self._in_child(report_w, candidates, argv, env, cwd, p2c, c2p, err, close_fds, keep, restore_signals,
                               start_new_session, process_group, umask, preexec_fn)
            self.pid = pid
            os.close(report_w)
            report_w = None
            data = bytearray()
            while True:
                chunk = os.read(report_r, 50000)
                if not chunk:
                    break
                data += chunk
        finally:
            os.close(report_r)
            if report_w is not None:
                os.close(report_w)
        if data:
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
            kind, code, where = bytes(data).decode().split(':', 2)
            if kind == 'SubprocessError':
                raise SubprocessError(where)
            code = int(code, 16)
            if where == 'chdir':
                raise OSError(code, os.strerror(code), cwd)
            if where == 'noexec':
                raise OSError(code, os.strerror(code))
            raise OSError(code, os.strerror(code), executable)

    @staticmethod
    def _in_child(report, candidates, argv, env, cwd, p2c, c2p, err, close_fds, keep, restore_signals,
                  start_new_session, process_group, umask, preexec_fn):
        where = 'noexec'
        try:
            # the streams onto 0, 1, 2 (a descriptor already in place only loses close-on-exec)
            for fd, target in ((p2c, 0), (c2p, 1), (err, 2)):
                if fd is None:
                    continue
                if fd == target:
                    os.set_inheritable(fd, True)
                else:
                    os.dup2(fd, target)
            if cwd is not None:
                where = 'chdir'
                os.chdir(cwd)
                where = 'noexec'
            if umask >= 0:
                os.umask(umask)
            if restore_signals:
                import _signal
                for name in ('SIGPIPE', 'SIGXFSZ'):
                    _signal.signal(getattr(_signal, name), 0)
            if start_new_session:
                os.setsid()
            if process_group is not None and process_group >= 0:
                os.setpgid(0, process_group)
            if preexec_fn is not None:
                try:
                    preexec_fn()
                except BaseException:
                    os.write(report, b'SubprocessError:0:Exception occurred in preexec_fn.')
                    os._exit(255)
            if close_fds:
                # everything above 2 but pass_fds and the report pipe (closed by exec itself)
                low = 3
                for fd in sorted(set(keep + [report])) + [65536]:
                    if fd >= low:
                        os.closerange(low, fd)
                        low = fd + 1
            for fd in keep:
                os.set_inheritable(fd, True)
            # follows os._execvpe: try each candidate; keep the first error that is not "not found"
            first_error = None
            for path in candidates:
                where = ''
                try:
                    if env is None:
                        os.execv(path, argv)
                    else:
                        os.execve(path, argv, env)
                except OSError as error:
                    if first_error is None or (first_error.errno in (2, 20) and error.errno not in (2, 20)):
                        first_error = error
            raise first_error
        except OSError as error:
            message = f'OSError:{error.errno:x}:{where}'.encode()
        except BaseException:
            message = b'SubprocessError:0:Exception occurred in preexec_fn.'
        try:
            os.write(report, message)
        finally:
            os._exit(255)  # whatever happened, the child never returns into the parent's program

    def _set_status(self, status):
        self.returncode = os.waitstatus_to_exitcode(status)

    def poll(self):
        """Without blocking, see whether the child ended; store and give returncode (None if running)."""
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = 0
            else:
                if pid == self.pid:
                    self._set_status(status)
        return self.returncode

    def wait(self, timeout=None):
        """Block until the child ends (or *timeout* seconds pass) and give returncode."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, status = os.waitpid(self.pid, 0)
            except ChildProcessError:
                self.returncode = 0
            else:
                self._set_status(status)
            return self.returncode
        # follows Popen._wait with a timeout: poll with growing pauses until the deadline
        deadline = time.time() + timeout
        delay = 0.0005
        while self.poll() is None:
            left = deadline - time.time()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, left, 0.05)
            _real_sleep(delay)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Feed *input* (or nothing) to the child's stdin, close it, and collect
        everything written to stdout and stderr until the child exits.

        Returns a (stdout, stderr) pair; entries for streams that are not pipes
        are None.
        """
        if input and self.stdin is None:
            raise ValueError("Cannot send input after starting communication")
        deadline = None if timeout is None else time.time() + timeout
        outputs = self._exchange(input, deadline, timeout)
        try:
            self.wait(None if deadline is None else max(deadline - time.time(), 0))
        except TimeoutExpired:
            raise TimeoutExpired(self.args, timeout, outputs[0], outputs[1])
        return outputs

    # follows Popen._communicate: one poll loop writing the input and reading both outputs, so that neither
    # side blocks on a full pipe
    def _exchange(self, input, deadline, timeout):
        import select
        if self.stdin is not None:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
        pending_input = b''
        if input is not None and self.stdin is not None:
            pending_input = input.encode(self.encoding, self.errors or 'strict') if self.text_mode else bytes(input)
        elif self.stdin is not None and not self._partial:
            self.stdin.close()
        readers = {}
        for name in ('stdout', 'stderr'):
            stream = getattr(self, name)
            if stream is not None and not stream.closed:
                readers[stream.fileno()] = name
                self._partial.setdefault(name, bytearray())
        poller = select.poll()
        writer = None
        if pending_input and self.stdin is not None and not self.stdin.closed:
            writer = self.stdin.fileno()
            poller.register(writer, select.POLLOUT)
        for fd in readers:
            poller.register(fd, select.POLLIN | select.POLLPRI)
        offset = 0
        while readers or writer is not None:
            wait_ms = None
            if deadline is not None:
                left = deadline - time.time()
                if left <= 0:
                    raise TimeoutExpired(self.args, timeout, *self._outputs(partial=True))
                wait_ms = left * 1000
            for fd, event in poller.poll(wait_ms):
                if fd == writer:
                    try:
                        # PIPE_BUF bytes at most: poll promised that much room, so the write cannot block
                        offset += os.write(fd, pending_input[offset:offset + select.PIPE_BUF])
                    except BrokenPipeError:
                        offset = len(pending_input)
                    if offset >= len(pending_input):
                        poller.unregister(fd)
                        writer = None
                        self.stdin.close()
                elif fd in readers:
                    chunk = os.read(fd, 32768)
                    if chunk:
                        self._partial[readers[fd]] += chunk
                    else:
                        poller.unregister(fd)
                        getattr(self, readers.pop(fd)).close()
        return self._outputs()

    def _outputs(self, partial=False):
        result = []
        for name in ('stdout', 'stderr'):
            data = self._partial.get(name)
            if data is None:
                result.append(None)
                continue
            data = bytes(data)
            if self.text_mode:
                data = data.decode(self.encoding, self.errors or 'strict').replace('\r\n', '\n').replace('\r', '\n')
            result.append(data)
        if not partial:
            self._partial = {}
        return tuple(result)

    def send_signal(self, sig):
        """Deliver signal number *sig* to the child, unless it already exited."""
        self.poll()
        if self.returncode is not None:
            return  # already reaped: its pid may belong to another process now
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Ask the child to stop by sending it SIGTERM."""
        self.send_signal(15)

    def kill(self):
        """Force the child to stop by sending it SIGKILL."""
        self.send_signal(9)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def call(*popenargs, timeout=None, **kwargs):
    """Run the command, wait (up to *timeout*), and give its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run the command and wait; a non-zero exit status raises CalledProcessError."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    r"""Run the command and give what it wrote to stdout; failure raises CalledProcessError."""
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError(f'{name} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors')
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run the command to completion and describe the result as a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """Join *seq* into one Windows command line, quoting as the MS C runtime expects."""
    # follows subprocess.list2cmdline: quote arguments with spaces or tabs; backslashes double before a quote
    parts = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or ' ' in arg or '\t' in arg
        out = ['"'] if quote else []
        backslashes = 0
        for c in arg:
            if c == '\\':
                backslashes += 1
            elif c == '"':
                out.append('\\' * (backslashes * 2 + 1) + '"')
                backslashes = 0
            else:
                out.append('\\' * backslashes + c)
                backslashes = 0
        out.append('\\' * (backslashes * (2 if quote else 1)))
        if quote:
            out.append('"')
        parts.append(''.join(out))
    return ' '.join(parts)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run *cmd* through the shell; give (status, combined output without final newline)."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        code = 0
    except CalledProcessError as ex:
        data = ex.output
        code = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return code, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Run *cmd* through the shell; give its combined stdout/stderr text."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
