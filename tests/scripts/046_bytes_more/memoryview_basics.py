# memoryview: slicing without copying, writes through to a bytearray, tobytes/tolist/hex, len/nbytes
buf = bytearray(b"abcdefgh")
mv = memoryview(buf)
print(len(mv), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv[0], mv[-1], mv[2:5].tobytes())
part = mv[2:6]
part[0] = ord("X")
part[1:3] = b"YZ"
print(buf, part.tolist(), part.hex(), bytes(part), part == b"XYZf")
ro = memoryview(b"readonly")
print(ro.readonly, ro[4:].tobytes(), list(ro[:3]))
try:
    ro[0] = 65
except TypeError as e:
    print("TypeError:", e)
with memoryview(b"ctx") as m:
    print(m.tobytes(), m.obj)
try:
    m.tobytes()
except ValueError as e:
    print("ValueError:", e)
