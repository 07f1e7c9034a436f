# types.new_class, prepare_class, resolve_bases and the metaclass calculation
import types

def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hi " + type(self).__name__

A = types.new_class("A", (), {}, body)
print(A.__name__, A.x, A().hello(), A.__bases__)
B = types.new_class("B", (A,))
print(B.__mro__[1] is A, B().hello())

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

M = types.new_class("M", (), {"metaclass": Meta, "flag": 1})
print(type(M).__name__, M.prepared)
kw = {"metaclass": Meta, "z": 2}
meta, ns, rest = types.prepare_class("Q", (), kw)
print(meta.__name__, ns, rest, sorted(kw))
print(types.prepare_class("P"))
meta, ns, rest = types.prepare_class("Sub", (M,))
print(meta.__name__, ns, rest)

class Meta2(type):
    pass
class X(metaclass=Meta2):
    pass
try:
    types.prepare_class("Bad", (M, X))
except TypeError as e:
    print(type(e).__name__ + ":", e)
meta, _, _ = types.prepare_class("Ok", (X,), {"metaclass": type})
print(meta.__name__)

class Entry:
    def __mro_entries__(self, bases):
        return (A, )
class Pair:
    def __mro_entries__(self, bases):
        return (int, object)
e = Entry()
bases = (e, Pair())
print(types.resolve_bases(bases) == (A, int, object))
plain = (A, B)
print(types.resolve_bases(plain) is plain)
D = types.new_class("D", (e,))
print(D.__bases__ == (A,), D.__orig_bases__ == (e,), "__orig_bases__" in A.__dict__)
class BadEntry:
    def __mro_entries__(self, bases):
        return [A]
try:
    types.resolve_bases((BadEntry(),))
except TypeError as e:
    print(type(e).__name__ + ":", e)
