# ZeroDivisionError messages for int, float, complex, divmod, %, // and pow
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0.0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: pow(0, -2),
    lambda: pow(3, -1, 6),
    lambda: pow(2, 3, 0),
    lambda: 1j / 0,
    lambda: (5).__truediv__(0),
    lambda: 10 / False,
]
for c in cases:
    try:
        print(c())
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
