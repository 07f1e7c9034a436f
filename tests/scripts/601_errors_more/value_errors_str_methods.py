# ValueError messages from str, list and tuple methods
cases = [
    lambda: "abc".index("z"),
    lambda: "abc".rindex("z"),
    lambda: "a b".split(""),
    lambda: "a b".rsplit(""),
    lambda: "abc".partition(""),
    lambda: "abc".rpartition(""),
    lambda: [1, 2].index(3),
    lambda: (1, 2).index(3),
    lambda: [1].remove(2),
    lambda: "{} {}".format(1),
    lambda: "x".center(5, "ab"),
    lambda: "x".ljust(5, ""),
    lambda: b"abc".index(b"z"),
    lambda: "abc".replace("", "x", -1) and "a".encode("nope"),
    lambda: "%d" % "x",
    lambda: bytes.fromhex("zz"),
    lambda: "abc".zfill(),
    lambda: "1,2".split(",", "x"),
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
