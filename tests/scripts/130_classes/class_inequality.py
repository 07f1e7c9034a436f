# != between classes (the metaclass's __eq__, not the class's own) and between instances with and without __eq__
class A: pass
class B:
    def __eq__(self, o): return isinstance(o, B)
class M(type):
    def __eq__(cls, other): return cls.__name__ == getattr(other, "__name__", None)
    __hash__ = type.__hash__
class X(metaclass=M): pass
class Y(metaclass=M): pass
print(int != str, int != int, str != int, object != int, type("A", (), {}) != int, A() != A(), B() != B(), B() != 3)
print(X != Y, X != X, X == type("X", (), {}), [int, str] != [int, str], {int: 1} != {str: 1})
