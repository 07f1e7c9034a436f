# os.path.commonprefix works character by character (not by path component), on any sequences
import os.path

for items in [['/usr/lib', '/usr/local'], ['abc', 'abd', 'ab'], ['same', 'same'], [], ['x'], ['', 'a'],
              [b'prefix-1', b'prefix-2'], [[1, 2, 3], [1, 2, 4]], [('a', 'b'), ('a', 'c')]]:
    print(f'{items!r:32} {os.path.commonprefix(items)!r}')
print(os.path.dirname(os.path.commonprefix(['/usr/lib/x', '/usr/local/y'])))
try:
    os.path.commonprefix(['a', b'a'])
except TypeError as e:
    print(type(e).__name__, e)
