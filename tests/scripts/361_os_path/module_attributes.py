# os.path is posixpath: its constants and what it exports
import os
import posixpath

print(os.path is posixpath, os.path.__name__)
print(repr(os.path.sep), repr(os.path.curdir), repr(os.path.pardir), repr(os.path.extsep), repr(os.path.pathsep))
print(os.path.altsep, os.path.defpath, os.path.devnull, os.path.supports_unicode_filenames)
wanted = ['abspath', 'basename', 'commonpath', 'commonprefix', 'dirname', 'exists', 'expanduser', 'expandvars',
          'getatime', 'getctime', 'getmtime', 'getsize', 'isabs', 'isdir', 'isfile', 'islink', 'ismount', 'join',
          'lexists', 'normcase', 'normpath', 'realpath', 'relpath', 'samefile', 'sameopenfile', 'samestat', 'split',
          'splitdrive', 'splitext']
print(all(name in os.path.__all__ and callable(getattr(os.path, name)) for name in wanted))
print(sorted(set(wanted) - set(dir(os.path))))
import os.path as p2
from os import path as p3
print(p2 is p3 is posixpath)
