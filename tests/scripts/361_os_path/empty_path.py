# the empty path across os.path
import os.path

for name in ['basename', 'dirname', 'split', 'splitext', 'splitdrive', 'normpath', 'normcase', 'isabs',
             'expanduser', 'expandvars', 'exists', 'lexists', 'isfile', 'isdir', 'islink', 'ismount']:
    print(f'{name:11} {getattr(os.path, name)("")!r}  {getattr(os.path, name)(b"")!r}')
print(repr(os.path.join('')), repr(os.path.join('', '')), repr(os.path.join('', 'a', '')))
print(repr(os.path.commonprefix([''])), repr(os.path.commonpath([''])))
print(os.path.abspath('') == os.path.abspath('.'), os.path.realpath('') == os.path.realpath('.'))
for fn, args in [(os.path.relpath, ('',)), (os.path.getsize, ('',)), (os.path.samefile, ('', '.'))]:
    try:
        fn(*args)
    except (ValueError, OSError) as e:
        print(fn.__name__, type(e).__name__, e)
