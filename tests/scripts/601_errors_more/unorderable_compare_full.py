# ordering comparisons between unorderable types, including through sorted/min/max
import operator
pairs = [(1, "a"), ("a", 1), (None, None), ([1], (1,)), ({}, {}), (1j, 2j), ({1}, 1), (object, 1)]
for a, b in pairs:
    for sym, fn in [("<", operator.lt), ("<=", operator.le), (">", operator.gt), (">=", operator.ge)]:
        try:
            fn(a, b)
        except TypeError as e:
            print(sym, type(e).__name__, e)
for c in [lambda: sorted([3, "a", 1]), lambda: min(1, None), lambda: max(["a"], [1], "b"),
          lambda: [1, 2] < [1, "x"], lambda: (1, None) < (1, 2)]:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == "a", None != 0, [1] == (1,))
