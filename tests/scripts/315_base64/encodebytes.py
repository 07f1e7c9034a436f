# encodebytes/decodebytes: 76-column MIME lines, memoryview input, type checks and their messages.
import base64

data = bytes(range(200))
enc = base64.encodebytes(data)
lines = enc.split(b'\n')
print(len(enc), [len(l) for l in lines])
print(enc[:30], enc[-20:])
print(base64.decodebytes(enc) == data)
print(base64.encodebytes(b''), base64.encodebytes(b'x'), base64.encodebytes(bytearray(b'xy')))
print(base64.encodebytes(b'a' * 57), base64.encodebytes(b'a' * 58)[-6:])
print(base64.encodebytes(memoryview(b'hello world')))
print(base64.decodebytes(b'aGVs\nbG8=\n'), base64.decodebytes(bytearray(b'eHk=')))
print(base64.decodebytes(memoryview(b'YWJj')))
print(base64.MAXLINESIZE, base64.MAXBINSIZE)


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(base64.encodebytes, 'text')
show(base64.decodebytes, 'YWJj')
show(base64.encodebytes, 5)
show(base64.decodebytes, None)
show(base64.decodebytes, b'YWJ')
show(base64.decodebytes, b'Y')
