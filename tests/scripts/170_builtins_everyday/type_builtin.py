# type() with 1 and 3 args, callable(), object reprs without addresses, __class__/__name__/__qualname__
print(type(1), type("s"), type(None), type(type), type(len), type([].append).__name__, type(print).__name__)
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: f"hi {self.x}"})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__bases__, d.hello(), type(d) is Dyn, isinstance(d, Dyn))
Sub = type("Sub", (Dyn,), {"x": 2})
print(Sub().hello(), Sub.__mro__[1].__name__, issubclass(Sub, Dyn))
print(callable(len), callable(Dyn), callable(d), callable(None), callable(lambda: 0), callable(Dyn.hello), callable("s"))
class Outer:
    class Inner:
        def meth(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer.Inner.__name__, Outer.__module__)
def f(a, b=2, *args, c, **kw): "doc"
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_varnames[:3])
print(repr(int), repr(Dyn).replace("__main__.", "M."), repr(len), str(type(d)).split(".")[-1], repr(object).split("'")[1])
for g in [lambda: type("X", (1,), {}), lambda: type("X", (), 5), lambda: type(1, 2), lambda: type("X", (bool,), {}),
          lambda: type(5, (), {}), lambda: Dyn(1)]:
    try:
        print(g())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class WithCall:
    def __init__(self): self.n = 0
    def __call__(self, k=1):
        self.n += k
        return self.n
w = WithCall()
print(callable(w), w(), w(5), w(k=10), w.n)
print(type(3.0).__name__, type(1j).__name__, type(b"").__name__, type(range(1)).__name__, type(iter([])).__name__,
      type({}.keys()).__name__, type(x for x in []).__name__, type(NotImplemented).__name__, type(...).__name__)
