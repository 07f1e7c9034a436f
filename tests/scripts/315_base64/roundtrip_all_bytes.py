# Round trips of all 256 byte values (and every prefix length 0..9) through every codec.
import base64

data = bytes(range(256))
codecs = [
    ('b64', base64.b64encode, base64.b64decode),
    ('std', base64.standard_b64encode, base64.standard_b64decode),
    ('url', base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    ('b32', base64.b32encode, base64.b32decode),
    ('b32hex', base64.b32hexencode, base64.b32hexdecode),
    ('b16', base64.b16encode, base64.b16decode),
    ('b85', base64.b85encode, base64.b85decode),
    ('a85', base64.a85encode, base64.a85decode),
    ('bytes', base64.encodebytes, base64.decodebytes),
]
for name, enc, dec in codecs:
    e = enc(data)
    ok = dec(e) == data and dec(e.decode('ascii')) == data if name != 'bytes' else dec(e) == data
    prefixes = all(dec(enc(data[i:i + n])) == data[i:i + n] for n in range(10) for i in (0, 97, 246))
    print(name.ljust(6), len(e), ok, prefixes, e[:16], e[-12:])
print(base64.a85decode(base64.a85encode(data, foldspaces=True, wrapcol=20, adobe=True),
                       foldspaces=True, adobe=True) == data)
print(base64.b85decode(base64.b85encode(data[:7], pad=True)))
# each single byte value through base64 and base32
print(all(base64.b64decode(base64.b64encode(bytes([i]))) == bytes([i]) for i in range(256)))
print(all(base64.b32decode(base64.b32encode(bytes([i, 255 - i]))) == bytes([i, 255 - i])
          for i in range(256)))
print(base64.b64encode(data)[:64])
print(base64.b32encode(data)[-40:])
print(base64.b85encode(data)[100:140])
print(base64.a85encode(data)[:40])
