# b64encode/b64decode with altchars (bytes and str), urlsafe variants and mixed alphabets.
import base64

data = b'\xfb\xff\xbf\xfe\xef\x3e'
print(base64.b64encode(data))
print(base64.b64encode(data, altchars=b'-_'))
print(base64.b64encode(data, b'*$'))
print(base64.b64encode(data, bytearray(b'.,')))
print(base64.b64decode(b'-_-_', altchars=b'-_'))
print(base64.b64decode('*$*$', '*$'))
print(base64.b64decode('*$*$', bytearray(b'*$')))
print(base64.urlsafe_b64encode(data))
print(base64.urlsafe_b64decode(b'-_-_'))
print(base64.urlsafe_b64decode('-_-_'))
print(base64.urlsafe_b64decode(b'+/+/'))      # standard chars still accepted
print(base64.urlsafe_b64decode(b'a-b_c+d/'))
print(base64.urlsafe_b64encode(b''), base64.urlsafe_b64decode(''))
print(base64.urlsafe_b64encode(bytes([0x3e, 0x3f])))
# with altchars given, the original '+' '/' become unknown and are skipped
print(base64.b64decode(b'+/-_', altchars=b'-_'))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: base64.b64encode(b'abc', altchars=b'-'))
show(lambda: base64.b64encode(b'abc', altchars=b'-_+'))
show(lambda: base64.b64decode(b'YWJj', altchars=b'-'))
show(lambda: base64.b64decode(b'YWJj', altchars='é_'))
show(lambda: base64.b64decode(b'YWJj', altchars=5))
show(lambda: base64.b64encode(b'abc', altchars='-_'))
