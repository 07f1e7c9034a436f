# os.path.commonpath: the longest common sub-path, by whole components
import os.path

for paths in [['/usr/lib', '/usr/local/lib'], ['/usr/lib/', '/usr/lib'], ['a/b', 'a/c/d'], ['a/b', 'a/b/'],
              ['/a/./b', '/a/b/c'], ['a'], ['/', '/a'], ['a/..', 'a'], ['spam/eggs', 'spam/eggsnot'],
              ('x/y', 'x/y/z')]:
    print(f'{paths!r:36} {os.path.commonpath(paths)!r}')
print(os.path.commonpath([b'/a/b/c', b'/a/b/d']), os.path.commonpath(iter(['p/q', 'p/r'])))
for paths in [[], ['/usr', 'usr'], ['a', b'a'], [1, 2], ['a', None]]:
    try:
        os.path.commonpath(paths)
    except (ValueError, TypeError) as e:
        print(paths, type(e).__name__, e)
