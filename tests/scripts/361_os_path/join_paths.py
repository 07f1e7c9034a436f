# os.path.join: an absolute component restarts the path; empty parts add nothing but a trailing slash
import os.path

cases = [('a', 'b'), ('a/', 'b'), ('a', '/b'), ('', 'b'), ('a', ''), ('', ''), ('/', ''), ('/', 'a'),
         ('a', 'b', '/c', 'd'), ('a//', '//b'), ('usr', 'local', 'bin'), ('.', '..', 'x'), ('a',),
         ('a', 'b/', ''), ('/', '/', '/')]
for parts in cases:
    print(f'{parts!r:28} {os.path.join(*parts)!r}')
print(os.path.join(b'a', b'b'), os.path.join(b'/', b'x', b''))
