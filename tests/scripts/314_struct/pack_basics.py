# struct: pack/unpack of every format character in each byte order, sizes and native alignment
import struct

for fmt in ["b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "P", "c", "s", "5s", "p", "5p", "x", "3x"]:
    for order in "@=<>!":
        try:
            print(order + fmt, struct.calcsize(order + fmt))
        except struct.error as e:
            print(order + fmt, "error:", e)
for fmt in ["ci", "ic", "bhd", "@bq", "=bq", "<bq", "b0l", "hxi", "3s2h", "0s", "cd?", "2xh"]:
    print(fmt, struct.calcsize(fmt))
values = [(b"b", -5), ("B", 200), ("?", True), ("h", -1234), ("H", 65535), ("i", -2**31), ("I", 2**32 - 1),
          ("l", -2**63), ("L", 2**64 - 1), ("q", 2**63 - 1), ("Q", 2**64 - 1), ("n", -7), ("N", 7), ("e", 1.5),
          ("f", 0.1), ("d", 0.1), ("c", b"z"), ("P", 4096)]
for fmt, v in values:
    fmt = fmt.decode() if isinstance(fmt, bytes) else fmt
    for order in "@<>!":
        if order != "@" and fmt in "nNP":
            continue
        packed = struct.pack(order + fmt, v)
        print(order + fmt, packed, struct.unpack(order + fmt, packed))
print(struct.pack(">hhl", 1, 2, 3), struct.pack("<hhl", 1, 2, 3), struct.pack("@hhl", 1, 2, 3))
print(struct.unpack(">hhl", b"\x00\x01\x00\x02\x00\x00\x00\x03"))
print(struct.pack("5s", b"abc"), struct.pack("2s", b"abcdef"), struct.pack("5p", b"abc"), struct.pack("3p", b"abcdef"))
print(struct.unpack("5s", b"ab\x00\x00\x00"), struct.unpack("5p", b"\x03abcx"), struct.unpack("5p", b"\xffabcd"))
print(struct.pack("0p"), struct.unpack("0p", b""), struct.pack("s", bytearray(b"q")), struct.pack("?", []), struct.pack("??", 0, "x"))
print(struct.pack(b"<i", 7), struct.pack(" < i  h ", 1, 2), struct.pack("<2i3h", 1, 2, 3, 4, 5))
print(struct.unpack("<?", b"\x02"), struct.unpack("c", b"\xff"))
