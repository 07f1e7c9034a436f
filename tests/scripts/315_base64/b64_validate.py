# b64decode(validate=True) strict mode versus the lenient default on odd inputs.
import base64

cases = [b'YWJj', b'YWJj\n', b'YW Jj', b'YWI=', b'YWI=YWI=', b'YQ==YQ==', b'=YWJj', b'YW=I',
         b'YWJjZA==', b'YWJjZA=', b'YWJjZA===', b'YWJjZ===', b'YWJjZA==x', b'Y!WJj',
         b'', b'====', b'YWJj====', b'YW\x00Jj', b'Y\xffWJj', b'YWJjZA=\n=']


def show(s, strict):
    try:
        r = repr(base64.b64decode(s, validate=strict))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(s).ljust(14), 'strict' if strict else 'loose ', r)


for s in cases:
    show(s, False)
    show(s, True)
print(base64.b64decode('-_8=', altchars='-_', validate=True))
try:
    base64.b64decode('+/8=', altchars='-_', validate=True)
except Exception as e:
    print(type(e).__name__ + ":", e)
