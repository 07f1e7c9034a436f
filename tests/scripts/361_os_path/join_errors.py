# os.path.join's TypeErrors: mixed str/bytes, non-path arguments, no arguments
import os.path


class P:
    def __fspath__(self):
        return 'from_fspath'


print(os.path.join(P(), 'x'), os.path.join('x', P()))
for parts in [('a', b'b'), (b'a', 'b'), ('a', None), (None, 'a'), ('a', 1), (1,), ('a', ['b']), (b'a', bytearray(b'b'))]:
    try:
        print(os.path.join(*parts))
    except TypeError as e:
        print(f'{parts!r:22} {type(e).__name__}: {e}')
try:
    os.path.join()
except TypeError as e:
    print(type(e).__name__, e)
