# error messages: non-weakrefable objects, bad arguments, dead proxies
import weakref

class A: pass
class S:
    __slots__ = ('x',)

for obj in (1, "s", (1, 2), [1], {}, None, 2.5, S()):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
for obj in (3, "x", S()):
    try:
        weakref.proxy(obj)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    weakref.WeakMethod(A)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    weakref.WeakSet([1, 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    weakref.WeakKeyDictionary()["k"] = 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
d = weakref.WeakValueDictionary()
try:
    d["k"] = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    weakref.finalize(7, print)
except TypeError as e:
    print(type(e).__name__ + ":", e)
a = A()
p = weakref.proxy(a)
del a
for f in (lambda: p.x, lambda: str(p), lambda: p + 1, lambda: len(p), lambda: bool(p), lambda: p == 1):
    try:
        f()
    except ReferenceError as e:
        print(type(e).__name__ + ":", e)
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))
print(isinstance(ReferenceError(), Exception), 7 in weakref.WeakSet(), "k" in weakref.WeakKeyDictionary())
