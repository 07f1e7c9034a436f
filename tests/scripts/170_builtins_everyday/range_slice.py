# range and slice objects: len, contains, indexing, negative steps, slice.indices, equality, errors
r = range(10, -10, -3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], 4 in r, 5 in r, -8 in r, 4.0 in r, "x" in r)
print(r.index(4), r.count(4), r.start, r.stop, r.step, range(5) == range(0, 5, 1), range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2))
print(len(range(0)), len(range(5, 0)), list(range(3, 0, -1)), bool(range(0)))
print(repr(range(3)), repr(range(1, 3)), repr(range(1, 3, 2)), hash(range(3)) == hash(range(0, 3)), list(reversed(range(1, 8, 3))))
s = slice(1, None, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None))
for sl in [slice(None, None, -1), slice(-3, None), slice(2, 100, 3), slice(-100, -1), slice(5, 1, -2), slice(None, None, 2)]:
    print(sl.indices(10), list(range(*sl.indices(10))), "abcdefghij"[sl], list(range(10))[sl])
L = list(range(10))
print(L[slice(2, 8, 2)], L[8:2:-2], L[-1:-4:-1], L[::-3], L[100:-100:-1], "hello"[::-1], (1, 2, 3)[-2::-1])
for f in [lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(3)[5], lambda: range(3).index(7),
          lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: L[::0]]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
# realistic: paging
items = [f"item{i}" for i in range(23)]
page = 5
for p in range(0, len(items), page):
    chunk = items[p:p + page]
    print(p // page + 1, chunk[0], chunk[-1], len(chunk))
