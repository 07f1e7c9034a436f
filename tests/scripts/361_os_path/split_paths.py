# os.path.split: (head, tail) such that join gives the path back (up to slashes)
import os.path

for p in ['', '/', '//', '///', 'a', 'a/', 'a/b', '/a/b', '//a//b', 'a//b//', '/a/', '...', '/..', 'x/../y']:
    head, tail = os.path.split(p)
    print(f'{p!r:10} -> {(head, tail)!r:18} rejoined={os.path.join(head, tail)!r}')
print(os.path.split(b'/usr/local/bin'), os.path.split(b'name'), os.path.split(b'//'))
