# os.strerror messages for common error numbers
import errno
import os

for code in [errno.EPERM, errno.ENOENT, errno.EACCES, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.ENOTEMPTY,
             errno.EINVAL, errno.ENOSPC, errno.EBADF, errno.EAGAIN, errno.EPIPE]:
    print(errno.errorcode[code], code, os.strerror(code))
print(os.strerror(0))
print(os.strerror(999999))
for bad in ['2', None, 2.0]:
    try:
        os.strerror(bad)
    except TypeError as e:
        print(type(e).__name__, e)
err = OSError(errno.ENOENT, os.strerror(errno.ENOENT), 'config.ini')
print(type(err).__name__, err)
