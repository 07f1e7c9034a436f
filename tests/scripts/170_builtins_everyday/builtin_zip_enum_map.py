# zip (strict), enumerate(start), map/filter with multiple iterables, any/all, reversed, iter/next
print(list(zip("abc", [1, 2, 3])), list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(2), range(5), "xyz")))
print(list(zip("ab", "cd", strict=True)), dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, 2), (3, 4)])))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "ab"), ("ab", "a", "ab")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)))
print(list(map(str.upper, "ab")), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(any([]), all([]), any([0, "", 3]), all([1, "a", []]), any(x > 3 for x in range(5)), all(c.isalpha() for c in "abc"))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), "".join(reversed("weft")))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), list(iter(Seq().__getitem__, 10)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
vals = iter([5, 4, 3, 0, 7])
print(list(iter(lambda: next(vals), 0)))
for f in [lambda: next(iter([])), lambda: reversed({1, 2}), lambda: iter(5), lambda: next([1]), lambda: zip(1),
          lambda: enumerate(1), lambda: list(map(None, [1])), lambda: reversed(x for x in []), lambda: iter(len, 1, 2)]:
    try:
        print(f())
    except (StopIteration, TypeError) as e:
        print(type(e).__name__ + ":", e)
m = map(int, ["1", "2", "x"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print(type(e).__name__ + ":", e)
z = zip([1, 2], [3, 4]); print(next(z), list(z), list(z))
