# b64encode/b64decode: RFC 4648 vectors, str input, bytearray/memoryview input, result types.
import base64

vectors = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar']
for v in vectors:
    e = base64.b64encode(v)
    print(repr(v), repr(e), base64.b64decode(e) == v, type(e).__name__)

print(base64.b64encode(bytearray(b'\x00\xff\xfe')))
print(base64.b64encode(memoryview(b'Man is')))
print(base64.b64decode('TWFu'))
print(base64.b64decode(bytearray(b'TWFuIGlz')))
print(base64.b64decode(memoryview(b'YWJj')))
print(type(base64.b64decode(bytearray(b'YWJj'))).__name__)
print(base64.standard_b64encode(b'\xfb\xff\xbf'))
print(base64.standard_b64decode('+/+/'))
print(base64.standard_b64decode(b'YWJj\nZGVm'))
print(base64.b64encode(b'Aladdin:open sesame'))
print(base64.b64decode(b'QWxhZGRpbjpvcGVuIHNlc2FtZQ=='))
long = bytes(range(100))
enc = base64.b64encode(long)
print(len(enc), enc[:20], enc[-8:], b'\n' in enc)
print(base64.b64decode(enc) == long)
