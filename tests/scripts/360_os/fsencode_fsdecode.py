# os.fsencode / os.fsdecode convert file names between str and bytes (UTF-8 here)
import os


class P:
    def __fspath__(self):
        return 'café/menu.txt'


names = ['plain.txt', 'café.txt', '日本語', '']
for name in names:
    encoded = os.fsencode(name)
    print(repr(name), encoded, os.fsdecode(encoded) == name)
print(os.fsencode(b'already bytes'), os.fsdecode('already str'))
print(os.fsencode(P()), os.fsdecode(P()))
print(os.fsdecode(b'caf\xc3\xa9'))
for bad in [None, 12, bytearray(b'x')]:
    try:
        os.fsencode(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.fsdecode(3.5)
except TypeError as e:
    print(type(e).__name__, e)
