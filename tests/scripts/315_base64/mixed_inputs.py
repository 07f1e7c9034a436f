# Deterministic pseudo-random inputs through every decoder (valid and junk), printing a digest per codec.
import base64
import binascii

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n


def junk(alphabet, n):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(n))


calls = [
    ('b64', lambda s: base64.b64decode(s), b'ABab+/=\n !-_'),
    ('b64v', lambda s: base64.b64decode(s, validate=True), b'ABab+/=\n'),
    ('url', lambda s: base64.urlsafe_b64decode(s), b'AB-_+/='),
    ('b32', lambda s: base64.b32decode(s, casefold=rnd(2), map01=b'L' if rnd(2) else None),
     b'ABCXYZ2701a='),
    ('b16', lambda s: base64.b16decode(s, casefold=rnd(2)), b'09AFaf g'),
    ('b85', lambda s: base64.b85decode(s), b'09AZaz!~|" '),
    ('a85', lambda s: base64.a85decode(s, foldspaces=rnd(2)), b'!u9zys~ \n\x7f'),
]
for name, fn, alphabet in calls:
    summary = {}
    digest = 0
    for _ in range(300):
        s = junk(alphabet, 8 * rnd(3) if name == 'b32' else rnd(14))
        try:
            r = fn(s)
            key = 'ok'
            digest = binascii.crc32(r, digest)
        except Exception as e:
            key = type(e).__name__ + ': ' + str(e)[:40]
        summary[key] = summary.get(key, 0) + 1
    print(name, digest)
    for k in sorted(summary):
        print('   ', summary[k], k)
for name in ['b64encode', 'b32encode', 'b32hexencode', 'b16encode', 'b85encode', 'a85encode']:
    enc = getattr(base64, name)
    digest = 0
    for n in range(40):
        digest = binascii.crc32(enc(junk(bytes(range(256)), n)), digest)
    print(name, digest)
