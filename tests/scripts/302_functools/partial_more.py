# partial: recursive repr, __reduce__/__setstate__, keyword overriding, use as sort key and in map
import functools
from functools import partial

p = partial(max, 1)
p.__setstate__((min, (4, 5), None, None))
print(repr(p), p(3))
p.__setstate__((sorted, ([3, 1, 2],), {"reverse": True}, {"tag": 1}))
print(p(), p.tag)
red = partial(max, 9, key=abs).__reduce__()
print(red[0] is partial, red[1], red[2])
for state in [[max, (), None, None], (max, (), None), (1, (), None, None), (max, [1], None, None),
              (max, (), [1], None)]:
    try:
        partial(max).__setstate__(state)
    except TypeError as e:
        print(type(e).__name__ + ":", e)

r = partial(print)
r2 = partial(max, r)
print(repr(r2))
lst = []
rec = partial(max, lst)
lst.append(rec)
print(repr(rec))
d = {}
rk = partial(max, k=d)
d["x"] = rk
print(repr(rk))

def greet(greeting, name, punct="."):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello", punct="!")
print(hello("Ann"), hello("Bob", punct="?"))
print(list(map(partial(greet, "Hi"), ["x", "y"])))
try:
    hello("Ann", "Bob")
except TypeError as e:
    print(type(e).__name__ + ":", e)
words = ["bb", "a", "ccc"]
print(sorted(words, key=partial(len)))
class C:
    m = partial(greet, "Yo")   # a partial is not a descriptor: no self is bound
print(C.m("z"), C().m("w"))
