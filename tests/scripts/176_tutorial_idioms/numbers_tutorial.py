# docs tutorial ch.3 numbers plus Real Python numbers: division kinds, rounding, bases, complex, int parsing
print(2 + 2, 50 - 5*6, (50 - 5*6) / 4, 8 / 5, 17 / 3, 17 // 3, 17 % 3, 5 * 3 + 2)
print(5 ** 2, 2 ** 7, -3 ** 2, (-3) ** 2, 2 ** -1, 4 * 3.75 - 1, 7 // -2, -7 % 3, divmod(-7, 2))
tax = 12.5 / 100; price = 100.50
_ = price * tax
print(round(price * tax, 2), round(2.5), round(3.5), round(-0.5), round(1234.5678, -2), round(7, -1))
print(int("42"), int("  -7 "), int("1_000_000"), int("ff", 16), int("0b101", 0), int("777", 8), int(3.99), int(-3.99))
print(float("3.14"), float("1e-3"), float("inf"), float("-nan") != float("nan"), float(" 2 "), 1e308 * 10)
print(bin(10), oct(64), hex(255), hex(-42), 0b1010 + 0o17 + 0xA, 1_000 * 3)
print(abs(-5), abs(3 - 4j), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), max(1, 2.5, -3), min([4, 2, 8]))
z = 3 + 4j
print(z.real, z.imag, z.conjugate(), z * 1j, complex("1+2j"), complex(2, -1), (1 + 2j) ** 2)
print(10 / 3, 1 / 3 * 3, 2 ** 0.5, 9 ** 0.5, 10 ** 20, 10.0 ** 20, 2 ** 100, 7.0 // 2, 7.5 % 2)
print(True + True, True * 10, int(True), bool(0), bool(0.0), bool(-1), bool(""), bool("0"), 3 == 3.0)
print((255).bit_length(), (5).bit_count() if hasattr(int, "bit_count") else 2, (10).to_bytes(2, "big"), int.from_bytes(b"\x00\x10", "big"))
print(float.fromhex("0x1.8p1"), (1.5).as_integer_ratio(), 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e16 + 1.0, 123456789.0 * 10)
print(format(1e16, ".0f"), 1e22, 1e-5, 0.0001, 123e-20, -0.0, 2.0 ** 0.5 * 2.0 ** 0.5, 100.0, 1.0e15, 1.0e16)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.sqrt(16), math.factorial(10), math.gcd(12, 18), math.lcm(4, 6))
print(math.pi, math.e, math.tau, math.inf > 10 ** 100, math.isnan(math.nan), math.log(8, 2), math.log10(1000), math.hypot(3, 4))
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.isqrt(17), math.copysign(3, -0.0), math.dist((0, 0), (3, 4)))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), 0.1 + 0.7, 10 % 0.3 if False else 7 % 2.5, -(2 ** 63), 2 ** 63 - 1)
try:
    print(int("12abc"))
except Exception as e:
    print(type(e).__name__ + ':', e)
