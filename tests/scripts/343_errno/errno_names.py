# errno: the platform's error numbers by name, errorcode by number, matching OSError.errno
import errno
print(errno.ENOENT, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT])
print(len(errno.errorcode), errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:5])
try:
    open("/nonexistent/dir/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
