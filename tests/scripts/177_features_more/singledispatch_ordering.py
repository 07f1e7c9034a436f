# functools: singledispatch with registered types/ABCs, singledispatchmethod, total_ordering, wraps
from functools import singledispatch, singledispatchmethod, total_ordering, wraps
from collections.abc import Sequence

@singledispatch
def show(x):
    return f"obj:{x!r}"

@show.register
def _(x: int):
    return f"int:{x}"

@show.register(Sequence)
def _(x):
    return f"seq:{len(x)}"

@show.register(bool)
def _(x):
    return f"bool:{x}"

print(show(3), show(True), show([1, 2]), show("abc"), show(2.5), show({1: 2}))
print(show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry if t is not object))

class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "?"
    @fmt.register
    def _(self, arg: float):
        return f"{arg:.2f}"
print(Fmt().fmt(1.5), Fmt().fmt("x"))

@total_ordering
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
a, b = Money(1), Money(2)
print(a <= b, a > b, b >= a, a != b)

def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner

@logged
def greet(name):
    """Say hi."""
    return "hi " + name
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
