# pow(x, e, m) and divmod() through a proxy reach the referent's __pow__/__divmod__
import weakref

class Mod:
    def __init__(self, v): self.v = v
    def __pow__(self, e, m=None): return ("pow", self.v, e, m)
    def __divmod__(self, o): return ("divmod", self.v, o)

x = Mod(3)
p = weakref.proxy(x)
print(pow(p, 2))
for f in (lambda: divmod(x, 2), lambda: divmod(p, 2), lambda: pow(x, 2, 5), lambda: pow(p, 2, 5)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
