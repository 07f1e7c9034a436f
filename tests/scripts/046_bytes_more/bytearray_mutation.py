# bytearray as a mutable buffer: append/extend/insert/pop/remove, slice assignment, del, +=, *=
buf = bytearray()
for chunk in [b"HEAD", b"ER", bytes([0, 1, 2])]:
    buf.extend(chunk)
buf.append(255)
print(buf, len(buf))
buf[0:4] = b"head"
buf.insert(0, ord(">"))
print(buf, buf.pop(), buf.pop(0), buf)
buf.remove(0)
del buf[-1]
print(buf)
buf[4:6] = b""
buf += b"!!"
print(buf, buf.find(b"!"), buf.index(1))
buf[::2] = b"ABCD"
print(buf)
b2 = bytearray(b"ab") * 3
b2.reverse()
print(b2, b2.count(b"ba"), bytearray(3), bytearray(range(65, 70)), bytearray("hé", "utf-8"))
b2.clear()
print(b2, bytes(bytearray(b"copy")), bytearray(b"x") == b"x", b"x" + bytearray(b"y"), type(b"x" + bytearray(b"y")).__name__)
for bad in [lambda: buf.append(256), lambda: buf.append(-1), lambda: buf.remove(99), lambda: buf.__setitem__(0, b"x"), lambda: buf.extend([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
