# tuple methods, packing/unpacking, comparisons, hashing, namedtuple-free usage, errors
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t[1:4], t[::-1], t + (4,), t * 2, (1,) * 0, len(t))
print((), (1,), tuple("ab"), tuple(range(3)), tuple({1: 2}), repr((None, "x", (1,))))
a, *rest = t; *init, z = t; p, (q, r), s = 1, (2, 3), 4
print(a, rest, init, z, p, q, r, s)
first, *_, last = range(10); print(first, last)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"), (1, 2) != (1, 2.0))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(tuple()))
print(hash((1, 2.0)) == hash((1.0, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0])
for fn in [lambda: t.index(9), lambda: t[10], lambda: hash((1, [2])), lambda: (1,) + [2],
           lambda: t.__setitem__(0, 1), lambda: (1, 2) < (1, "a")]:
    try:
        print(fn())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for bad in [(1, 2, 3), (1,)]:
    try:
        x, y = bad
    except ValueError as e:
        print(type(e).__name__ + ":", e)
try:
    a, b, *c, d = (1, 2)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    x, y = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
x = ([1],)
try:
    x[0] += [2]
except TypeError as e:
    print(type(e).__name__ + ":", e, x)
pts = [(3, 4), (1, 1), (0, 5)]
print(sorted(pts, key=lambda p: p[0] ** 2 + p[1] ** 2), max(pts), min(pts, key=lambda p: p[1]))
