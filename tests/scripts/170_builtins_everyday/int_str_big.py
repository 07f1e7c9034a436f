# int<->str conversion of big ints (below the 4300-digit limit), underscores, bases, parsing errors
n = 10 ** 100
print(len(str(n)), str(n)[:5], str(-n)[:6], int("9" * 50) + 1 == 10 ** 50, hex(n)[:10], len(bin(n)))
print(int("1" * 4300) % 1000, len(str(10 ** 4299)), int(str(7 ** 500)) == 7 ** 500, int(hex(3 ** 900), 16) == 3 ** 900)
print(int("1_000_000"), int("0x_ff", 16), int("0b_1010", 0), 1_000 + 0x_10, f"{2**70:_x}", f"{2**40:_d}")
print(int("-0"), int("00"), int("0", 0), int("000", 0), int("zz", 36), int("-ZZ", 36), int("1010", 2), int("777", 8))
for bad in ["1__0", "_10", "10_", "0x", "1e3", "010"]:
    try:
        print(int(bad, 0 if bad.startswith("0") else 10))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
print(str(2 ** 200), (2 ** 200).bit_length(), -(2 ** 64) // 3, (2 ** 64) % -7, divmod(-(10 ** 30), 7))
print(10 ** 40 // 10 ** 20 == 10 ** 20, (10 ** 20 + 1) * (10 ** 20 - 1), (-3) ** 41, 2 ** 100 > 2.0 ** 99)
# realistic: factorial digits
f = 1
for i in range(1, 301):
    f *= i
s = str(f)
print(len(s), s[:12], sum(map(int, s)), len(s) - len(s.rstrip("0")))
