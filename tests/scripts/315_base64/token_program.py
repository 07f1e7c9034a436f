# Realistic program: pack a binary session record into a URL-safe token with a checksum, and back.
import base64
import binascii


def pack(user_id, expires, flags, name):
    raw = name.encode('utf-8')
    body = (user_id.to_bytes(4, 'big') + expires.to_bytes(5, 'big') + bytes([flags, len(raw)]) + raw)
    body += binascii.crc32(body).to_bytes(4, 'big')
    return base64.urlsafe_b64encode(body).rstrip(b'=').decode('ascii')


def unpack(token):
    padded = token + '=' * (-len(token) % 4)
    try:
        body = base64.urlsafe_b64decode(padded)
    except (binascii.Error, ValueError) as e:
        return 'bad token (%s)' % e
    data, crc = body[:-4], int.from_bytes(body[-4:], 'big')
    if len(body) < 15 or binascii.crc32(data) != crc:
        return 'checksum mismatch'
    n = data[10]
    return {'user': int.from_bytes(data[:4], 'big'), 'expires': int.from_bytes(data[4:9], 'big'),
            'admin': bool(data[9] & 1), 'name': data[11:11 + n].decode('utf-8')}


records = [(1, 1700000000, 0, 'ann'), (4242, 1800000000, 1, 'Zoë'), (2 ** 32 - 1, 0, 3, 'x' * 20)]
tokens = []
for rec in records:
    tok = pack(*rec)
    tokens.append(tok)
    print(tok, all(c.isalnum() or c in '-_' for c in tok))
    print(' ', unpack(tok))

tampered = tokens[1][:-3] + ('A' if tokens[1][-3] != 'A' else 'B') + tokens[1][-2:]
print(unpack(tampered))
print(unpack(tokens[0][:-1] + 'é'))
print(unpack('abcde'))
print(unpack(''))

# the same record as a human-friendly base32 code, grouped in fours
code = base64.b32encode(base64.urlsafe_b64decode(tokens[0] + '=' * (-len(tokens[0]) % 4)))
code = code.rstrip(b'=').decode()
print('-'.join(code[i:i + 4] for i in range(0, len(code), 4)))
again = code + '=' * (-len(code) % 8)
print(base64.b32decode(again.lower(), casefold=True) == base64.urlsafe_b64decode(tokens[0] + '=='))
