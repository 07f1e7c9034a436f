# os.path.basename and os.path.dirname on ordinary and unusual paths, str and bytes
import os.path

paths = ['', '/', '//', '///', '.', '..', '...', 'file.txt', 'dir/', 'dir//', '/usr/lib/libc.so', 'a/b/c',
         '//server/share', '/trailing/slash/', 'a//b', './x', '../x', '~/notes', 'a/./b', 'spaces in/name']
for p in paths:
    print(f'{p!r:22} base={os.path.basename(p)!r:12} dir={os.path.dirname(p)!r}')
print([os.path.basename(p.encode()) for p in paths[:8]])
print([os.path.dirname(p.encode()) for p in paths[8:14]])
