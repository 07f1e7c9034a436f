# int/float/str edge formatting: repr of floats, rounding, big ints, int(), float(), str methods
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e-7, 123456789012345678.0, 1e16, 9999999999999998.0)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(0.5 + 1e-9))
print(float("inf"), -float("inf"), float("nan"), float("-0"), 1e308 * 10, 5e-324, 2.0 ** 0.5)
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), divmod(7.5, 2), 2 ** -1, (-8) ** (1 / 3) == 2)
print(2 ** 100, -(2 ** 64), 10 ** 30 // 7, int("  -42  "), int("0x1f", 16), int("0b101", 0), int("1_000"))
print(hex(255), oct(8), bin(-5), int(3.99), int(-3.99), float("1e3"), float(" 2.5 "), int(True))
for bad in ["1.5", "", "abc", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
try:
    float("x1")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__ + ":", e)
print(format(1234.5678, ",.2f"), format(-1234, "010,"), format(0.1, ".20f"), format(1e100, ".3g"))
print("%5.2f|%-6d|%x|%s|%r|%%|%03d|%+.1e" % (3.14159, 42, 255, "s", "r", 7, 12345.678))
print("%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25})
print("abc".center(9, "*"), "abc".ljust(5) + "|", "42".zfill(5), "-42".zfill(5), "a,b,,c".split(","))
print("  x  ".strip(), "Hello World".swapcase(), "hello world".title(), "ß".upper(), "ǅ".lower())
print("a\tb".expandtabs(4), "x".join("abc"), "abcabc".replace("b", "B", 1), "abc".partition("b"))
print(str(10**20), repr(1.5e-10), 1.0.is_integer(), (0.5).as_integer_ratio(), (255).to_bytes(2, "big"))
print((3).bit_length(), int.from_bytes(b"\x01\x00", "little"), 17 .conjugate(), (-1) ** 0.5)
print(True + True, 3 * "ab", [0] * 3, -2 ** 2, abs(-0.0), max(1, 2.0), min("b", "a"), sum([0.1] * 10))
