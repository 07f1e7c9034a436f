# os.path.isabs: a leading slash, nothing else
import os.path

for p in ['/', '//x', 'x', '', '.', '~/x', 'C:\\x', ' /x', b'/a', b'a']:
    print(repr(p), os.path.isabs(p))
for bad in [None, 1, 1.5]:
    try:
        os.path.isabs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
