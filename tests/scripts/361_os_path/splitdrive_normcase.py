# on POSIX there are no drives and no case folding: splitdrive and normcase change nothing
import os.path

for p in ['C:\\Windows', 'c:/x', '/usr', '', '//host/share', 'MiXeD/Case']:
    print(repr(p), os.path.splitdrive(p), repr(os.path.normcase(p)))
print(os.path.splitdrive(b'/a/b'), os.path.normcase(b'ABC'))
for bad in [None, 5, ['a']]:
    for fn in (os.path.splitdrive, os.path.normcase):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
