# b32encode/b32decode: RFC vectors, casefold, map01, padding and digit errors.
import base64

for v in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00', b'\xff' * 6]:
    e = base64.b32encode(v)
    print(repr(v), e, base64.b32decode(e) == v)
print(base64.b32encode(bytearray(b'abcde')), base64.b32encode(memoryview(b'xyz')))
print(base64.b32decode('MZXW6YTBOI======'))
print(base64.b32decode(b'mzxw6ytboi======', casefold=True))
print(base64.b32decode(b'MZXW6YTBOI======', True))
print(base64.b32decode(b'ME======'), base64.b32decode(b'MFRA===='), base64.b32decode(b'MFRGG==='))
print(base64.b32decode(b'MFRGGZA='), base64.b32decode(b'MFRGGZDF'))
# map01: '0' -> 'O', '1' -> the given letter
print(base64.b32decode(b'MLO23456', map01=b'L'))
print(base64.b32decode(b'M1023456', map01=b'L'))
print(base64.b32decode(b'M1023456', map01='I'))
print(base64.b32decode(b'm1023456', casefold=True, map01=b'l'))


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(base64.b32decode, b'MZXW6YTBOI=====')
show(base64.b32decode, b'MZXW6YT')
show(base64.b32decode, b'mzxw6ytb')
show(base64.b32decode, b'M1023456')
show(base64.b32decode, b'M1023456', map01=b'LI')
show(base64.b32decode, b'M1023456', map01=b'')
show(base64.b32decode, b'MZXW6Y=BOI======')
show(base64.b32decode, b'MZ======')
show(base64.b32decode, b'MZXWZ===')
show(base64.b32decode, b'M=======')
show(base64.b32decode, b'========')
show(base64.b32decode, b'ABCDEFG=')
show(base64.b32decode, b'AB!DEFGH')
show(base64.b32decode, b'ABCDEFG8')
show(base64.b32decode, 'ABCDEFG\u00e9')
show(base64.b32decode, 42)
show(base64.b32encode, 'text')
show(base64.b32encode, 42)
show(base64.b32decode, b'')
