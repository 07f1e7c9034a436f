# mixing str and bytes in one os.path call is a TypeError
import os.path

for label, action in [
    ('join', lambda: os.path.join('a', b'b')), ('join rev', lambda: os.path.join(b'a', 'b', 'c')),
    ('relpath', lambda: os.path.relpath('a', b'b')), ('commonpath', lambda: os.path.commonpath(['a', b'b'])),
    ('commonprefix', lambda: os.path.commonprefix(['a', b'b'])), ('samefile', lambda: os.path.samefile('.', b'.')),
]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, type(e).__name__, e)
