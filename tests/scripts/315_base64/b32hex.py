# b32hexencode/b32hexdecode (RFC 4648 extended hex alphabet) including casefold and errors.
import base64

for v in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar']:
    e = base64.b32hexencode(v)
    print(repr(v), e, base64.b32hexdecode(e) == v)
print(base64.b32hexdecode('CPNMUOJ1E8======'))
print(base64.b32hexdecode(b'cpnmuoj1e8======', casefold=True))
print(base64.b32hexdecode(bytearray(b'CPNMUOJ1')))
print(base64.b32hexencode(bytes(range(10))))
# sort order of base32hex matches the byte order of the input
words = [b'apple', b'Zebra', b'mango', b'0', b'kiwi!']
enc = sorted(base64.b32hexencode(w) for w in words)
print([base64.b32hexdecode(e) for e in enc] == sorted(words))


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(base64.b32hexdecode, b'CPNMUOJW')
show(base64.b32hexdecode, b'cpnmuoj1')
show(base64.b32hexdecode, b'CPNMUOJ')
show(base64.b32hexdecode, b'CP=MUOJ1')
show(base64.b32hexdecode, b'C=======')
show(base64.b32hexdecode, b'CPNMUOJ1', map01=b'L')
show(base64.b32hexdecode, None)
show(base64.b32hexencode, 'abc')
