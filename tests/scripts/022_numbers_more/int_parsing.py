# int() parsing: bases, prefixes, underscores, whitespace, signs, and the error messages for bad literals
good = [("42", 10), (" -17 ", 10), ("+8", 10), ("1_000_000", 10), ("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0),
        ("0b1010", 0), ("z", 36), ("Z", 36), ("10", 2), ("0", 0), ("٣", 10), ("0_0", 0), ("  0b_1  ", 0)]
for s, base in good:
    print(repr(s), base, int(s, base))
bad = [("", 10), ("4.5", 10), ("1__0", 10), ("_1", 10), ("12", 2), ("0x", 16), ("010", 0), ("abc", 10), ("1e3", 10), ("0b2", 0)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
print(int(3.99), int(-3.99), int(True), int("  12\n"))
for args in [("10", 1), ("10", 37), (10, 10), (None,)]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
