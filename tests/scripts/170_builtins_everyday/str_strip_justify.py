# str strip variants, ljust/rjust/center/zfill, removeprefix/removesuffix, expandtabs
s = "xxhixyx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("xy"))
print(repr("  \t\n hi \r\n".strip()), repr("\u3000hi\u00a0".strip()))
print(repr("hi".center(7, "*")), repr("hi".center(6, "-")), repr("hi".center(1)))
print(repr("abc".center(6)), repr("abcd".center(7)))
print(repr("7".ljust(4, "0")), repr("7".rjust(4, ".")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
print(repr("a\tb\tc".expandtabs()), repr("ab\tc".expandtabs(4)), repr("\t".expandtabs(0)))
for args in [("ab",), (5, "ab"), (5, "")]:
    try:
        "x".center(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
# realistic: table formatting
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
w = max(len(r[0]) for r in rows)
print("+" + "-" * (w + 2) + "+" + "-" * 5 + "+" + "-" * 8 + "+")
for name, n, price in rows:
    print("| " + name.ljust(w) + " |" + str(n).rjust(4) + " |" + f"{price:.2f}".center(8) + "|")
print("Total".rjust(w + 10, "."), str(sum(r[1] for r in rows)).zfill(4))
