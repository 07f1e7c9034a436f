# OSError picks its subclass from the errno, whether raised by os or built by hand
import errno
import os

for code in [errno.ENOENT, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EACCES, errno.EPERM, errno.EAGAIN,
             errno.EPIPE, errno.ECHILD, errno.ESRCH, errno.EINTR, errno.ETIMEDOUT, errno.ECONNREFUSED,
             errno.ENOTEMPTY, errno.EINVAL]:
    e = OSError(code, os.strerror(code), 'some/file')
    print(f'{errno.errorcode[code]:13} {type(e).__name__:22} {e}')
print(type(OSError(errno.ENOENT, 'x')).__name__, type(OSError('just text')).__name__, type(OSError(2)).__name__)
try:
    os.kill(999_999_999, 0)  # no such process
except ProcessLookupError as e:
    print(type(e).__name__, e.errno == errno.ESRCH, e)
try:
    os.waitpid(-1, os.WNOHANG)  # no children to wait for
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.close(-1)
except OSError as e:
    print(type(e).__name__, e)
e = FileNotFoundError(errno.ENOENT, 'gone', 'a.txt', None, 'b.txt')
print(e, e.filename, e.filename2, e.errno, e.strerror)
print(issubclass(FileNotFoundError, OSError), issubclass(IOError, OSError), IOError is OSError, os.error is OSError)
