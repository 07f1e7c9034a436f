# int methods: to_bytes/from_bytes, bit_length/bit_count, as_integer_ratio, int() parsing, errors
for n in [0, 1, 255, 256, 65535, 2**64 - 1, 10**20]:
    print(n, n.bit_length(), n.bit_count(), n.to_bytes((n.bit_length() + 7) // 8 or 1, "big"))
print((1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"), (-1).to_bytes(2, "big", signed=True))
print((-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True), (5).to_bytes())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80"), int.from_bytes(bytearray(b"\x7f"), "little", signed=True))
print((-5).bit_length(), (-5).bit_count(), (7).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print((10).conjugate(), (10).real, (10).imag, (10).numerator, (10).denominator, int.__name__)
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("  -12  "), int("+7"))
print(int(3.99), int(-3.99), int(True), int("1_0"), int(1e20))
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
          lambda: (128).to_bytes(1, "big", signed=True), lambda: int("12", 1), lambda: int("0x1f"), lambda: int("08", 0),
          lambda: int(float("inf")), lambda: int(float("nan")), lambda: int(None), lambda: int("1.5"),
          lambda: int("", 10), lambda: int(5, 10), lambda: (1).to_bytes(-1, "big")]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 2 ** -1, (-2) ** 2, -2 ** 2, 10 ** 30 // 7, 1 << 100, -1 >> 5, ~5, 6 & 3, 6 | 3, 6 ^ 3)
print(hex(-255), oct(8), bin(-5), format(255, "08b"), f"{10**12:,}", f"{-42:>+6}", int.bit_length(0))
# realistic: checksum over a byte stream
data = "weft-interpreter".encode()
acc = 0
for i in range(0, len(data), 4):
    acc ^= int.from_bytes(data[i:i + 4].ljust(4, b"\0"), "little")
print(hex(acc), acc.to_bytes(4, "little").hex(), acc.bit_count())
