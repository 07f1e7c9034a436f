# the module's constants for POSIX systems
import os

print(os.name, repr(os.sep), repr(os.linesep), os.devnull, os.curdir, os.pardir)
print(repr(os.pathsep), repr(os.extsep), os.altsep, os.defpath)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_ACCMODE)
print(os.O_CREAT | os.O_EXCL | os.O_TRUNC | os.O_APPEND != 0)
print(os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE)
print(os.error is OSError, os.sep == os.path.sep, os.devnull == os.path.devnull)
print(os.path.__name__, os.supports_bytes_environ)
print('/'.join(['usr', 'lib']).split(os.sep), 'a\nb'.split(os.linesep))
with open(os.devnull, 'w') as sink:
    print(sink.write('discarded'))
with open(os.devnull, 'rb') as empty:
    print(empty.read())
