# '.', '..' and '...' are names like any other for the string functions; only normpath interprets . and ..
import os.path

for p in ['.', '..', '...', './.', '../..', 'a/.', 'a/..', 'a/...', '.../b', '/./', '/../', '....ext']:
    print(f'{p!r:10} base={os.path.basename(p)!r:8} dir={os.path.dirname(p)!r:6} ext={os.path.splitext(p)!r:18} '
          f'norm={os.path.normpath(p)!r}')
print(os.path.join('.', '..', '...'), os.path.relpath('...', '.'), os.path.relpath('.', '..'))
