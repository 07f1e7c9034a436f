# b85encode/b85decode: padding option, known vectors, bad characters and overflow messages.
import base64

for v in [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'\x00' * 4, b'\xff' * 4, b'hello world']:
    e = base64.b85encode(v)
    p = base64.b85encode(v, pad=True)
    print(repr(v), e, p, base64.b85decode(e) == v, base64.b85decode(p)[:len(v)] == v)
print(base64.b85encode(bytearray(b'xyz')), base64.b85encode(memoryview(b'\x01\x02')))
print(base64.b85decode('VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%'))
print(base64.b85decode(b'VPa!s'), base64.b85decode(bytearray(b'W^Zp|')))
print(base64.b85encode(b'\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b'))


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(base64.b85decode, b'VPa!s"')
show(base64.b85decode, b'abc de')
show(base64.b85decode, b'VPa!sVPa!sVP,a')
show(base64.b85decode, b'|NsC0')
show(base64.b85decode, b'|NsC1')
show(base64.b85decode, b'VPa!s~~~~~')
show(base64.b85decode, b'~~')
show(base64.b85decode, b'0')
show(base64.b85decode, 'é')
show(base64.b85decode, 1.0)
show(base64.b85encode, 'abc')
show(base64.b85encode, b'ab', pad=True)
