# b16encode/b16decode: uppercase hex, casefold, odd length and non-hex errors; binascii hex functions.
import base64
import binascii

print(base64.b16encode(b'\x01\x02\xab\xcd\xef'))
print(base64.b16encode(bytearray(b'\x00\xff')), base64.b16encode(b''))
print(base64.b16decode(b'0102ABCDEF'), base64.b16decode('00FF'))
print(base64.b16decode(b'0102abcdef', casefold=True))
print(base64.b16decode(bytearray(b'FFFE')), base64.b16decode(memoryview(b'7F')))


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(base64.b16decode, b'0102abcdef')
show(base64.b16decode, b'0G')
show(base64.b16decode, b'ABC')
show(base64.b16decode, b'abc', True)
show(base64.b16decode, b'0 1')
show(base64.b16decode, 'é1')
show(base64.b16decode, 7)
show(base64.b16encode, 'ab')
print(binascii.hexlify(b'\x01\xab'), binascii.b2a_hex(b'\xff\x00'))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', -2), binascii.hexlify(b'\x01\x02', '_', 0))
print(binascii.unhexlify(b'0aFf'), binascii.a2b_hex('DEADbeef'), binascii.unhexlify(''))
show(binascii.hexlify, b'ab', '--')
show(binascii.hexlify, 'ab')
show(binascii.unhexlify, b'abc')
show(binascii.unhexlify, b'zz')
show(binascii.unhexlify, 3)
show(binascii.unhexlify, 'é0')
