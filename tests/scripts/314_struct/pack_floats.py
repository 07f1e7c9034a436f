# struct: float packing in e, f and d formats: rounding, specials, overflow and the float protocol
import struct, math

for x in [0.0, -0.0, 1.0, -2.5, 65504.0, 65519.0, 6.1e-05, 5.96e-08, 2.98e-08, 2.99e-08, 1e-10, 0.1, 1/3, math.inf, -math.inf]:
    for f in "efd":
        try:
            b = struct.pack("<" + f, x)
            print(f, repr(x), b.hex(), repr(struct.unpack("<" + f, b)[0]))
        except OverflowError as e:
            print(f, repr(x), "OverflowError:", e)
for x in [65520.0, 1e6, 3.5e38, 1e39, 1e308]:
    for f in "ef":
        try:
            print(f, struct.pack(">" + f, x).hex())
        except OverflowError as e:
            print(f, repr(x), "OverflowError:", e)
n = struct.unpack("<e", struct.pack("<e", math.nan))[0]
print(math.isnan(n), struct.pack("<e", math.nan).hex(), struct.pack("<d", 2.0).hex())
for bits in ["0100", "ff03", "0004", "ff7b", "007c", "00fc", "0180", "0080"]:
    print(bits, repr(struct.unpack("<e", bytes.fromhex(bits))[0]))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
print(struct.pack("<d", F()), struct.pack("<d", I()), struct.pack("<f", 7), struct.pack("<e", True))
for bad in ["1.0", None, b"x", [1.0]]:
    try:
        struct.pack("d", bad)
    except struct.error as e:
        print("error:", e)
