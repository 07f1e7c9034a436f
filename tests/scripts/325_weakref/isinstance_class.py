# isinstance() consults __class__, so a proxy passes isinstance checks for its referent's class
import weakref

class A: pass
class Fake:
    @property
    def __class__(self): return A
a = A()
p = weakref.proxy(a)
print(isinstance(Fake(), A), isinstance(p, A), p.__class__ is A, type(p) is A)
