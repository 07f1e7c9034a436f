# __copy__, __deepcopy__, __getstate__/__setstate__, __reduce__/__reduce_ex__, __getnewargs__
import copy

class C:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return C(self.v + [2])
    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo is dict:", isinstance(memo, dict))
        return C(copy.deepcopy(self.v, memo))

c = C([1])
print(copy.copy(c).v, copy.deepcopy(c).v)

class St:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        print("getstate")
        s = dict(self.__dict__)
        del s["cache"]
        return s
    def __setstate__(self, state):
        print("setstate", sorted(state.items()))
        self.__dict__.update(state)
        self.cache = None

x = copy.copy(St())
print(x.a, x.cache)
y = copy.deepcopy(St())
print(y.a, y.cache)

class R:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (R, (self.a, self.b + 10))

r = copy.copy(R(1))
print(r.a, r.b)
r = copy.deepcopy(R([1]))
print(r.a, r.b)

class RX:
    def __reduce_ex__(self, proto):
        print("proto", proto)
        return (RX, ())
print(type(copy.copy(RX())).__name__)

class Glob:
    def __reduce__(self):
        return "Glob"
g = Glob()
print(copy.copy(g) is g, copy.deepcopy(g) is g)

class NA:
    def __new__(cls, n):
        print("new with", n)
        self = super().__new__(cls)
        self.n = n
        return self
    def __getnewargs__(self):
        return (self.n * 2,)
na = NA(1)
print(copy.copy(na).n)

class Falsy:
    def __getstate__(self):
        return {}
    def __setstate__(self, state):
        print("never called")
print(type(copy.copy(Falsy())).__name__)

class ListLike(list):
    def __init__(self, *a):
        print("init not called on copy")
        super().__init__(*a)
print(copy.copy(ListLike([1, 2])))
