# f(*x) and f(**m) given alone: x is made a tuple and m merged when the call is made, after the other arguments; errors name the callable; bound methods and partials forward them
def f(*a, **k):
    return a, k
def g():
    print("g")
    return [1, 2]
def h():
    print("h")
    return {"x": 1}
print(f(*g(), **h()))
print(f(*(i for i in range(3))))
for bad in [lambda: f(*1), lambda: f(**1), lambda: f(*1, **1), lambda: f(*[1], **{1: 2}), lambda: f(**{"a": 1}, b=2),
            lambda: f(*"ab", **{"a": 1}), lambda: print(*5), lambda: f(1, *2)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class M:
    def keys(self): return ["q"]
    def __getitem__(self, k): return 7
print(f(**M()))
class T(tuple): pass
print(f(*T((1, 2))))
def one(x): return x
try:
    one(**{"x": 1, "y": 2})
except TypeError as e:
    print(e)
class C:
    def m(self, *a, **k): return self, a, k
    def __repr__(self): return "C"
c = C()
print(c.m(*[1], **{"z": 1}))
bm = c.m
print(bm(*(1, 2)))
import functools
p = functools.partial(f, 1, k=2)
print(p(2, j=3), p(*[5], **{"k": 9}))
