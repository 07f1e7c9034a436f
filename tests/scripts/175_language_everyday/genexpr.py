# generator expressions: laziness, exhaustion, first iterable eager evaluation, any/all short-circuit
calls = []
def src(n):
    calls.append(f"src{n}")
    return range(n)
g = (x * 2 for x in src(3))
print(calls, type(g).__name__)
print(next(g), list(g), list(g))
def noisy(x):
    print("check", x)
    return x > 2
print(any(noisy(x) for x in [1, 3, 5]))
print(all(noisy(x) for x in [5, 1, 9]))
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in "a bb ccc dd".split()))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
try:
    g = (1 / x for x in [1, 0])
    print(next(g))
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
n = 10
g = (x + n for x in range(2))
n = 100
print(list(g))
print(sorted((c for c in "hello"), reverse=True), "".join(str(d) for d in range(5)))
def gen():
    yield 1
    yield 2
it = gen()
print(it.__name__, iter(it) is it, list(zip(it, "ab")))
lines = ["# c", "a=1", "", "b = 2", "#x"]
cfg = dict(l.split("=", 1) for l in (s.strip() for s in lines) if l and not l.startswith("#"))
print({k.strip(): int(v) for k, v in cfg.items()})
