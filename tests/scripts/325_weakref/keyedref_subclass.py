# KeyedRef and user subclasses of ref: extra slots, key carried to the callback, class reprs
import weakref

class Obj:
    pass

dead_keys = []
o = Obj()
kr = weakref.KeyedRef(o, lambda r: dead_keys.append(r.key), "k1")
print(kr.key, kr() is o, isinstance(kr, weakref.ref), type(kr).__name__)
print(weakref.KeyedRef, weakref.KeyedRef.__slots__)
print(kr == weakref.ref(o), hash(kr) == hash(o))
del o
print(dead_keys, kr())

class Tagged(weakref.ref):
    __slots__ = ("tag", "__dict__")
    def __init__(self, ob, callback=None, tag="t"):
        super().__init__(ob, callback)
        self.tag = tag

x = Obj()
t = Tagged(x, None, "blue")
t.note = "free-form"
print(t.tag, t.note, t() is x, weakref.ref(x) is t, weakref.getweakrefcount(x))
print(sorted(type(r).__name__ for r in weakref.getweakrefs(x)))
class Counting(weakref.ref):
    calls = 0
    def __call__(self):
        Counting.calls += 1
        return super().__call__()
c = Counting(x)
print(c() is x, c() is x, Counting.calls)
del x
print(c(), t(), Counting.calls)
