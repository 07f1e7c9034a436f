# TypeError when assigning to or deleting items of immutable objects
t = (1, 2)
s = "abc"
fs = frozenset([1])
cases = [
    "t[0] = 5",
    "del t[0]",
    "s[0] = 'x'",
    "del s[1]",
    "b'ab'[0] = 1",
    "fs.add(2)",
    "range(3)[0] = 1",
    "(1).real = 2",
    "len.__name__ = 'x'",
    "t += (3,); t[0] += 1",
    "int.x = 1",
    "object().attr = 1",
]
for code in cases:
    try:
        exec(code, {"t": t, "s": s, "fs": fs})
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
