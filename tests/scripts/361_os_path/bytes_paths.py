# the pure os.path functions accept bytes and answer in bytes
import os.path

for p in [b'', b'/', b'//', b'/usr/lib/python3.11/os.py', b'rel/dir/', b'.hidden', b'a/../b', b'caf\xc3\xa9.txt']:
    print(p)
    print('  ', os.path.basename(p), os.path.dirname(p), os.path.split(p), os.path.splitext(p))
    print('  ', os.path.normpath(p), os.path.isabs(p), os.path.normcase(p), os.path.splitdrive(p))
print(os.path.join(b'a', b'b', b'c'), os.path.commonpath([b'/x/y', b'/x/z']), os.path.commonprefix([b'ab', b'ac']))
print(os.path.relpath(b'a/b', b'a'), os.path.expandvars(b'plain'), os.path.expanduser(b'no tilde'))
print(type(os.path.abspath(b'x')).__name__, type(os.path.realpath(b'.')).__name__)
