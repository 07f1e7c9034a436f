# float's methods: hex/fromhex, as_integer_ratio, is_integer and the special methods.
for x in [1.5, 0.1, -2.0, 0.0, -0.0, 1e300, 5e-324, 3.141592653589793, float("inf"), float("nan")]:
    print(repr(x), x.hex())
for s in ["0x1.8p+0", "0x1.999999999999ap-4", "-0x1p-1074", "1.8p1", "  0x10  ", "inf", "-Infinity", "nan", "0X1P+10"]:
    print(repr(s), float.fromhex(s))
print((0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio())
print((2.0).is_integer(), (2.5).is_integer(), (2.5).__neg__(), (-2.5).__abs__(), (2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__())
print((-2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.675).__round__(2), (2.5).__round__(), (7.5).__divmod__(2))
print((2.5).__int__(), (2.5).__float__(), (2.5).real, (2.5).imag, (2.5).conjugate())
for bad in [lambda: float.fromhex("0xg"), lambda: float.fromhex(""), lambda: float.fromhex("0x1p99999"),
            lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: float("nan").__floor__()]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
