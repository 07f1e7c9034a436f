# ref subclasses: __slots__ forbids other attributes; keyword arguments reach __init__
import weakref

class Obj: pass
o = Obj()
kr = weakref.KeyedRef(o, None, "k")
try:
    kr.other = 1
    print("attribute stored")
except AttributeError as e:
    print(type(e).__name__ + ":", e)

class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag="t"):
        super().__init__(ob, callback)
        self.tag = tag
try:
    print(Tagged(o, tag="blue").tag)
except TypeError as e:
    print(type(e).__name__ + ":", e)
