# iterator protocol via classes: __iter__/__next__, exhaustion, iter(callable, sentinel), zip strict
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), next(c, "done"))
class Reusable:
    def __init__(self, data): self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reusable([1, 2])
print(list(r), list(r), [a + b for a in r for b in r])
vals = iter([5, 4, 0, 3])
print(list(iter(lambda: next(vals), 0)))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__ + ":", e)
it = iter(range(5))
print(next(it), list(zip(it, it)), list(it))
e = enumerate("ab", start=10)
print(next(e), list(e))
d = {"b": 2, "a": 1}
ks = d.keys()
d["c"] = 3
print(list(ks), list(d.values()), list(d.items())[-1], ks & {"a", "z"}, list(reversed(d)))
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
m = map(str.upper, "abc")
f = filter(None, [0, 1, "", "x"])
print(list(m), list(m), list(f), type(m).__name__)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]), list(reversed(range(3))))
