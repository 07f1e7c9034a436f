# memoryview over bytes/bytearray: slicing without copy, tobytes/tolist, release, readonly errors
ba = bytearray(b"abcdef")
m = memoryview(ba)
print(m[0], m[-1], m[1:3].tobytes(), m.tolist(), len(m), m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape)
m[0] = ord("A")
m[1:3] = b"BC"
print(ba, bytes(m[::2]), m[2:].tobytes(), m == b"ABCdef", m.hex())
sub = m[3:]
sub[0] = ord("D")
print(ba, bytes(sub))
ro = memoryview(b"xyz")
print(ro.readonly, ro.tobytes(), list(ro), bytes(ro[::-1]))
for f in [lambda: ro.__setitem__(0, 1), lambda: m.__setitem__(0, 300), lambda: m.__setitem__(slice(0, 2), b"abc"),
          lambda: m[10], lambda: memoryview("str")]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
with memoryview(b"ctx") as mv:
    print(mv.tobytes())
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(bytes(memoryview(b"abc")[1:]), bytearray(memoryview(b"hi")), b"".join([memoryview(b"a"), b"b"]))
