# singledispatch: MRO and ABC-based dispatch (collections.abc), registration of virtual subclasses, ambiguity
import collections.abc as cabc
from functools import singledispatch
from abc import ABC

@singledispatch
def kind(obj):
    return "object"
kind.register(cabc.Sequence, lambda obj: "sequence")
kind.register(cabc.Mapping, lambda obj: "mapping")
kind.register(cabc.Iterable, lambda obj: "iterable")
kind.register(cabc.Sized, lambda obj: "sized")
def show(f, *objs):
    out = []
    for o in objs:
        try:
            out.append(f(o))
        except RuntimeError as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(" | ".join(out))
show(kind, [1], (1,), "s", {}, iter([]), 5, range(3), b"")
show(kind, {1}, frozenset(), {}.keys())
kind.register(cabc.Set, lambda obj: "set")
show(kind, {1}, frozenset(), {}.keys(), {}.items(), {}.values())

class Bag:
    def __len__(self):
        return 0
show(kind, Bag())

class Thing:
    pass
show(kind, Thing())
cabc.Mapping.register(Thing)
show(kind, Thing())

class Seq(cabc.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
show(kind, Seq())

class Both:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
try:
    print(kind(Both()))
except RuntimeError as e:
    print(type(e).__name__ + ":", e)

@singledispatch
def amb(obj):
    return "base"
amb.register(cabc.Sized, lambda o: "sized")
amb.register(cabc.Iterable, lambda o: "iterable")
class SizedIter:
    def __len__(self): return 0
    def __iter__(self): return iter(())
try:
    amb(SizedIter())
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
show(amb, [], 5, "s")

class Animal(ABC):
    pass
class Dog:
    pass
@singledispatch
def speak(x):
    return "..."
speak.register(Animal, lambda x: "animal sound")
print(speak(Dog()))
Animal.register(Dog)
print(speak(Dog()))

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
@singledispatch
def walk(x):
    return "obj"
walk.register(A, lambda x: "A")
walk.register(C, lambda x: "C")
print(walk(D()), walk(B()), walk(C()))
walk.register(B, lambda x: "B")
print(walk(D()))
