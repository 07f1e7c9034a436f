# Base64 decoding errors: padding, non-alphabet data, bad argument types, exception classes.
import base64
import binascii


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e, "| ValueError" if isinstance(e, ValueError) else "")


show(base64.b64decode, b'abc')
show(base64.b64decode, b'a')
show(base64.b64decode, b'abcde')
show(base64.b64decode, b'abcdefghi')
show(base64.b64decode, b'ab=')
show(base64.b64decode, b'a===')
show(base64.b64decode, 'abc\u00e9')
show(base64.b64decode, 5)
show(base64.b64decode, None)
show(base64.b64decode, [1, 2])
show(base64.b64encode, 'abc')
show(base64.b64encode, 12)
show(base64.standard_b64encode, None)
show(base64.urlsafe_b64encode, 'x')
show(base64.urlsafe_b64decode, 3.5)
show(base64.standard_b64decode, b'YQ')
try:
    base64.b64decode(b'YQ')
except binascii.Error as e:
    print('caught binascii.Error:', e, type(e).__name__, issubclass(binascii.Error, ValueError))
print(binascii.Error.__mro__[1:3], binascii.Incomplete.__mro__[1])
print(repr(binascii.Error('x')))
