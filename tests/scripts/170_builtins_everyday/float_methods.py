# float methods: hex/fromhex/is_integer/as_integer_ratio, round half-even, repr of tricky values
vals = [0.1, 0.5, 1.0, -2.5, 1e-310, 1.7976931348623157e308, 3.141592653589793, 1/3, 2.0**-1074]
for v in vals:
    print(repr(v), v.hex(), v.is_integer(), v.as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0X1P-2"), float.fromhex("inf"), float.fromhex(" 0x.8 "), float.fromhex("0x10"))
print(repr(0.1 + 0.2), repr(1e16), repr(1e15), repr(123456789012345678.0), repr(1e-5), repr(0.0001), repr(-0.0), repr(1e22), repr(1e23))
print(repr(float("inf")), repr(float("-inf")), repr(float("nan")), float("  -1.5e3 "), float("1_000.5"), float("InFiNiTy"))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5.5, 0), type(round(5.5)).__name__)
print(round(float("inf"), 2), 1e308 * 10, -1e308 * 10, 0.0 == -0.0, float("nan") == float("nan"))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -0.0 % 1, 5.0 // 0.3, 2.0 ** 0.5, (-8.0) ** (1 / 3))
print(str(1.0), str(100.0), str(1e100), f"{1e100:f}"[:20], f"{2.5:.0f}", f"{3.5:.0f}", f"{0.1:.17g}")
print(float(True), float(10**20), float("1e500"), 10**20 / 3, 2**53 + 1.0, int(2.0**53) + 1)
for f in [lambda: float("abc"), lambda: float.fromhex("0xg"), lambda: float("inf").as_integer_ratio(),
          lambda: float("nan").as_integer_ratio(), lambda: 1.0 / 0, lambda: 1.0 % 0, lambda: round(float("inf")),
          lambda: round(float("nan")), lambda: 2.0 ** 10000, lambda: float([]), lambda: float(10**400), lambda: float("")]:
    try:
        print(f())
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
import math
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), hash(1.0) == hash(1), hash(0.5) == hash(0.5))
