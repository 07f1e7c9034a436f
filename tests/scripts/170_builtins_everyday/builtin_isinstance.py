# isinstance/issubclass with tuples and X | Y unions, bool/int relations, error messages
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (bytes, int))))
print(isinstance(1.0, int | float), isinstance(None, int | None), isinstance("s", str | bytes), isinstance([], list | dict))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, int)), issubclass(int, int | str), issubclass(int, object))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object), isinstance(object, type))
U = int | str
print(U, type(U).__name__, U == (str | int), int | None, U.__args__, (int | str | int).__args__, list[int] | None)
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (C, A)), issubclass(B, A | C), isinstance(B(), C | None))
print(B.__mro__, B.__bases__, A.__subclasses__(), type(B()) is B, type(B()) == A)
class Meta(type):
    def __instancecheck__(cls, obj): return isinstance(obj, int) and obj > 0
    def __subclasscheck__(cls, sub): return sub is bool
class Positive(metaclass=Meta): pass
print(isinstance(5, Positive), isinstance(-5, Positive), isinstance("x", Positive), issubclass(bool, Positive), issubclass(int, Positive))
from collections.abc import Iterable, Sized, Mapping, Hashable
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance({}, Mapping), isinstance([], Hashable), issubclass(str, Sized))
for f in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, [int]), lambda: int | 5]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
def describe(x):
    if isinstance(x, bool): return "bool"
    if isinstance(x, int | float): return "number"
    if isinstance(x, (str, bytes)): return "text"
    if isinstance(x, (list, tuple)): return "seq of " + ",".join(describe(i) for i in x)
    return type(x).__name__
print([describe(v) for v in [True, 3, 2.5, "s", b"b", [1, "a", (False,)], None, {}]])
