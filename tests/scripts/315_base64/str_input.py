# Decoders accept ASCII str (and reject non-ASCII str); encoders reject str.
import base64

print(base64.b64decode('aGVsbG8='), base64.urlsafe_b64decode('_-8='))
print(base64.b32decode('NBSWY3DP'), base64.b32hexdecode('D1IMOR3F'))
print(base64.b16decode('68656C6C6F'), base64.b16decode('68656c6c6f', casefold=True))
print(base64.b85decode('Xk~0{Zv'), base64.a85decode('BOu!rDZ'))
print(base64.a85decode('<~BOu!rDZ~>', adobe=True))
print(base64.b32decode('nbswy3dp', casefold=True, map01='L'))
decoders = [base64.b64decode, base64.standard_b64decode, base64.urlsafe_b64decode,
            base64.b32decode, base64.b32hexdecode, base64.b16decode, base64.b85decode,
            base64.a85decode]
for f in decoders:
    try:
        f('caf\u00e9')
    except ValueError as e:
        print(f.__name__, type(e).__name__ + ":", e)
encoders = [base64.b64encode, base64.standard_b64encode, base64.urlsafe_b64encode,
            base64.b32encode, base64.b32hexencode, base64.b16encode, base64.b85encode,
            base64.a85encode, base64.encodebytes]
for f in encoders:
    try:
        f('hello')
    except TypeError as e:
        print(f.__name__, type(e).__name__ + ":", e)
for f in decoders:
    try:
        f(12)
    except TypeError as e:
        print(f.__name__, type(e).__name__ + ":", e)
print(sorted(base64.__all__))
