# KeyError and IndexError messages for dicts, lists, tuples, strings, ranges and pops
from collections import deque
d = {"a": 1}
cases = [
    lambda: d["b"],
    lambda: d[1.5],
    lambda: d[(1, "x")],
    lambda: d[None],
    lambda: {}.pop("k"),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: [1][5],
    lambda: (1,)[-3],
    lambda: "ab"[9],
    lambda: range(3)[3],
    lambda: [].pop(),
    lambda: [1].pop(4),
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: b"x"[2],
    lambda: bytearray()[0],
]
for c in cases:
    try:
        c()
    except LookupError as e:
        print(type(e).__name__, e, repr(e))
