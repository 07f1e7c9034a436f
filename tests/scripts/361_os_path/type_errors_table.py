# every os.path function given a value that is not a path
import os.path

functions = ['abspath', 'basename', 'dirname', 'split', 'splitext', 'splitdrive', 'normpath', 'normcase', 'isabs',
             'expanduser', 'expandvars', 'realpath', 'relpath', 'islink', 'lexists', 'ismount', 'exists', 'isdir',
             'isfile', 'getsize', 'getmtime']
for name in functions:
    fn = getattr(os.path, name)
    results = []
    for bad in [None, 4.2, ['x'], object]:
        try:
            fn(bad)
            results.append('ok')
        except (TypeError, ValueError) as e:
            results.append(f'{type(e).__name__}: {e}')
    print(name)
    for r in sorted(set(results)):
        print('   ', r)
