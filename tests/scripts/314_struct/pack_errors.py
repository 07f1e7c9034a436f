# struct: range checks and messages for each integer code, bad formats and argument counts
import struct

def show(fn, *args):
    try:
        print(fn(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P"]:
    for order in "@<>":
        if order != "@" and fmt in "nNP":
            continue
        for v in [-2**64, -2**63 - 1, -2**31 - 1, -129, -1, 256, 2**16, 2**32, 2**63, 2**64]:
            try:
                struct.pack(order + fmt, v)
            except struct.error as e:
                print(order + fmt, v, "error:", e)
show(struct.pack, "i", 1.5)
show(struct.pack, "i", "3")
show(struct.pack, "i", None)
show(struct.pack, "c", b"ab")
show(struct.pack, "c", "a")
show(struct.pack, "c", bytearray(b"a"))
show(struct.pack, "s", "abc")
show(struct.pack, "p", 3)
show(struct.pack, "ii", 1)
show(struct.pack, "i", 1, 2)
show(struct.pack, "2s", b"x", b"y")
show(struct.pack)
for fmt in ["y", "<n", "!P", "3", "i3", "<999999999999999999999i", "z", "i i", "@", ""]:
    show(struct.calcsize, fmt)
show(struct.calcsize, 12)
show(struct.calcsize, ["i"])
show(struct.unpack, "i", b"abc")
show(struct.unpack, "i", b"abcde")
show(struct.unpack, "i", "abcd")
show(struct.unpack, "<hh", memoryview(b"\x01\x00\x02\x00"))
