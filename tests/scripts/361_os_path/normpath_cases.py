# os.path.normpath collapses '.', '..' and repeated slashes without touching the file system
import os.path

for p in ['', '.', '/', '//', '///', '////x', 'a/b/../c', 'a/./b', 'a//b//', '/../x', '/..', '../..',
          'a/../..', './', '../a/../b', 'a/b/c/../../..', '/a/b/../../../c', '...', 'a/.../b', '//a/b/']:
    print(f'{p!r:20} {os.path.normpath(p)!r}')
print(os.path.normpath(b'/x/./y/../z'), os.path.normpath(b''))
for bad in [None, 3]:
    try:
        os.path.normpath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
