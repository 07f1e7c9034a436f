# **kwargs collected: keywords no parameter takes go into a new dict in call order, str subclasses keep their own
# hashing, and a keyword given twice is an error before the call.
def collect(a, *args, b=2, **kw):
    return a, args, b, kw
print(collect(1, 2, 3, x=4, b=5, y=6, z=7))
print(collect(a=1, q=2), collect(1, **{"w": 1, "v": 2}))
class Key(str):
    def __hash__(self):
        return 7
print(collect(1, **{Key("s"): 1, "t": 2}))
try:
    collect(1, x=1, **{"x": 2})
except TypeError as e:
    print("TypeError", e)
try:
    collect(1, **{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError", e)
def kwonly(**kw):
    kw["new"] = 1
    del kw[next(iter(kw))]
    return kw
print(kwonly(first=0, second=2), kwonly(first=0))
big = collect(0, **{f"k{i}": i for i in range(40)})
print(len(big[3]), list(big[3])[:3], big[3]["k39"])
import functools
p = functools.partial(collect, 1, x=1)
print(p(x=2, y=3))
class Flaky(str):
    calls = 0
    def __eq__(self, other):
        Flaky.calls += 1
        return Flaky.calls > 1
    __hash__ = str.__hash__
def gather(**kw):
    return kw
print(gather(**{Flaky("a"): 1, "a": 2}), Flaky.calls)
