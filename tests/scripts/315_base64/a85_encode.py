# a85encode options: foldspaces, wrapcol, pad, adobe framing, 'z' folding of zero groups.
import base64

text = b'Man is distinguished, not only by his reason'
print(base64.a85encode(text))
for v in [b'', b'\x00', b'\x00' * 4, b'\x00' * 5, b'    ', b'  ', b'abc', b'\xff' * 4]:
    print(repr(v), base64.a85encode(v), base64.a85encode(v, pad=True),
          base64.a85encode(v, foldspaces=True))
print(base64.a85encode(b'hello', adobe=True))
print(base64.a85encode(b'', adobe=True))
print(base64.a85encode(bytearray(b'xy')), base64.a85encode(memoryview(b'\x00\x00')))
for col in [0, 1, 2, 3, 5, 7, 10, -4]:
    print(col, base64.a85encode(text[:12], wrapcol=col))
    print(col, base64.a85encode(text[:12], wrapcol=col, adobe=True))
print(base64.a85encode(b'', wrapcol=4), base64.a85encode(b'', wrapcol=1, adobe=True))
print(base64.a85encode(b'    ' * 3 + b'\x00' * 4, foldspaces=True, adobe=True, wrapcol=3))
try:
    base64.a85encode('text')
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    base64.a85encode(b'x', True)
except TypeError as e:
    print(type(e).__name__ + ":", e)
