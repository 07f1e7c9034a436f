# The binascii functions base64 relies on: b2a_base64 newline flag, a2b_base64 strict_mode, crc32, crc_hqx.
import binascii

print(binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hello', newline=False))
print(binascii.b2a_base64(b''), binascii.b2a_base64(bytearray(b'\xff\xfe\xfd'), newline=0))
print(binascii.a2b_base64(b'aGVsbG8=\n'), binascii.a2b_base64('aGVs bG8='))
print(binascii.a2b_base64(b'aGVsbG8=', strict_mode=True))
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')))
print(binascii.crc32(b'hello world'), binascii.crc32(b''), binascii.crc32(b'a', 0xffffffff))
print(binascii.crc32(b'abc', -1), binascii.crc32(bytearray(b'abc')), binascii.crc32(b'abc', 2 ** 35))
print(binascii.crc_hqx(b'123456789', 0), binascii.crc_hqx(b'123456789', 0xffff))
print(binascii.crc_hqx(b'', 0x1234), binascii.crc_hqx(b'abc', -1), binascii.crc_hqx(b'abc', 0x12345))


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(binascii.b2a_base64, 'abc')
show(binascii.b2a_base64, b'abc', newline='x')
show(binascii.a2b_base64, 5)
show(binascii.a2b_base64, '\u00e9')
show(binascii.a2b_base64, b'YQ=', strict_mode=True)
show(binascii.a2b_base64, b'Y', strict_mode=True)
show(binascii.a2b_base64, b'YQ==', strict_mode=1.5)
show(binascii.crc32, 'abc')
show(binascii.crc32, b'abc', 1.5)
show(binascii.crc_hqx, 'abc', 0)
try:
    raise binascii.Incomplete('more data needed')
except Exception as e:
    print(type(e).__name__ + ":", e, isinstance(e, ValueError))
