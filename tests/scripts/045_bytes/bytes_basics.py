# bytes and bytearray: literals, indexing, slicing, operators, methods, mutation, codecs and their errors.
b = b'hello world'
print(b, repr(b), len(b), b[0], b[-1], b[1:5], b[::2], list(b[:3]), b'a' + b'b', b'ab' * 3, 3 * b'x')
print(b'll' in b, 104 in b, b.upper(), b.split(), b.split(b'o'), b.replace(b'l', b'L'), b.find(b'o'), b.rfind(b'o'), b.count(b'l'))
print(bytes(3), bytes([65, 66, 67]), bytes('é', 'utf-8'), 'é'.encode(), b'\xc3\xa9'.decode(), bytes(b'xy'), bytes())
print(b.hex(), bytes.fromhex('de ad be ef'), b'\x00\xff'.hex('-'), b'abcdef'.hex(':', 2), b.startswith(b'he'), b.endswith((b'x', b'ld')))
print(b == b'hello world', b < b'z', hash(b) == hash(b'hello world'), {b: 1}[b'hello world'], str(b), b.decode('ascii'))
print(b'  x  '.strip(), b'a,b,,c'.split(b','), b','.join([b'a', b'b']), b'x'.center(5, b'*'), b'Hi There'.swapcase(), b'abc'.title())
ba = bytearray(b'abc')
ba.append(100); ba.extend(b'ef'); ba[0] = 65; print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
ba += b'!'; print(ba, ba * 2, ba[1:3], type(ba[1:3]).__name__, bytearray(3), bytearray('é', 'utf-8'), ba.upper())
del ba[0]; print(ba); ba[1:3] = b'XYZ'; print(ba); ba.insert(0, 33); ba.reverse(); print(ba, ba.copy(), list(ba))
print(b'\x00\x01\x7f\x80\n\t\\\'"'.__repr__(), bytearray(b"'\""))
for enc in ['utf-8', 'ascii', 'latin-1']:
    print(enc, 'café'.encode(enc, 'replace'), 'café'.encode(enc, 'ignore'), b'caf\xc3\xa9'.decode(enc, 'replace'))
for bad in [lambda: 'é'.encode('ascii'), lambda: b'\xff'.decode(), lambda: b'\xc3'.decode('utf-8'), lambda: b'ab\xe9cd'.decode('ascii'),
            lambda: bytes('x'), lambda: bytes(-1), lambda: bytes([256]), lambda: b'x' + 'y', lambda: 'x'.encode('nope'),
            lambda: b'a'[5], lambda: bytes.fromhex('zz'), lambda: bytearray(b'')[0], lambda: hash(bytearray()), lambda: b'x'.decode('utf-8', 'bogus')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(b'', bytes), type(b''), type(bytearray()), bytes is bytearray)
for x in b'hi': print(x)
print(sorted(set(b'hello')), b'%s' if False else 'no bytes %', max(b'abc'))
