# os.environ only takes str keys and values (os.environb only bytes)
import os

attempts = [
    ('int value', lambda: os.environ.__setitem__('BAD_VALUE', 1)),
    ('int key', lambda: os.environ.__setitem__(1, 'x')),
    ('bytes key', lambda: os.environ.__setitem__(b'BAD', 'x')),
    ('None value', lambda: os.environ.__setitem__('BAD', None)),
    ('bytes env str key', lambda: os.environb.__setitem__('BAD', b'x')),
    ('bytes env str value', lambda: os.environb.__setitem__(b'BAD', 'x')),
    ('get int key', lambda: os.environ[5]),
    ('getenv int', lambda: os.getenv(5)),
    ('equals sign', lambda: os.environ.__setitem__('A=B', 'x')),
    ('nul in value', lambda: os.environ.__setitem__('NUL', 'a\0b')),
    ('putenv equals', lambda: os.putenv('A=B', 'x')),
]
for label, action in attempts:
    try:
        action()
        print(label, 'accepted')
    except (TypeError, ValueError, KeyError) as e:
        print(label, '->', type(e).__name__, e)
print('BAD' in os.environ, 'BAD_VALUE' in os.environ)
