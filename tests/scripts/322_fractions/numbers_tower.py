# numbers ABCs: registration of builtins, subclass checks, abstract instantiation, mixin defaults.
import numbers
for v in (True, 3, 2.5, 1j, "s", None):
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                numbers.Rational, numbers.Integral)])
print(issubclass(numbers.Integral, numbers.Number), issubclass(float, numbers.Rational))
print(numbers.Number.__hash__, sorted(numbers.__all__))
try:
    numbers.Real()
except TypeError as e:
    print(type(e).__name__ + ":", str(e).split(" with")[0])

class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pos__(self): return self.v
    def __repr__(self): return "MyInt(%d)" % self.v
for name in sorted(numbers.Integral.__abstractmethods__):
    if name not in ("__int__", "__pos__"):
        setattr(MyInt, name, lambda self, *a: NotImplemented)
MyInt.__abstractmethods__ = frozenset()
m = MyInt(7)
print(m.numerator, m.denominator, float(m), m.__index__(), m.real, m.imag, m.conjugate())
print(isinstance(m, numbers.Rational), isinstance(m, numbers.Integral))
print(len(numbers.Complex.__abstractmethods__), len(numbers.Real.__abstractmethods__),
      len(numbers.Rational.__abstractmethods__), len(numbers.Integral.__abstractmethods__))

class Dec: pass
numbers.Number.register(Dec)
print(isinstance(Dec(), numbers.Number), isinstance(Dec(), numbers.Complex))
