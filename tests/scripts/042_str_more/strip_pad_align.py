# strip family with char sets, removeprefix/removesuffix, center/ljust/rjust/zfill with fill chars
raw = ["  price: $12.50 ", "xxhelloxx", "---===title===---", "\t\n value\r\n"]
for r in raw:
    print(repr(r.strip()), repr(r.lstrip(" pr")), repr(r.rstrip("x-=\n\r")), repr(r.strip("x-=")))
files = ["test_parse.py", "test_io.py", "helper.py", "test_.py"]
print([f.removeprefix("test_").removesuffix(".py") for f in files])
print("abcabc".removeprefix("abc"), "abc".removesuffix(""), "abc".removeprefix("abcd"))
print("[" + "mid".center(9, "*") + "]", "[" + "mid".center(8, "*") + "]", "[" + "ab".center(7) + "]")
print("42".zfill(6), "-42".zfill(6), "+42".zfill(6), "abc".zfill(5), "-".zfill(3), "3.14".zfill(2))
print("x".ljust(4, "."), "x".rjust(4, "."), "toolong".ljust(3), "é".center(5, "·"))
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelons", 1, 3.0)]
for name, qty, price in rows:
    print(name.ljust(12, ".") + str(qty).rjust(4) + f"{qty * price:.2f}".rjust(8))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
