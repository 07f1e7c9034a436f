# instances of classes have __weakref__: None, then their first weak reference; __slots__ without it have none
import weakref
class P:
    pass
p = P()
print(p.__weakref__, hasattr(p, "__weakref__"))
r = weakref.ref(p)
print(p.__weakref__ is r)
class S:
    __slots__ = ("a",)
class W:
    __slots__ = ("a", "__weakref__")
print(hasattr(S(), "__weakref__"), W().__weakref__)
S().__weakref__
