# ValueError messages from int(), float(), complex() and friends on bad strings
cases = [
    lambda: int("abc"),
    lambda: int(""),
    lambda: int("1.5"),
    lambda: int("12", 2),
    lambda: int("z", 36) and int("10", 1),
    lambda: int("10", 37),
    lambda: int(" 0x1g ", 16),
    lambda: float("x1"),
    lambda: float(""),
    lambda: float("1e"),
    lambda: complex("1+"),
    lambda: int("１２a"),
    lambda: bool.__new__(bool, 1) and int("- 5"),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: bytes([256]),
    lambda: int("_1"),
    lambda: float("1__0"),
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
