# os.path.relpath: how to get from start to path
import os.path

for path, start in [('a/b/c', 'a'), ('a', 'a/b/c'), ('/x/y', '/x/z/w'), ('a', 'a'), ('a', '.'), ('../a', 'b'),
                    ('/', '/a/b'), ('/a/b', '/'), ('/usr/share/doc', '/usr/lib'), ('x/./y', 'x//z/..')]:
    print(f'{path!r:18} from {start!r:12} -> {os.path.relpath(path, start)!r}')
print(os.path.relpath(b'/a/b/c', b'/a'), os.path.relpath('sub/file'))
for args in [('',), ('a', ''), ('a', b'b'), (None,), ('a', 3)]:
    try:
        os.path.relpath(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
