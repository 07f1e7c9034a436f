# bytearray mutation: item/slice assignment, append/extend/insert/pop/remove, del, +=, methods
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
print(ba, len(ba))
ba[1:3] = b""
print(ba)
ba[2:2] = b"12345"
print(ba)
ba.append(33); ba.extend(b"??"); ba.extend([0x41, 0x42]); ba.insert(0, 62); ba.insert(-1, 0x2d)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("1"))
del ba[0]
del ba[::2]
print(ba)
ba += b"xyz"
ba *= 2
print(ba, ba.count(b"x"), ba.find(b"yz"))
ba.reverse()
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray(b"ab").copy(), bytearray("é", "utf-8"), bytearray.fromhex("0a0b"))
x = bytearray(b"abc")
y = x
y += b"d"
print(x is y, x)
for f in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray().pop(),
          lambda: bytearray(b"a").remove(9), lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"),
          lambda: bytearray(b"a").append("b"), lambda: bytearray(b"a").__setitem__(5, 1),
          lambda: hash(bytearray(b"a"))]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
# realistic: build a simple length-prefixed packet
def packet(fields):
    out = bytearray()
    for f in fields:
        data = f.encode()
        out.append(len(data))
        out += data
    return bytes(out)
p = packet(["id", "weft", ""])
print(p, p.hex(" "))
i, parts = 0, []
while i < len(p):
    n = p[i]; parts.append(p[i + 1:i + 1 + n].decode()); i += 1 + n
print(parts)
