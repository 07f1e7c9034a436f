# os.path.abspath: joined with the current directory and normalized (printed relative to it)
import os

cwd = os.getcwd()
for p in ['', '.', 'a', 'a/../b', './x/./y/', '..', 'a//b']:
    absolute = os.path.abspath(p)
    print(f'{p!r:12} isabs={os.path.isabs(absolute)} rel={os.path.relpath(absolute, cwd)!r}')
print(os.path.abspath('/x/./y/'), os.path.abspath('//x'), os.path.abspath('///x/..'), os.path.abspath(b'/a/../b'))
print(os.path.abspath(b'x') == os.fsencode(os.path.join(cwd, 'x')))
for bad in [None, 2]:
    try:
        os.path.abspath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
